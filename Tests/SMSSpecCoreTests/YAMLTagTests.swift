import SMSSpecCore
import Testing

extension HostileSpecTests {
    /// A spec reads each value by where it stands: a tag said one thing and was read past (`!!str 6` an int code,
    /// `httpStatus: !!str 402` a number where `"402"` is refused as text, `!!null x` the text `x`). A tag is a located
    /// error, on a scalar, a list or a mapping, and in a configuration.
    @Test func aYAMLTagIsALocatedError() {
        let refused = "are not supported: a spec reads a value by where it stands, so the tag would be ignored ('!!str 9' read as the number 9); write the value without it, quoted for text"
        #expect(diagnose("provider: {id: acme, name: !!str Acme}\n") == ["h.yaml:1:28: error: YAML tags ('!!str') \(refused)"])
        #expect(diagnose("provider:\n  id: acme\n  name: Acme\n  baseURLs: !urls [https://a.example]\n") == [
            "h.yaml:4:13: error: YAML tags ('!urls') \(refused)"
        ])
        #expect(diagnose("provider: !<tag:example.com,2024:p> {id: acme, name: Acme}\n") == [
            "h.yaml:1:11: error: YAML tags ('tag:example.com,2024:p') \(refused)"
        ])
        let diagnostics = DiagnosticCollector()
        _ = GeneratorOptions.load("outputs: [models, !!str codes]\n", file: "smsspec-config.yaml", diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == ["smsspec-config.yaml:1:19: error: YAML tags ('!!str') \(refused)"])
    }
}

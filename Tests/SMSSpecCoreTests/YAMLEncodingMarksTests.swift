import SMSSpecCore
import Testing

/// What editors put in a YAML file besides its text: a byte-order mark (Windows Notepad saves UTF-8 with one) and
/// characters YAML does not allow, each read or refused where it is.
extension HostileSpecTests {
    /// YAML lets a stream start with a byte-order mark; a spec or configuration saved with one reads as without it.
    @Test func aSpecOrConfigurationStartingWithAByteOrderMarkReadsAsWithout() throws {
        let spec = Self.spec()
        #expect(diagnose(spec) == [])
        #expect(diagnose("\u{FEFF}" + spec) == [])
        // Problems on the first line keep the columns an editor shows, which does not show the mark.
        #expect(diagnose("\u{FEFF}provider: {id: Acme, name: Acme}\n").first?.hasPrefix("h.yaml:1:16: error: provider id 'Acme'") == true)
        let diagnostics = DiagnosticCollector()
        let options = GeneratorOptions.load("\u{FEFF}outputs: [models, codes]\n", file: "smsspec-config.yaml", diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [] && options.outputs.count == 2)
    }

    /// Yams drops a byte-order mark that starts a value, as Foundation's UTF-8 decoding does: an example payload
    /// pasted with one was kept without it, silently. Each form of it is a located error; one inside a value stays.
    @Test func aValueStartingWithAByteOrderMarkIsALocatedError() {
        let yaml = """
            shapes:
              Sent:
                fields:
                  id: {type: string, required: false}
            examples:
              - {name: raw, message: Sent, payload: '\u{FEFF}{"id": "a"}'}
              - {name: escaped, message: Sent, payload: "\\uFEFF{\\"id\\": \\"a\\"}"}
              - {name: long, message: Sent, payload: "\\U0000feff{}"}
              - name: block
                message: Sent
                payload: |
                  \u{FEFF}{"id": "a"}
              - {name: inside, message: Sent, payload: '{"id": "a\u{FEFF}b"}', corrections: [\u{FEFF}Fixed.]}

            """
        let said = "this value starts with a byte-order mark (U+FEFF), which the YAML reader drops, so it would be read without it: "
            + "remove the mark (a payload's leading one is its encoding's, which every decoder here drops too)"
        #expect(Snippet.diagnostics(yaml) == ["13:41: " + said, "14:45: " + said, "15:42: " + said, "18:14: " + said, "20:75: " + said])
    }

    /// Which values lose a mark is libyaml's reading, not the file's lines: a lone CR, NEL, LS or PS ends a line too (in a
    /// comment above a value, it moved the line looked at, and the mark was missed), a double-quoted value's escaped
    /// line break joins its next line without a space (the mark there was missed), and a block's first line keeps the
    /// spaces past its indentation. Each error is at the value's start as libyaml counts lines, as every YAML error is.
    @Test func aValueIsCheckedAsYAMLReadsIt() {
        let yaml = "shapes:\n  Sent:\n    fields:\n      id: {type: string, required: false}\nexamples:\n"
            + "  # LS\u{2028}\n  # NEL\u{85}\n  # PS\u{2029}\n  # CR\r"
            + "  - {name: raw, message: Sent, payload: '\u{FEFF}{}'}\n"
            + "  - {name: joined, message: Sent, payload: \"\\\n      \u{FEFF}{}\"}\n"
            + "  - {name: escaped, message: Sent, payload: \"\\\n      \\uFEFF{}\"}\n"
            + "  - {name: folded, message: Sent, payload: '{}', corrections: [\"\n      \u{FEFF}Fixed.\"]}\n"
            + "  - name: indented\n    message: Sent\n    payload: '{}'\n    corrections:\n      - |2\n           \u{FEFF}Fixed.\n"
            + "      - |\n\u{FEFF}   verbatim: '{'\n"
        let said = "this value starts with a byte-order mark (U+FEFF), which the YAML reader drops, so it would be read without it: "
            + "remove the mark (a payload's leading one is its encoding's, which every decoder here drops too)"
        #expect(Snippet.diagnostics(yaml) == ["20:41: " + said, "21:44: " + said, "23:45: " + said])
    }

    /// libyaml refuses a control character (a NUL, an ESC) by its byte offset: the error is at its line and column.
    @Test func aCharacterYAMLDoesNotAllowIsLocatedWhereItIs() {
        #expect(diagnose("provider:\n  id: acme\n  name: \"Ac\u{0}me\"\n") == [
            "h.yaml:3:12: error: YAML reader: control characters are not allowed (byte offset 32)"
        ])
        #expect(diagnose("provider:\r\n  id: acme\r\n  name: Ac\u{1B}me\r\n") == [
            "h.yaml:3:11: error: YAML reader: control characters are not allowed (byte offset 33)"
        ])
        #expect(diagnose("provider: {name: 'é\u{7F}'}\n").first?.hasPrefix("h.yaml:1:20: error: YAML reader") == true)
    }
}

import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A discriminated callback whose kind is `null` names no kind the spec lists: it is `unknown`, its payload kept whole
/// and written back as it came, as any other kind the spec does not list is (spec-format.md, `callbacks`). It was a
/// decoding error ("Cannot get value of type String -- found null value instead"), so a receiver refused the event.
/// An absent kind stays an error, as an absent code is.
@Suite struct NullDiscriminatorTests {
    static let yaml = """
        shapes:
          Receipt: {fields: {type: string, id: string}}
          Inbound: {fields: {text: string}}
        callbacks:
          Event:
            discriminator: {field: type, variants: {dlr: Receipt, mo: Inbound}}

        """

    @Test func aNullKindIsAnUnknownEventKeptWhole() throws {
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            for json in [#"{"type": null, "id": "1"}"#, #"{"type": "zzz", "id": "1"}"#, #"{"type": "dlr", "id": "1"}"#, #"{"id": "1"}"#] {
                do {
                    let event = try JSONPayload.decode(Acme.Event.self, from: Data(json.utf8))
                    let written = try encoder.encode(event)
                    let again = try JSONPayload.decode(Acme.Event.self, from: written)
                    let kind: String
                    switch event {
                    case .unknown(let type, _): kind = "unknown \(type.debugDescription)"
                    case .receipt: kind = "receipt"
                    case .inbound: kind = "inbound"
                    }
                    print(kind, "|", String(decoding: written, as: UTF8.self), "|", again == event)
                } catch {
                    print(DecodingErrorDescription.describe(error))
                }
            }
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + Self.yaml, main: main)
        try #require(build.status == 0, "\(build.output)")
        #expect(run?.output.split(separator: "\n").map(String.init) == [
            #"unknown "" | {"id":"1","type":null} | true"#,
            #"unknown "zzz" | {"id":"1","type":"zzz"} | true"#,
            #"receipt | {"id":"1","type":"dlr"} | true"#,
            "at `type`: the required field is missing",
        ])
    }
}

import Foundation
import SMSSpecTestSupport
import Testing

/// A form's kind is text: `type=01`, `type=+1` and `type=%201` name variant 1 to the variant's own integer field, which
/// reads each as 1, but were answered 200 as `unknown` (a delivery receipt dropped). The generated enum and
/// `smsspec decode` (the interpreter) read the kind as the field reads it, as they read a table's code already.
@Suite struct IntegerDiscriminatorTests {
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
        sources: {doc: {title: Acme API, url: 'https://acme.example/docs'}}
        shapes:
          Receipt: {fields: {type: int, id: string}}
          Inbound: {fields: {type: int, text: string}}
        callbacks:
          Event:
            encoding: form
            discriminator: {field: type, variants: {1: Receipt, -2: Inbound}}

        """
    static let forms = ["type=1&id=a", "type=01&id=b", "type=%2B1&id=c", "type=%201&id=d", "type=-02&text=e", "type=3&id=f", "type=1x&id=g"]
    static let kinds = ["receipt", "receipt", "receipt", "receipt", "inbound", "unknown 3", "unknown 1x"]

    @Test func aKindTheIntegerFieldReadsChoosesItsVariant() throws {
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            for form in [\#(Self.forms.map { "\"\($0)\"" }.joined(separator: ", "))] {
                switch try FormDecoder().decode(Acme.Event.self, from: form) {
                case .receipt: print("receipt")
                case .inbound: print("inbound")
                case .unknown(let type, _): print("unknown \(type)")
                }
            }
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: main)
        #expect(build.status == 0 && !build.output.contains("warning:"), "\(build.output.prefix(3000))")
        let output = try #require(run, "\(build.output.prefix(3000))")
        #expect(output.output.split(separator: "\n").map(String.init) == Self.kinds)
    }

    @Test func decodeReadsTheKindAsTheGeneratedCodeDoes() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", Self.spec)
        let payload = try scratch.write("receipt.form", "type=01&id=b")
        let run = await CLI.run(["decode", spec, "Event", payload], exitsWith: .success)
        // Read as a Receipt, its `type` is the integer 1 (an unknown event keeps the text "01").
        #expect(run.output.contains(#""type" : 1"#) && run.output.contains(#""id" : "b""#), "\(run.output)")
    }
}

import Foundation
import SMSSpecCore
import SMSSpecInterpreter
@_spi(Generated) import SMSSpecRuntime
import SMSSpecTestSupport
import Testing

@testable import SMSSpecCommands

/// A union whose variant a field names (Zenvia's message `contents`): tried in order, `{"type": "file", "text": …,
/// "fileUrl": …}` read as the text variant, whose required fields it also gives, and dropped `fileUrl`. With
/// `discriminator:` the generated enum reads `type` once and decodes the shape it names; a kind the spec does not list
/// is `unknown`, kept whole and written back as it came (a credential in it printed `<redacted>`); `validate()` and the
/// rule interpreter check the shape the field names, and agree.
@Suite struct DiscriminatedUnionTests {
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: header, name: X-Key}}
        sources: {doc: {title: Acme API, url: 'https://acme.example/docs'}}
        operations:
          send: {method: POST, path: /send, request: Req, responses: {200: {summary: Sent.}}}
          read: {method: GET, path: /read, responses: {200: {shape: Message}}}
        shapes:
          Message:
            fields:
              contents: '[Content]'
          Req:
            fields:
              contents: '[Content]'
          TextContent:
            fields:
              text: {type: string, constraints: {maxLength: 5}}
          FileContent:
            fields:
              fileUrl: {type: string, constraints: {url: true}}
              text: {type: string, constraints: {maxLength: 3}}
          TemplateContent:
            fields:
              type: string
              templateId: string
              fields: '{string}'
        unions:
          Content:
            discriminator: {field: type, variants: {text: TextContent, file: FileContent, template: TemplateContent}}

        """

    /// Each payload, the case it decodes as, and what it is written as (keys sorted).
    static let payloads: [(json: String, kind: String, written: String)] = [
        (#"{"text":"hi","type":"text"}"#, "textContent", #"{"text":"hi","type":"text"}"#),
        (#"{"fileUrl":"https://a.example/x.png","text":"cap","type":"file"}"#, "fileContent", #"{"fileUrl":"https:\/\/a.example\/x.png","text":"cap","type":"file"}"#),
        (#"{"fields":{"name":"Ann"},"templateId":"t1","type":"template"}"#, "templateContent", #"{"fields":{"name":"Ann"},"templateId":"t1","type":"template"}"#),
        // A kind the spec does not list: kept whole, the credential too (printed redacted, below).
        (#"{"X-Key":"SECRET","latitude":1.5,"type":"location"}"#, "unknown location", #"{"X-Key":"SECRET","latitude":1.5,"type":"location"}"#),
    ]

    /// A request, and its violations `path rule`, as the generated `validate()` and the interpreter both find them.
    static let request = #"""
        {"contents": [{"type": "text", "text": "toolong"}, {"type": "file", "text": "long", "fileUrl": "nourl"}, {"type": "zzz", "text": "whatever"}, {"type": "template", "templateId": "t", "fields": {}}]}
        """#
    static let violations = ["contents[0].text maxLength", "contents[1].fileUrl url", "contents[1].text maxLength"]

    @Test func eachKindRoundTripsAndAnUnknownOneIsKeptWhole() throws {
        let payloads = Self.payloads.map { "#\"\($0.json)\"#" }.joined(separator: ", ")
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            for json in [\#(payloads)] {
                let value = try JSONPayload.decode(Acme.Content.self, from: Data(json.utf8))
                let written = try encoder.encode(value)
                let again = try JSONPayload.decode(Acme.Content.self, from: written)
                let kind: String
                switch value {
                case .textContent: kind = "textContent"
                case .fileContent: kind = "fileContent"
                case .templateContent: kind = "templateContent"
                case .unknown(let type, _): kind = "unknown \(type)"
                }
                print(kind, "|", String(decoding: written, as: UTF8.self), "|", again == value)
            }
            print("--")
            let unknown = try JSONPayload.decode(Acme.Content.self, from: Data(#"{"type":"location","X-Key":"SECRET"}"#.utf8))
            print(unknown)
            print("--")
            let request = try JSONPayload.decode(Acme.Req.self, from: Data(#"\#(Self.request)"#.utf8))
            print(request.validate().map { "\($0.path) \($0.rule)" })
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: main)
        #expect(build.status == 0 && !build.output.contains("warning:"), "\(build.output.prefix(3000))")
        let output = try #require(run, "\(build.output.prefix(3000))")
        let sections = output.output.components(separatedBy: "--\n")
        try #require(sections.count == 3, "\(output.output)")
        #expect(sections[0].split(separator: "\n").map(String.init) == Self.payloads.map { "\($0.kind) | \($0.written) | true" })
        #expect(!sections[1].contains("SECRET") && sections[1].contains("<redacted>"), "\(sections[1])")
        #expect(sections[2] == "\(Self.violations)\n")
    }

    /// A kind is matched scalar for scalar, as codes and open enums are: `AC` + a Kelvin sign (U+212A) chose the variant
    /// `ACK`, and was written back as ASCII `ACK` (an attack); the generated enum, `smsspec decode` and the rule
    /// interpreter now keep it as an unknown kind, written back as it came.
    @Test func aKindInOtherUnicodeScalarsIsAnotherKind() async throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            shapes:
              Ack: {fields: {id: string}}
              Nack: {fields: {id: string}}
            callbacks:
              Event: {discriminator: {field: type, variants: {ACK: Ack, NACK: Nack}}}

            """
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            for json in [#"{"type":"ACK","id":"m1"}"#, #"{"type":"ACK","id":"m2"}"#] {
                let value = try JSONPayload.decode(Acme.Event.self, from: Data(json.utf8))
                switch value {
                case .ack: print("ack")
                case .nack: print("nack")
                case .unknown(let type, _): print("unknown", type.unicodeScalars.map { String($0.value, radix: 16) }, String(decoding: try JSONEncoder().encode(value), as: UTF8.self).unicodeScalars.contains("\u{212A}"))
                }
            }
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: main)
        #expect(build.status == 0 && !build.output.contains("warning:"), "\(build.output.prefix(3000))")
        #expect(run?.output == "ack\nunknown [\"41\", \"43\", \"212a\"] true\n", "\(run?.output ?? build.output)")

        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", spec)
        let payload = try scratch.write("event.json", #"{"type": "AC\u212A", "id": "m2"}"#)
        let decoded = await CLI.run(["decode", file, "Event", payload], exitsWith: .success)
        // Bytes, not `String.contains`, which takes `ACK` for `AC` + U+212A.
        let (output, ack) = (Array(decoded.output.utf8), Array(#""ACK""#.utf8))
        #expect(decoded.output.unicodeScalars.contains("\u{212A}") && !output.indices.contains { output[$0...].starts(with: ack) }, "\(decoded.output)")
    }

    @Test func theInterpreterChoosesTheVariantAsTheGeneratedCodeDoes() throws {
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: Self.spec)], diagnostics: diagnostics).first)
        #expect(diagnostics.sorted.map(\.description) == [])
        let interpreter = RuleInterpreter(model: model)
        let shape = try #require(interpreter.shape("Req"))
        let value = try JSONPayload.decode(JSONValue.self, from: Data(Self.request.utf8))
        #expect(interpreter.violations(of: value, shape: shape, jsonBody: true).map { "\($0.path) \($0.rule)" } == Self.violations)
    }

    /// `smsspec decode` reads each content as the generated enum does, names the case that read it, and prints an
    /// unknown one whole with the credential redacted.
    @Test func decodeNamesTheCaseTheFieldChose() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", Self.spec)
        let payload = try scratch.write("message.json", #"{"contents": [{"type": "file", "text": "cap", "fileUrl": "u"}, {"type": "text", "text": "hi"}, {"type": "location", "X-Key": "SECRET"}]}"#)
        let run = await CLI.run(["decode", spec, "Message", payload], exitsWith: .success)
        #expect(run.errors.hasPrefix(
            "note: 3 union(s) in this message read as:\n  contents[0]: Content.fileContent (FileContent)\n  contents[1]: Content.textContent (TextContent)\n"
                + "  contents[2]: Content.unknown\n"), "\(run.errors)")
        #expect(run.output.contains(#""fileUrl""#) && run.output.contains(#""type" : "text""#), "\(run.output)")
        #expect(!run.output.contains("SECRET") && run.output.contains("redacted"), "\(run.output)")
    }
}

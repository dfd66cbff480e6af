import Foundation
import SMSSandbox
import SMSSpecRuntime
import Testing

/// An answer that is a union of an object and a bare code (seven.io answers HTTP 200 whatever happened, and a refused
/// key with the bare code `"900"`): the sandbox answers each form as the spec's union and examples say.
@Suite(.timeLimit(.minutes(1)))
struct UnionAnswerLoopbackTests {
    /// The main package's Tests/ThirdPartySpecs/seven.yaml.
    static let seven = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tests/ThirdPartySpecs/seven.yaml").path

    static let emulator = SandboxEmulator(providers: try! SandboxSpecs.load(bundled: [], specPaths: [seven]), configuration: .init(seed: 3))

    static func send(_ headers: [(String, String)]) -> SandboxAnswer {
        emulator.answer(WireRequest(
            method: "POST", path: "/seven/api/sms", query: "", headers: headers + [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("to=4917999999999&text=Hi".utf8)))
    }

    /// A refused key is the bare code its example shows, not an empty body (a client read no answer from it); a send
    /// is the answer object with its success code.
    @Test func aRefusedKeyIsTheBareCodeAndASendIsTheObject() throws {
        let refused = Self.send([])
        #expect(refused.status == 200)
        #expect(String(decoding: refused.body, as: UTF8.self) == #""900""#, "\(refused.summary)")
        let sent = Self.send([("X-Api-Key", "key")])
        #expect(sent.status == 200)
        let body = try #require(try JSONSerialization.jsonObject(with: sent.body) as? [String: Any], "\(sent.summary)")
        #expect(body["success"] as? String == "100")
    }

    /// A union of values alone has no shape to build an answer from: its example is the answer, and without one the
    /// sandbox says so with a 500 (both were HTTP 200 with an empty body, which no client reads as either value).
    @Test func aUnionOfValuesAloneIsAnsweredByItsExampleOrRefusedClearly() throws {
        let spec = """
            smsspec: 1
            provider: {id: ids, name: Ids, baseURLs: ['https://api.ids.example']}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {shape: Sent}}}
            shapes:
              Send: {fields: {to: string}}
            unions:
              Sent: {variants: {one: string, many: '[string]'}}
            examples:
              - {name: sent, message: Sent, payload: '["a1", "b2"]'}

            """
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("union-answer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in [("with", spec), ("without", spec.replacingOccurrences(of: "examples:\n  - {name: sent, message: Sent, payload: '[\"a1\", \"b2\"]'}\n", with: ""))] {
            let path = directory.appendingPathComponent("\(name).yaml")
            try text.write(to: path, atomically: true, encoding: .utf8)
            let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path.path]), configuration: .init(seed: 3))
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/ids/send", query: "", headers: [("Content-Type", "application/json")], body: Data(#"{"to": "1"}"#.utf8)))
            if name == "with" {
                #expect(answer.status == 200 && String(decoding: answer.body, as: UTF8.self) == #"["a1","b2"]"#, "\(answer.summary)")
            } else {
                #expect(answer.status == 500, "\(answer.summary)")
                #expect(String(decoding: answer.body, as: UTF8.self) == "smsspec-sandbox: union Sent, the answer, has no variant that is a shape and no example to answer with")
            }
        }
    }

    /// With no tables listed, every code of the answer decides, a bare code's too: a refused key is that code when no
    /// variant that is a shape holds its table (the sandbox looked at the first shape alone and answered no code). A
    /// variant that is itself a union, or a list of codes, decides as the generated client reads it: the refused key
    /// is its code, bare or in a list (the deciding tables walked only the answer's own variants that were shapes or
    /// tables, so the key was refused with a bare 401 and no body, which no client reads as the union).
    @Test(arguments: [
        ("Sent: {variants: {accepted: Accepted, code: Code}}", #""900""#),
        ("Sent: {variants: {accepted: Accepted, refusal: Refusal}}\n  Refusal: {variants: {code: Code, codes: '[Code]'}}", #""900""#),
        ("Sent: {variants: {accepted: Accepted, codes: '[Code]'}}", #"["900"]"#),
    ])
    func aBareCodesTableDecidesWhenTheResponseListsNone(unions: String, refusal: String) throws {
        let spec = """
            smsspec: 1
            provider: {id: bare, name: Bare, baseURLs: ['https://api.bare.example'], auth: {type: header, name: X-Key}}
            sources:
              doc: {title: Bare API, url: 'https://bare.example/docs'}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {shape: Sent}}}
            shapes:
              Send: {fields: {to: string}}
              Accepted: {fields: {id: string}}
            unions:
              \(unions)
            tables:
              Code:
                title: Codes
                source: doc
                wire: string
                entries:
                  - {code: 900, summary: Bad key., outcome: failure, category: authentication}

            """
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bare-code-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bare.yaml")
        try spec.write(to: path, atomically: true, encoding: .utf8)
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path.path]), configuration: .init(seed: 3))
        func send(_ headers: [(String, String)]) -> SandboxAnswer {
            emulator.answer(WireRequest(
                method: "POST", path: "/bare/send", query: "", headers: headers + [("Content-Type", "application/json")], body: Data(#"{"to": "1"}"#.utf8)))
        }
        let refused = send([])
        #expect(refused.status == 200 && String(decoding: refused.body, as: UTF8.self) == refusal, "\(refused.status) \(refused.summary)")
        let sent = send([("X-Key", "key")])
        let body = try #require(try JSONSerialization.jsonObject(with: sent.body) as? [String: Any], "\(sent.status) \(sent.summary)")
        #expect(sent.status == 200 && body["id"] is String)
    }
}

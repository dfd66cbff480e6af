import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A request field whose type is a list shape (`messages: Messages`, `Messages: {items: Message}`): the list shape is
/// a type alias of `[Message]`, so it got `extension Messages: ValidatableMessage`, a conformance of `Array` that two
/// such list shapes made conflict (and a public module refused for its access), while its elements' rules were never
/// checked. Its elements are now validated as a `[Message]` field's are, and its count bounds (`minItems`, `maxItems`)
/// apply as to any list (they were refused as if it were no list).
@Suite struct ListShapeRequestFieldTests {
    @Test func aListShapesElementsAreValidatedAsAListsAre() throws {
        let yaml = """
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
              notify: {method: POST, path: /notify, request: Notify, responses: {200: {summary: Sent.}}}
            shapes:
              Send: {fields: {messages: {type: Messages, constraints: {minItems: 1, maxItems: 2}}}}
              Notify: {fields: {hooks: Hooks}}
              Messages: {items: Message}
              Hooks: {items: Hook}
              Message: {fields: {to: {type: string, constraints: {minLength: 1}}}}
              Hook: {fields: {url: {type: string, constraints: {url: true}}}}

            """
        let main = """
            import SMSSpecRuntime
            print(Acme.Send(messages: [.init(to: "1"), .init(to: "")]).validate().map(\\.path))
            print(Acme.Notify(hooks: [.init(url: "nowhere")]).validate().map(\\.path))
            print(Acme.Send(messages: []).validate().map(\\.description))
            """
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + yaml, main: main)
        #expect(build.status == 0, "\(build.output.prefix(3000))")
        #expect(run?.output == "[\"messages[1].to\"]\n[\"hooks[0].url\"]\n[\"messages: has 0 items; the minimum is 1\"]\n", "\(run?.output ?? "")")
    }
}

import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// An event of a kind the spec does not list is kept whole, and a credential the spec names in it (a secret field's
/// wire name, an `auth` header) was printed by `print`, `dump` and `smsspec decode` while the known event showed it
/// `<redacted>`: Telerivet sends its webhook `secret` with every event. Built and run, not read.
@Suite struct UnknownEventSecretTests {
    static let spec = Snippet.header(providerKeys: "  auth: {type: header, name: X-Key}\n") + """
        shapes:
          Dlr:
            fields:
              secret: {type: string, secret: true}
              event: string
              id: string
          Mo:
            fields:
              event: string
              meta: {type: json, required: false}
              extras: {type: '[json]', required: false}
              byName: {type: '{json}', required: false}
              either: {type: Either, required: false}
              vars: {type: '{string}', required: false}
              extras2: {type: Extras, required: false}
          Extras: {items: json}
        unions:
          Either:
            variants: {number: int, list: Extras, raw: json}
        callbacks:
          Hook:
            discriminator: {field: event, variants: {dlr: Dlr, mo: Mo}}
            source: doc

        """

    @Test func anUnknownEventShowsNoCredentialAndKeepsItsPayloadWhole() throws {
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: Self.main)
        let output = try #require(run, "\(build.output)")
        #expect(output.status == 0, "\(output.output)")
        let sections = output.output.components(separatedBy: "--\n")
        try #require(sections.count == 3, "\(output.output)")
        // print, debugPrint, dump, interpolation and an encoder asking for secrets redacted: none shows them.
        #expect(!sections[0].contains("SECRET"), "\(sections[0])")
        #expect(sections[0].contains(#"unknown(event: "other", payload: "#), "\(sections[0])")
        #expect(sections[0].components(separatedBy: "<redacted>").count - 1 >= 10, "\(sections[0])")
        // The known event as before.
        #expect(sections[1] == "dlr(Snippet.Acme.Dlr(secret: <redacted>, event: \"dlr\", id: \"1\"))\n", "\(sections[1])")
        // Encoded plainly, the payload is the one sent: nothing is lost or altered.
        #expect(sections[2] == "true\n", "\(sections[2])")
    }

    /// A known event keeps a `json` field whole as well (Telerivet's `vars`, a provider's `meta`), or a map whose key
    /// may name a credential (Zenvia's webhook `headers`): the credentials it holds were printed, and written under
    /// `.redactSecrets`, in clear — through a list shape and a union too.
    @Test func aKnownEventsJSONFieldsShowNoCredentialAndKeepTheirValueWhole() throws {
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: Self.knownEventMain)
        let output = try #require(run, "\(build.output)")
        #expect(output.status == 0, "\(output.output)")
        let sections = output.output.components(separatedBy: "--\n")
        try #require(sections.count == 2, "\(output.output)")
        #expect(!sections[0].contains("SECRET"), "\(sections[0])")
        #expect(sections[0].contains("keep-1") && sections[0].contains("keep-2"), "\(sections[0])")
        // Seven members (in a field, a list, a map, a union, a map of text keyed by the credential, a list shape, a
        // bracketed form name) in each of print, debugPrint, dump (twice: a line per value and its summary),
        // interpolation (the event, and the message in a list) and the redacting encoder.
        #expect(sections[0].components(separatedBy: "<redacted>").count - 1 == 7 * 7, "\(sections[0])")
        #expect(sections[1] == "true\n", "\(sections[1])")
    }

    /// Lines that print `event` every way Swift shows a value (and `interpolated` after it), then as an encoder
    /// asking for secrets redacted writes it, then `--`; each on its own line between the code before and after.
    static func printedEveryWay(_ interpolated: String) -> String {
        #"""

        print(event)
        debugPrint(event)
        var dumped = ""
        dump(event, to: &dumped)
        print(dumped)
        print("\(event) \#(interpolated)")
        let redacting = JSONEncoder()
        redacting.userInfo[.redactSecrets] = true
        print(String(decoding: try redacting.encode(event), as: UTF8.self))
        print("--")

        """#
    }

    static let knownEventMain = #"""
        import Foundation
        import SMSSpecRuntime
        let payload = Data(#"{"event": "mo", "meta": {"secret": "SECRET-1", "n": "keep-1"}, "extras": [{"X-KEY": "SECRET-2"}], "byName": {"a": {"data[secret]": "SECRET-3"}}, "either": {"deep": [{"x-key": "SECRET-4"}]}, "vars": {"X-Key": "SECRET-5", "n": "keep-2"}, "extras2": [{"secret": "SECRET-6", "data[x-key][0]": "SECRET-7"}]}"#.utf8)
        let event = try JSONDecoder().decode(Acme.Hook.self, from: payload)
        guard case .mo(let message) = event, case .raw = message.either else { fatalError("not read as a message with raw JSON") }
        """# + printedEveryWay(#"\([message])"#) + #"""
        let again = try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(event))
        print(again == (try JSONDecoder().decode(JSONValue.self, from: payload)))
        """#

    static let main = #"""
        import Foundation
        import SMSSpecRuntime
        let payload = Data(#"{"event": "other", "id": "1", "secret": "SECRET-1", "data": [{"x-key": "SECRET-2", "n": 2}], "Secret": {"deep": "SECRET-3"}, "data[X-Key]": "SECRET-4"}"#.utf8)
        let event = try JSONDecoder().decode(Acme.Hook.self, from: payload)
        """# + printedEveryWay(#"\([event])"#) + #"""
        print(try JSONDecoder().decode(Acme.Hook.self, from: Data(#"{"event": "dlr", "id": "1", "secret": "SECRET-0"}"#.utf8)))
        print("--")
        let again = try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(event))
        print(again == (try JSONDecoder().decode(JSONValue.self, from: payload)))
        """#
}

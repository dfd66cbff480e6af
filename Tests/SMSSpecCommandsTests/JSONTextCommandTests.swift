import Foundation
import Testing

@testable import SMSSpecCommands

/// `contentType: application/json` read by a spec's model, as the generated code reads it: `smsspec decode` of a
/// Mandrill-like webhook form (its `mandrill_events` a JSON list of events) and `smsspec validate` of a SUBMAIL-like
/// `multisend` form (its `multi` a JSON list of `{to, vars}`), each rule at its path through the field.
@Suite struct JSONTextCommandTests {
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], encoding: form}
        operations:
          multisend: {method: POST, path: /multisend, request: MultiSendRequest, responses: {200: {summary: Sent.}}}
        shapes:
          MultiSendRequest:
            fields:
              content: string
              multi: {type: '[Multi]', contentType: application/json, constraints: {minItems: 1}}
          Multi:
            fields:
              to: {type: string, constraints: {pattern: '^1[0-9]{10}$'}}
              vars: {type: '{string}', required: false}
          Events:
            fields:
              mandrill_events: {type: '[Event]', contentType: application/json}
              note: {type: json, contentType: application/json, required: false}
          Event:
            fields:
              event: string
              _id: {type: string, name: id}
              secret: {type: string, secret: true, required: false}
        callbacks:
          Events: {summary: Events., method: POST, encoding: form, shape: Events}

        """

    @Test func decodeReadsAFormFieldOfJSONText() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", Self.spec)
        let events = #"[{"event":"send","_id":"a/1","secret":"SEKRETvalue"}]"#
        let form = try scratch.write("events.form", "mandrill_events=" + events.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! + "&note=")
        let run = await CLI.run(["decode", spec, "Events", form], exitsWith: .success)
        #expect(run.output == #"""
            {
              "mandrill_events" : "[{\"_id\":\"a/1\",\"event\":\"send\",\"secret\":\"<redacted>\"}]"
            }

            """#, "\(run.output)")
        let broken = try scratch.write("broken.form", "mandrill_events=%5B%7B%22event%22%3A1%7D%5D")
        let refused = await CLI.run(["decode", spec, "Events", broken], exitsWith: .failure)
        #expect(refused.errors.contains("mandrill_events[0].event"), "\(refused.errors)")
        let notJSON = try scratch.write("not.form", "mandrill_events=nope")
        let notRead = await CLI.run(["decode", spec, "Events", notJSON], exitsWith: .failure)
        #expect(notRead.errors.contains("mandrill_events") && notRead.errors.contains("not JSON"), "\(notRead.errors)")
    }

    @Test func validateChecksTheValueAJSONTextHolds() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", Self.spec)
        let multi = #"[{"to":"15811112222"},{"to":"bad"}]"#
        let form = try scratch.write("send.form", "content=hi&multi=" + multi.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        let run = await CLI.run(["validate", spec, "MultiSendRequest", form], exitsWith: .failure)
        #expect(run.output.hasPrefix("multi[1].to: [pattern] "), "\(run.output)")
        let empty = try scratch.write("empty.form", "content=hi&multi=%5B%5D")
        #expect(await CLI.run(["validate", spec, "MultiSendRequest", empty], exitsWith: .failure).output.hasPrefix("multi: [minItems]"))
    }

    /// Credentials inside JSON text never print (an attack): a `json` value's string holding JSON text with a
    /// credential member, and a secret of a shape a header's JSON text holds, which another field quotes.
    @Test func credentialsInsideJSONTextArePrintedRedacted() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", Self.spec.replacingOccurrences(of: "shapes:\n", with: """
            shapes:
              Send:
                fields:
                  to: {type: string, constraints: {pattern: '^[0-9]+$'}}
                  X-Meta: {type: Meta, in: header, contentType: application/json}
              Meta: {fields: {pw: {type: string, secret: true}, a: string}}

            """).replacingOccurrences(of: "operations:\n", with: """
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}

            """))
        let note = #"{"s":"{\"secret\":\"SEKRETinText\"}"}"#
        let events = try scratch.write("events.form", "mandrill_events=%5B%5D&note=" + note.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        let decoded = await CLI.run(["decode", spec, "Events", events], exitsWith: .success)
        #expect(!decoded.output.contains("SEKRETinText") && decoded.output.contains("<redacted>"), "\(decoded.output)")
        let meta = #"{"pw":"METAPWsecret1234","a":"x"}"#
        let send = try scratch.write("send.form", "to=METAPWsecret1234&X-Meta=" + meta.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        let validated = await CLI.run(["validate", spec, "Send", send], exitsWith: .failure)
        #expect(validated.output.hasPrefix("to: [pattern] ") && !validated.output.contains("METAPWsecret1234"), "\(validated.output)")
        let read = await CLI.run(["decode", spec, "Send", send], exitsWith: .success)
        #expect(!read.output.contains("METAPWsecret1234"), "\(read.output)")
    }
}

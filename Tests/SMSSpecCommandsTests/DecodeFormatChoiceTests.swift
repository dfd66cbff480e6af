import Foundation
import SMSSpecTestSupport
import Testing

/// `smsspec decode` without `--format` reads a payload as the message comes: a callback posted as JSON or as a form
/// (a user's Msegat report, `encoding: [json, form]`) as its receiver reads an unlabelled body — its form was read as
/// JSON and refused —, a shape only callbacks named otherwise carry (ASPSMS's `Notification`) as their query, and a
/// callback that may come by GET as its query.
@Suite struct DecodeFormatChoiceTests {
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: header, name: X-Key}}
        sources: {doc: {title: Doc, url: 'https://acme.example/doc'}}
        operations:
          send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
        shapes:
          Send: {fields: {to: string}}
          Receipt: {fields: {id: string, status: int}}
          Notification: {fields: {trn: string}}
          Inbound: {fields: {from: string, text: string}}
        callbacks:
          Receipt: {method: POST, encoding: [json, form], shape: Receipt}
          Delivered: {method: GET, encoding: query, shape: Notification}
          Buffered: {method: GET, encoding: query, shape: Notification}
          Inbound: {method: [POST, GET], encoding: json, shape: Inbound}

        """

    @Test func eachPayloadIsReadAsItComes() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", Self.spec)
        for (message, payload, expected) in [
            ("Receipt", "id=m1&status=2", #""status" : 2"#), ("Receipt", #"{"id": "m1", "status": 3}"#, #""status" : 3"#),
            ("Notification", "trn=77", #""trn" : "77""#),
            // A GET among its methods carries the payload in its query (a user's was read as JSON, and refused).
            ("Inbound", "from=4477&text=hi", #""text" : "hi""#), ("Inbound", #"{"from": "4477", "text": "yo"}"#, #""text" : "yo""#),
        ] {
            let file = try scratch.write("payload.txt", payload)
            let run = await CLI.run(["decode", spec, message, file], exitsWith: .success)
            #expect(run.output.contains(expected), "\(message) \(payload): \(run.output) \(run.errors)")
        }
        let list = await CLI.run(["decode", "--list", spec], exitsWith: .success)
        #expect(list.output.contains("  Receipt                  callback  json/form"), "\(list.output)")
        #expect(list.output.contains("  Notification             shape     query"), "\(list.output)")
        #expect(list.output.contains("  Inbound                  callback  json/query"), "\(list.output)")
        // --charset is a form's, which such a callback may be.
        let latin1 = try scratch.write("latin1.txt", "id=m%E91&status=2")
        let read = await CLI.run(["decode", spec, "Receipt", latin1, "--charset", "ISO-8859-1"], exitsWith: .success)
        #expect(read.output.contains(#""id" : "mé1""#), "\(read.output) \(read.errors)")
    }
}

import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A callback that does not decode is refused with an error that names the field and quotes its value: a field
/// repeating the callback's token (`flash=<the token>`) printed the token in the 400 body and the application's log.
@Suite struct ReceiverSecretTests {
    static let spec = Snippet.header + """
        shapes:
          Report:
            fields:
              token: {type: string, secret: true}
              id: string
              flash: {type: bool, required: false}
        callbacks:
          Report: {summary: A report., method: POST, encoding: form, shape: Report}
          Query: {summary: A report by GET., method: GET, encoding: query, shape: Report}

        """

    @Test func aDecodingErrorShowsNoSecretThePayloadCarries() throws {
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: #"""
            import Foundation
            import HTTPTypes
            import SMSSpecReceiver
            import SMSSpecRuntime

            var post = HTTPRequest(method: .post, scheme: "https", authority: "hooks.example", path: "/dlr")
            post.headerFields[.contentType] = "application/x-www-form-urlencoded"
            let posted = Acme.Receivers.report.receive(post, body: Data("token=SEKRETtoken12345&id=1&flash=SEKRETtoken12345".utf8))
            let get = HTTPRequest(method: .get, scheme: "https", authority: "hooks.example", path: "/dlr?token=SEKRETtoken12345&id=1&flash=SEKRETtoken12345")
            let got = Acme.Receivers.query.receive(get, body: Data())
            // A long token is quoted cut after 64 characters; one holding a quote, escaped.
            let long = String(repeating: "T0kenLong", count: 12)
            let cut = Acme.Receivers.report.receive(post, body: Data("token=\(long)&id=1&flash=\(long)".utf8))
            let escaped = Acme.Receivers.report.receive(post, body: Data("token=SEKRET%22quoted%5C1&id=1&flash=SEKRET%22quoted%5C1".utf8))
            for reception in [posted, got, cut, escaped] {
                print(reception.answer.status.code, String(decoding: reception.answer.body, as: UTF8.self), terminator: "")
                if case .failure(let error) = reception.result { print(error) }
            }
            """#, receivers: true)
        let output = try #require(run, "\(build.output)")
        #expect(output.status == 0, "\(output.output)")
        #expect(output.output.components(separatedBy: "400 ").count == 5 && output.output.contains("flash"), "\(output.output)")
        #expect(!output.output.contains("SEKRET") && !output.output.contains("T0ken") && output.output.contains("<redacted>"), "\(output.output)")
    }
}

import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import Testing

/// A callback whose spec declares the answer its provider expects (`acknowledgement`): the sandbox compares what the
/// receiver answers with it and logs a mismatch, as the provider would resend the callback or log an error.
@Suite(.timeLimit(.minutes(1)))
struct AcknowledgementLoopbackTests {
    /// Termii's spec, its delivery report declaring that the provider wants `acknowledgement` back (the text OK).
    static func specWanting(_ acknowledgement: String = "{status: 200, contentType: text/plain, body: OK}") throws -> String {
        let spec = try String(contentsOfFile: UserSpecLoopbackTests.spec("termii"), encoding: .utf8)
        let anchor = "    shape: DeliveryReport\n    source: events\n"
        #expect(spec.contains(anchor))
        let path = FileManager.default.temporaryDirectory.appending(path: "termii-ack-\(UUID().uuidString).yaml").path
        try spec.replacingOccurrences(of: anchor, with: anchor + "    acknowledgement: \(acknowledgement)\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The sandbox's log line for the delivery report of one send, the receiver answering `answer`.
    static func logLine(receiverAnswering answer: @escaping @Sendable () -> Response) async throws -> String {
        let spec = try specWanting()
        defer { try? FileManager.default.removeItem(atPath: spec) }
        let lines = LogLines()
        var line = ""
        try await Loopback.run(providers: [], specs: [spec], log: { line in Task { await lines.add(line) } }, receiverAnswer: answer) { loopback in
            let send = #"{"api_key":"k","to":"2348012345678","from":"Termii","sms":"Hi","type":"plain","channel":"generic"}"#
            #expect(try await SignedCallbackLoopbackTests.post(
                loopback.baseURL("termii") + "/api/sms/send", contentType: "application/json", body: Data(send.utf8)) == 200)
            line = try await lines.first(within: 10) { $0.hasPrefix("callback DeliveryReport") }
        }
        return line
    }

    static func text(_ status: HTTPResponse.Status, _ contentType: String?, _ body: String) -> @Sendable () -> Response {
        {
            var headers = HTTPFields()
            if let contentType { headers[.contentType] = contentType }
            return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
        }
    }

    @Test func theDeclaredAnswerIsTaken() async throws {
        // The media type is compared without its parameters or case.
        let line = try await Self.logLine(receiverAnswering: Self.text(.ok, "Text/Plain; charset=utf-8", "OK"))
        #expect(line.hasSuffix(": 200"), "\(line)")
    }

    @Test func anotherAnswerIsReportedWithWhatDiffers() async throws {
        let declared = "; not the spec's acknowledgement (200, Content-Type text/plain and the body \"OK\"): "
        let taken = "; the provider would take the callback as not received"
        let empty = try await Self.logLine(receiverAnswering: Self.text(.ok, nil, ""))
        #expect(empty.hasSuffix(": 200" + declared + "it has no Content-Type, its body is empty" + taken), "\(empty)")
        let page = try await Self.logLine(receiverAnswering: Self.text(.accepted, "text/html", "<html>OK</html>"))
        #expect(page.hasSuffix(": 202" + declared + "its status is 202, its Content-Type is \"text/html\", its body starts \"<ht\"" + taken), "\(page)")
        let shouting = try await Self.logLine(receiverAnswering: Self.text(.ok, "text/plain", "ok"))
        #expect(shouting.hasSuffix(": 200" + declared + "its body is \"ok\"" + taken), "\(shouting)")
    }

    /// Only one byte past the declared body is read: an answer that never ends is still logged at once.
    @Test func anEndlessAnswerIsReadNoFurtherThanTheDeclaredBody() async throws {
        let line = try await Self.logLine {
            Response(status: .ok, headers: [.contentType: "text/plain"], body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "OK\n"))
                while true {
                    try await writer.write(ByteBuffer(repeating: UInt8(ascii: "x"), count: 1024))
                    try await Task.sleep(nanoseconds: 10_000_000)
                }
            })
        }
        #expect(line.hasSuffix(#"its body starts "OK\n"; the provider would take the callback as not received"#), "\(line)")
    }
}

// Usage: CallbackServer [port]
// Receives Bind's and Ginota's callbacks (point the sandbox's --callback-url at http://127.0.0.1:<port>/bind/callbacks
// or /ginota/receipts): each route decodes the request with the generated receiver, logs the typed value, and
// answers what the provider expects; a request that is not the callback gets 400 (405, 413) naming the problem.
import Foundation
import Hummingbird
import NIOCore
import SMSProviderReceivers

// A port is 0 to 65535: anything else is refused, where a typo fell back to 8081 without a word.
let port: Int
if let argument = CommandLine.arguments.dropFirst().first {
    guard let number = Int(argument), (0...65535).contains(number) else {
        print("usage: CallbackServer [port]: '\(argument)' is not a port (0 to 65535)")
        exit(2)
    }
    port = number
} else {
    port = 8081
}
let router = Router()

/// The receiver's answer as a Hummingbird response.
func response(_ answer: CallbackAnswer) -> Response {
    var headers = HTTPFields()
    if let contentType = answer.contentType { headers[.contentType] = contentType }
    if let allow = answer.allow { headers[.allow] = allow }  // A 405 says which methods the callback arrives by.
    return Response(status: answer.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
}

// Callbacks come from anywhere: text the payload holds is printed quoted and escaped (`DisplayText`), so a
// terminal escape in a message id or an inbound text cannot drive the terminal that shows the log. (Codes print
// escaped already.)

// Bind posts JSON: a delivery receipt or an inbound message, told apart by `type`.
router.post("/bind/callbacks") { request, _ -> Response in
    let receiver = Bind.Receivers.callbackEvent
    // One byte over the limit, which the receiver answers 413 with its reason. A larger body makes collect(upTo:)
    // throw, which Hummingbird answers with an empty 413: the receiver's own 413 answers it here too, its size the
    // declared Content-Length (a chunked body has none: at least the bytes collected).
    let body: ByteBuffer
    do { body = try await request.body.collect(upTo: PayloadLimits.maximumBytes + 1) } catch is NIOTooManyBytesError {
        let refusal = CallbackError.tooLarge(
            callback: receiver.name, bytes: request.headers[.contentLength].flatMap { Int($0) } ?? PayloadLimits.maximumBytes + 1)
        print("bind: refused: \(refusal)")
        return response(refusal.answer)
    }
    let reception = receiver.receive(request.head, body: Data(body.readableBytesView))
    switch reception.result {
    case .success(.deliveryReceipt(let receipt)):
        print("bind: \(DisplayText.quoted(receipt.messageID)) is \(receipt.status), error \(receipt.error)")
    case .success(let event):
        // An inbound message's text is anyone's: Swift's own description escapes ESC, but not CSI (U+009B), a
        // bidirectional override or a line separator.
        print("bind: \(DisplayText.escaped(String(describing: event)))")
    case .failure(let problem): print("bind: refused: \(problem)")
    }
    return response(reception.answer)
}

// Ginota calls back with GET and query parameters.
router.get("/ginota/receipts") { request, _ -> Response in
    let reception = Ginota.Receivers.deliveryReceipt.receive(request.head, body: Data())
    switch reception.result {
    case .success(let receipt): print("ginota: \(DisplayText.quoted(receipt.messageID)): \(receipt.deliveryStatus)")
    case .failure(let problem): print("ginota: refused: \(problem)")
    }
    return response(reception.answer)
}

// Callbacks come from anywhere: a connection that sends nothing for 30 s is closed, so a client that opens one and
// stalls holds no connection forever (Hummingbird sets no idle timeout by default). A body trickled a byte at a time
// needs a whole-request deadline too, which a proxy in front of the server is the place for.
let app = Application(
    router: router, server: .http1(configuration: .init(idleTimeout: .seconds(30))),
    configuration: .init(address: .hostname("127.0.0.1", port: port)))
try await app.runService()

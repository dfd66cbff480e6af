// Usage: ClientExample <server-url> <api-key> <api-secret> <recipient> [text]
// Sends one SMS through Ginota's generated client over URLSessionTransport, with registry-driven retries, and
// prints what came back: the message id, or the provider's error with its registry meaning and advice.
import Foundation
import HTTPTypes
import OpenAPIURLSession
import SMSProviderClients
import SMSProviderReceivers
import SMSSpecURLSession

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 4, let serverURL = URL(string: arguments[arguments.startIndex]) else {
    print("usage: ClientExample <server-url> <api-key> <api-secret> <recipient> [text]")
    exit(2)
}
let values = Array(arguments)
let client = Ginota.Client(
    serverURL: serverURL,
    // The session follows no redirect to another origin: the credentials would go along (docs/client.md).
    transport: URLSessionTransport(configuration: .init(session: .sameOriginRedirects())),
    configuration: ClientConfiguration(
        credentials: .fields(["apiKey": Secret(values[1]), "apiSecret": Secret(values[2])]),
        retryPolicy: .registryDriven))

// The credential fields are filled in by the client; the request leaves them empty.
let request = Ginota.SendRequest(
    apiKey: "", apiSecret: "", srcAddr: "SMSSpec", dstAddr: values[3], content: values.count > 4 ? values[4] : "Hello from SMSSpec",
    dlr: true)

do {
    let answer = try await client.sendSMS(request)
    print("sent: message id \(answer.messageID.map(DisplayText.quoted) ?? "-"), \(answer.parts ?? 1) part(s)")
} catch let error as ProviderError {
    print("refused: \(error)")
    print("advice: \(error.retryAdvice)")
    exit(1)
} catch {
    print("failed: \(error)")
    exit(1)
}

// What a server does with the receipt Ginota later sends (a GET with query parameters).
let receipt = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/dlr?messageId=18D64EC1EADD&deliveryStatus=0&desc=Delivered")
let received = Ginota.Receivers.deliveryReceipt.receive(receipt, body: Data())
if case .success(let value) = received.result {
    print("a receipt like \(value.messageID) is answered \(received.answer.status.code)")
}

// Usage: GINOTA_API_KEY=… GINOTA_API_SECRET=… ClientExample <server-url> <recipient> [text]
// Sends one SMS through Ginota's generated client over BoundedURLSessionTransport, with registry-driven retries, and
// prints what came back: the message id, or the provider's error with its registry meaning and advice.
// The credentials come from the environment, not the command line, which every user of the machine can read
// (`ps`, /proc/<pid>/cmdline) and the shell keeps in its history.
import Foundation
import HTTPTypes
import SMSProviderClients
import SMSProviderReceivers
import SMSSpecURLSession

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

let values = Array(CommandLine.arguments.dropFirst())
let environment = ProcessInfo.processInfo.environment
guard values.count >= 2, let serverURL = URL(string: values[0]),
    let apiKey = environment["GINOTA_API_KEY"], let apiSecret = environment["GINOTA_API_SECRET"]
else {
    print("usage: GINOTA_API_KEY=… GINOTA_API_SECRET=… ClientExample <server-url> <recipient> [text]")
    exit(2)
}
let client = Ginota.Client(
    serverURL: serverURL,
    // An answer stops at 4 MiB and 60 s, and no redirect to another origin is followed: the credentials would go
    // along (docs/client.md).
    transport: BoundedURLSessionTransport(),
    configuration: ClientConfiguration(
        credentials: .fields(["apiKey": Secret(apiKey), "apiSecret": Secret(apiSecret)]),
        retryPolicy: .registryDriven))

// The credential fields are filled in by the client; the request leaves them empty.
let request = Ginota.SendRequest(
    apiKey: "", apiSecret: "", srcAddr: "SMSSpec", dstAddr: values[1], content: values.count > 2 ? values[2] : "Hello from SMSSpec",
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

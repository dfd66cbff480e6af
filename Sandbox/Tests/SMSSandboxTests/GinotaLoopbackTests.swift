import Foundation
import OpenAPIURLSession
import SMSProviderClients
import SMSProviderReceivers
import SMSProviders
@testable import SMSSandbox
import SMSSpecClient
import Testing

/// Ginota end to end on loopback: credentials as form fields, codes under HTTP 200, receipts as GET queries.
@Suite(.timeLimit(.minutes(1)))
struct GinotaLoopbackTests {
    func client(_ loopback: Loopback, secret: Secret = "secret", validates: Bool = true) -> Ginota.Client {
        Ginota.Client(
            serverURL: loopback.serverURL("ginota"), transport: URLSessionTransport(),
            configuration: ClientConfiguration(credentials: .fields(["apiKey": "key", "apiSecret": secret]), validatesRequests: validates))
    }

    func sendSMS(_ request: Ginota.SendRequest, _ loopback: Loopback) async throws -> (Int, Ginota.SendResponse) {
        let (status, body) = try await send(try request.httpRequest(baseURL: loopback.baseURL("ginota"), authentication: Ginota.provider.authentication))
        return (status, try JSONDecoder().decode(Ginota.SendResponse.self, from: body))
    }

    func receipt(_ loopback: Loopback) async throws -> Ginota.DeliveryReceipt {
        let callback = try #require(await loopback.inbox.next())
        #expect(callback.method == "GET")
        #expect(callback.body.isEmpty)
        return try Ginota.Receivers.deliveryReceipt.decode(callback.head, body: callback.body)
    }

    /// The client puts its own credentials in the credential fields.
    static func request(to recipient: String) -> Ginota.SendRequest {
        Ginota.SendRequest(apiKey: "placeholder", apiSecret: "placeholder", srcAddr: "Shop", dstAddr: recipient, content: "Your order shipped", txnRef: "order42")
    }

    @Test func acceptedSendIsDeliveredAndReported() async throws {
        try await Loopback.run(providers: ["ginota"]) { loopback in
            let response = try await client(loopback).sendSMS(Self.request(to: "6591234567"))
            #expect(response.status.entry?.code == "0")
            let messageID = try #require(response.messageID)
            let receipt = try await receipt(loopback)
            #expect(receipt.messageID == messageID)
            #expect(receipt.dstAddr == "6591234567")
            #expect(receipt.txnRef == "order42")
            #expect(receipt.deliveryStatus.entry?.deliveryState == .delivered)
        }
    }

    /// A query callback's fields went after the URL's fragment (`…/callbacks#dlr?…`), which is never sent: the
    /// receiver got a GET with no report while the log said it was delivered. They go before it. A scheme in capitals
    /// (`HTTP://`), which the sandbox's check took for http, was refused by URLSession as unsupported.
    @Test func aCallbackURLsFragmentStaysLast() async throws {
        try await Loopback.run(providers: ["ginota"], callbackScheme: "HTTP", callbackPath: "/callbacks?src=sandbox#dlr") { loopback in
            _ = try await client(loopback).sendSMS(Self.request(to: "6591234567"))
            let callback = try #require(await loopback.inbox.next())
            #expect(callback.query.hasPrefix("src=sandbox&"), "\(callback.query)")
            let receipt = try Ginota.Receivers.deliveryReceipt.decode(callback.head, body: callback.body)
            #expect(receipt.dstAddr == "6591234567")
        }
    }

    /// Callbacks in flight at once are bounded (each holds descriptors); the others wait their turn, and all are taken.
    @Test func callbackSlotsHoldAtMostTheirCount() async {
        let slots = Slots(count: 4)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<200 {
                group.addTask {
                    await slots.acquire()
                    await Task.yield()
                    await slots.release()
                }
            }
        }
        #expect(await slots.mostTaken == 4)
        for _ in 0..<4 { await slots.acquire() }  // all given back
    }

    @Test func brokenRuleIsAnsweredWithThePredictedCode() async throws {
        try await Loopback.run(providers: ["ginota"]) { loopback in
            let request = Self.request(to: "+65 9123")
            let predicted = try #require(request.validate().first?.providerCode)
            #expect(predicted.code == "4")
            let error = try await #require(throws: ProviderError.self) { try await client(loopback, validates: false).sendSMS(request) }
            #expect(error.httpStatus == 200)
            #expect(error.entry == predicted)
            let body = try #require(error.rawBody)
            #expect(try JSONDecoder().decode(Ginota.SendResponse.self, from: body).messageID == nil)
        }
    }

    @Test func failedDeliveryCarriesTheChosenCode() async throws {
        try await Loopback.run(providers: ["ginota"], outcomes: OutcomePolicy(byRecipient: ["6591234568": DeliveryOutcome(.failed(code: "1"))])) { loopback in
            let response = try await client(loopback).sendSMS(Self.request(to: "6591234568"))
            let receipt = try await receipt(loopback)
            #expect(receipt.messageID == response.messageID)
            #expect(receipt.deliveryStatus.entry?.name == "Expired")
            #expect(receipt.desc == "Expired")
        }
    }

    @Test func missingSecretIsAnsweredAsGinotaDoes() async throws {
        try await Loopback.run(providers: ["ginota"]) { loopback in
            let request = Ginota.SendRequest(apiKey: "key", apiSecret: "", srcAddr: "Shop", dstAddr: "6591234567", content: "Hi")
            let (status, response) = try await sendSMS(request, loopback)
            #expect(status == 200)
            #expect(response.status.entry?.code == "7")
        }
    }

    /// A balance look-up with a missing secret was answered with an empty 200, the bytes of a success; it is answered
    /// `{"status":"7"}`, where Ginota's other answers carry the code, and the generated client throws it.
    @Test func aLookUpWithoutTheSecretIsRefusedAsGinotaDoes() async throws {
        try await Loopback.run(providers: ["ginota"]) { loopback in
            let error = try await #require(throws: ProviderError.self) {
                try await client(loopback, secret: "", validates: false).balance(Ginota.BalanceRequest(apiKey: "placeholder", apiSecret: "placeholder"))
            }
            #expect(error.httpStatus == 200 && error.table == "Status" && error.rawCode == "7", "\(error)")
        }
    }

    /// `apiKey` is sent as the portal shows it (`preEncoded`) and read from the form decoded: the portal's values,
    /// given to the client and to `--credential` alike, were answered 7 (Access denied), and a key holding `%3A` was
    /// under any spelling.
    @Test func aPreEncodedKeyIsAcceptedAsThePortalShowsIt() async throws {
        try await Loopback.run(providers: ["ginota"], credentials: ["3zJU%2Ft7DX6g%3D:!ABCDE", "a%3Ab:s"]) { loopback in
            func client(key: String, secret: String) -> Ginota.Client {
                Ginota.Client(
                    serverURL: loopback.serverURL("ginota"), transport: URLSessionTransport(),
                    configuration: ClientConfiguration(credentials: .fields(["apiKey": Secret(key), "apiSecret": Secret(secret)])))
            }
            for (key, secret) in [("3zJU%2Ft7DX6g%3D", "!ABCDE"), ("a%3Ab", "s")] {
                let sent = try await client(key: key, secret: secret).sendSMS(Self.request(to: "6591234567"))
                #expect(sent.status.entry?.code == "0", "\(key)")
                _ = try await client(key: key, secret: secret).balance(Ginota.BalanceRequest(apiKey: "placeholder", apiSecret: "placeholder"))
            }
            let error = try await #require(throws: ProviderError.self) {
                try await client(key: "3zJU%2Ft7DX6g%3E", secret: "!ABCDE").sendSMS(Self.request(to: "6591234567"))
            }
            #expect(error.rawCode == "7", "\(error)")
        }
    }

    @Test func secretsNeverReachTheLog() async throws {
        let log = LogLines()
        try await Loopback.run(providers: ["ginota"], log: { line in Task { await log.add(line) } }) { loopback in
            let balance = try Ginota.BalanceRequest(apiKey: "key-4711", apiSecret: "%zz-secret-0815")
                .httpRequest(baseURL: loopback.baseURL("ginota"), authentication: Ginota.provider.authentication)
            #expect(balance.url.contains("secret-0815"))
            let (status, _) = try await send(balance)
            #expect(status == 200)
            let (_, response) = try await sendSMS(
                Ginota.SendRequest(apiKey: "key-4711", apiSecret: "%41-secret-0815", srcAddr: "Shop", dstAddr: "6591234567", content: "Hi"), loopback)
            #expect(response.status.entry?.code == "7")
        }
        try await Task.sleep(nanoseconds: 100_000_000)
        let lines = await log.lines
        #expect(lines.count == 2)
        #expect(lines.first?.contains("apiSecret=<redacted>") == true)
        #expect(!lines.contains { $0.contains("secret-0815") || $0.contains("key-4711") })
    }
}

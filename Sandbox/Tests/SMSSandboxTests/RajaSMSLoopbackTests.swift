import Foundation
import OpenAPIURLSession
import SMSProviderClients
import SMSProviderReceivers
import SMSProviders
import SMSSandbox
import SMSSpecClient
import Testing

/// RajaSMS end to end on loopback: the key in the body, one result per packet under a successful envelope, one
/// delivery report per accepted packet.
@Suite(.timeLimit(.minutes(1)))
struct RajaSMSLoopbackTests {
    func client(_ loopback: Loopback, validates: Bool = false) -> RajaSMS.Client {
        RajaSMS.Client(
            serverURL: loopback.serverURL("rajasms"), transport: URLSessionTransport(),
            configuration: ClientConfiguration(credentials: .fields(["apikey": "key"]), validatesRequests: validates))
    }

    @Test func eachPacketIsAnsweredAndReportedOnItsOwn() async throws {
        let failing = "6281298765432"
        try await Loopback.run(providers: ["rajasms"], outcomes: OutcomePolicy(byRecipient: [failing: DeliveryOutcome(.failed(code: "7"))])) { loopback in
            let request = RajaSMS.SendRequest(apiKey: "key", callbackURL: loopback.callbackURL, dataPacket: [
                RajaSMS.Packet(number: "081234567890", message: "Hello"),
                RajaSMS.Packet(number: "12", message: "Hello"),
                RajaSMS.Packet(number: failing, message: "Hello"),
            ])
            let violations = request.validate()
            #expect(violations.map(\.path) == ["datapacket[1].number"])
            let predicted = try #require(violations.first?.providerCode)
            #expect(predicted.code == "60")

            // A failed packet under a successful envelope is a ProviderError; the accepted packets are in its body.
            let error = try await #require(throws: ProviderError.self) { try await client(loopback).sendRegular(request) }
            #expect(error.httpStatus == 200)
            #expect(error.entry == predicted)
            let response = try JSONDecoder().decode(RajaSMS.SendResponse.self, from: try #require(error.rawBody))
            let result = try #require(response.results.first)
            #expect(result.globalStatus.entry?.outcome == .success)
            let packets = try #require(result.dataPacket).map(\.packet)
            #expect(packets.map(\.number) == ["081234567890", "12", failing])
            #expect(packets[0].sendingStatus.entry?.outcome == .success)
            #expect(packets[1].sendingStatus.entry == predicted)
            #expect(packets[1].sendingID == 0)
            #expect(packets[2].sendingStatus.entry?.outcome == .success)

            var reports: [Int64: RajaSMS.DeliveryStatusReport] = [:]
            for _ in 0..<2 {
                let callback = try #require(await loopback.inbox.next())
                let report = try #require(try RajaSMS.Receivers.deliveryReport.decode(callback.head, body: callback.body).reports.first)
                reports[report.sendingID] = report
            }
            #expect(Set(reports.keys) == [packets[0].sendingID, packets[2].sendingID])
            #expect(reports[packets[0].sendingID]?.number == "081234567890")
            #expect(reports[packets[0].sendingID]?.deliveryStatus.entry?.deliveryState == .delivered)
            #expect(reports[packets[2].sendingID]?.deliveryStatus.entry?.name == "Reject")
            #expect(await loopback.inbox.next(within: 0.5) == nil)
        }
    }

    @Test func tooManyPacketsFailTheWholeSend() async throws {
        try await Loopback.run(providers: ["rajasms"]) { loopback in
            let packets = Array(repeating: RajaSMS.Packet(number: "081234567890", message: "Hi"), count: 1001)
            let request = RajaSMS.SendRequest(apiKey: "key", dataPacket: packets)
            let predicted = try #require(request.validate().first?.providerCode)
            #expect(predicted.code == "55")
            let error = try await #require(throws: ProviderError.self) { try await client(loopback).sendRegular(request) }
            #expect(error.entry == predicted)
            let body = try #require(error.rawBody)
            let result = try #require(try JSONDecoder().decode(RajaSMS.SendResponse.self, from: body).results.first)
            #expect(result.globalStatus.entry == predicted)
            #expect(result.dataPacket == nil)
            #expect(await loopback.inbox.next(within: 0.5) == nil)
        }
    }
}

import Foundation
import SMSProviders
import Testing

/// RajaSMS's document 001 against the generated code.
@Suite struct RajaSMSDocumentTests {
    @Test(arguments: [
        ("rajasms/send-global.tsv", RajaSMS.SendGlobalStatus.table),
        ("rajasms/balance-global.tsv", RajaSMS.BalanceGlobalStatus.table),
        ("rajasms/sending.tsv", RajaSMS.SendingStatus.table),
        ("rajasms/delivery.tsv", RajaSMS.DeliveryStatus.table),
    ])
    func everyRowOfTheFourTablesIsGenerated(path: String, table: StatusTable) throws {
        let rows = try Fixtures.table(path)
        for row in rows {
            let entry = try #require(table.entry(for: row["code"] ?? ""), "\(path): \(row["code"] ?? "") missing")
            #expect(entry.description == row["text"])
            #expect(entry.httpStatuses.allSatisfy { $0 == 200 })
        }
        DocumentTable.check(table, documented: rows.compactMap { $0["code"] })
    }

    @Test func theBalanceTableIsNotTheSendTable() {
        #expect(RajaSMS.BalanceGlobalStatus(rawCode: 35).isKnown && RajaSMS.BalanceGlobalStatus(rawCode: 25).isKnown)
        #expect(!RajaSMS.BalanceGlobalStatus(rawCode: 50).isKnown && !RajaSMS.BalanceGlobalStatus(rawCode: 55).isKnown)
        #expect(!RajaSMS.SendGlobalStatus(rawCode: 35).isKnown)
    }

    @Test func theCorrectedSendResponseDecodesToTheDocumentedValues() throws {
        let response = try JSONDecoder().decode(RajaSMS.SendResponse.self, from: Fixtures.data("rajasms/send-response.json"))
        let result = try #require(response.results.first)
        #expect(result.globalStatus == .success && result.globalStatusText == "Success")
        let packets = try #require(result.dataPacket).map(\.packet)
        #expect(packets.map(\.number) == ["62811xxx", "62812xxx"])
        #expect(packets.map(\.sendingID) == [12_345_788, 9_775_454_545])  // R4: beyond Int32
        #expect(packets.map(\.sendingStatus) == [.success, .success])
        #expect(packets.map(\.price) == [70, 70])
        #expect(response.allSucceeded)
    }

    @Test func theVerbatimSendResponseFailsWithAClearError() throws {
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(RajaSMS.SendResponse.self, from: Fixtures.data("rajasms/send-response.verbatim.txt"))
        }
        #expect(DecodingErrorDescription.describe(error).contains("not valid JSON"))
    }

    @Test func aFailedPacketUnderASuccessfulEnvelopeCannotBeMissed() throws {
        let body = #"{"sending_respon":[{"globalstatus":10,"globalstatustext":"Success","datapacket":[{"packet":{"number":"62811","sendingid":5,"sendingstatus":10,"price":70}},{"packet":{"number":"62812xxx","sendingid":"0","sendingstatus":"60","sendingstatustext":"Invalid Number","price":"0"}}]}]}"#
        let response = try JSONDecoder().decode(RajaSMS.SendResponse.self, from: Data(body.utf8))
        #expect(response.results.first?.globalStatus.isSuccess == true)
        #expect(!response.allSucceeded)
        let failure = try #require(response.failures.first)
        #expect(response.failures.count == 1)
        #expect(failure.path == "sending_respon[0].datapacket[1].packet.sendingstatus")
        #expect(failure.entry?.name == "Invalid Number")
        #expect(failure.error.category == .invalidDestination)
    }

    @Test func theBalanceAnswerDecodes() throws {
        let balance = try JSONDecoder().decode(RajaSMS.BalanceResponse.self, from: Fixtures.data("rajasms/balance-response.json"))
        let result = try #require(balance.results.first)
        #expect(result.globalStatus == .success && result.balance == 880)
        #expect(result.expired?.text == "2017-09-18")
        #expect(result.expired?.date != nil)
        let text = try JSONDecoder().decode(RajaSMS.BalanceResponse.self, from: Data(#"{"balance_respon":[{"globalstatus":"35","Balance":"12"}]}"#.utf8))
        #expect(text.results.first?.globalStatus == .checkBalanceLimit && text.results.first?.balance == 12)
        #expect(text.failures.first?.error.category == .rateLimited)
    }

    @Test func theDeliveryReportDecodesNumbersSentAsText() throws {
        let report = try JSONDecoder().decode(RajaSMS.DeliveryReport.self, from: Fixtures.data("rajasms/delivery-report.json"))
        #expect(report.reports.map(\.deliveryStatus) == [.deliveredSuccess, .reject])
        #expect(report.reports.map(\.sendingID) == [1_287_265, 9_775_454_545])
        #expect(report.reports[0].deliveryStatus.entry?.deliveryState == .delivered)
        #expect(report.failures.map(\.path) == ["status_respon[1].deliverystatus"])
    }
}

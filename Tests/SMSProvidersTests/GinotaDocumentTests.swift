import Foundation
import SMSProviders
import Testing

/// Ginota's document 000 (and its delivery-receipt page) against the generated code.
@Suite struct GinotaDocumentTests {
    @Test func everyErrorCodeRowIsGeneratedWithDescriptionCauseAndHTTPStatus() throws {
        let rows = try Fixtures.table("ginota/error-codes.tsv")
        #expect(rows.count == 17)
        for row in rows {
            let code = try #require(Int(row["code"] ?? ""))
            let entry = try #require(Ginota.Status(rawCode: code).entry, "code \(code) is not generated")
            #expect(entry.description == row["description"])
            #expect(entry.cause == row["causes"])
            // G6: the document shows HTTP 200 for 0 and 44 only; no other code records an HTTP status it never gives.
            #expect(entry.httpStatuses == (code == 44 ? [200] : []))
            #expect(entry.outcome == .failure)
        }
        // Only 0 (success, from the document's text) is generated beyond the error table.
        let extra = Set(Ginota.Status.table.entries.map(\.code)).subtracting(rows.compactMap { $0["code"] })
        #expect(extra == ["0"])
        #expect(Ginota.Status.success.entry?.source.contains("Successful SMS Send Response") == true)
    }

    @Test func theSuccessExampleDecodes() throws {
        let response = try JSONDecoder().decode(Ginota.SendResponse.self, from: Fixtures.data("ginota/send-success.json"))
        #expect(response.status == .success)
        #expect(response.status.isSuccess)
        #expect(response.parts == 1)
        #expect(response.messageID == "18D64EC1EADD")
    }

    @Test func theInsufficientBalanceExampleDecodes() throws {
        let response = try JSONDecoder().decode(Ginota.SendResponse.self, from: Fixtures.data("ginota/send-insufficient-balance.json"))
        #expect(response.status == .insufficientBalance)
        #expect(response.status.category == .insufficientFunds)
        #expect(response.messageID == nil)
    }

    @Test(arguments: ["ginota/send-success.verbatim.txt", "ginota/send-insufficient-balance.verbatim.txt"])
    func theDocumentsBrokenJSONFailsWithADecodingError(path: String) throws {
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(Ginota.SendResponse.self, from: Fixtures.data(path))
        }
        #expect(DecodingErrorDescription.describe(error).contains("not valid JSON"))
    }

    @Test func statusAndPartsAcceptNumbersAndText() throws {
        let numeric = try JSONDecoder().decode(Ginota.SendResponse.self, from: Data(#"{"status": 0, "parts": "2"}"#.utf8))
        #expect(numeric.status == .success && numeric.parts == 2)
        let reencoded = try JSONEncoder().encode(numeric.status)
        #expect(String(decoding: reencoded, as: UTF8.self) == "\"0\"")  // written as the document shows it
    }

    @Test func theDeliveryReceiptQueryDecodes() throws {
        let dlr = try FormDecoder().decode(Ginota.DeliveryReceipt.self, from: Fixtures.text("ginota/dlr.query"))
        #expect(dlr.messageID == "18D64EC1EADD")
        #expect(dlr.deliveryStatus == .delivered)
        #expect(dlr.desc == "Delivered")
        #expect(dlr.dstAddr == "60123456789")
        #expect(dlr.srcAddr == "MyCampany")
        #expect(dlr.txnRef == nil)
        let full = try FormDecoder().decode(Ginota.DeliveryReceipt.self, from: "https://example.com/dlr?messageId=A1&deliveryStatus=2&txnRef=order%2042")
        #expect(full.deliveryStatus == .unknown("2"))  // code 2 is not documented; a query value is text
        #expect(full.txnRef == "order 42")
    }

    @Test func aReceiptWithoutItsStatusNamesTheMissingField() throws {
        let error = try #require(throws: DecodingError.self) {
            try FormDecoder().decode(Ginota.DeliveryReceipt.self, from: "messageId=A1")
        }
        #expect(DecodingErrorDescription.describe(error) == "at `deliveryStatus`: the required field is missing")
    }
}

import Foundation
import SMSProviders
import Testing

/// Bind's document 002 against the generated code.
@Suite struct BindDocumentTests {
    @Test func everySendErrorRowIsGeneratedWithItsDescriptionAndHTTPStatus() throws {
        let rows = try Fixtures.table("bind/send-errors.tsv")
        #expect(rows.count == 15)
        for row in rows {
            let name = try #require(row["error_message"])
            let code = Bind.SendError(rawCode: name)
            let entry = try #require(code.entry, "\(row["error_message"] ?? "") is not generated")
            #expect(entry.description == row["description"])
            #expect(entry.httpStatuses.contains(Int(row["http_status"] ?? "") ?? 0), "\(entry.code) lacks HTTP \(row["http_status"] ?? "")")
            #expect(entry.outcome == (row["status"] == "ACCEPTED" ? .success : .failure))
        }
        // TEMPLATE_NOT_FOUND comes from the 2FA request page, and says so.
        DocumentTable.check(Bind.SendError.table, documented: rows.compactMap { $0["error_message"] })
        #expect(Bind.SendError.templateNotFound.entry?.source.contains("2FA") == true)
    }

    @Test func everyDLRStatusRowIsGenerated() throws {
        let rows = try Fixtures.table("bind/dlr-statuses.tsv")
        for row in rows {
            let status = try #require(row["status"])
            let entry = try #require(Bind.DeliveryStatus(rawCode: status).entry)
            #expect(entry.description == row["description"])
            #expect(entry.isFinal == true)
        }
        #expect(Bind.DeliveryStatus.table.entries.map(\.code) == rows.compactMap { $0["status"] })
    }

    @Test func everyDLRErrorRowIsGeneratedWithItsNameAndProse() throws {
        let rows = try Fixtures.table("bind/dlr-errors.tsv")
        #expect(rows.count == 30)
        for row in rows {
            let code = try #require(Int(row["ec"] ?? ""))
            let entry = try #require(Bind.DLRError(rawCode: code).entry, "EC \(code) is not generated")
            let documented = try #require(row["error_description"])
            // B6: prose in parentheses became the cause.
            let generated = entry.cause.map { "\(entry.name) (\($0))" }
            #expect(documented == entry.name || documented == generated, "EC \(code): \(documented)")
        }
        #expect(Bind.DLRError.table.entries.map(\.code) == rows.compactMap { $0["ec"] })
    }

    @Test func theDLRExampleDecodesToTheDocumentedValues() throws {
        let event = try JSONDecoder().decode(Bind.CallbackEvent.self, from: Fixtures.data("bind/dlr.json"))
        guard case .deliveryReceipt(let dlr) = event else {
            Issue.record("expected a delivery receipt, got \(event)")
            return
        }
        #expect(dlr.error == .delivered)
        #expect(dlr.status == .delivered)
        #expect(dlr.from == "18888112345")
        #expect(dlr.to == "16197012345")
        #expect(dlr.messageID == "8bd71f49-6f42-4729-bf5e-ecf857747633")
        #expect(dlr.error.isSuccess && dlr.status.entry?.deliveryState == .delivered)
    }

    @Test func theMOExampleDecodesToTheDocumentedValues() throws {
        let event = try JSONDecoder().decode(Bind.CallbackEvent.self, from: Fixtures.data("bind/mo.json"))
        guard case .inboundMessage(let message) = event else {
            Issue.record("expected an inbound message, got \(event)")
            return
        }
        #expect(message.text == "STOP")
        #expect(message.from == "16197012345")
        #expect(message.to == "18888112345")
        #expect(message.messageID == "2d7114a6-bd45-4022-98ab-15d36cc2b9bd")
    }

    @Test func zeroPaddedCodesResolveAndReencodeAsSent() throws {
        for (wire, expected) in [("\"000\"", Bind.DLRError.delivered), ("\"027\"", .absentSubscriber), ("\"27\"", .absentSubscriber), ("27", .absentSubscriber), ("\"4100\"", .expiredOnForceRetry)] {
            let decoded = try JSONDecoder().decode(Bind.DLRError.self, from: Data(wire.utf8))
            #expect(decoded == expected, "\(wire)")
        }
        let encoded = try JSONEncoder().encode(Bind.DLRError.delivered)
        #expect(String(decoding: encoded, as: UTF8.self) == "\"000\"")
    }

    @Test func anUnknownCallbackTypeIsKeptWhole() throws {
        let payload = #"{"type":"READ","message_id":"m1","at":12}"#
        let event = try JSONDecoder().decode(Bind.CallbackEvent.self, from: Data(payload.utf8))
        guard case .unknown(let type, let body) = event else {
            Issue.record("expected unknown, got \(event)")
            return
        }
        #expect(type == "READ")
        #expect(body == .object(["type": .string("READ"), "message_id": .string("m1"), "at": .number(12)]))
        let again = try JSONDecoder().decode(Bind.CallbackEvent.self, from: JSONEncoder().encode(event))
        #expect(again == event)
    }

    @Test func theDocumentedSwitchCompilesAndReadsTheCode() throws {
        let body = Data(#"{"error":"027","from":"1","message_id":"m","status":"UNDELIVERABLE","to":"2","type":"DLR"}"#.utf8)
        let dlr = try JSONDecoder().decode(Bind.DeliveryReceipt.self, from: body)
        let advice: String
        switch dlr.error {
        case .absentSubscriber: advice = "retry later"
        case .unknown(let raw): advice = "unknown \(raw)"
        default: advice = "other"
        }
        #expect(advice == "retry later")
        #expect(dlr.error.category == .recipientUnavailable && dlr.error.isRetryable)
    }
}

import Foundation
import SMSProviderCatalog
import SMSProviders
import Testing

/// The odd values providers send where a code goes: empty fields from upstream gateways, text codes from newer API
/// versions, padding, numbers beyond Int64 or with a fraction.
private let oddJSONValues = [#""""#, #""N/A""#, #"" 007 ""#, "1e30", "12.5", "99999999999999999999", "true", "null"]

/// A provider code never breaks decoding: the rest of each document's payload still decodes, and the odd value
/// goes back on the wire unchanged.
@Suite struct OddCodesTests {
    /// The document's payload with one field's value replaced by `value` (JSON text).
    private func payload(_ path: String, replacing field: String, with value: String) throws -> Data {
        let text = try Fixtures.text(path)
        let pattern = "\"\(field)\"\\s*:\\s*(\"[^\"]*\"|-?[0-9]+)"
        let range = try #require(text.range(of: pattern, options: .regularExpression), "\(path) has no \(field)")
        let replaced = text.replacingCharacters(in: range, with: "\"\(field)\": \(value)")
        return Data(replaced.utf8)
    }

    /// Decodes `value` alone and writes it back: an unknown value with the same JSON kind and text (1e30 as its
    /// digits, the same JSON number); a documented code (" 007 " spelling 7) in its table's own wire form.
    private func expectRoundTrip<Code: Codable & Equatable>(_ type: Code.Type, _ value: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let code = try JSONDecoder().decode(Code.self, from: Data(value.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let written = String(decoding: try encoder.encode(code), as: UTF8.self)
        if let status = code as? any StatusCode, status.isKnown {
            #expect(value == #"" 007 ""# && written != value, "only padded 7 is documented somewhere", sourceLocation: sourceLocation)
        } else if value == "1e30" {
            #expect(written == "1000000000000000000000000000000", sourceLocation: sourceLocation)
        } else {
            #expect(written == value, "\(Code.self) \(value) came back as \(written)", sourceLocation: sourceLocation)
        }
        #expect(try JSONDecoder().decode(Code.self, from: Data(written.utf8)) == code, sourceLocation: sourceLocation)
    }

    @Test(arguments: oddJSONValues) func bindReceiptKeepsItsStatus(_ value: String) throws {
        let data = try payload("bind/dlr.json", replacing: "error", with: value)
        let receipt = try JSONDecoder().decode(Bind.DeliveryReceipt.self, from: data)
        #expect(receipt.status == .delivered)
        if value == #"" 007 ""# {
            #expect(receipt.error == .unknown(" 007 "))  // 7 is not a documented DLR error
        } else {
            #expect(!receipt.error.isKnown && receipt.error.category == .unknown && receipt.error.outcome == .failure)
        }
        try expectRoundTrip(Bind.DLRError.self, value)
        let event = try JSONDecoder().decode(Bind.CallbackEvent.self, from: data)
        guard case .deliveryReceipt(let dlr) = event else { Issue.record("not a DLR: \(event)"); return }
        #expect(dlr.status == .delivered && dlr.messageID == "8bd71f49-6f42-4729-bf5e-ecf857747633")
    }

    @Test(arguments: oddJSONValues) func ginotaSendResponseKeepsItsMessageID(_ value: String) throws {
        let data = try payload("ginota/send-success.json", replacing: "status", with: value)
        let response = try JSONDecoder().decode(Ginota.SendResponse.self, from: data)
        #expect(response.messageID == "18D64EC1EADD" && response.parts == 1)
        #expect(!response.status.isSuccess)
        try expectRoundTrip(Ginota.Status.self, value)
    }

    @Test func paddedNumericTextIsTheDocumentedCode() throws {
        // " 007 " spells 7, Ginota's "Access denied": known codes decode to their case, whatever their padding.
        let data = try payload("ginota/send-success.json", replacing: "status", with: #"" 007 ""#)
        #expect(try JSONDecoder().decode(Ginota.SendResponse.self, from: data).status == .accessDenied)
        #expect(try JSONDecoder().decode(RajaSMS.DeliveryStatus.self, from: Data(#"" 03""#.utf8)) == .deliveredSuccess)
        #expect(try JSONDecoder().decode(Bind.SendError.self, from: Data(#"" OK ""#.utf8)) == .ok)
    }

    /// Padding is whitespace characters only: a combining mark on a space (one character to Swift, which calls it
    /// whitespace by its first scalar) is part of the code, which is then no documented one and is kept as sent.
    @Test func aMarkOnPaddingIsNotPadding() throws {
        for value in [#""0 \u0301""#, #""\u00a0\u20dd0""#] {
            let status = try JSONDecoder().decode(Ginota.Status.self, from: Data(value.utf8))
            #expect(!status.isKnown && !status.isSuccess, "\(value) read as \(status)")
            try expectRoundTrip(Ginota.Status.self, value.replacingOccurrences(of: #"\u0301"#, with: "\u{301}").replacingOccurrences(of: #"\u00a0\u20dd"#, with: "\u{A0}\u{20DD}"))
        }
        #expect(try JSONDecoder().decode(Bind.SendError.self, from: Data(#""OK \u0301""#.utf8)) != .ok)
        let query = try Fixtures.text("ginota/dlr.query").replacingOccurrences(of: "deliveryStatus=0", with: "deliveryStatus=0%20%CC%81")
        let receipt = try FormDecoder().decode(Ginota.DeliveryReceipt.self, from: query)
        #expect(receipt.deliveryStatus == .unknown(WireCode(text: "0 \u{301}")))
    }

    @Test(arguments: ["", "N/A", "%20007%20", "2", "12.5", "1e30"]) func ginotaQueryReceiptKeepsItsMessageID(_ value: String) throws {
        let query = try Fixtures.text("ginota/dlr.query").replacingOccurrences(of: "deliveryStatus=0", with: "deliveryStatus=\(value)")
        let receipt = try FormDecoder().decode(Ginota.DeliveryReceipt.self, from: query)
        #expect(receipt.messageID == "18D64EC1EADD" && receipt.desc == "Delivered")
        let sent = value.removingPercentEncoding ?? value
        #expect(receipt.deliveryStatus == .unknown(WireCode(text: sent)), "a query value is text and is kept as text")
        #expect(receipt.deliveryStatus.wireCode.text == sent)
    }

    /// A form holding a code of a table written as numbers (RajaSMS's delivery status): an undocumented code keeps
    /// its text however it is spelled, and a form made from the value again says the same; `Int` fields still read
    /// any spelling of their number.
    @Test(arguments: ["0012", "%2B12", "+12", "%2012%20", "-0", "12", "0003", "x"]) func aFormKeepsTheTextOfANumericCode(_ value: String) throws {
        struct Report: Codable {
            let status: RajaSMS.DeliveryStatus
            let statuses: [RajaSMS.DeliveryStatus]
            let count: Int
            let counts: [Int]
            enum Keys: CodingKey { case status, statuses, count, counts }
            init(from decoder: any Decoder) throws {
                // As generated code reads them: a code through the runtime's `decode(_:forKey:)` for codes.
                let container = try decoder.container(keyedBy: Keys.self)
                status = try container.decode(RajaSMS.DeliveryStatus.self, forKey: .status)
                statuses = try container.decode([RajaSMS.DeliveryStatus].self, forKey: .statuses)
                count = try container.decode(Int.self, forKey: .count)
                counts = try container.decode([Int].self, forKey: .counts)
            }
        }
        let report = try FormDecoder().decode(Report.self, from: "status=\(value)&statuses=\(value)&statuses=4&count=007&counts=+8&counts=09")
        let text = (value.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? value)
        let expected: RajaSMS.DeliveryStatus = switch text {
        case "0003": .deliveredSuccess
        case "12": .unknown(WireCode(12))
        default: .unknown(WireCode(text: text))
        }
        #expect(report.status == expected && report.status.wireCode.kind == expected.wireCode.kind)
        #expect(report.statuses == [expected, .deliveredError])
        #expect(report.count == 7 && report.counts == [8, 9])
        #expect(try FormEncoder.fields(of: ["status": report.status]).map(\.value) == [expected.isKnown ? "3" : text])
    }

    @Test(arguments: oddJSONValues) func rajaSMSReportKeepsItsSendingID(_ value: String) throws {
        let data = try payload("rajasms/delivery-report.json", replacing: "deliverystatus", with: value)
        let report = try JSONDecoder().decode(RajaSMS.DeliveryReport.self, from: data)
        #expect(report.reports.map(\.sendingID) == [1_287_265, 9_775_454_545])
        #expect(report.reports[1].deliveryStatus == .reject)
        try expectRoundTrip(RajaSMS.DeliveryStatus.self, value)
        let response = try JSONDecoder().decode(
            RajaSMS.SendResponse.self, from: payload("rajasms/send-response.json", replacing: "sendingstatus", with: value))
        #expect(response.results.first?.dataPacket?.count == 2)
    }

    @Test(arguments: oddJSONValues) func fortytwoResponseKeepsItsMessageID(_ value: String) throws {
        let data = try payload("fortytwo/request-code-response.json", replacing: "status_code", with: value)
        let response = try JSONDecoder().decode(Fortytwo.Response.self, from: data)
        #expect(response.result?.messageID == "14466445287300014003" && response.resultInfo.description == "Success")
        #expect(!response.resultInfo.statusCode.isSuccess)
        try expectRoundTrip(Fortytwo.ResultCode.self, value)
        try expectRoundTrip(Fortytwo.CallbackStatus.self, value)
    }

    @Test(arguments: oddJSONValues) func ocaErrorAndStatusKeepTheRest(_ value: String) throws {
        let error = try JSONDecoder().decode(OCA.ErrorBody.self, from: payload("oca/error-credentials.json", replacing: "code", with: value))
        #expect(error.errors.count == 1)
        try expectRoundTrip(OCA.ErrorCode.self, value)
        // A spec enum is as open as a table: OCA's message status.
        let status = try JSONDecoder().decode(OCA.StatusEnvelope.self, from: payload("oca/status.json", replacing: "status", with: value))
        #expect(status.data.msgUID == "a1")
        try expectRoundTrip(OCA.MessageStatus.self, value)
    }

    /// F15: Fortytwo's undocumented callback `error_code` never costs the record its delivery status.
    @Test(arguments: oddJSONValues) func fortytwoCallbackKeepsItsStatus(_ value: String) throws {
        let example = try #require(Fortytwo.examples.first { $0.name == "delivery-callback" })
        let payload = example.payload.replacingOccurrences(of: #""error_code": 943"#, with: #""error_code": \#(value)"#)
        #expect(payload != example.payload)
        let callback = try JSONDecoder().decode(Fortytwo.DeliveryCallback.self, from: Data(payload.utf8))
        #expect(callback.data.first?.status == .delivered)
    }

    @Test func queryEnumsAcceptAnyText() throws {
        let request = try FormDecoder().decode(Bind.ListTemplatesRequest.self, from: "status=%20approved")
        #expect(request.status == .unknown(" approved"))
        #expect(try FormDecoder().decode(Bind.ListTemplatesRequest.self, from: "status=approved").status == .approved)
    }

    /// A string or number Foundation's decoder refuses is no list or object: the payload's error says what it is.
    @Test func aScalarTheDecoderRefusesIsNotCalledAListOrAnObject() throws {
        let errors = [
            #""\ud800""#: "at `error`: Not valid JSON at line 2, column 11: a high surrogate escape without a low one after it.",
            #""\udc00x""#: "at `error`: Not valid JSON at line 2, column 11: a low surrogate escape without a high one before it.",
            "1e400": "at `(top level)`: The payload is valid JSON, but a number in it does not fit",
        ]
        for (value, expected) in errors {
            let data = try payload("bind/dlr.json", replacing: "error", with: value)
            let error = try #require(throws: DecodingError.self) { try JSONPayload.decode(Bind.DeliveryReceipt.self, from: data) }
            #expect(DecodingErrorDescription.describe(error).hasPrefix(expected), "\(value): \(DecodingErrorDescription.describe(error))")
            let plain = try #require(throws: DecodingError.self) { try JSONDecoder().decode(Bind.DeliveryReceipt.self, from: data) }
            #expect(!DecodingErrorDescription.describe(plain).contains("not a list or an object"))
            let kept = try #require(throws: DecodingError.self) { try JSONDecoder().decode(JSONValue.self, from: data) }
            #expect(!DecodingErrorDescription.describe(kept).contains("Not a JSON value"), "\(DecodingErrorDescription.describe(kept))")
        }
    }

    /// A discriminator a number beyond what a `Double` holds says what a code field says of it (the number does not
    /// fit), not that it must be a string: the value is the problem, not its kind.
    @Test func aDiscriminatorBeyondADoubleSaysWhatACodeFieldSays() throws {
        for value in ["1e400", String(repeating: "9", count: 1_000_000)] {
            let event = try payload("bind/dlr.json", replacing: "type", with: value)
            let eventError = try #require(throws: DecodingError.self) { try JSONPayload.decode(Bind.CallbackEvent.self, from: event) }
            let code = try payload("bind/dlr.json", replacing: "error", with: value)
            let codeError = try #require(throws: DecodingError.self) { try JSONPayload.decode(Bind.DeliveryReceipt.self, from: code) }
            // The same words; the place differs (`type` at line 7, `error` at line 2).
            let unplaced = { (error: DecodingError) in
                DecodingErrorDescription.describe(error).replacingOccurrences(of: #" at line \d+, column \d+ \(`\w+`\)"#, with: "", options: .regularExpression)
            }
            let said = DecodingErrorDescription.describe(eventError)
            #expect(unplaced(eventError) == unplaced(codeError) && said.hasSuffix("(`type`)."), "\(value.prefix(10)): \(said.prefix(400))")
            #expect(!said.contains("must be a string"), "\(said.prefix(400))")
        }
    }

    /// Swift's `String` equality is canonical equivalence: "O\u{212A}" (a Kelvin sign) equals "OK", and matched Bind's
    /// documented success code, written back as ASCII "OK". A textual code matches only its own scalars.
    @Test func aCodeCanonicallyEquivalentToADocumentedOneIsUnknownAndKeptAsSent() throws {
        let data = Data(#"{"status": "ACCEPTED", "error_message": "O\u212A"}"#.utf8)
        let response = try JSONPayload.decode(Bind.SendResponse.self, from: data)
        let error = try #require(response.errorMessage)
        #expect(!error.isKnown && error.wireCode.text.unicodeScalars.map(\.value) == [0x4F, 0x212A])
        let written = String(decoding: try JSONEncoder().encode(response), as: UTF8.self)
        #expect(written.unicodeScalars.contains("\u{212A}"), "\(written)")
        #expect(Bind.SendError.table.entry(for: "O\u{212A}") == nil && Bind.SendError.table.entry(for: "OK") != nil)
        #expect(Bind.SendError(wireCode: "OK") == .ok)
    }

    @Test func onlyListsAndObjectsAreNotCodes() throws {
        for value in ["[]", "{}", #"["0"]"#] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(Bind.DLRError.self, from: Data(value.utf8)) }
        }
    }

    @Test func nullIsKeptForARequiredCodeAndNilForAnOptionalOne() throws {
        let receipt = try JSONDecoder().decode(Bind.DeliveryReceipt.self, from: payload("bind/dlr.json", replacing: "error", with: "null"))
        #expect(receipt.error == .unknown(.null) && receipt.error.wireCode.kind == .null)
        let written = String(decoding: try JSONEncoder().encode(receipt), as: UTF8.self)
        #expect(written.contains(#""error":null"#))
        let response = try JSONDecoder().decode(Bind.SendResponse.self, from: Data(#"{"status":"ACCEPTED","error_message":null}"#.utf8))
        #expect(response.errorMessage == nil)
    }
}

/// Numbers no integer type holds keep their value, not a rounded one.
@Suite struct HugeNumberCodesTests {
    @Test(arguments: ["123456789012345678901234567890123456789012345", "-0.000000000000000000000000000000000000000001", "1e400"])
    func hugeNumbersDecodeToUnknownWithoutLosingDigits(_ value: String) throws {
        let data = Data(#"{"error": \#(value), "from": "1", "message_id": "m", "status": "DELIVERED", "to": "2"}"#.utf8)
        let receipt: Bind.DeliveryReceipt
        do {
            receipt = try JSONDecoder().decode(Bind.DeliveryReceipt.self, from: data)
        } catch {
            // Foundation's JSON parser itself refuses numbers beyond Double's range; that is not a code decision.
            #expect(value.contains("e"), "\(value): \(error)")
            return
        }
        #expect(receipt.status == .delivered && !receipt.error.isKnown)
        guard !value.contains("e") else { return }
        let written = String(decoding: try JSONEncoder().encode(receipt.error), as: UTF8.self)
        let original = try #require(Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")))
        let back = try #require(Decimal(string: written, locale: Locale(identifier: "en_US_POSIX")))
        #expect(back == original, "\(value) came back as \(written)")
    }

    /// A code says its name once: a row named by its code prints the code, a named row both, an alias as sent; a
    /// description that repeats the name is not said again (a user's "Authorization failed: Authorization failed").
    @Test func aCodeDescribesItselfOnce() {
        #expect("\(Bind.SendStatus.accepted)" == "ACCEPTED: The request has been successfully processed")
        #expect("\(Ginota.DeliveryStatus.delivered)" == "0 Delivered")
        #expect("\(Bind.SendStatus(wireCode: "NEW"))" == "\"NEW\" (not in bind SendStatus)")
    }
}

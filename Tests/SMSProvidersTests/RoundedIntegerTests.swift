import Foundation
import SMSProviders
import SMSSpecRuntime
import SMSSpecVocabulary
import Testing

/// Foundation's integer read goes through `Double` for a number written with a fraction or an exponent, so
/// `1e-400` was Fortytwo's result code 0, "Success", and `27.0000000000000001` the code 27. `JSONPayload` checks
/// an integer read of such a number against its text: an integer spelled so is still that integer, anything else
/// is no integer.
@Suite struct RoundedIntegerTests {
    private func response(statusCode value: String) throws -> Fortytwo.Response {
        let json = try Fixtures.text("fortytwo/request-code-response.json")
            .replacingOccurrences(of: "\"status_code\": 0", with: "\"status_code\": \(value)")
        return try JSONPayload.decode(Fortytwo.Response.self, from: Data(json.utf8))
    }

    private func report(sendingID value: String) throws -> RajaSMS.DeliveryReport {
        let json = #"{"status_respon":[{"sendingid":\#(value),"number":"62","deliverystatus":3}]}"#
        return try JSONPayload.decode(RajaSMS.DeliveryReport.self, from: Data(json.utf8))
    }

    @Test(arguments: ["1e-400", "0.0000000000000000001", "-1e-30", "0." + String(repeating: "0", count: 400) + "1"])
    func aNumberThatRoundsToZeroIsNotSuccess(_ value: String) throws {
        let outcome = Result { try response(statusCode: value) }
        if case .success(let response) = outcome {
            #expect(response.resultInfo.statusCode.isKnown == false, "\(value.prefix(24)) read as \(response.resultInfo.statusCode)")
        }
    }

    /// Foundation refuses a number no `Double` holds without saying where; the error names the first such number.
    @Test func aNumberBeyondADoubleIsNamed() throws {
        let error = try #require(throws: DecodingError.self) { try response(statusCode: "1e-400") }
        #expect(DecodingErrorDescription.describe(error).hasSuffix(
            "the decoder does not say which field. The first number no Double holds is \"1e-400\" at line 4, column 16 (`result_info.status_code`)."))
    }

    /// A fraction where an integer is read (a user's SignalWire `"status": 400.5`) named no field: the decode is run
    /// again, each integer read of such a number checked, which names it.
    @Test func aFractionInAnIntegerFieldIsNamed() throws {
        for (value, column) in [("1.5", 32), ("2e-1", 32)] {
            let error = try #require(throws: DecodingError.self) { try report(sendingID: value) }
            #expect(DecodingErrorDescription.describe(error)
                == "at `status_respon[0].sendingid`: The number \"\(value)\" at line 1, column \(column) is not an integer, which this field reads.")
        }
        // Beside numbers a double field reads, in a list.
        struct Reading: Decodable { let price: Double; let parts: [Int] }
        let error = try #require(throws: DecodingError.self) {
            try JSONPayload.decode(Reading.self, from: Data(#"{"price": 0.5, "parts": [1,\#n 2.5]}"#.utf8))
        }
        #expect(DecodingErrorDescription.describe(error) == "at `parts[1]`: The number \"2.5\" at line 2, column 2 is not an integer, which this field reads.")
        #expect(try JSONPayload.decode(Reading.self, from: Data(#"{"price": 0.5, "parts": [1, 2e0]}"#.utf8)).parts == [1, 2])
    }

    /// An integer beyond `Int64` (a user's Kavenegar `messageid` of 20 digits) failed naming no field: the first is
    /// named, at its place. One within the range is not.
    @Test func anIntegerBeyondInt64IsNamed() throws {
        for value in ["12345678901234567890", "-9223372036854775809"] {
            let error = try #require(throws: DecodingError.self) { try report(sendingID: value) }
            #expect(DecodingErrorDescription.describe(error)
                == "at `status_respon[0].sendingid`: The number \"\(value)\" at line 1, column 32 is beyond the range of the integer this field "
                    + "reads (−9223372036854775808…9223372036854775807).")
        }
        #expect(try report(sendingID: "9223372036854775807").reports.first?.sendingID == 9_223_372_036_854_775_807)
    }

    /// Past 38 digits `Decimal` rounds too (`27.` and 39 zeros and `1` was the code 27).
    @Test(arguments: [
        "27.0000000000000001", "26.99999999999999999", "1.00000000000000001e1", "27." + String(repeating: "0", count: 39) + "1",
        "27" + String(repeating: "0", count: 39) + "1e-40",
    ])
    func aNumberNearACodeIsNotThatCode(_ value: String) throws {
        let code = try response(statusCode: value).resultInfo.statusCode
        #expect(!code.isKnown, "\(value) read as \(code)")
        #expect(code.wireCode.kind == WireCode.Kind.number)
    }

    /// A table whose codes travel as text reads a number sent instead by its digits: past the 38 `Decimal` holds,
    /// it rounded them, and `27.` with 39 zeros and `1` was Ginota's documented 27, "Destination address blacklisted".
    @Test(arguments: ["27." + String(repeating: "0", count: 39) + "1", "1" + String(repeating: "0", count: 40) + "1e-41"])
    func aNumberNearATextualCodeIsNotThatCode(_ value: String) throws {
        let response = try JSONPayload.decode(Ginota.SendResponse.self, from: Data(#"{"status": \#(value)}"#.utf8))
        #expect(!response.status.isKnown, "\(value) read as \(response.status)")
    }

    @Test func aNumberThatIsExactlyAnIntegerIsThatCode() throws {
        for value in ["0.0", "0e5", "-0.0", "0.000e-7"] {
            #expect(try response(statusCode: value).resultInfo.statusCode.isKnown == true, "\(value)")
        }
    }

    @Test func anIntegerFieldTakesOnlyAnExactInteger() throws {
        #expect(try report(sendingID: "9.775454545e9").reports[0].sendingID == 9_775_454_545)
        #expect(try report(sendingID: "9775454545.000").reports[0].sendingID == 9_775_454_545)
        for value in ["9775454545.0000000001", "9007199254740993.5", "123456789012345678.9", "1e-400"] {
            let error = try #require(throws: DecodingError.self, "\(value)") { try report(sendingID: value) }
            #expect(DecodingErrorDescription.describe(error).hasPrefix("at `status_respon[0].sendingid`: The number \"\(value)\" at line 1, column 32 is not an integer"))
        }
    }

    /// A code that is such a number is an unknown code, and the audit's error for its integer read is caught: each
    /// error counted the line and column from the payload's start, so a list of them took time in the square of
    /// its length (4,000 reports, seconds; 4 MiB of them, hours).
    @Test func manyCodesThatRoundTakeLinearTime() throws {
        func seconds(_ count: Int) throws -> Double {
            let report = #"{"sendingid":1,"number":"62","deliverystatus":3.0000000000000001}"#
            let json = #"{"status_respon":["# + Array(repeating: report, count: count).joined(separator: ",") + "]}"
            var read: [RajaSMS.DeliveryStatusReport] = []
            let elapsed = try ThreadCPUClock().measure {
                read = try JSONPayload.decode(RajaSMS.DeliveryReport.self, from: Data(json.utf8)).reports
            }
            #expect(read.count == count && read.allSatisfy { !$0.deliveryStatus.isKnown })
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        }
        let small = try seconds(1_000)
        let large = try seconds(4_000)
        #expect(large < 8 * small, "\(large) s for 4,000 codes against \(small) s for 1,000")
    }

    /// Every documented payload with a roundable number added where nothing reads it decodes to the same value:
    /// the auditing decoder it is then read through changes no value, only integer reads of such numbers.
    @Test func everyExampleReadsTheSameThroughTheAudit() throws {
        var checked = 0
        for catalog in SMSSpecCatalog.providers {
            for example in catalog.examples where example.format == .json || example.format == .none {
                let payload = example.payload.trimmingCharacters(in: .whitespacesAndNewlines)
                guard payload.hasPrefix("{"), payload.count > 2, let message = catalog.message(named: example.message) else { continue }
                let audited = "{\"smsspec_unread\": 1.0, " + payload.dropFirst()
                let plain = try message.decode(Data(payload.utf8), as: .json)
                let read = try message.decode(Data(audited.utf8), as: .json)
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                #expect(try encoder.encode(read) == encoder.encode(plain), "\(catalog.provider.id) \(example.name)")
                checked += 1
            }
        }
        #expect(checked >= 15)
    }
}

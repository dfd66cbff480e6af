import Foundation
@_spi(Generated) import SMSSpecRuntime
import Testing

/// Users' Sveve and LabsMobile delivery reports leave the error code empty when nothing went wrong (`error=`): read
/// as the undocumented code `""`, a failure, a delivered message reported one. An int table may say so with the alias
/// `''`; without it the empty code stays undocumented, as before.
@Suite struct EmptyCodeAliasTests {
    enum ReportError: StatusCode {
        case none_, absent
        case unknown(WireCode)
        typealias RawCode = Int
        static let table = StatusTable(
            provider: "test", id: "ReportError", title: "Errors", source: "test", isNumeric: true, wireFormat: .string(minimumDigits: 3),
            rows: [.row("0", aliases: [""], "No error", outcome: .success), .row("5", "Absent", category: .recipientUnavailable)])
        init(wireCode: WireCode) { self = Self.table.row(of: wireCode).map { [ReportError.none_, .absent][$0] } ?? .unknown(wireCode) }
        var wireCode: WireCode {
            switch self {
            case .none_: "000"
            case .absent: "005"
            case .unknown(let code): code
            }
        }
    }

    struct Report: Decodable {
        var error: ReportError?
    }

    @Test func anEmptyCodeIsTheEntryWhoseAliasIsEmpty() throws {
        #expect(try FormDecoder().decode(Report.self, from: "error=").error == .none_)
        #expect(try FormDecoder().decode(Report.self, from: "error=005").error == .absent)
        #expect(try JSONDecoder().decode(Report.self, from: Data(#"{"error": ""}"#.utf8)).error == .none_)
        #expect(try JSONDecoder().decode(Report.self, from: Data(#"{"error": " "}"#.utf8)).error == .none_)
        #expect(try JSONDecoder().decode(Report.self, from: Data(#"{"error": "x"}"#.utf8)).error == .unknown(WireCode(text: "x")))
        #expect(ReportError.table.entry(for: "")?.code == "0")
        // Without the alias, as before: the code as sent, undocumented.
        let plain = StatusTable(
            provider: "test", id: "Plain", title: "Errors", source: "test", isNumeric: true, wireFormat: .string(minimumDigits: 3),
            rows: [.row("0", "No error", outcome: .success)])
        #expect(plain.row(of: WireCode(text: "")) == nil && plain.emptyCodeRow == nil)
    }
}

import Foundation
@_spi(Generated) import SMSSpecRuntime
import Testing

/// A payload of a million codes (4 MiB of a separated list's commas) is a million status reports: each holds its
/// code's entry, which is shared, not copied (`smsspec decode` of such a payload took 5 GB; 1.2 GB now).
@Suite struct StatusReportSizeTests {
    enum Code: StatusCode {
        case delivered
        case unknown(WireCode)
        typealias RawCode = Int
        static let table = StatusTable(
            provider: "test", id: "Code", title: "Code", source: "test", isNumeric: true, wireFormat: .string(minimumDigits: 3),
            rows: [.row("0", "Delivered", cause: "The handset took it", outcome: .success, deliveryState: .delivered)])
        init(wireCode: WireCode) { self = Self.table.row(of: wireCode) == 0 ? .delivered : .unknown(wireCode) }
        var wireCode: WireCode {
            switch self {
            case .delivered: "000"
            case .unknown(let code): code
            }
        }
    }

    @Test func anEntryIsHeldOnceWhateverItsCopies() {
        #expect(MemoryLayout<StatusEntry>.size == MemoryLayout<AnyObject>.size)
        // Path, provider, table and code texts, the shared entry, two flags: 200 bytes a report before.
        #expect(MemoryLayout<StatusReport>.stride <= 96)
    }

    @Test func entriesOfTheSameFactsAreEqualAndCodeAsBefore() throws {
        let make = {
            StatusEntry(
                provider: "acme", table: "T", code: "7", aliases: ["07"], name: "Seven", description: "Seven", httpStatuses: [400],
                outcome: .failure, category: .invalidRequest, retryable: false, source: "doc", sentAs: "007")
        }
        let (one, other) = (make(), make())
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        #expect(one != StatusEntry(provider: "acme", table: "T", code: "8", name: "Seven", description: "Seven", outcome: .failure,
            category: .invalidRequest, retryable: false, source: "doc"))
        let json = try JSONEncoder().encode(one)
        let keys = try #require(JSONSerialization.jsonObject(with: json) as? [String: Any]).keys.sorted()
        #expect(keys == ["aliases", "category", "code", "description", "httpStatuses", "name", "outcome", "perOperation", "provider",
            "retryable", "sentAs", "source", "table"])
        let read = try JSONDecoder().decode(StatusEntry.self, from: json)
        #expect(read == one)
        #expect(read.sentAs == "007" && read.codeAsSent == "007" && read.httpStatus == 400)
    }

    @Test func theFailuresOfManyCodesAreEachReportedInOrder() {
        let codes = (0..<200_000).map { Code(wireCode: $0 % 2 == 0 ? "000" : WireCode(text: "")) }
        let failures = codes.failures
        #expect(failures.count == 100_000)
        #expect(failures.first?.path == "[1]" && failures.last?.path == "[199999]")
        #expect(codes.statusReports[0].entry?.cause == "The handset took it")
    }
}

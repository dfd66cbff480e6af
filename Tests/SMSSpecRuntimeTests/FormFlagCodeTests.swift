import Foundation
@_spi(Generated) import SMSSpecRuntime
import Testing

/// A success flag's table read from a form or query took `1`, `yes` and `TRUE` for its documented `true` (a user's
/// Sveve delivery report: `status=1` was "delivered", a code the spec never lists), where JSON, `lookup` and the
/// documentation call them undocumented. A flag code reads only `true` and `false` (and the aliases its table
/// lists); a `Bool` field still reads any spelling a form writes.
@Suite struct FormFlagCodeTests {
    enum Sent: StatusCode {
        case yes, no
        case unknown(WireCode)
        typealias RawCode = Bool
        static let table = StatusTable(
            provider: "test", id: "Sent", title: "Sent", source: "test", isNumeric: false, wireFormat: .boolean,
            rows: [.row("true", "Sent", outcome: .success), .row("false", "Not sent", category: .unknown)])
        init(wireCode: WireCode) { self = Self.table.row(of: wireCode).map { [Sent.yes, .no][$0] } ?? .unknown(wireCode) }
        var wireCode: WireCode {
            switch self {
            case .yes: true
            case .no: false
            case .unknown(let code): code
            }
        }
    }

    /// The same table with the digits as aliases, as a spec says when the provider sends them.
    enum Digits: StatusCode {
        case yes, no
        case unknown(WireCode)
        typealias RawCode = Bool
        static let table = StatusTable(
            provider: "test", id: "Digits", title: "Digits", source: "test", isNumeric: false, wireFormat: .boolean,
            rows: [.row("true", aliases: ["1"], "Sent", outcome: .success), .row("false", aliases: ["0"], "Not sent", category: .unknown)])
        init(wireCode: WireCode) { self = Self.table.row(of: wireCode).map { [Digits.yes, .no][$0] } ?? .unknown(wireCode) }
        var wireCode: WireCode {
            switch self {
            case .yes: true
            case .no: false
            case .unknown(let code): code
            }
        }
    }

    struct Report: Decodable {
        var sent: Sent
        var optionalSent: Sent?
        var digits: Digits?
        var flash: Bool
        var flags: [Bool]?
        var codes: [Sent]?
    }

    func report(_ query: String) throws -> Report { try FormDecoder().decode(Report.self, from: query) }

    @Test(arguments: ["1", "yes", "TRUE", "tRuE", "0", "no", "FALSE", "true!"])
    func aFlagCodeSpelledOtherwiseIsUndocumentedAndKeptAsSent(_ spelling: String) throws {
        let escaped = spelling.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let read = try report("sent=\(escaped)&optionalSent=\(escaped)&flash=1&codes=\(escaped)")
        #expect(read.sent == .unknown(WireCode(text: spelling)), "\(read.sent)")
        #expect(read.optionalSent == .unknown(WireCode(text: spelling)))
        #expect(read.codes == [.unknown(WireCode(text: spelling))])
        #expect(read.sent.isSuccess == false)
    }

    @Test func theDocumentedSpellingsAndAliasesRead() throws {
        let read = try report("sent=true&optionalSent=false&digits=1&flash=yes&flags=1&flags=false&flags=NO&codes=true")
        #expect(read.sent == .yes && read.optionalSent == .no && read.digits == .yes && read.codes == [.yes])
        #expect(read.sent.isSuccess)
        // Fields are not codes: a form's `Bool` reads every spelling a provider writes one in.
        #expect(read.flash == true && read.flags == [true, false, false])
        #expect(try report("sent=true&digits=0&flash=0").digits == .no)
        #expect(try report("sent=false&flash=TRUE").flash == true)
    }

    /// JSON reads the same way, as it did: a boolean or the text `true`/`false`; anything else is undocumented.
    struct One: Decodable { var sent: Sent }

    static func sent(_ json: String) throws -> Sent {
        try JSONDecoder().decode(One.self, from: Data("{\"sent\": \(json)}".utf8)).sent
    }

    @Test func jsonAgrees() throws {
        let sent = Self.sent
        let documented = (try sent("true"), try sent("\"false\""))
        #expect(documented.0 == .yes && documented.1 == .no)
        let undocumented = (try sent("1"), try sent("\"TRUE\""))
        #expect(undocumented.0 == .unknown(1) && undocumented.1 == .unknown(WireCode(text: "TRUE")))
    }
}

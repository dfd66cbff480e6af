import Foundation
import SMSSpecCore
import SMSSpecVocabulary
import Testing

/// SpeedSMS sends `"00"` for success and three digits for its errors (`"007"`): a user padded its int table to two
/// digits and added `aliases: ['007']` to keep the spelling, which changed nothing (any padding reads as 7), so `007`
/// was written back `"07"`, and `lookup` said it was sent so. An int table written as text keeps the zeros of a code
/// as the spec writes it; an alias that reads as its own code is a warning saying so.
@Suite struct OwnCodeSpellingTests {
    static func spec(entries: String, wire: String = "wire: string\n    padding: 2\n    ") -> String {
        Snippet.header + """
            shapes:
              Answer: {fields: {code: ResultCode}}
            tables:
              ResultCode:
                title: Result codes
                source: doc
                codeType: int
                \(wire)entries:
            \(entries)

            """
    }

    static let entries = """
              - {code: '00', summary: Success., outcome: success, category: none}
              - {code: '007', summary: IP address is locked., outcome: failure, category: authorization}
              - {code: 101, summary: Invalid parameters., outcome: failure, category: invalidRequest}
        """

    @Test func aCodeWrittenWiderThanThePaddingKeepsItsZeros() throws {
        let table = StatusTable(
            provider: "acme", id: "ResultCode", title: "Result codes", source: "doc", isNumeric: true, wireFormat: .string(minimumDigits: 2),
            rows: [.row("00", "Success.", outcome: .success), .row("007", "IP address is locked."), .row("101", "Invalid parameters.")])
        #expect(table.wireSpellings == [.text("00"), .text("007"), .text("101")])
        #expect(table.entries.map(\.code) == ["0", "7", "101"])
        #expect(table.entries.map(\.codeAsSent) == ["00", "007", "101"])
        for spelling in ["7", "07", "007", "0007"] { #expect(table.entry(for: spelling)?.code == "7", "\(spelling)") }
        #expect((0..<3).map(table.writtenCode(ofRow:)) == ["0", "007", "101"])
    }

    @Test func theGeneratedCodeWritesItAsTheSpecDoes() throws {
        let codes = try Snippet.swift(String(Self.spec(entries: Self.entries).dropFirst(Snippet.header.count)), "codes")
        #expect(codes.contains(#"case .n007: return "007""#), "\(codes)")
        #expect(codes.contains(#"case .n00: return "00""#))
        #expect(codes.contains(#".row("007", "IP address is locked.", category: .authorization),"#))
        #expect(codes.contains(#".row("0", name: "00", "Success.", outcome: .success),"#))
    }

    @Test func anAliasReadingAsItsOwnCodeIsAWarningSayingWhatWouldKeepTheSpelling() {
        let padded = """
                  - {code: 0, aliases: ['00'], summary: Success., outcome: success, category: none}
                  - {code: 7, aliases: ['007'], summary: IP address is locked., outcome: failure, category: authorization}
            """
        #expect(lintDiagnostics(Self.spec(entries: padded)) == [
            "specs/acme.yaml:18:29: warning: alias 00 of code 0 of table 'ResultCode' reads as the code itself (an int table reads a code "
                + "with any zero-padding): it changes nothing; remove it",
            "specs/acme.yaml:19:29: warning: alias 007 of code 7 of table 'ResultCode' reads as the code itself (an int table reads a code "
                + "with any zero-padding): it changes nothing; to write the code as the provider spells it, write the code so (`code: '007'`)",
        ])
        #expect(lintDiagnostics(Self.spec(entries: padded, wire: "")).last
            == "specs/acme.yaml:17:29: warning: alias 007 of code 7 of table 'ResultCode' reads as the code itself (an int table reads a "
                + "code with any zero-padding): it changes nothing; remove it (if the provider writes its codes as text so, give the table "
                + "`wire: string` and `padding: 3`)")
        #expect(lintDiagnostics(Self.spec(entries: Self.entries)) == [])
    }

    @Test func diffSaysACodeIsWrittenOtherwise() {
        let respelled = DiffCoverageTests.changes(
            [("{code: 7, name: LOCKED,", "{code: '007', name: LOCKED,")],
            from: Self.spec(entries: "          - {code: 7, name: LOCKED, summary: Locked., outcome: failure, category: unknown}"))
        #expect(respelled == ["acme: changed table ResultCode, code 7 — written \"07\" → \"007\""])
    }

    /// A code a request sends, written otherwise, is another value to the provider (a user: dropping `padding` was
    /// "compatible"); one only read from answers is read as before.
    @Test func diffCallsARespellingOfACodeARequestSendsBreaking() {
        let sent = Self.spec(entries: "          - {code: 7, name: LOCKED, summary: Locked., outcome: failure, category: unknown}")
            .replacingOccurrences(of: "shapes:\n", with: "operations:\n  ask: {method: POST, path: /ask, request: Ask, responses: {200: {summary: OK.}}}\nshapes:\n  Ask: {fields: {code: '[ResultCode]'}}\n")
        #expect(DiffCoverageTests.changes([("padding: 2", "padding: 3")], from: sent) == [
            "[breaking] acme: changed table ResultCode — on the wire text padded to 2 digits → text padded to 3 digits: a request sends it, "
                + "and the provider reads one spelling"
        ])
        #expect(DiffCoverageTests.changes([("{code: 7,", "{code: '007',")], from: sent) == [
            "[breaking] acme: changed table ResultCode, code 7 — written \"07\" → \"007\": a request sends it, and the provider reads one spelling"
        ])
        let read = Self.spec(entries: "          - {code: 7, name: LOCKED, summary: Locked., outcome: failure, category: unknown}")
        #expect(DiffCoverageTests.changes([("padding: 2", "padding: 3")], from: read) == [
            "acme: changed table ResultCode — on the wire text padded to 2 digits → text padded to 3 digits: read as before; an answer "
                + "encoded again (the sandbox's) writes the new padding"
        ])
    }

    /// An int table reads any zero-padding: removing an alias that spells its own code so leaves every payload read
    /// as before (diff said such a payload now read as an undocumented code).
    @Test func removingAnAliasSpellingItsOwnCodeIsCompatible() {
        let aliased = Self.spec(entries: "          - {code: 7, aliases: ['007'], name: LOCKED, summary: Locked., outcome: failure, category: unknown}")
        #expect(DiffCoverageTests.changes([("aliases: ['007'], ", "")], from: aliased) == ["acme: changed table ResultCode, code 7 — aliases 007 → none"])
    }

    /// The codes page shows each code as the provider writes it (Bind's `000`, SpeedSMS's `00` and `007`), and says
    /// the table pads them: it showed `0` and `7`.
    @Test func theCodesPageShowsCodesAsWritten() throws {
        let diagnostics = DiagnosticCollector()
        let models = Generator.models(for: [SpecInput(path: "acme.yaml", contents: Self.spec(entries: Self.entries))], diagnostics: diagnostics)
        let page = RegistryRenderer.markdown(provider: "acme", name: "Acme", tables: try #require(models.first).tables.map(\.resolved))
        #expect(page.contains("Codes are written as text, zero-padded to 2 digits (as the Code column shows them); any padding reads as the code."))
        #expect(page.contains("| `00` |  | Success. |"), "\(page)")
        #expect(page.contains("| `007` |  | IP address is locked. |"), "\(page)")
        #expect(page.contains("| `101` |  | Invalid parameters. |"), "\(page)")
    }

    /// Only unsigned digits, at most 19, keep the zeros they are written with (an attack: `-007`, `+008` and a 31-digit
    /// code were written `-7`, `08` and 19 digits silently, and the alias warning advised writing them so).
    @Test func aSignedOrLongCodesZerosAreNotKeptAndLintSaysSo() {
        let signed = """
                  - {code: '-007', name: A, summary: A., outcome: failure, category: unknown}
                  - {code: '+008', name: B, summary: B., outcome: failure, category: unknown}
                  - {code: '\(String(repeating: "0", count: 30))9', name: C, summary: C., outcome: failure, category: unknown}
            """
        #expect(lintDiagnostics(Self.spec(entries: signed)).map { $0.components(separatedBy: " warning: ").last ?? $0 } == [
            #"code "-007" of table 'ResultCode' is written "-7": only a code of unsigned digits, at most 19, keeps the zeros it is written with; write it as the table writes it"#,
            #"code "+008" of table 'ResultCode' is written "08": only a code of unsigned digits, at most 19, keeps the zeros it is written with; write it as the table writes it"#,
            #"code "0000000000000000000000000000009" of table 'ResultCode' is written "09": only a code of unsigned digits, at most 19, keeps the zeros it is written with; write it as the table writes it"#,
        ])
        let aliases = """
                  - {code: -7, aliases: ['-007'], name: A, summary: A., outcome: failure, category: unknown}
                  - {code: 8, aliases: ['+008'], name: B, summary: B., outcome: failure, category: unknown}
            """
        #expect(lintDiagnostics(Self.spec(entries: aliases)).allSatisfy { $0.hasSuffix("it changes nothing; remove it") })
        #expect(lintDiagnostics(Self.spec(entries: aliases, wire: "")).allSatisfy { $0.hasSuffix("it changes nothing; remove it") })
    }
}

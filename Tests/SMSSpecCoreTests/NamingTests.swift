import Foundation
@testable import SMSSpecCore
import SMSSpecTestSupport
import Testing

@Suite struct NamingTests {
    @Test(arguments: [
        ("message_id", "messageID"), ("srcAddr", "srcAddr"), ("UNKNOWN_SUBSCRIBER", "unknownSubscriber"),
        ("Saldo Minus/Expired", "saldoMinusExpired"), ("callback_url", "callbackURL"), ("msg_uid", "msgUID"),
        ("Invalid request", "invalidRequest"), ("OK", "ok"), ("2FA code", "n2faCode"), ("Balance", "balance"),
        // A plural acronym keeps its `s` (`messageIDS` was generated); `SMS` and `HTTPS` are no plurals.
        ("messageIDs", "messageIDs"), ("message_ids", "messageIDs"), ("webhook_urls", "webhookURLs"), ("allowed_ips", "allowedIPs"),
        ("bulk_sms", "bulkSMS"), ("use_https", "useHTTPS"), ("ids", "ids"), ("status", "status"), ("bonus", "bonus"),
        // An acronym ends where a capitalized word begins (`SMSWorkflow` was `smsworkflow`), but for its plural's `s`.
        ("SMSWorkflow", "smsWorkflow"), ("SMSMessageData", "smsMessageData"), ("bulkSMSMode", "bulkSMSMode"),
        ("getSMSStatus", "getSMSStatus"), ("URLList", "urlList"), ("URLsList", "urlsList"), ("callbackURLs", "callbackURLs"),
        ("APIKeys", "apiKeys"), ("HTTPSServer", "httpsServer"), ("IDs", "ids"), ("DLRStatus", "dlrStatus"),
        // Capitals before a lowercase letter: the last begins a word (`IYSAccountNotEnabled` was `iysaccountNotEnabled`)
        // unless the capitals are an acronym we know and those before the last are not; two stay one word.
        ("IYSAccountNotEnabled", "iysAccountNotEnabled"), ("SMSCSubmit", "smscSubmit"), ("MMSReport", "mmsReport"),
        ("unsupportedGSMCharacters", "unsupportedGsmCharacters"), ("SMSCode", "smsCode"), ("ABCDef", "abcDef"),
        ("DLRstatus", "dlrStatus"), ("IDnumber", "idNumber"), ("SMSsent", "smsSent"), ("IDsent", "idSent"), ("APIkeys", "apiKeys"),
        ("OKay", "okay"), ("MHz", "mhz"), ("Idle", "idle"), ("IDsList", "idsList"),
        // Turkish dotted capitals lower-case to the `i` one types, not `i` and a combining dot (a user's Verimor).
        ("İletildi", "iletildi"), ("İLETİLDİ", "iletildi"), ("Beklemede_İptal", "beklemedeİptal"), ("ÉTAT", "état"),
    ])
    func memberNames(wire: String, swift: String) {
        #expect(Naming.memberName(wire) == swift)
    }

    @Test func namesGeneratedCodeDeclaresGetAnUnderscore() {
        #expect(Naming.unreserved("self") == "self_")
        #expect(Naming.unreserved("CodingKeys") == "CodingKeys_")
        #expect(Naming.unreserved("unknown") == "unknown")
        #expect(Naming.unreservedCase("unknown") == "unknown_")
        #expect(Naming.unreservedCase("self") == "self_")
        // Optional's own cases: an optional field given `.none` is nil, not the value.
        #expect(Naming.unreservedCase("none") == "none_" && Naming.unreservedCase("some") == "some_")
        #expect(Naming.unreserved("none") == "none")
        #expect(Naming.unreserved("default") == "default")
        #expect(Naming.escaped(Naming.unreserved("default")) == "`default`")
    }

    @Test func labelsNeedBackticksOnlyForInoutVarLet() {
        #expect(Naming.label("default") == "default")
        #expect(Naming.label("inout") == "`inout`")
    }

    @Test func namesWithoutLettersYieldNoIdentifier() {
        #expect(Naming.memberName("---") == "_")
        #expect(Naming.memberName("ünïcödé") == "ünïcödé")
        #expect(Naming.memberName("with space") == "withSpace")
        #expect(Naming.memberName("x.y") == "xY")
    }

    @Test func keywordsAreEscaped() {
        #expect(Naming.escaped("default") == "`default`")
        #expect(Naming.escaped("status") == "status")
        for keyword in ["await", "precedencegroup", "some", "each", "get", "willSet", "_modify"] {
            #expect(Naming.escaped(keyword) == "`\(keyword)`")
        }
    }

    /// Swift's identifiers, not Unicode's letters: a combining mark cannot start one, U+2E2F cannot be in one, nor a
    /// character that does not show (U+E0100, a variation selector; U+200B, which Swift takes); a derived name drops what cannot be in it and puts `n` before what cannot start it.
    @Test func identifiersAreSwiftIdentifiers() {
        for name in ["\u{0345}x", "\u{0301}a", "\u{1DC0}a", "\u{20D0}a", "\u{FE20}a", "a\u{2E2F}", "\u{2E2F}", "9a", "a$", "a\u{FFF9}", "_", "x\u{E0100}", "i\u{200B}d"] {
            #expect(!Naming.isIdentifier(name), "\(name.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        for name in ["x\u{0345}", "a\u{0301}", "é", "ünïcödé", "名前", "_a", "a9", "\u{10000}"] {
            #expect(Naming.isIdentifier(name), "\(name.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(Naming.memberName("a\u{2E2F}b") == "aB")
        #expect(Naming.typeName("a\u{2E2F}b") == "AB")
        #expect(Naming.memberName("\u{0345}x") == "n\u{0345}x")
        #expect(Naming.typeName("\u{20D0}x") == "X")
    }

    /// Every scalar `Naming` lets start or continue an identifier does so for the compiler: one declaration per
    /// identifier-head scalar, and one identifier holding every other identifier character. (Above U+FFFF, each
    /// plane's first and last.)
    @Test func theIdentifierRangesAreTheCompilers() throws {
        let supplementary = (1...14).flatMap { plane in [plane << 16, plane << 16 | 0xFFFD] }
        let scalars = (Array(0x21...0xFFFF) + supplementary).compactMap { Unicode.Scalar(UInt32($0)) }
        var source = "let a"
        for scalar in scalars where Naming.isIdentifierCharacter(scalar) && !Naming.isIdentifierHead(scalar) { source.unicodeScalars.append(scalar) }
        source += " = 0\n"
        for scalar in scalars where Naming.isIdentifierHead(scalar) {
            source += "let "
            source.unicodeScalars.append(scalar)
            source += "_ = 0\n"
        }
        let file = FileManager.default.temporaryDirectory.appending(path: "smsspec-identifiers-\(UUID().uuidString).swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try BuildProducts.run(URL(filePath: "/usr/bin/env"), ["swiftc", "-parse", "-warnings-as-errors", file.path(percentEncoded: false)])
        #expect(result.status == 0, "\(result.output.prefix(3000))")
    }
}

/// Any text survives a string literal and a comment: every scalar of the Basic Multilingual Plane (and each other
/// plane's first and last), control characters and line terminators included, type-checks without a warning.
@Suite struct SwiftTextTests {
    @Test func everyScalarSurvivesStringLiteralsAndComments() throws {
        let supplementary = (1...16).flatMap { plane in [plane << 16, plane << 16 | 0xFFFF] }
        var text = ""
        for value in Array(0...0xFFFF) + supplementary { if let scalar = Unicode.Scalar(UInt32(value)) { text.unicodeScalars.append(scalar) } }
        var printer = CodePrinter()
        printer.doc(text)
        printer.comment(text)
        printer.line("let text = \(SwiftLiteral.string(text))")
        let file = FileManager.default.temporaryDirectory.appending(path: "smsspec-text-\(UUID().uuidString).swift")
        try printer.text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try BuildProducts.typecheck([file])
        #expect(result.status == 0, "\(result.output.prefix(3000))")
        // U+2028 ends no Swift line, but an editor shows one there: it is escaped as a string literal escapes it.
        #expect(CodePrinter.commentLines("a\rb\r\nc\nd\u{0}\u{7F}\u{85}\u{2028}e\tf") == ["a", "b", "c", "d\\u{0}\\u{7f}\\u{85}\\u{2028}e\tf"])
    }
}

import SMSSpecCore
import Testing

@Suite struct NamingTests {
    @Test(arguments: [
        ("message_id", "messageID"), ("srcAddr", "srcAddr"), ("UNKNOWN_SUBSCRIBER", "unknownSubscriber"),
        ("Saldo Minus/Expired", "saldoMinusExpired"), ("callback_url", "callbackURL"), ("msg_uid", "msgUID"),
        ("Invalid request", "invalidRequest"), ("OK", "ok"), ("2FA code", "n2faCode"), ("Balance", "balance"),
    ])
    func memberNames(wire: String, swift: String) {
        #expect(Naming.memberName(wire) == swift)
    }

    @Test func keywordsAreEscaped() {
        #expect(Naming.escaped("default") == "`default`")
        #expect(Naming.escaped("status") == "status")
    }
}

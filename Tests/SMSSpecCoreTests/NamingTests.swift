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

    @Test func namesGeneratedCodeDeclaresGetAnUnderscore() {
        #expect(Naming.unreserved("self") == "self_")
        #expect(Naming.unreserved("CodingKeys") == "CodingKeys_")
        #expect(Naming.unreserved("unknown") == "unknown")
        #expect(Naming.unreservedCase("unknown") == "unknown_")
        #expect(Naming.unreservedCase("self") == "self_")
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
    }
}

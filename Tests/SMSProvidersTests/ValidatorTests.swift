import Foundation
import SMSProviders
import Testing

/// Every documented constraint, with requests that pass and requests that fail — and the code the provider would answer.
@Suite struct ValidatorTests {
    func rules(_ violations: [ValidationViolation]) -> [String] { violations.map { "\($0.path) \($0.rule)" } }
    func codes(_ violations: [ValidationViolation]) -> [String] { violations.map { $0.providerCode?.code ?? "-" } }

    @Test func bindSenderAndRecipient() {
        func send(to: String) -> [ValidationViolation] { Bind.SendTemplateRequest(id: "t", to: to).validate() }
        for valid in ["385921234567", "123456789", "123456789012345"] {
            #expect(send(to: valid) == [], "\(valid)")
        }
        #expect(codes(send(to: "+385921234567")) == ["DESTINATION_ADDRESS_INVALID"])
        #expect(codes(send(to: "12345678")) == ["DESTINATION_ADDRESS_INVALID"])
        func template(sender: String) -> [ValidationViolation] { Bind.TemplateRequest(name: "n", sender: sender, content: "Hi").validate() }
        #expect(template(sender: "Shop") == [] && template(sender: "123456789012345") == [])
        #expect(rules(template(sender: "AB")) == ["sender minLength"] && rules(template(sender: "1234567890123456")) == ["sender maxLength"])
        #expect(Bind.SendTemplateRequest(id: "t", to: "441234567890", callbackURL: "https://example.com/dlr").validate() == [])
        #expect(rules(Bind.SendTemplateRequest(id: "t", to: "441234567890", callbackURL: "example.com").validate()) == ["callback_url url"])
    }

    @Test func ginotaSend() {
        let ok = Ginota.SendRequest(apiKey: "k", apiSecret: "s", srcAddr: String(repeating: "A", count: 21), dstAddr: "6593274037", content: String(repeating: "x", count: 1500), txnRef: String(repeating: "9", count: 20))
        #expect(ok.validate() == [])
        let bad = Ginota.SendRequest(apiKey: "k", apiSecret: "s", srcAddr: String(repeating: "A", count: 22), dstAddr: "+6593274037", content: String(repeating: "x", count: 1501), txnRef: "order-42")
        #expect(rules(bad.validate()) == ["srcAddr maxLength", "dstAddr pattern", "content maxLength", "txnRef pattern"])
        #expect(codes(bad.validate()) == ["-", "4", "24", "1"])
        let empty = Ginota.SendRequest(apiKey: "k", apiSecret: "s", srcAddr: "A", dstAddr: "6593274037", content: "")
        #expect(empty.validate().first?.providerCode?.name == "Invalid message")
    }

    @Test func rajaSMSNumbersMessagesPacketsAndDates() throws {
        func packet(_ number: String, _ message: String = "Hi", at date: String? = nil) -> RajaSMS.Packet {
            RajaSMS.Packet(number: number, message: message, sendingDateTime: date.map { Timestamp(text: $0, formats: []) })
        }
        let valid = ["6281234567890", "081234567890", "+6281234567890", "0895123456789"]
        #expect(RajaSMS.SendRequest(apiKey: "k", dataPacket: valid.map { packet($0) }).validate() == [])
        let invalid = RajaSMS.SendRequest(apiKey: "k", dataPacket: [
            packet("0842123456"), packet("62812"), packet("+62081234567890"), packet("081234567890", String(repeating: "x", count: 481)),
            packet("081234567890", at: "2024-01-02 08-00-00"), packet("081234567890", at: "2024-01-02 08:00:00"), packet("081234567890", at: ""),
        ])
        #expect(rules(invalid.validate()) == [
            "datapacket[0].number phone", "datapacket[1].number phone", "datapacket[2].number phone", "datapacket[3].message maxLength",
            "datapacket[4].sendingdatetime format",
        ])
        #expect(codes(invalid.validate()) == ["60", "60", "60", "70", "-"])
        let tooMany = RajaSMS.SendRequest(apiKey: "k", dataPacket: Array(repeating: packet("081234567890"), count: 1001))
        #expect(tooMany.validate().map(\.rule) == ["maxItems"] && codes(tooMany.validate()) == ["55"])
        #expect(rules(RajaSMS.SendRequest(apiKey: "k", dataPacket: []).validate()) == ["datapacket minItems"])
        let scheduled = Timestamp(try #require(Timestamp(text: "2024-01-02T01:00:00Z", formats: ["iso8601"]).date), format: "yyyy-MM-dd HH:mm:ss", timeZone: "Asia/Jakarta")
        #expect(scheduled.text == "2024-01-02 08:00:00")
    }

    /// R7: the number travels as written, so only a number written in one of the documented forms passes: a trailing
    /// line break, spaces, dashes, parentheses or a "00" international prefix would reach RajaSMS as they are.
    @Test func rajaSMSNumbersPassOnlyAsTheyAreSent() {
        for written in ["6281234567890\n", " 081234567890", "0062812345678", "62 812-3456-7890", "62(812)34567890", "+62.812.3456.7890", "0812\t34567890"] {
            let violations = RajaSMS.Packet(number: written, message: "Hi").validate()
            #expect(rules(violations) == ["number phone"], "\(written.debugDescription)")
            #expect(codes(violations) == ["60"], "\(written.debugDescription)")
        }
    }

    /// A date travels as written too: one with surrounding whitespace is not written in the format, though a payload's
    /// date is read past it.
    @Test func rajaSMSDatesPassOnlyAsTheyAreSent() {
        for written in ["2024-01-02 08:00:00\n", " 2024-01-02 08:00:00", "2024-01-02 08:00:00\u{A0}"] {
            let packet = RajaSMS.Packet(number: "081234567890", message: "Hi", sendingDateTime: Timestamp(text: written, formats: []))
            #expect(rules(packet.validate()) == ["sendingdatetime format"], "\(written.debugDescription)")
        }
        #expect(RajaSMS.Packet(number: "081234567890", message: "Hi", sendingDateTime: Timestamp(text: "2024-01-02 08:00:00", formats: [])).validate() == [])
    }

    /// Foundation's `URL(string:)` percent-encodes what a URL cannot hold and reads on: a callback URL with a line
    /// break, a tab, a bidirectional override or a no-break space, a port beyond 65535, or a backslash (a host to one
    /// parser, a path to another) is no URL the provider can call back, though it is sent as written.
    @Test func aCallbackURLIsAURLAsWritten() {
        func violations(_ url: String) -> [ValidationViolation] {
            Fortytwo.RequestCodeRequest(clientRef: "r", phoneNumber: "38591234567", callbackURL: url).validate()
        }
        for bad in ["https://example.com/cb\n", "https://example.com/cb\t", "https://example.com/\u{202E}cb", "https://example.com/cb\u{A0}",
                    "https://example.com:99999/cb", "https://example.com\\@evil.example/"] {
            #expect(codes(violations(bad)) == ["-61"], "\(bad.debugDescription)")
        }
        for good in ["https://example.com/cb", "https://[::1]/cb", "http://example.com:8080/cb?x=1#frag", "https://example.com/a%20b"] {
            #expect(violations(good) == [], "\(good)")
        }
    }

    @Test func fortytwoCodeRequest() {
        let ok = Fortytwo.RequestCodeRequest(
            clientRef: "r1", phoneNumber: "+38591234567", codeLength: 8, callbackURL: "https://example.com/cb", senderID: "123456789012345",
            messageTemplate: "Your code is {#TFA_CODE}")
        #expect(ok.validate() == [])
        #expect(codes(Fortytwo.RequestCodeRequest(clientRef: "r", phoneNumber: "38591234567", codeLength: 5).validate()) == ["-57"])
        #expect(codes(Fortytwo.RequestCodeRequest(clientRef: "r", phoneNumber: "38591234567", codeLength: 21).validate()) == ["-58"])
        #expect(codes(Fortytwo.RequestCodeRequest(clientRef: "r", phoneNumber: "38591234567", senderID: "1234567890123456").validate()) == ["-63"])
        #expect(codes(Fortytwo.RequestCodeRequest(clientRef: "r", phoneNumber: "38591234567", senderID: "ABCDEFGHIJKL").validate()) == ["-63"])
        #expect(codes(Fortytwo.RequestCodeRequest(clientRef: "r", phoneNumber: "38591234567", callbackURL: "ftp://x").validate()) == ["-61"])
        #expect(codes(Fortytwo.RequestCodeRequest(clientRef: "r", phoneNumber: "38591234567", messageTemplate: "Your code").validate()) == ["-68"])
        // 154 characters of text + the 6-character default code = 160: one SMS. With code_length 7 it is 161: two.
        let template = String(repeating: "x", count: 154) + "{#TFA_CODE}"
        #expect(Fortytwo.RequestCodeRequest(clientRef: "r", phoneNumber: "38591234567", messageTemplate: template).validate() == [])
        #expect(codes(Fortytwo.RequestCodeRequest(clientRef: "r", phoneNumber: "38591234567", codeLength: 7, messageTemplate: template).validate()) == ["-69"])
        #expect(codes(Fortytwo.RequestCodeRequest(clientRef: "", phoneNumber: "0").validate()) == ["-62", "-59"])
    }

    /// The placeholder is found as the provider replaces it, scalar for scalar: a mark combining with its closing
    /// brace (U+0301, a keycap) made it one character with the brace, and the template was counted unfilled.
    /// 50 characters, a 20-digit code and the mark are 71 UCS-2 units: two SMS.
    @Test func aMarkAfterThePlaceholderDoesNotHideIt() {
        for mark in ["\u{301}", "\u{20E3}"] {
            let template = String(repeating: "x", count: 50) + "{#TFA_CODE}" + mark
            let request = Fortytwo.RequestCodeRequest(clientRef: "r", phoneNumber: "38591234567", codeLength: 20, messageTemplate: template)
            #expect(codes(request.validate()) == ["-69"], "\(mark.unicodeScalars.first!)")
            #expect(request.validate().first?.message.contains("71 UTF-16 units") == true)
        }
    }

    /// A row named by its code (Fortytwo's result codes) is said once: "would answer -69", not "-69 -69".
    @Test func aCodeNamedByItselfIsSaidOnce() {
        let template = String(repeating: "x", count: 160) + "{#TFA_CODE}"
        let violation = Fortytwo.RequestCodeRequest(clientRef: "r", phoneNumber: "38591234567", messageTemplate: template).validate().first
        #expect(violation?.description.hasSuffix("(fortytwo would answer -69)") == true, "\(violation?.description ?? "")")
        let ginota = Ginota.SendRequest(apiKey: "k", apiSecret: "s", srcAddr: "A", dstAddr: "+6593274037", content: "Hi").validate().first
        // The documents do not tie the number's pattern to 4: the spec's inference, said so.
        #expect(ginota?.description.hasSuffix("(ginota would probably answer 4 Destination address unreachable; our inference: the documents do not tie the rule to the code)") == true, "\(ginota?.description ?? "")")
    }

    /// G13: the portal's percent-encoded secret would be encoded twice and answered with 7; validate() says so first.
    @Test func ginotaSecretIsTakenDecoded() {
        func send(secret: String) -> [ValidationViolation] {
            Ginota.SendRequest(apiKey: "KEY%2Fabc", apiSecret: Secret(secret), srcAddr: "Shop", dstAddr: "6591234567", content: "Hi").validate()
        }
        #expect(send(secret: "!ABCDE") == [] && send(secret: "100%") == [] && send(secret: "50%off") == [])
        #expect(codes(send(secret: "%21ABCDE")) == ["7"])
        #expect(rules(send(secret: "%21ABCDE")) == ["apiSecret pattern"])
        let bulk = Ginota.BulkSendRequest(apiKey: "k", apiSecret: "%21ABCDE", srcAddr: "Shop", dstAddrs: "6591234567", content: "Hi")
        #expect(codes(bulk.validate()) == ["7"])
    }

    @Test func ocaPhoneNeedsItsCountryCode() {
        // O5: a country code is required, any country's — the document names none.
        for valid in ["+6281381475159", "6281381475159", "+38591234567", "447911123456"] {
            #expect(OCA.SendRequest(phone: valid, message: "Hi").validate() == [], "\(valid)")
        }
        let local = OCA.SendRequest(phone: "081255123456", message: "")  // the document's own example form (O5)
        #expect(rules(local.validate()) == ["phone pattern", "message minLength"])
        #expect(codes(local.validate()) == ["39", "39"])
    }

    @Test func everyViolationIsReportedNotJustTheFirst() {
        let request = Ginota.SendRequest(apiKey: "k", apiSecret: "s", srcAddr: "", dstAddr: "x", content: "")
        #expect(request.validate().count == 3)
    }
}

import Foundation
import SMSProviders
import Testing

/// A decoded callback is printed (`print(receipt)`, `dump`, a logger's `\(value)`): the payload's text in it is
/// anyone's. Swift shows a `String` field quoted with ESC escaped; a date and an open enum's unknown value showed
/// their text raw, so a hostile payload's terminal escape reached the terminal through them.
@Suite struct PrintedPayloadTests {
    @Test func datesAndUnknownEnumValuesPrintEscaped() throws {
        let hostile = #"\u001b]0;owned\u0007\u009b2J\u202e"#
        let payload = #"""
            {"phone_number": "62812", "message_body": "hi", "created_at": "\#(hostile)", "updated_at": "\#(hostile)",
             "status": "\#(hostile)", "msg_uid": "m1", "total_sms": 1}
            """#
        let item = try JSONDecoder().decode(OCA.HistoryItem.self, from: Data(payload.utf8))
        #expect(item.status.wireValue.text.hasPrefix("\u{1B}]0;owned"))
        for printed in [String(describing: item), String(reflecting: item), String(reflecting: item.createdAt), String(reflecting: item.status)] {
            #expect(!printed.unicodeScalars.contains { ["\u{1B}", "\u{7}", "\u{9B}", "\u{202E}"].contains($0) }, "\(printed.debugDescription)")
        }
        // `dump` shows the fields' own text as Swift shows any `String`: ESC and BEL escaped (CSI and overrides are not).
        var dumped = ""
        dump(item, to: &dumped)
        #expect(!dumped.unicodeScalars.contains { ["\u{1B}", "\u{7}"].contains($0) }, "\(dumped.debugDescription)")
        #expect(String(reflecting: item.createdAt) == #""\u{1B}]0;owned\u{7}\u{9B}2J\u{202E}""#)
        // `description` is still the text itself, for code that uses it as such.
        #expect(item.createdAt.description.hasPrefix("\u{1B}]0;owned") && "\(item.status)".hasPrefix("\u{1B}]0;owned"))
    }

    /// A request's `Secret` fields print `<redacted>`, but a credential repeated in its text fields printed whole (a
    /// password pasted into a text, users), where `validate()` and the printed request hid it.
    @Test func aRequestsCredentialsRepeatedInItsTextPrintRedacted() {
        let request = Ginota.SendRequest(
            apiKey: "key-4f1c2d9e-never-printed", apiSecret: "!ABCDE-secret", srcAddr: "MyCompany", dstAddr: "60123456789",
            content: "my key is key-4f1c2d9e-never-printed, secret %21ABCDE-secret", txnRef: "!ABCDE-secret")
        var dumped = ""
        dump(request, to: &dumped)
        for printed in [String(describing: request), String(reflecting: request), dumped] {
            #expect(!printed.contains("key-4f1c2d9e-never-printed") && !printed.contains("ABCDE-secret"), "\(printed)")
            #expect(printed.contains("my key is <redacted>, secret <redacted>"), "\(printed)")
        }
        // The values themselves are the caller's: only their printing hides the credentials.
        #expect(request.content == "my key is key-4f1c2d9e-never-printed, secret %21ABCDE-secret")
        // A value's own `…` is no quote cut after a credential's beginning (an attack: `key-4f1c…` printed `<redacted>…`).
        let cut = Ginota.SendRequest(
            apiKey: "key-4f1c2d9e-never-printed", apiSecret: "!ABCDE-secret", srcAddr: "MyCompany", dstAddr: "60123456789",
            content: "key-4f1c… see you")
        #expect(String(describing: cut).contains(#"content: "key-4f1c… see you""#), "\(cut)")
    }

    /// A credential pasted into the text of a shape the request holds printed whole (RajaSMS's packets; CM.com's
    /// messages beside `messages.authentication`): the request passes its credentials down to every text it holds.
    @Test func aRequestsCredentialsRepeatedInTheShapesItHoldsPrintRedacted() {
        let request = RajaSMS.SendRequest(
            apiKey: "rk-77f0a1b2c3-never-printed",
            dataPacket: [
                RajaSMS.Packet(number: "6281234567890", message: "Hello"),
                RajaSMS.Packet(number: "rk-77f0a1b2c3-never-printed", message: "key: rk-77f0a1b2c3-never-printed"),
            ])
        var dumped = ""
        dump(request, to: &dumped)
        for printed in [String(describing: request), String(reflecting: request), dumped] {
            #expect(!printed.contains("rk-77f0a1b2c3-never-printed"), "\(printed)")
            #expect(printed.contains("key: <redacted>") && printed.contains("Hello") && printed.contains("6281234567890"), "\(printed)")
        }
        #expect(request.dataPacket[1].message == "key: rk-77f0a1b2c3-never-printed")
        // A packet printed alone holds no credential to hide.
        #expect(String(describing: request.dataPacket[1]).contains("rk-77f0a1b2c3-never-printed"))
    }

    /// A key put in one's own callback URL (`?apikey=…`, as tyntec's is named) printed whole where the sandbox's log hid
    /// it (users): a URL's query pair named as a credential shows its value `<redacted>`; others, and names that only
    /// end so (`monkey`), as they are.
    @Test func aURLsQueryPairNamedAsACredentialPrintsRedacted() {
        let request = Ginota.SendRequest(
            apiKey: "key-4f1c2d9e-never-printed", apiSecret: "!ABCDE-secret", srcAddr: "MyCompany", dstAddr: "60123456789",
            content: "Hello", url: "https://me.example/dlr?API_Key=abc123xyz&monkey=banana&access-token=t0k&ref=7#top")
        let printed = String(describing: request)
        #expect(printed.contains("https://me.example/dlr?API_Key=<redacted>&monkey=banana&access-token=<redacted>&ref=7#top"), "\(printed)")
        #expect(request.url == "https://me.example/dlr?API_Key=abc123xyz&monkey=banana&access-token=t0k&ref=7#top")
    }
}

import Foundation
import SMSSpecRuntime
import Testing

/// A provider's code in a message shows as itself, even when it is empty or padded with spaces, which decode as
/// undocumented codes: `acme Status  (undocumented code)` hid an empty one.
@Suite struct CodeDisplayTests {
    /// `dump` of an error showed its body byte by byte, one line each (a user): it shows its text, a long one cut, and
    /// a body that is no text by its size.
    @Test func aDumpedErrorShowsItsBodyAsText() {
        func dumped(_ body: Data) -> String {
            var text = ""
            dump(ProviderError(provider: "acme", table: "Status", rawCode: "10", rawMessage: nil, httpStatus: 200, entry: nil, rawBody: body), to: &text)
            return text
        }
        let short = dumped(Data(#"{"code":10,"success":false}"#.utf8))
        #expect(short.contains(#"rawBody: Optional("{\"code\":10,\"success\":false}")"#) && short.split(separator: "\n").count < 30, "\(short)")
        let long = dumped(Data(String(repeating: "a", count: 5_000).utf8))
        #expect(long.contains("… (5000 bytes)") && long.count < 5_000 && long.split(separator: "\n").count < 30, "\(long.count)")
        #expect(dumped(Data([0xFF, 0xFE, 0x00])).contains("3 bytes, not UTF-8 text"))
        // A character of a million combining accents is one character, and no shorter for it (an attack).
        let accents = dumped(Data(("a" + String(repeating: "\u{301}", count: 100_000)).utf8))
        #expect(accents.contains("… (200001 bytes)") && accents.utf8.count < 20_000, "\(accents.utf8.count)")
    }

    @Test func anEmptyOrSpacePaddedCodeIsQuotedAndAnyOtherShownAsSent() {
        for (code, shown) in [("", #""""#), (" 7", #"" 7""#), ("7\t", #""7\t""#), ("007", "007"), ("OUT OF BALANCE", "OUT OF BALANCE")] {
            let error = ProviderError(provider: "acme", table: "Status", rawCode: code, rawMessage: nil, httpStatus: nil, entry: nil)
            #expect(error.description == "acme Status \(shown) (undocumented code) [unknown]", "\(code)")
        }
    }

    /// A failure status whose documented answer holds no code (D7's 422 validation list) was "code 422 (undocumented
    /// code)" (a user): it is the status, which no table of the answer lists.
    @Test func aStatusNoTableListsIsShownAsTheStatus() {
        let status = ProviderError(provider: "d7", table: nil, rawCode: "422", rawMessage: nil, httpStatus: 422, entry: nil)
        #expect(status.description == "d7 HTTP 422 (an HTTP status no table of the answer lists) [unknown]")
        let code = ProviderError(provider: "d7", table: nil, rawCode: "7", rawMessage: nil, httpStatus: 422, entry: nil)
        #expect(code.description == "d7 code 7 (undocumented code) [unknown]")
    }
}

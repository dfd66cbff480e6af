import SMSSpecRuntime
import Testing

/// A provider's code in a message shows as itself, even when it is empty or padded with spaces, which decode as
/// undocumented codes: `acme Status  (undocumented code)` hid an empty one.
@Suite struct CodeDisplayTests {
    @Test func anEmptyOrSpacePaddedCodeIsQuotedAndAnyOtherShownAsSent() {
        for (code, shown) in [("", #""""#), (" 7", #"" 7""#), ("7\t", #""7\t""#), ("007", "007"), ("OUT OF BALANCE", "OUT OF BALANCE")] {
            let error = ProviderError(provider: "acme", table: "Status", rawCode: code, rawMessage: nil, httpStatus: nil, entry: nil)
            #expect(error.description == "acme Status \(shown) (undocumented code) [unknown]", "\(code)")
        }
    }
}

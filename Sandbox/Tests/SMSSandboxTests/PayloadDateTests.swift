import Foundation
import SMSSpecRuntime
import Testing

@testable import SMSSandbox

/// A date the sandbox writes into a payload is written as the generated code writes it.
@Suite struct PayloadDateTests {
    @Test func unixTimeIsANumberAndOtherFormatsText() throws {
        let before = Date().timeIntervalSince1970
        guard case .number(let seconds) = PayloadBuilder.now(format: "unixSeconds", timeZone: nil) else {
            Issue.record("unixSeconds is not written as a number")
            return
        }
        #expect(try abs(#require(Double(seconds.description)) - before) < 5)
        guard case .number = PayloadBuilder.now(format: "unixMilliseconds", timeZone: nil) else {
            Issue.record("unixMilliseconds is not written as a number")
            return
        }
        guard case .string(let day) = PayloadBuilder.now(format: "yyyy-MM-dd", timeZone: "Asia/Jakarta") else {
            Issue.record("yyyy-MM-dd is not written as text")
            return
        }
        #expect(Timestamp(text: day, formats: ["yyyy-MM-dd"]).date != nil)
    }
}

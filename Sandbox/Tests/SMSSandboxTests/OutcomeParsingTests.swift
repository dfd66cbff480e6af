import Foundation
import SMSSandbox
import Testing

@Suite struct OutcomeParsingTests {
    @Test func outcomesParseAndPrintBack() {
        for text in ["delivered", "failed", "failed:27", "never", "delivered@250", "failed:UNDELIV@1000"] {
            #expect(DeliveryOutcome(parsing: text)?.description == text)
        }
        #expect(DeliveryOutcome(parsing: "delayed:500") == DeliveryOutcome(.delivered, delayMilliseconds: 500))
        #expect(DeliveryOutcome(parsing: "failed:27@500") == DeliveryOutcome(.failed(code: "27"), delayMilliseconds: 500))
    }

    /// The spellings help and errors list (`forms`) are the ones that parse, their placeholders filled in.
    @Test func theListedFormsParse() {
        let listed = DeliveryOutcome.forms.split(separator: ";")[0].split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "CODE", with: "27").replacingOccurrences(of: "MS", with: "500") }
        #expect(listed == ["delivered", "failed", "failed:27", "never", "delayed:500"])
        for text in listed { #expect(DeliveryOutcome(parsing: text) != nil, "\(text)") }
        #expect(DeliveryOutcome.forms.hasSuffix("(failed:27@500)") && DeliveryOutcome(parsing: "failed:27@500") != nil)
    }

    /// `failed:` and `:delivered` (empty parts were dropped) were read as `failed` and `delivered`, and `delayed:5@10`
    /// as a delay of 5 ms, its `@10` ignored: an outcome is one spelling, with one delay.
    @Test func nonsenseIsRefused() {
        for text in ["", "deliver", "never@10", "delayed", "delayed:-1", "failed@x", "delivered:1", "failed:", "failed:@10", ":delivered", "delivered:", "delayed:5@10", "delayed:5@0"] {
            #expect(DeliveryOutcome(parsing: text) == nil, "\(text)")
        }
    }

    @Test func recipientOutcomeOverridesTheRun() {
        let policy = OutcomePolicy(run: .init(.never), byRecipient: ["111": .delivered])
        #expect(policy.outcome(for: "111") == .delivered)
        #expect(policy.outcome(for: "222") == DeliveryOutcome(.never))
    }
}

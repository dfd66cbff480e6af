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

    @Test func nonsenseIsRefused() {
        for text in ["", "deliver", "never@10", "delayed", "delayed:-1", "failed@x", "delivered:1"] {
            #expect(DeliveryOutcome(parsing: text) == nil, "\(text)")
        }
    }

    @Test func recipientOutcomeOverridesTheRun() {
        let policy = OutcomePolicy(run: .init(.never), byRecipient: ["111": .delivered])
        #expect(policy.outcome(for: "111") == .delivered)
        #expect(policy.outcome(for: "222") == DeliveryOutcome(.never))
    }
}

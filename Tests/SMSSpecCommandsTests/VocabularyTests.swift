import SMSSpecCore
import SMSSpecRuntime
import Testing

/// The generator cannot import the runtime (downstream builds compile it with core and Yams only), so it spells the
/// taxonomy itself; these tests keep the two spellings the same.
@Suite struct VocabularyTests {
    @Test func theSpecValidatorKnowsExactlyTheRuntimeCategories() {
        #expect(SpecValidator.categories == ErrorCategory.allCases.map(\.rawValue))
        for category in ErrorCategory.allCases {
            #expect(ModelBuilder.defaultRetryable(category.rawValue) == category.defaultRetryable, "\(category)")
        }
    }

    @Test func outcomesAndDeliveryStatesMatch() {
        #expect(SpecValidator.outcomes == Outcome.allCases.map(\.rawValue))
        #expect(SpecValidator.deliveryStates == DeliveryState.allCases.map(\.rawValue))
    }
}

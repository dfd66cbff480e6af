@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// A request giving none of an `exactlyOne` group (Textlocal's `numbers` or `group_id`) misses a field, as one giving
/// none of an `atLeastOne` group does: the code whose words say a field is missing answers it (a review), not one
/// saying a value is malformed. Two given is a broken rule.
@Suite struct MissingGroupTests {
    func problem(_ rule: String, _ found: String) -> InvalidRequest {
        InvalidRequest(ValidationViolation(
            path: "numbers", rule: rule, message: "is one of numbers, group_id, of which exactly one must be given; \(found)"))
    }

    @Test func noneOfAnExactlyOneGroupIsAMissingField() {
        if case .missingField(field: "numbers") = problem("exactlyOne", "none is") {} else { Issue.record("\(problem("exactlyOne", "none is"))") }
        if case .brokenRule(field: "numbers", _, _) = problem("exactlyOne", "2 are (numbers, group_id)") {} else {
            Issue.record("\(problem("exactlyOne", "2 are (numbers, group_id)"))")
        }
        if case .missingField = problem("atLeastOne", "none is") {} else { Issue.record("atLeastOne") }
    }
}

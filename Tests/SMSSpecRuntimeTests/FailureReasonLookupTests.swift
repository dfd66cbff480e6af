import Foundation
import SMSSpecRuntime
import Testing

/// Where `ResponseDescriptor.reason(in:)` finds a failure's words: a list on the path is looked through in order
/// (JSON:API's `errors`, a user's Flowroute answer), a bounded number of elements, never a list of lists.
@Suite struct FailureReasonLookupTests {
    let answer = ResponseDescriptor(httpStatus: 422, message: nil, tables: [], reasonPaths: [["errors", "detail"], ["message"]])

    func reason(_ body: String) -> String? { answer.reason(in: Data(body.utf8)) }

    @Test func aListsElementsAreReadInOrder() {
        #expect(reason(#"{"errors": [{"title": "Unprocessable"}, {"detail": "  "}, {"detail": "Invalid from"}, {"detail": "later"}]}"#) == "Invalid from")
        #expect(reason(#"{"errors": {"detail": "one object"}}"#) == "one object")
        #expect(reason(#"{"errors": [], "message": "the next path"}"#) == "the next path")
    }

    @Test func aListOfListsAndElementsBeyondTheBoundAreNotRead() {
        #expect(reason(#"{"errors": [[{"detail": "nested"}]]}"#) == nil)
        let many = Array(repeating: #"{"title": "x"}"#, count: 100).joined(separator: ",")
        #expect(reason(#"{"errors": [\#(many), {"detail": "the 101st"}]}"#) == nil)
        #expect(reason(#"{"errors": [\#(many.dropLast(15)), {"detail": "the 100th"}]}"#) == "the 100th")
    }
}

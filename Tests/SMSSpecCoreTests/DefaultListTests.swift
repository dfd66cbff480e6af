import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// `default: []` on a list field (Telesign's `errors`, absent when there are none): as any default, the value when the
/// field is absent or null, the property non-optional, and written as it is, as a scalar's default is.
@Suite struct DefaultListTests {
    static let yaml = """
        shapes:
          Transaction:
            fields:
              id: string
              errors: {type: '[Failure]', required: false, default: []}
              tags: {type: '[string]', separator: ',', required: false, default: []}
          Failure:
            fields:
              code: Error
        tables:
          Error:
            title: Errors
            source: doc
            entries:
              - {code: 7, summary: Refused., outcome: failure, category: invalidRequest}

        """

    @Test func anAbsentListIsEmptyAndWrittenAsTheDefault() throws {
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            for json in [#"{"id": "a"}"#, #"{"id": "b", "errors": null, "tags": null}"#, #"{"id": "c", "errors": [{"code": 7}], "tags": "x,y"}"#] {
                let transaction = try JSONDecoder().decode(Acme.Transaction.self, from: Data(json.utf8))
                let errors: [Acme.Failure] = transaction.errors
                print(errors.count, transaction.tags, transaction.failures.count, String(decoding: try encoder.encode(transaction), as: UTF8.self))
            }
            print(Acme.Transaction(id: "d").errors.isEmpty)
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header(providerKeys: "") + Self.yaml, main: main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == #"""
            0 [] 0 {"errors":[],"id":"a","tags":""}
            0 [] 0 {"errors":[],"id":"b","tags":""}
            1 ["x", "y"] 1 {"errors":[{"code":7}],"id":"c","tags":"x,y"}
            true

            """#, "\(run?.output ?? "")")
    }

    /// A list's one default is the empty list; one its own `minItems` refuses would fail every message leaving it out.
    @Test func aListDefaultOtherThanEmptyIsALocatedError() {
        let yaml = """
            shapes:
              Send:
                fields:
                  to: {type: '[string]', default: [a]}
                  cc: {type: '[string]', default: 'a'}
                  bcc: {type: '[string]', default: [], constraints: {minItems: 1}}
                  meta: {type: '{string}', default: {}}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "11:39: 'default' of field 'to' of shape 'Send' is a list of 1 value(s): the one default a list field takes is the empty list, 'default: []' (a message leaving the field out holds no elements)",
            "12:39: default 'a' of field 'cc' of shape 'Send': the one default a list field takes is the empty list, 'default: []'",
            "13:40: default '[]' of field 'bcc' of shape 'Send' has no items, outside its 'minItems' of 1: every message that leaves the field out would fail validate(); change the default or the bound",
            "14:41: 'default' of field 'meta' of shape 'Send' must be one value (text, a number, true or false, or an enum value; [] for a list; a map or object field takes no default), found a mapping",
        ])
    }

    /// A path segment cannot be empty: `httpRequest(…)` refuses one, so a default writing one fails every request.
    @Test func aDefaultWritingAnEmptyPathSegmentIsALocatedError() {
        let yaml = """
            operations:
              send: {method: POST, path: '/send/{ids}/{name}', request: Send, responses: {200: {summary: Sent.}}}
            shapes:
              Send:
                fields:
                  ids: {type: '[int]', separator: ',', in: path, default: []}
                  name: {type: string, in: path, default: ''}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "13:63: default '[]' of field 'ids' writes an empty path segment, which httpRequest refuses: every request leaving the field out could not be sent; give a default that is not empty, or make the field required",
            "14:47: default '' of field 'name' writes an empty path segment, which httpRequest refuses: every request leaving the field out could not be sent; give a default that is not empty, or make the field required",
        ])
    }
}

import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// `minItems` and `maxItems` on a map count its entries (MessageMedia allows at most 10 metadata keys), as they count
/// a list's elements.
@Suite struct MapItemsTests {
    static let yaml = SeparatedListTests.sendShape + """
              metadata: {type: '{string}', required: false, constraints: {maxItems: 2}}
              parts: {type: '{Part}', constraints: {minItems: 1, providerCodes: {minItems: 'Error:7'}}}
          Part:
            fields:
              text: string
        tables:
          Error:
            title: Errors
            source: doc
            entries:
              - {code: 7, summary: No parts., outcome: failure, category: invalidRequest}

        """

    @Test func aMapsEntriesAreCountedByValidate() throws {
        let main = #"""
            import SMSSpecRuntime
            let send = Acme.Send(metadata: ["a": "1", "b": "2", "c": "3"], parts: [:])
            for violation in send.validate() { print(violation) }
            print(Acme.Send(metadata: ["a": "1"], parts: ["x": .init(text: "Hi")]).validate().isEmpty)
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header(providerKeys: "") + Self.yaml, main: main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == """
            metadata: has 3 entries; the maximum is 2
            parts: has 0 entries; the minimum is 1 (acme would answer 7)
            true

            """, "\(run?.output ?? "")")
        let models = try Snippet.swift(Self.yaml)
        #expect(models.contains("Constraints: at most 2 entries."), "\(models)")
    }

    @Test func aCountOnAFieldThatIsNoCollectionIsALocatedError() {
        let yaml = """
            shapes:
              Send:
                fields:
                  text: {type: string, constraints: {maxItems: 2}}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "11:52: 'maxItems' applies to list and map fields (their elements or entries); field 'text' of shape 'Send' is 'string'"
        ])
    }
}

import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A field that holds its own shape again is stored out of line (`_parent`, an array); `print` and `dump` show the
/// field as the API has it (`parent: Optional(…)`), not that storage. Built and run, not read.
@Suite struct SnippetMirrorTests {
    static let spec = Snippet.header + """
        shapes:
          Message:
            fields:
              text: string
              parent: {type: Message, required: false}
        """

    static let main = #"""
        import SMSSpecRuntime
        let reply = Acme.Message(text: "re", parent: Acme.Message(text: "hi"))
        print(reply)
        dump(reply)
        """#

    @Test func recursiveShapesPrintTheirFieldsNotTheirStorage() throws {
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: Self.main)
        let output = try #require(run, "\(build.output)")
        #expect(!build.output.contains("warning"), "\(build.output)")
        #expect(output.status == 0)
        let lines = output.output.split(separator: "\n").map(String.init)
        #expect(lines.first == #"Message(text: "re", parent: Optional(Snippet.Acme.Message(text: "hi", parent: nil)))"#, "\(output.output)")
        #expect(!output.output.contains("_parent"), "\(output.output)")
        #expect(lines.dropFirst().contains { $0.contains("▿ parent: Optional(") }, "\(output.output)")
    }
}

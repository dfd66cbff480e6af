import Foundation
@testable import SMSSpecCore
import SMSSpecVocabulary
import Testing

/// Codes and words on the generated Markdown pages read as the spec wrote them, in time linear in the text.
@Suite struct MarkdownTextTests {
    /// A backtick that a combining mark follows is one `Character` with it, and was not counted: the fence was too
    /// short and CommonMark closed the span early.
    @Test func backticksAreCountedByScalar() {
        #expect(MarkdownText.code("x`\u{301}y") == "``x`\u{301}y``")
        #expect(MarkdownText.code("a``b") == "```a``b```" && MarkdownText.code("`") == "`` ` ``" && MarkdownText.code("") == "(empty)")
    }

    /// A backslash-escaped backtick is text, not a span's start: `<b>` after it vanished as HTML.
    @Test func anEscapedBacktickOpensNoSpan() {
        #expect(MarkdownText.prose(#"a \`<b>` c"#) == #"a \`&lt;b>` c"#)
        #expect(MarkdownText.prose("keeps `<b>` and &amp; but <i>") == "keeps `<b>` and &amp;amp; but &lt;i>")
        #expect(MarkdownText.prose("``a`b`` <x>") == "``a`b`` &lt;x>")
    }

    /// Each unclosed run looked for its end to the end of the text: a title of many took seconds (final read).
    @Test func unclosedRunsTakeLinearTime() {
        let text = (1...600).map { String(repeating: "`", count: $0) + String(repeating: "x", count: 200) }.joined()
        let elapsed = ThreadCPUClock().measure { _ = MarkdownText.prose(text) }
        #expect(elapsed < .seconds(1), "\(elapsed) for \(text.count) characters")
    }
}

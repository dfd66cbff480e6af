import SMSSpecCore
import Testing

/// A YAML syntax hint names the slip the text shows, or is left out: a hint that names the wrong fix is worse than
/// libyaml's own message, located.
@Suite struct YAMLSyntaxHintTests {
    let header = "provider:\n  id: acme\n  name: Acme\n"

    func diagnose(_ yaml: String) -> [String] { SMSSpecCoreTests.diagnose(header + yaml, path: "h.yaml") }

    /// A key of a list's item written at its `-`'s column (a user's `decision:` under `- id: …`, four times) says how
    /// far to indent it; a new item, or a key beyond the item's, is libyaml's own message.
    @Test func aListItemsKeyAtItsDashSaysHowFarToIndentIt() {
        #expect(diagnose("  decisions:\n    - id: A1\n      issue: Something.\n    decision: Do this.\n") == [
            "h.yaml:7:5: error: YAML syntax: did not find expected '-' indicator (while parsing a block collection at line 5, column 5); "
                + "the list's items start with '-' at column 5 (line 5): if this line is a key of the item above, indent it 2 more space(s), "
                + "to column 7, as the keys beside it"
        ])
        #expect(diagnose("  decisions:\n    - id: A1\n      issue: Something.\n    - {id: A2, issue: B., decision: C.}\n").allSatisfy { !$0.contains("indent it") })
    }

    /// A problem in the middle of a line was told to indent the line like its keys.
    @Test func aProblemInsideALineIsNotAnIndentation() {
        #expect(diagnose("shapes:\n  S:\n    summary: [a] b\n") == [
            "h.yaml:6:18: error: YAML syntax: did not find expected key (while parsing a block mapping at line 6, column 5)"
        ])
        #expect(diagnose("shapes:\n  S:\n    summary: \"a\", b\n") == [
            "h.yaml:6:17: error: YAML syntax: did not find expected key (while parsing a block mapping at line 6, column 5)"
        ])
    }

    /// Text after a closed quoted value and a space was told to indent; right after the quote it was already this hint.
    @Test func textAfterAQuotedValueAndASpaceIsTheQuotedValueHint() {
        #expect(diagnose("shapes:\n  S:\n    summary: \"a\" b\n") == [
            "h.yaml:6:14: error: YAML syntax: did not find expected key at column 18: the quoted value \"a\" ends at its second "
                + "quote and text follows it; a quote inside \"…\" is written \\\" (\"say \\\"hi\\\"\"), or quote the value with '…'"
        ])
        #expect(diagnose("shapes:\n  S:\n    summary: 'it''s' sent\n") == [
            "h.yaml:6:14: error: YAML syntax: did not find expected key at column 22: the quoted value 'it''s' ends at its closing "
                + "quote and text follows it; an apostrophe inside '…' is written twice ('it''s'), or quote the value with \"…\""
        ])
        // A comment, or a ',' inside {…}, after the quote is YAML's own.
        #expect(diagnose("shapes:\n  S:\n    summary: \"a\"   # the summary\n    fields: {to: {type: string, summary: 'b',  name: to}}\n") == [])
    }

    /// A plain value whose next line holds ': ' at the same indentation was said to be "indented more".
    @Test func aValueGoingOnAtTheSameIndentIsNotCalledIndentedMore() {
        #expect(diagnose("shapes:\n  S:\n    summary:\n      Sends one\n      SMS: to one number\n    fields: {}\n") == [
            "h.yaml:8:10: error: YAML syntax: mapping values are not allowed in this context: YAML reads this line as more of the "
                + "plain value 'Sends one' that starts at line 7, and its ': ' as a key's colon; if the line is part of that value, "
                + "quote the whole value ('…'); if it starts a key, indent it as the keys beside it"
        ])
    }

    /// A ',' left out inside {…} or […] was "quote the value" or "is the closing '}' missing?".
    /// A hint quotes at most 80 characters of the value: cut before the '@' that ends a URL's user information, the
    /// redaction of the whole message no longer saw the URL, and the password's start was printed.
    @Test func aURLsPasswordIsRedactedBeforeAHintCutsTheValue() {
        let long = String(repeating: "x", count: 60) + " https://bob:hunter2secretpw@acme.example/x"
        for yaml in ["shapes:\n  S:\n    summary: \(long): docs\n", "tables:\n  E:\n    entries:\n      - {code: 0, summary: \(long): docs}\n"] {
            let messages = diagnose(yaml)
            #expect(!messages.isEmpty && messages.allSatisfy { !$0.contains("hunter") && !$0.contains("bob:") }, "\(messages)")
        }
    }

    /// `{summary: Whether [[variables]] are replaced}`: the bracket opened a list inside the flow mapping, and the
    /// hint named only a missing ','; quoting the value is the likely fix, said too.
    @Test func aBracketInAPlainValuesWordsAlsoSaysQuoteIt() {
        #expect(diagnose("shapes:\n  S:\n    fields: {on: {type: bool, summary: Whether [[variables]] are replaced.}}\n") == [
            "h.yaml:6:48: error: YAML syntax: did not find expected ',' or '}': is a ',' missing before '['? Inside {…} and […] a ',' "
                + "separates the entries; or, if '[' is part of the text before it, quote that value ('…'): in {…} and […] it opens a collection"
        ])
    }

    /// `{section: GET /sms/{uuid}}` (a user's LOX24 source): the hint asked for a ',' before '{', written onto the word;
    /// the value holds it as text, so quoting is the fix, said alone.
    @Test func aBracketWrittenOntoAPlainWordSaysQuoteTheValue() {
        #expect(diagnose("sources:\n  doc: {title: LOX24 API, section: GET /sms/{uuid}, url: 'https://doc.lox24.eu'}\n") == [
            "h.yaml:5:45: error: YAML syntax: did not find expected ',' or '}': the '{' in the plain value 'GET /sms/{uuid}' opens a "
                + "collection inside {…} and […]; quote the whole value ('…')"
        ])
        #expect(diagnose("shapes:\n  S:\n    fields: {to: {type: string, summary: Sends to list[0] only, required: false}}\n") == [
            "h.yaml:6:55: error: YAML syntax: did not find expected ',' or '}': the '[' in the plain value 'Sends to list[0]' opens a "
                + "collection inside {…} and […]; quote the whole value ('…')"
        ])
    }

    @Test func aMissingCommaBetweenEntriesIsNamed() {
        let tables = "tables:\n  E:\n    entries:\n"
        #expect(diagnose(tables + "      - {code: 0 summary: Sent}\n") == [
            "h.yaml:7:18: error: YAML syntax: did not find expected ',' or '}': is a ',' missing before 'summary'? Inside {…} and […] "
                + "a ',' separates the entries"
        ])
        #expect(diagnose(tables + "      - {code: 0, name: sent,\n          summary: Sent}\n      - {code: 1\n          summary: Failed}\n") == [
            "h.yaml:10:11: error: YAML syntax: did not find expected ',' or '}': is a ',' missing before 'summary'? Inside {…} and […] "
                + "a ',' separates the entries"
        ])
        #expect(diagnose(tables + "      - {code: 0, summary: \"Sent\" name: sent}\n") == [
            "h.yaml:7:35: error: YAML syntax: did not find expected ',' or '}': is a ',' missing before 'name'? Inside {…} and […] "
                + "a ',' separates the entries"
        ])
        #expect(diagnose("shapes:\n  S:\n    fields: {to: {type: string} text: {type: string}}\n") == [
            "h.yaml:6:33: error: YAML syntax: did not find expected ',' or '}': is a ',' missing before 'text'? Inside {…} and […] "
                + "a ',' separates the entries"
        ])
        #expect(diagnose(tables + "      - {code: 0,  # accepted\n         summary: Sent  # queued\n         name: sent}\n") == [
            "h.yaml:9:10: error: YAML syntax: did not find expected ',' or '}': is a ',' missing before 'name'? Inside {…} and […] "
                + "a ',' separates the entries"
        ])
        // Not a key the format knows: a value holding ': ' is as likely.
        #expect(diagnose(tables + "      - {code: 0, summary: Message accepted: queued}\n") == [
            "h.yaml:7:36: error: YAML syntax: did not find expected ',' or '}': is a ',' missing before 'accepted'? Inside {…} and […] "
                + "a ',' separates the entries (or, if 'Message accepted: queued' is one value, quote it whole: '…')"
        ])
        // A word, then a key the format knows: a summary holding ': ' is as likely (quoting was left unsaid).
        #expect(diagnose(tables + "      - {code: 0, summary: Bad request: missing recipient}\n") == [
            "h.yaml:7:32: error: YAML syntax: did not find expected ',' or '}': is a ',' missing before 'request'? Inside {…} and […] "
                + "a ',' separates the entries (or, if 'Bad request: missing recipient' is one value, quote it whole: '…')"
        ])
        // On the line after, at the column of the line the '{' opens on: the '}' is what is missing.
        #expect(diagnose("shapes:\n  S:\n    fields:\n      to: {type: string\n      text: {type: string}\n") == [
            "h.yaml:8:11: error: YAML syntax: did not find expected ',' or '}' (while parsing a flow mapping at line 7, column 11); "
                + "is the closing '}' of the one that starts at line 7 missing?"
        ])
    }

    /// Common slips whose complaint said nothing of them, or named the wrong fix.
    @Test func otherCommonSlipsSayWhatToFix() {
        #expect(diagnose("shapes:\n  S:\n  \tsummary: x\n") == [
            "h.yaml:6:3: error: YAML syntax: found character that cannot start any token (while scanning for the next token at line 6, "
                + "column 3); YAML refuses a tab here (it indents with spaces only): write spaces in place of it"
        ])
        #expect(diagnose("shapes:\n  S:\n    fields: {to: {type: string, pattern: *}}\n") == [
            "h.yaml:6:43: error: YAML syntax: did not find expected alphabetic or numeric character (while scanning an alias at line 6, "
                + "column 42); YAML reads '*' at the start of a value as an alias: quote a value that starts with it ('*…')"
        ])
        #expect(diagnose("shapes:\n  S:\n    summary: %s is sent\n") == [
            "h.yaml:6:14: error: YAML syntax: found character that cannot start any token (while scanning for the next token at line 6, "
                + "column 14); YAML reserves '%' at the start of a plain value: quote the value ('%…')"
        ])
        #expect(diagnose("shapes:\n  S:\n    fields: {to: {type: string}}}\n") == [
            "h.yaml:6:33: error: YAML syntax: did not find expected key (while parsing a block mapping at line 6, column 5); this '}' "
                + "closes no '{' opened before it: remove it, or quote the value it is part of"
        ])
        // A block's line indented less than its first ends the block: that line is not a key one column off.
        #expect(diagnose("shapes:\n  S:\n    summary: |\n      Sends one SMS\n     to one number.\n    fields: {}\n") == [
            "h.yaml:8:6: error: YAML syntax: did not find expected key (while parsing a block mapping at line 6, column 5); this line "
                + "is indented less than the first line of the '|' value that starts at line 6, which ends that value here: indent "
                + "every line of the value as its first (or, if this line is a key, at column 5 as the keys beside it)"
        ])
        // A list item one column left of its list is not a key of the mapping at column 1.
        #expect(diagnose("decisions:\n  - {id: A1, issue: x, decision: y}\n - {id: A2, issue: x, decision: y}\n") == [
            "h.yaml:6:2: error: YAML syntax: did not find expected key (while parsing a block mapping at line 1, column 1)"
        ])
        #expect(diagnose("decisions:\n  - id: A1\n    issue: x\n     - id: A2\n") == [
            "h.yaml:7:10: error: YAML syntax: mapping values are not allowed in this context: this line is indented more than line 6, "
                + "so YAML reads it as more of the value 'x' that starts there; start this item at the column of the items beside it"
        ])
        // `summary:x` is a value, which ran on into the key below it, or stood where a key belongs.
        let noSpace = "error: YAML syntax: 'summary:x' has no space after its ':', so YAML reads it as a value, not as the key "
            + "'summary': write 'summary: …'"
        #expect(diagnose("shapes:\n  S:\n    summary:x\n    fields: {}\n") == ["h.yaml:6:12: " + noSpace])
        #expect(diagnose("shapes:\n  S:\n    fields: {}\n    summary:x\n    items: y\n") == ["h.yaml:7:12: " + noSpace])
        // Not a key the format knows: as likely a value of more words than one line.
        #expect(diagnose("shapes:\n  S:\n    summary:\n      Note:one SMS\n      SMS: yes\n").first?.contains("as more of the plain value 'Note:one SMS'") == true)
        // Windows line endings are lines like any other.
        #expect(diagnose("shapes:\r\n  S:\r\n    summary: \"a\" b\r\n") == diagnose("shapes:\n  S:\n    summary: \"a\" b\n"))
    }

    /// A regular expression in "…" (`"^\d+$"`) was libyaml's "found unknown escape character" alone.
    @Test func aBackslashInsideDoubleQuotesSaysHowToWriteIt() {
        #expect(diagnose("shapes:\n  S:\n    fields:\n      to: {type: string, constraints: {pattern: \"^\\d+$\"}}\n") == [
            "h.yaml:7:51: error: YAML syntax: found unknown escape character (while parsing a quoted scalar at line 7, column 49); "
                + "inside \"…\" a backslash starts an escape (\\n, \\\"): write a backslash as \\\\, or quote the value with '…' ('^\\d+$')"
        ])
    }

    /// `summary: Sent to:` was told it "goes on with ': '" and to "write the colon without a space after it".
    @Test func aValueEndingWithAColonIsToldToBeQuotedOnly() {
        #expect(diagnose("shapes:\n  S:\n    summary: Sent to:\n    fields: {}\n") == [
            "h.yaml:6:21: error: YAML syntax: mapping values are not allowed in this context: the plain value 'Sent to' ends with "
                + "':', which YAML reads as a key's colon; quote the whole value ('…')"
        ])
    }

    /// An entry on a line of its own, at the indentation of the line its '{' opens on, before that '}', was asked
    /// "is the closing '}' … missing?".
    @Test func anEntryBeforeItsCloserIsNotAMissingCloser() {
        #expect(diagnose("tables:\n  E:\n    entries:\n      - {code: 0, name: sent\n      summary: Sent}\n") == [
            "h.yaml:8:7: error: YAML syntax: did not find expected ',' or '}': is a ',' missing before 'summary'? Inside {…} and […] "
                + "a ',' separates the entries"
        ])
    }

    /// `['SendStatus' 'SendError']` was told to double an apostrophe; with a plain second entry both fixes are said.
    @Test func aMissingCommaBetweenQuotedEntriesIsNamed() {
        #expect(diagnose("shapes:\n  S:\n    tables: ['SendStatus' 'SendError']\n") == [
            "h.yaml:6:27: error: YAML syntax: did not find expected ',' or ']': is a ',' missing between 'SendStatus' and "
                + "'SendError'? Inside {…} and […] a ',' separates the entries"
        ])
        #expect(diagnose("shapes:\n  S:\n    tables: ['SendStatus' SendError]\n") == [
            "h.yaml:6:14: error: YAML syntax: did not find expected ',' or ']' at column 27: the quoted value 'SendStatus' ends at "
                + "its second quote and text follows it; an apostrophe inside '…' is written twice ('it''s'), or quote the value with "
                + "\"…\"; or, if 'SendError' is an entry of its own, a ',' is missing before it"
        ])
    }

    /// `msisdn:string`, a key the format does not know, as a mapping's first line was told to indent the line below.
    @Test func aKeyValueWordWithoutASpaceIsAKeyMissingItsSpace() {
        #expect(diagnose("shapes:\n  S:\n    fields:\n      msisdn:string\n      text: {type: string}\n") == [
            "h.yaml:7:13: error: YAML syntax: 'msisdn:string' has no space after its ':', so YAML reads it as a value, not as the key "
                + "'msisdn': write 'msisdn: …'"
        ])
        #expect(diagnose("shapes:\n  S:\n    msisdn:string\n    fields: {}\n") == [
            "h.yaml:6:11: error: YAML syntax: 'msisdn:string' has no space after its ':', so YAML reads it as a value, not as the key "
                + "'msisdn': write 'msisdn: …'"
        ])
    }

    /// A non-breaking space after ':' read "'method: POST' has no space after its ':'"; in indentation it became part
    /// of the key (' path', "unknown key").
    @Test func aNonBreakingSpaceIsNamed() {
        #expect(diagnose("operations:\n  send:\n    method:\u{A0}POST\n    path: /x\n") == [
            "h.yaml:6:12: error: YAML syntax: the character after the ':' of 'method' is a non-breaking space (U+00A0), which YAML "
                + "reads as text, not as a space, so 'method' is no key: type a plain space in its place"
        ])
        #expect(diagnose("operations:\n  send:\n    method: POST\n\u{A0}\u{A0}\u{A0}\u{A0}path: /x\n") == [
            "h.yaml:7:1: error: YAML syntax: this line is indented with a non-breaking space (U+00A0), which YAML reads as text, not "
                + "as a space: type plain spaces in its place"
        ])
    }

    /// `{type: string # note }` was reported at the next line as a missing '}'.
    @Test func aCommentHidingAClosingBraceIsNamedAtItsHash() {
        #expect(diagnose("shapes:\n  S:\n    fields:\n      to: {type: string # note }\n      text: {type: string}\n") == [
            "h.yaml:7:25: error: YAML syntax: did not find expected ',' or '}' at line 8, column 7: the comment that starts at this "
                + "'#' runs to the end of the line and hides the '}' after it, so the '{' at line 7, column 11 is never closed: write the "
                + "'}' before the '#'"
        ])
    }

    /// `[SendStatus}` and `{a: 1]` were told to quote a value.
    @Test func aWrongClosingBracketIsNamed() {
        #expect(diagnose("shapes:\n  S:\n    tables: [SendStatus}\n    fields: {}\n") == [
            "h.yaml:6:24: error: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence at line 6, column 13); "
                + "the '[' at line 6, column 13 is closed by '}': close it with ']'"
        ])
        #expect(diagnose("shapes:\n  S:\n    fields: {a: 1]\n    x: {}\n") == [
            "h.yaml:6:18: error: YAML syntax: did not find expected ',' or '}' (while parsing a flow mapping at line 6, column 13); "
                + "the '{' at line 6, column 13 is closed by ']': close it with '}'"
        ])
    }

    /// A tab at column 1 after a value got libyaml's "found a tab character that violates indentation" alone.
    @Test func aTabIndentingALineIsNamed() {
        #expect(diagnose("shapes:\n  S:\n    summary: x\n\t  fields: {}\n") == [
            "h.yaml:7:1: error: YAML syntax: found a tab character that violates indentation (while scanning a plain scalar at line "
                + "6, column 14); line 7 is indented with a tab: YAML indents with spaces, never tabs: write spaces in place of it"
        ])
    }

    /// Text after a quoted value that spans lines was asked "is its closing quote missing?".
    @Test func textAfterAQuotedValueSpanningLinesIsNamed() {
        #expect(diagnose("shapes:\n  S:\n    summary: 'Sends one\n      SMS' to one number\n    fields: {}\n") == [
            "h.yaml:6:14: error: YAML syntax: did not find expected key at line 7, column 12: the quoted value that starts here "
                + "closes on that line and text follows it ('to one number'); write the whole value inside the quotes (an apostrophe inside "
                + "'…' written ''), or remove the text after the closing quote"
        ])
    }

    /// `{a: [1] c}` got the general "a value holding … is quoted" hint.
    @Test func aMissingCommaAfterAClosedListIsNamed() {
        #expect(diagnose("shapes:\n  S:\n    fields: {a: [1] c}\n") == [
            "h.yaml:6:21: error: YAML syntax: did not find expected ',' or '}': is a ',' missing between ']' and 'c'? Inside {…} and "
                + "[…] a ',' separates the entries"
        ])
    }

    /// `{a: {b: 1}`, a comment line, then `c: 2` indented further got libyaml's message alone.
    @Test func aFlowMappingNeverClosedIsNamed() {
        #expect(diagnose("shapes:\n  S:\n    fields: {a: {b: 1}\n      # comment\n      c: 2\n") == [
            "h.yaml:6:13: error: YAML syntax: did not find expected ',' or '}' at line 8, column 7: the '{' at line 6, column 13 is "
                + "never closed: write its '}' where it ends"
        ])
    }
}

extension YAMLSyntaxHintTests {
    /// playSMS's `…, @usernames or #groupcodes.` lost its end to a YAML comment, silently (a user): a value of several
    /// words a `#` cuts right after a space is a warning; a comment written as one (`# …`), or after one word, is none.
    @Test func aCommentCuttingAValuesWordsIsAWarning() {
        func diagnose(_ yaml: String) -> [String] { lintDiagnostics(header + yaml, path: "h.yaml") }
        let cut = diagnose("shapes:\n  S:\n    summary: To numbers, @usernames or #groupcodes.\n    fields: {a: string}\n")
        #expect(cut.contains(
            "h.yaml:6:14: warning: YAML reads '#groupcodes.' as a comment, so this value ends at '…o numbers, @usernames or'; "
                + "if the '#' is part of the text, quote the value"), "\(cut)")
        for line in ["    summary: To numbers.  # said once\n", "    summary: 'To #groupcodes.'\n", "    summary: Numbers #1\n"] {
            let lines = diagnose("shapes:\n  S:\n\(line)    fields: {a: string}\n")
            #expect(!lines.contains { $0.contains("as a comment") }, "\(line): \(lines)")
        }
    }
}

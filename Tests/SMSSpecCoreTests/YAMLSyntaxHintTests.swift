import SMSSpecCore
import Testing

/// A YAML syntax hint names the slip the text shows, or is left out: a hint that names the wrong fix is worse than
/// libyaml's own message, located.
@Suite struct YAMLSyntaxHintTests {
    let header = "provider:\n  id: acme\n  name: Acme\n"

    func diagnose(_ yaml: String) -> [String] { SMSSpecCoreTests.diagnose(header + yaml, path: "h.yaml") }

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
        // On the line after, at the column of the line the '{' opens on: the '}' is what is missing.
        #expect(diagnose("shapes:\n  S:\n    fields:\n      to: {type: string\n      text: {type: string}\n") == [
            "h.yaml:8:11: error: YAML syntax: did not find expected ',' or '}' (while parsing a flow mapping at line 7, column 11); "
                + "is the closing '}' of the one that starts at line 7 missing?"
        ])
    }
}

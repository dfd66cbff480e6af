import CYaml

/// libyaml's syntax errors, located where a person would look and said with the likely fix: libyaml names what it
/// expected ("did not find expected key"), not the slip that made it (an apostrophe inside '…', a line indented one
/// column too far, a value with ': ' inside `{…}`). A hint is given only where the text shows that slip; otherwise
/// libyaml's own message stands, located.
extension YAMLPreflight {
    typealias ScalarMarks = (style: yaml_scalar_style_t, start: yaml_mark_t, end: yaml_mark_t)

    /// libyaml's complaint, at the start of the quoted value that swallowed the text when a quote is left open.
    func syntaxError(_ parser: yaml_parser_t, lastScalar: ScalarMarks?, text: String) -> Diagnostic {
        let problem = Self.string(parser.problem) ?? "invalid YAML"
        let context = Self.string(parser.context)
        if parser.error == YAML_READER_ERROR {
            return Diagnostic(at: location(ofByte: parser.problem_offset, in: text), "YAML reader: \(problem) (byte offset \(parser.problem_offset))")
        }
        if context == "while scanning a quoted scalar" {
            return Diagnostic(
                at: location(parser.context_mark),
                "YAML syntax: the quoted value that starts here is never closed (\(problem) at line \(parser.problem_mark.line + 1))")
        }
        let source = YAMLCharacters(text)
        if let scalar = lastScalar, scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE,
            scalar.end.line > scalar.start.line, scalar.end.line + 1 >= parser.problem_mark.line
        {
            return Diagnostic(
                at: location(scalar.start),
                "YAML syntax: \(problem) at line \(parser.problem_mark.line + 1), column \(parser.problem_mark.column + 1); "
                    + "the quoted value that starts here runs on to line \(scalar.end.line + 1): is its closing quote missing?")
        }
        if let missing = missingComma(parser, problem: problem, lastScalar: lastScalar, source: source) { return missing }
        if let scalar = lastScalar, let closed = quotedValueFollowedByText(scalar, parser: parser, source: source) {
            let single = scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE
            // `'it''s' x` closes at its fourth quote.
            let closing = closed.dropFirst().dropLast().contains(single ? "'" : "\"") ? "closing" : "second"
            return Diagnostic(
                at: location(scalar.start),
                "YAML syntax: \(problem) at column \(parser.problem_mark.column + 1): the quoted value \(closed.abbreviated) ends at "
                    + "its \(closing) quote and text follows it; "
                    + (single
                        ? "an apostrophe inside '…' is written twice ('it''s'), or quote the value with \"…\""
                        : "a quote inside \"…\" is written \\\" (\"say \\\"hi\\\"\"), or quote the value with '…'"))
        }
        if let value = lastScalar, let start = plainValueRunningIntoAColon(parser, value: value, source: source) {
            return Diagnostic(
                at: location(parser.problem_mark),
                "YAML syntax: \(problem): the plain value '\(start.abbreviated)' goes on with ': ', which YAML reads as a key's "
                    + (Self.flowCloser(expectedIn: problem) != nil
                        ? "colon; inside {…} or […] quote the whole value ('…')"
                        : "colon; quote the whole value ('…'), or write the colon without a space after it"))
        }
        if let value = lastScalar, let continued = plainValueContinuedOnAKeyLine(parser, problem: problem, value: value, source: source) {
            return continued
        }
        let contextText = context.map { " (\($0) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))" } ?? ""
        let hint = hint(parser, problem: problem, context: context, source: source)
        return Diagnostic(at: location(parser.problem_mark), "YAML syntax: \(problem)\(contextText)\(hint)")
    }

    /// What to check for the complaints that need no value to explain them: a key indented unlike its siblings,
    /// a character no plain value may start with, a value in `{…}` that needed quotes.
    private func hint(_ parser: yaml_parser_t, problem: String, context: String?, source: YAMLCharacters) -> String {
        let index = Int(parser.problem_mark.index)
        let problemColumn = parser.problem_mark.column
        let startsItsLine = source.firstNonBlank(ofLineAt: index) == index
        if problem == "did not find expected key", context == "while parsing a block mapping", startsItsLine,
            problemColumn != parser.context_mark.column
        {
            return "; the keys of that mapping start at column \(parser.context_mark.column + 1) and this line at column "
                + "\(problemColumn + 1): indent it as the keys beside it"
        }
        if problem == "found character that cannot start any token", let character = source[index], "@`".unicodeScalars.contains(character) {
            return "; YAML reserves '\(character)' at the start of a plain value: quote the value ('\(character)…')"
        }
        if let closer = Self.flowCloser(expectedIn: problem) {
            if parser.problem_mark.line == parser.context_mark.line {
                return "; inside {…} or […], a value holding ': ', ',', '#', a bracket or a brace is quoted ('…')"
            }
            // A line indented further than the one the `{` is on is still inside it, its closer or not.
            if source.indentation(ofLineAt: index) <= source.indentation(ofLineAt: Int(parser.context_mark.index)) {
                return "; is the closing '\(closer)' of the one that starts at line \(parser.context_mark.line + 1) missing?"
            }
        }
        return ""
    }

    /// The text of the plain value that ends where libyaml refused a colon (`decision: The GET form only: one …`
    /// reads `The GET form only`, then a colon no key may start there; `{summary: Accepted: queued}` likewise).
    private func plainValueRunningIntoAColon(_ parser: yaml_parser_t, value: ScalarMarks, source: YAMLCharacters) -> String? {
        let problem = Self.string(parser.problem) ?? ""
        guard problem == "mapping values are not allowed in this context" || Self.flowCloser(expectedIn: problem) != nil,
            value.style == YAML_PLAIN_SCALAR_STYLE, value.start.line == parser.problem_mark.line,
            value.end.index == parser.problem_mark.index, source[Int(value.end.index)] == ":"
        else { return nil }
        return source.text(from: Int(value.start.index), to: Int(value.end.index))
    }

    /// A plain value that runs on to a line holding ': '. Indented further than the value's first line (`type: string`
    /// above a `summary:` indented further reads `string summary`, then a colon), the line is a key written too far
    /// right; at the same indentation (a value started on the line below its key, `Sends one` then `SMS: yes`), it is
    /// either more of the value, to be quoted, or a key.
    private func plainValueContinuedOnAKeyLine(
        _ parser: yaml_parser_t, problem: String, value: ScalarMarks, source: YAMLCharacters
    ) -> Diagnostic? {
        guard problem == "mapping values are not allowed in this context", value.style == YAML_PLAIN_SCALAR_STYLE,
            value.end.line == parser.problem_mark.line, value.start.line < value.end.line, value.end.index == parser.problem_mark.index
        else { return nil }
        let valueStart = Int(value.start.index), at = Int(parser.problem_mark.index)
        let firstLine = source.text(from: valueStart, to: source.lineEnd(of: valueStart)).abbreviated
        guard source.indentation(ofLineAt: at) > source.indentation(ofLineAt: valueStart) else {
            return Diagnostic(
                at: location(parser.problem_mark),
                "YAML syntax: \(problem): YAML reads this line as more of the plain value '\(firstLine)' that starts at line "
                    + "\(value.start.line + 1), and its ': ' as a key's colon; if the line is part of that value, quote the whole "
                    + "value ('…'); if it starts a key, indent it as the keys beside it")
        }
        return Diagnostic(
            at: location(parser.problem_mark),
            "YAML syntax: \(problem): this line is indented more than line \(value.start.line + 1), so YAML reads it as more of "
                + "the value '\(firstLine)' that starts there; start this key at the column of the keys beside it")
    }

    /// The quoted value (as written, quotes included) that text follows on its line, right after its closing quote or
    /// after spaces: an apostrophe that closed `'The recipient's number'` early, `summary: "a" b`. Not a comment, nor a
    /// `,`, `]` or `}` of a `{…}` or `[…]`, nor a key's `:`, which are YAML's or another slip.
    private func quotedValueFollowedByText(_ value: ScalarMarks, parser: yaml_parser_t, source: YAMLCharacters) -> String? {
        let at = Int(parser.problem_mark.index)
        guard value.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || value.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE,
            value.end.line == parser.problem_mark.line, value.end.line == value.start.line,
            source.skippingBlanks(from: Int(value.end.index)) == at, let next = source[at], !source.isLineBreak(at: at),
            !",]}#:".unicodeScalars.contains(next)
        else { return nil }
        return source.text(from: Int(value.start.index), to: Int(value.end.index))
    }
}

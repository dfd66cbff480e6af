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
            // `'Sends one` then `SMS' to one number`: the value closes, and words follow it after a space.
            if source.isBlank(at: Int(scalar.end.index)), quotedValueFollowedByText(scalar, parser: parser, source: source) != nil {
                let at = Int(parser.problem_mark.index)
                var end = source.lineEnd(of: at)
                while source.isBlank(at: end - 1) { end -= 1 }
                let following = source.text(from: at, to: end)
                let apostrophe = scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ? " (an apostrophe inside '…' written '')" : ""
                return Diagnostic(
                    at: location(scalar.start),
                    "YAML syntax: \(problem) at \(Self.lineAndColumn(parser.problem_mark)): the quoted value that starts here closes on "
                        + "that line and text follows it ('\(following.abbreviated)'); write the whole value inside the quotes\(apostrophe), "
                        + "or remove the text after the closing quote")
            }
            return Diagnostic(
                at: location(scalar.start),
                "YAML syntax: \(problem) at \(Self.lineAndColumn(parser.problem_mark)); "
                    + "the quoted value that starts here runs on to line \(scalar.end.line + 1): is its closing quote missing?")
        }
        if let hidden = commentHidingACloser(parser, problem: problem, source: source) { return hidden }
        if let unclosed = flowNeverClosed(parser, problem: problem, source: source) { return unclosed }
        if let missing = missingComma(parser, problem: problem, lastScalar: lastScalar, source: source) { return missing }
        if let scalar = lastScalar, let closed = quotedValueFollowedByText(scalar, parser: parser, source: source) {
            let single = scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE
            // `'it''s' x` closes at its fourth quote.
            let closing = closed.dropFirst().dropLast().contains(single ? "'" : "\"") ? "closing" : "second"
            // `['SendStatus' SendError]`: as likely two entries.
            let at = Int(parser.problem_mark.index)
            let entry = Self.flowCloser(expectedIn: problem) != nil && source.isBlank(at: Int(scalar.end.index))
                ? "; or, if '\(source.text(from: at, to: source.wordEnd(from: at, stoppingAt: ",]}")).abbreviated)' is an entry of its own, "
                    + "a ',' is missing before it" : ""
            return Diagnostic(
                at: location(scalar.start),
                "YAML syntax: \(problem) at column \(parser.problem_mark.column + 1): the quoted value \(closed.abbreviated) ends at "
                    + "its \(closing) quote and text follows it; "
                    + (single
                        ? "an apostrophe inside '…' is written twice ('it''s'), or quote the value with \"…\""
                        : "a quote inside \"…\" is written \\\" (\"say \\\"hi\\\"\"), or quote the value with '…'") + entry)
        }
        if let value = lastScalar, let start = plainValueRunningIntoAColon(parser, value: value, source: source) {
            // `summary: Sent to:` ends with the colon: no space to leave out.
            let atLineEnd = source[Int(parser.problem_mark.index) + 1] == nil || source.isLineBreak(at: Int(parser.problem_mark.index) + 1)
            return Diagnostic(
                at: location(parser.problem_mark),
                "YAML syntax: \(problem): the plain value '\(start.abbreviated)' \(atLineEnd ? "ends with ':'" : "goes on with ': '"), "
                    + "which YAML reads as a key's colon; "
                    + (Self.flowCloser(expectedIn: problem) != nil
                        ? "inside {…} or […] quote the whole value ('…')"
                        : atLineEnd ? "quote the whole value ('…')" : "quote the whole value ('…'), or write the colon without a space after it"))
        }
        if let value = lastScalar, let continued = plainValueContinuedOnAKeyLine(parser, problem: problem, value: value, source: source) {
            return continued
        }
        if let key = keyWithoutSpace(parser, problem: problem, context: context, source: source) { return key }
        let contextText = context.map { " (\($0) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))" } ?? ""
        let hint = hint(parser, problem: problem, context: context, lastScalar: lastScalar, source: source)
        return Diagnostic(at: location(parser.problem_mark), "YAML syntax: \(problem)\(contextText)\(hint)")
    }

    /// A comment inside a `{…}` or `[…]` that runs to the end of its line over the closer (`{type: string # note }`):
    /// libyaml complains later, where the flow goes on; the slip is at the '#'.
    private func commentHidingACloser(_ parser: yaml_parser_t, problem: String, source: YAMLCharacters) -> Diagnostic? {
        // A line read as inside the flow, with a closer after it, may be where the flow ends: the slip is there.
        guard Self.flowCloser(expectedIn: problem) != nil,
            !problemIsInsideTheFlow(parser, source: source) || source.unmatchedCloser(from: Int(parser.problem_mark.index), to: Int.max) == nil
        else { return nil }
        let opener = Int(parser.context_mark.index)
        for mark in source.flowMarks(from: opener, to: Int(parser.problem_mark.index)) where mark.character == "#" {
            guard let hidden = source.unmatchedCloser(from: mark.index + 1, to: source.lineEnd(of: mark.index)), let closer = source[hidden]
            else { continue }
            let at = source.lineAndColumn(of: mark.index)
            return Diagnostic(
                at: location(line: at.line, column: at.column),
                "YAML syntax: \(problem) at \(Self.lineAndColumn(parser.problem_mark)): the comment that starts at this '#' runs to "
                    + "the end of the line and hides the '\(closer)' after it, so \(Self.flowOpener(parser, source: source)) is never closed: "
                    + "write the '\(closer)' before the '#'")
        }
        return nil
    }

    /// A `{…}` or `[…]` whose closer is nowhere after a later line libyaml read as inside it (`{a: {b: 1}`, a comment,
    /// then `c: 2` indented further): libyaml says only that it expected a ',' or the closer.
    private func flowNeverClosed(_ parser: yaml_parser_t, problem: String, source: YAMLCharacters) -> Diagnostic? {
        let at = Int(parser.problem_mark.index)
        guard let closer = Self.flowCloser(expectedIn: problem), parser.problem_mark.line > parser.context_mark.line,
            problemIsInsideTheFlow(parser, source: source), source.unmatchedCloser(from: at, to: Int.max) == nil
        else { return nil }
        return Diagnostic(
            at: location(parser.context_mark),
            "YAML syntax: \(problem) at \(Self.lineAndColumn(parser.problem_mark)): \(Self.flowOpener(parser, source: source)) is "
                + "never closed: write its '\(closer)' where it ends")
    }

    /// What to check for the complaints that need no value to explain them: a key indented unlike its siblings,
    /// a character no plain value may start with, a value in `{…}` that needed quotes.
    private func hint(_ parser: yaml_parser_t, problem: String, context: String?, lastScalar: ScalarMarks?, source: YAMLCharacters) -> String {
        let index = Int(parser.problem_mark.index)
        let problemColumn = parser.problem_mark.column
        let startsItsLine = source.firstNonBlank(ofLineAt: index) == index
        if problem == "did not find expected key" || problem == "did not find expected '-' indicator",
            let closer = source[index], "}]".unicodeScalars.contains(closer)
        {
            return "; this '\(closer)' closes no '\(closer == "}" ? "{" : "[")' opened before it: remove it, or quote the value it is part of"
        }
        if problem == "did not find expected key", context == "while parsing a block mapping", startsItsLine,
            problemColumn > parser.context_mark.column, let block = lastScalar,
            block.style == YAML_LITERAL_SCALAR_STYLE || block.style == YAML_FOLDED_SCALAR_STYLE
        {
            let indicator = source[Int(block.start.index)].map(String.init) ?? "|"
            return "; this line is indented less than the first line of the '\(indicator)' value that starts at line "
                + "\(block.start.line + 1), which ends that value here: indent every line of the value as its first "
                + "(or, if this line is a key, at column \(parser.context_mark.column + 1) as the keys beside it)"
        }
        if problem == "did not find expected key", context == "while parsing a block mapping", startsItsLine,
            problemColumn != parser.context_mark.column, source[index] != "-"
        {
            return "; the keys of that mapping start at column \(parser.context_mark.column + 1) and this line at column "
                + "\(problemColumn + 1): indent it as the keys beside it"
        }
        // A key of a list's item written at the column of its `-` (a user's `decision:` under `- id: …`, four times).
        if problem == "did not find expected '-' indicator", context == "while parsing a block collection", startsItsLine, source[index] != "-",
            problemColumn >= parser.context_mark.column
        {
            var content = Int(parser.context_mark.index) + 1
            while source[content] == " " { content += 1 }
            let column = Int(parser.context_mark.column) + content - Int(parser.context_mark.index)
            if Int(problemColumn) < column {
                return "; the list's items start with '-' at column \(parser.context_mark.column + 1) (line \(parser.context_mark.line + 1)): if this "
                    + "line is a key of the item above, indent it \(column - Int(problemColumn)) more space(s), to column \(column + 1), as the keys beside it"
            }
        }
        if problem == "found a tab character that violates indentation" || problem == "found a tab character where an indentation space is expected" {
            return "; line \(parser.problem_mark.line + 1) is indented with a tab: YAML indents with spaces, never tabs: write spaces in place of it"
        }
        if problem == "found character that cannot start any token", let character = source[index] {
            if character == "\t" { return "; YAML refuses a tab here (it indents with spaces only): write spaces in place of it" }
            if "@`%".unicodeScalars.contains(character) {
                return "; YAML reserves '\(character)' at the start of a plain value: quote the value ('\(character)…')"
            }
        }
        if context == "while scanning an alias" || context == "while scanning an anchor", let sign = source[Int(parser.context_mark.index)] {
            return "; YAML reads '\(sign)' at the start of a value as \(sign == "*" ? "an alias" : "an anchor"): "
                + "quote a value that starts with it ('\(sign)…')"
        }
        if problem == "found unknown escape character", context == "while parsing a quoted scalar" {
            return "; inside \"…\" a backslash starts an escape (\\n, \\\"): write a backslash as \\\\, or quote the value with '…' "
                + "('^\\d+$')"
        }
        if let closer = Self.flowCloser(expectedIn: problem) {
            if let found = source[index], "}]".unicodeScalars.contains(found), String(found) != closer {
                return "; \(Self.flowOpener(parser, source: source)) is closed by '\(found)': close it with '\(closer)'"
            }
            if parser.problem_mark.line == parser.context_mark.line {
                return "; inside {…} or […], a value holding ': ', ',', '#', a bracket or a brace is quoted ('…')"
            }
            if !problemIsInsideTheFlow(parser, source: source) {
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
        // `S:` then `summary:x`: a spec key below its parent, not a value of more words than one line.
        if source.firstNonBlank(ofLineAt: valueStart) == valueStart, let key = keyWrittenWithoutSpace(at: value.start, source: source),
            Self.specKeys.contains(key.name) || source.holdsOnlyAKeyAndValue(lineAt: valueStart)
        {
            return key.complaint
        }
        let firstLine = source.text(from: valueStart, to: source.lineEnd(of: valueStart)).abbreviated
        let item = source[source.firstNonBlank(ofLineAt: at)] == "-" && source.isBlank(at: source.firstNonBlank(ofLineAt: at) + 1)
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
                + "the value '\(firstLine)' that starts there; "
                + (item ? "start this item at the column of the items beside it" : "start this key at the column of the keys beside it"))
    }

    /// A key written with no space after its colon (`summary:x`), which YAML reads as a plain value: in a mapping's
    /// first line it swallows the key below it, further down libyaml says it found no ':'.
    private func keyWithoutSpace(_ parser: yaml_parser_t, problem: String, context: String?, source: YAMLCharacters) -> Diagnostic? {
        guard problem == "could not find expected ':'", context == "while scanning a simple key" else { return nil }
        return keyWrittenWithoutSpace(at: parser.context_mark, source: source)?.complaint
    }

    /// The key and the complaint at its colon when the text at `mark` is such a key, value and all (`summary:x`).
    private func keyWrittenWithoutSpace(at mark: yaml_mark_t, source: YAMLCharacters) -> (name: String, complaint: Diagnostic)? {
        let start = Int(mark.index)
        let colon = source.wordEnd(from: start, stoppingAt: ":\"'{}[],#")
        guard colon > start, source[colon] == ":", let next = source[colon + 1], !source.isBlank(at: colon + 1),
            !source.isLineBreak(at: colon + 1), !":/".unicodeScalars.contains(next)
        else { return nil }
        let key = source.text(from: start, to: colon)
        let written = source.text(from: start, to: source.wordEnd(from: colon, stoppingAt: ""))
        var colonMark = mark
        colonMark.index += colon - start
        colonMark.column += colon - start
        if let space = YAMLCharacters.unreadSpace(next) {
            colonMark.index += 1
            colonMark.column += 1
            return (key, Diagnostic(
                at: location(colonMark),
                "YAML syntax: the character after the ':' of '\(key.abbreviated)' is \(space), which YAML reads as text, not as a "
                    + "space, so '\(key.abbreviated)' is no key: type a plain space in its place"))
        }
        let complaint = Diagnostic(
            at: location(colonMark),
            "YAML syntax: '\(written.abbreviated)' has no space after its ':', so YAML reads it as a value, not as the key "
                + "'\(key.abbreviated)': write '\(key.abbreviated): …'")
        return (key, complaint)
    }

    /// Every key the spec format knows, by which a word before a colon is more likely a key than part of a value.
    static let specKeys = Set(SpecKeys.all.flatMap(\.keys))

    /// The quoted value (as written, quotes included) that text follows on its line, right after its closing quote or
    /// after spaces: an apostrophe that closed `'The recipient's number'` early, `summary: "a" b`. Not a comment, nor a
    /// `,`, `]` or `}` of a `{…}` or `[…]`, nor a key's `:`, which are YAML's or another slip.
    private func quotedValueFollowedByText(_ value: ScalarMarks, parser: yaml_parser_t, source: YAMLCharacters) -> String? {
        let at = Int(parser.problem_mark.index)
        guard value.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || value.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE,
            value.end.line == parser.problem_mark.line,
            source.skippingBlanks(from: Int(value.end.index)) == at, let next = source[at], !source.isLineBreak(at: at),
            !",]}#:".unicodeScalars.contains(next)
        else { return nil }
        return source.text(from: Int(value.start.index), to: Int(value.end.index))
    }
}

import CYaml

/// libyaml's syntax errors, located where a person would look and said with the likely fix: libyaml names what it
/// expected ("did not find expected key"), not the slip that made it (an apostrophe inside '…', a line indented one
/// column too far, a value with ': ' inside `{…}`).
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
        let characters = Array(text.unicodeScalars)
        if let scalar = lastScalar, scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE {
            if scalar.end.line > scalar.start.line, scalar.end.line + 1 >= parser.problem_mark.line {
                return Diagnostic(
                    at: location(scalar.start),
                    "YAML syntax: \(problem) at line \(parser.problem_mark.line + 1), column \(parser.problem_mark.column + 1); "
                        + "the quoted value that starts here runs on to line \(scalar.end.line + 1): is its closing quote missing?")
            }
            if let closed = quotedValueFollowedByText(scalar, parser: parser, characters: characters) {
                let single = scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE
                return Diagnostic(
                    at: location(scalar.start),
                    "YAML syntax: \(problem) at column \(parser.problem_mark.column + 1): the quoted value \(closed.abbreviated) ends at "
                        + "its second quote and text follows it; "
                        + (single
                            ? "an apostrophe inside '…' is written twice ('it''s'), or quote the value with \"…\""
                            : "a quote inside \"…\" is written \\\" (\"say \\\"hi\\\"\"), or quote the value with '…'"))
            }
        }
        if let value = lastScalar, let start = plainValueRunningIntoAColon(parser, value: value, characters: characters) {
            let inBraces = context == "while parsing a flow mapping" || context == "while parsing a flow sequence"
            return Diagnostic(
                at: location(parser.problem_mark),
                "YAML syntax: \(problem): the plain value '\(start.abbreviated)' goes on with ': ', which YAML reads as a key's "
                    + (inBraces
                        ? "colon; inside {…} or […] quote the whole value ('…')"
                        : "colon; quote the whole value ('…'), or write the colon without a space after it"))
        }
        if let value = lastScalar, let firstLine = plainValueContinuedOnAKeyLine(parser, value: value, characters: characters) {
            return Diagnostic(
                at: location(parser.problem_mark),
                "YAML syntax: \(problem): this line is indented more than line \(value.start.line + 1), so YAML reads it as more of "
                    + "the value '\(firstLine.abbreviated)' that starts there; start this key at the column of the keys beside it")
        }
        let contextText = context.map { " (\($0) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))" } ?? ""
        return Diagnostic(at: location(parser.problem_mark), "YAML syntax: \(problem)\(contextText)\(hint(parser, problem: problem, context: context, characters: characters))")
    }

    /// What to check for the complaints that need no value to explain them: a key indented unlike its siblings,
    /// a character no plain value may start with, a value in `{…}` that needed quotes.
    private func hint(_ parser: yaml_parser_t, problem: String, context: String?, characters: [Unicode.Scalar]) -> String {
        let index = Int(parser.problem_mark.index)
        let problemLine = parser.problem_mark.line, problemColumn = parser.problem_mark.column
        if problem == "did not find expected key", context == "while parsing a block mapping", problemColumn != parser.context_mark.column {
            return "; the keys of that mapping start at column \(parser.context_mark.column + 1) and this line at column "
                + "\(problemColumn + 1): indent it as the keys beside it"
        }
        if problem == "found character that cannot start any token", index < characters.count, "@`".unicodeScalars.contains(characters[index]) {
            return "; YAML reserves '\(characters[index])' at the start of a plain value: quote the value ('\(characters[index])…')"
        }
        if problem == "did not find expected ',' or '}'" || problem == "did not find expected ',' or ']'" {
            guard problemLine == parser.context_mark.line else {
                return "; is the closing '\(problem.hasSuffix("'}'") ? "}" : "]")' of the one that starts at line \(parser.context_mark.line + 1) missing?"
            }
            return "; inside {…} or […], a value holding ': ', ',', '#', a bracket or a brace is quoted ('…')"
        }
        return ""
    }

    /// The text of the plain value that ends where libyaml refused a colon (`decision: The GET form only: one …`
    /// reads `The GET form only`, then a colon no key may start there; `{summary: Accepted: queued}` likewise).
    private func plainValueRunningIntoAColon(_ parser: yaml_parser_t, value: ScalarMarks, characters: [Unicode.Scalar]) -> String? {
        let problem = Self.string(parser.problem)
        guard problem == "mapping values are not allowed in this context" || problem == "did not find expected ',' or '}'"
                || problem == "did not find expected ',' or ']'",
            value.style == YAML_PLAIN_SCALAR_STYLE, value.start.line == parser.problem_mark.line,
            value.end.index == parser.problem_mark.index, character(at: Int(value.end.index), in: characters) == ":"
        else { return nil }
        return text(from: Int(value.start.index), to: Int(value.end.index), in: characters)
    }

    /// The first line of a plain value that runs on to a line holding a key (`type: string` above a `summary:`
    /// indented further reads `string summary`, then a colon).
    private func plainValueContinuedOnAKeyLine(_ parser: yaml_parser_t, value: ScalarMarks, characters: [Unicode.Scalar]) -> String? {
        guard Self.string(parser.problem) == "mapping values are not allowed in this context", value.style == YAML_PLAIN_SCALAR_STYLE,
            value.end.line == parser.problem_mark.line, value.start.line < value.end.line, value.end.index == parser.problem_mark.index
        else { return nil }
        let lineEnd = characters[min(Int(value.start.index), characters.count)...].firstIndex { "\n\r".unicodeScalars.contains($0) } ?? characters.count
        return text(from: Int(value.start.index), to: lineEnd, in: characters)
    }

    /// The quoted value (as written, quotes included) that text follows on its line without a separator: an
    /// apostrophe that closed `'The recipient's number'` early.
    private func quotedValueFollowedByText(_ value: ScalarMarks, parser: yaml_parser_t, characters: [Unicode.Scalar]) -> String? {
        guard value.end.line == parser.problem_mark.line, value.end.line == value.start.line,
            let next = character(at: Int(value.end.index), in: characters), !" \t\r\n,]}#:".unicodeScalars.contains(next)
        else { return nil }
        return text(from: Int(value.start.index), to: Int(value.end.index), in: characters)
    }

    // libyaml's marks count characters, not bytes.
    private func character(at index: Int, in characters: [Unicode.Scalar]) -> Unicode.Scalar? {
        index < characters.count ? characters[index] : nil
    }

    private func text(from start: Int, to end: Int, in characters: [Unicode.Scalar]) -> String {
        var found = String.UnicodeScalarView()
        found.append(contentsOf: characters[min(start, characters.count)..<min(max(start, end), characters.count)])
        return String(found)
    }
}

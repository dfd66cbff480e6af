import CYaml

/// A `,` left out between two entries of a `{…}` or `[…]`: libyaml reads `{code: 0 summary: x}` as the value
/// '0 summary' and then a colon, `{a: {b: 1} c: 2}` as a mapping and then more text, and says only that it expected
/// `,` or `}`.
extension YAMLPreflight {
    /// The closer libyaml expected in a `{…}` (`}`) or `[…]` (`]`), or nil when `problem` is about something else.
    static func flowCloser(expectedIn problem: String) -> String? {
        switch problem {
        case "did not find expected ',' or '}'": "}"
        case "did not find expected ',' or ']'": "]"
        default: nil
        }
    }

    /// The `{` or `[` libyaml was reading, as a person finds it: `the '{' at line 6, column 13`.
    static func flowOpener(_ parser: yaml_parser_t, source: YAMLCharacters) -> String {
        "the '\(source[Int(parser.context_mark.index)].map(String.init) ?? "{")' at \(lineAndColumn(parser.context_mark))"
    }

    /// `line 6, column 13`, counted from 1.
    static func lineAndColumn(_ mark: yaml_mark_t) -> String { "line \(mark.line + 1), column \(mark.column + 1)" }

    /// Whether the problem stands inside the `{…}` or `[…]` libyaml was reading: on the line it opens on, on a later
    /// line indented further than that one, or before its closer on the problem's line (`summary: Sent}`, not the `}`
    /// of `text: {type: string}`). A later line indented no further, with no such closer, is the block after it: the
    /// closer is what is missing.
    func problemIsInsideTheFlow(_ parser: yaml_parser_t, source: YAMLCharacters) -> Bool {
        let at = Int(parser.problem_mark.index)
        guard parser.problem_mark.line != parser.context_mark.line,
            source.indentation(ofLineAt: at) <= source.indentation(ofLineAt: Int(parser.context_mark.index))
        else { return true }
        var depth = 0
        for character in source.text(from: at, to: source.lineEnd(of: at)).unicodeScalars {
            if "{[".unicodeScalars.contains(character) { depth += 1 }
            if "}]".unicodeScalars.contains(character) { depth -= 1 }
            if depth < 0 { return true }
        }
        return false
    }

    /// The complaint located at the entry a ',' seems missing before, or nil when that is not the likely slip.
    func missingComma(_ parser: yaml_parser_t, problem: String, lastScalar: ScalarMarks?, source: YAMLCharacters) -> Diagnostic? {
        guard Self.flowCloser(expectedIn: problem) != nil else { return nil }
        let at = Int(parser.problem_mark.index)
        guard problemIsInsideTheFlow(parser, source: source) else { return nil }
        if let value = lastScalar, value.style == YAML_PLAIN_SCALAR_STYLE, Int(value.end.index) == at, source[at] == ":" {
            return commaMissingInsidePlainValue(parser, problem: problem, value: value, source: source)
        }
        // A new entry after a value, a comment between them or not: `{a: {b: 1} c: 2}`, `{a: "q" c: 2}`,
        // `[{a: 1} {b: 2}]`, `{a: 1 # one` then `b: 2}`.
        var previous = at - 1
        while source.isBlank(at: previous) || source.isLineBreak(at: previous) { previous -= 1 }
        let afterCollection = previous > Int(parser.context_mark.index) && source[previous].map { "}]".unicodeScalars.contains($0) } == true
        let afterScalar = lastScalar.map { source.holdsOnlySpaceAndComments(from: Int($0.end.index), to: at) } ?? false
        guard afterCollection || afterScalar, let next = source[at] else { return nil }
        if "{[".unicodeScalars.contains(next) {
            // `{section: GET /sms/{uuid}}`: a bracket written onto a plain value's word is part of the text.
            if let value = lastScalar, value.style == YAML_PLAIN_SCALAR_STYLE, Int(value.end.index) == at {
                // The value as written, to the bracket's own closer (`GET /sms/{uuid}`).
                var end = at, depth = 0
                while let character = source[end], !source.isLineBreak(at: end) {
                    end += 1
                    if "{[".unicodeScalars.contains(character) { depth += 1 }
                    if "}]".unicodeScalars.contains(character) { depth -= 1 }
                    if depth == 0 { break }
                }
                let words = source.text(from: Int(value.start.index), to: end)
                return Diagnostic(
                    at: location(parser.problem_mark),
                    "YAML syntax: \(problem): the '\(next)' in the plain value '\(words.abbreviated)' opens a collection inside {…} and […]; "
                        + "quote the whole value ('…')")
            }
            // `{summary: Whether [[variables]] are replaced}`: a bracket in a plain value's words opens a collection.
            let inWords = afterScalar && lastScalar?.style == YAML_PLAIN_SCALAR_STYLE && source.isBlank(at: at - 1)
            let quoting = inWords ? "; or, if '\(next)' is part of the text before it, quote that value ('…'): in {…} and […] it opens a collection" : ""
            return Diagnostic(at: location(parser.problem_mark), commaMissing(problem, before: String(next)) + quoting)
        }
        // `['SendStatus' 'SendError']`: a second quoted entry, not an apostrophe.
        if "'\"".unicodeScalars.contains(next), afterScalar, let value = lastScalar, value.style != YAML_PLAIN_SCALAR_STYLE,
            source.isBlank(at: at - 1)
        {
            let second = source.text(from: at + 1, to: source.lineEnd(of: at + 1, orAtOneOf: String(next)))
            let first = source.text(from: Int(value.start.index) + 1, to: Int(value.end.index) - 1)
            return Diagnostic(at: location(parser.problem_mark), commaMissing(problem, before: second, after: first))
        }
        let keyEnd = source.wordEnd(from: at, stoppingAt: ":,{}[]")
        // `{a: [1] c}`: a word after a closed collection is an entry of its own.
        if afterCollection, keyEnd > at, source[keyEnd] != ":", YAMLCharacters.unreadSpace(next) == nil, let closer = source[previous] {
            let entry = source.text(from: at, to: keyEnd)
            return Diagnostic(at: location(parser.problem_mark), commaMissing(problem, before: entry, after: String(closer)))
        }
        guard keyEnd > at, source[keyEnd] == ":", source[keyEnd + 1].map({ " \t\r\n,}]".unicodeScalars.contains($0) }) ?? true else { return nil }
        return Diagnostic(at: location(parser.problem_mark), commaMissing(problem, before: source.text(from: at, to: keyEnd)))
    }

    /// `{code: 0 summary: x}`: the plain value '0 summary' ran into the colon at the problem. Its last word is the key
    /// a ',' was left out before, unless the value is one with ': ' in it (`{summary: Message accepted: queued}`):
    /// both are said unless the word starts its line or is a spec key after a one-word value.
    private func commaMissingInsidePlainValue(_ parser: yaml_parser_t, problem: String, value: ScalarMarks, source: YAMLCharacters) -> Diagnostic? {
        let valueStart = Int(value.start.index), colon = Int(value.end.index)
        var keyStart = colon
        while keyStart > valueStart, !source.isBlank(at: keyStart - 1), !source.isLineBreak(at: keyStart - 1) { keyStart -= 1 }
        guard keyStart > valueStart else { return nil }
        let key = source.text(from: keyStart, to: colon)
        var firstWordEnd = valueStart
        while firstWordEnd < keyStart, !source.isBlank(at: firstWordEnd), !source.isLineBreak(at: firstWordEnd) { firstWordEnd += 1 }
        // One number or flag before a spec key (`{code: 0 summary: x}`) is no prose: a ',' is surely missing. A word
        // (`summary: Bad request: missing recipient`) may be a summary holding ': ', so quoting is said too.
        let word = source.text(from: valueStart, to: firstWordEnd)
        let oneWordBefore = source.skippingBlanks(from: firstWordEnd) == keyStart
            && (Double(word) != nil || ["true", "false", "null", "~"].contains(word))
        var mark = parser.problem_mark
        mark.index -= colon - keyStart
        mark.column -= colon - keyStart
        guard source.firstNonBlank(ofLineAt: keyStart) != keyStart, !(oneWordBefore && Self.specKeys.contains(key)) else {
            return Diagnostic(at: location(mark), commaMissing(problem, before: key))
        }
        var oneValueEnd = source.lineEnd(of: colon, orAtOneOf: ",}]")
        while source.isBlank(at: oneValueEnd - 1) { oneValueEnd -= 1 }
        let oneValue = source.text(from: valueStart, to: oneValueEnd)
        return Diagnostic(at: location(mark), commaMissing(problem, before: key) + " (or, if '\(oneValue.abbreviated)' is one value, quote it whole: '…')")
    }

    private func commaMissing(_ problem: String, before entry: String, after previous: String? = nil) -> String {
        let place = previous.map { "between '\($0.abbreviated)' and" } ?? "before"
        return "YAML syntax: \(problem): is a ',' missing \(place) '\(entry.abbreviated)'? Inside {…} and […] a ',' separates the entries"
    }
}

/// A spec's text as libyaml's marks index it: by character, not byte (a `\r\n` is two), with its lines' starts and
/// indentation, for the syntax-error hints to read what stands around a mark.
struct YAMLCharacters {
    private let characters: [Unicode.Scalar]

    init(_ text: String) { characters = Array(text.unicodeScalars) }

    /// The character at `index`, or nil past either end.
    subscript(index: Int) -> Unicode.Scalar? { characters.indices.contains(index) ? characters[index] : nil }

    func text(from start: Int, to end: Int) -> String {
        let start = min(max(start, 0), characters.count)
        var found = String.UnicodeScalarView()
        found.append(contentsOf: characters[start..<min(max(start, end), characters.count)])
        return String(found)
    }

    func isBlank(at index: Int) -> Bool { self[index] == " " || self[index] == "\t" }

    /// A line break, as libyaml counts them (`\r\n` is `\r` then `\n`).
    func isLineBreak(at index: Int) -> Bool { self[index].map { "\n\r\u{85}\u{2028}\u{2029}".unicodeScalars.contains($0) } ?? false }

    /// Where the line holding `index` starts.
    func lineStart(of index: Int) -> Int {
        var start = min(max(index, 0), characters.count)
        while start > 0, !isLineBreak(at: start - 1) { start -= 1 }
        return start
    }

    /// Where the line holding `index` ends (at its line break, or the end of the text), or the first of `stops` after `index`.
    func lineEnd(of index: Int, orAtOneOf stops: String = "") -> Int {
        var end = max(index, 0)
        while let next = self[end], !isLineBreak(at: end), !stops.unicodeScalars.contains(next) { end += 1 }
        return end
    }

    /// The first character of the line holding `index` that is not a space or tab.
    func firstNonBlank(ofLineAt index: Int) -> Int { skippingBlanks(from: lineStart(of: index)) }

    /// How many spaces or tabs start the line holding `index`.
    func indentation(ofLineAt index: Int) -> Int { firstNonBlank(ofLineAt: index) - lineStart(of: index) }

    func skippingBlanks(from index: Int) -> Int {
        var next = index
        while isBlank(at: next) { next += 1 }
        return next
    }

    /// Whether the text from `start` to `end` is only blanks, line breaks and `#` comments.
    func holdsOnlySpaceAndComments(from start: Int, to end: Int) -> Bool {
        var next = start
        while next < end {
            if self[next] == "#" {
                next = lineEnd(of: next)
            } else if isBlank(at: next) || isLineBreak(at: next) {
                next += 1
            } else {
                return false
            }
        }
        return true
    }

    /// The end of the word that starts at `index`: the text up to a blank, a line break, or one of `stops`.
    func wordEnd(from index: Int, stoppingAt stops: String) -> Int {
        var end = index
        while let next = self[end], !isBlank(at: end), !isLineBreak(at: end), !stops.unicodeScalars.contains(next) { end += 1 }
        return end
    }
}

extension YAMLCharacters {
    /// Line and column (from 1) of `index`, as libyaml counts them (`\r\n` ends one line).
    func lineAndColumn(of index: Int) -> (line: Int, column: Int) {
        var line = 1
        for at in 0..<min(max(index, 0), lineStart(of: index)) where isLineBreak(at: at) && !(self[at] == "\n" && self[at - 1] == "\r") {
            line += 1
        }
        return (line, index - lineStart(of: index) + 1)
    }

    /// The brackets and braces YAML reads in `start..<end`, and the `#` starting each comment, skipping quoted values
    /// (a quote opens one only at the start of a value) and the text of comments.
    func flowMarks(from start: Int, to end: Int) -> [(index: Int, character: Unicode.Scalar)] {
        var found: [(index: Int, character: Unicode.Scalar)] = []
        var index = start
        while index < end, let character = self[index] {
            let afterBlank = index == 0 || isBlank(at: index - 1) || isLineBreak(at: index - 1)
            if character == "#", afterBlank {
                found.append((index, character))
                index = lineEnd(of: index)
            } else if character == "'" || character == "\"", afterBlank || self[index - 1].map({ "{[,:".unicodeScalars.contains($0) }) == true {
                index = closingQuote(of: index) + 1
            } else {
                if "{}[]".unicodeScalars.contains(character) { found.append((index, character)) }
                index += 1
            }
        }
        return found
    }

    /// The first `}` or `]` in `start..<end` that closes no `{` or `[` opened after `start`.
    func unmatchedCloser(from start: Int, to end: Int) -> Int? {
        var depth = 0
        for mark in flowMarks(from: start, to: end) where mark.character != "#" {
            depth += "{[".unicodeScalars.contains(mark.character) ? 1 : -1
            if depth < 0 { return mark.index }
        }
        return nil
    }

    /// Where the quoted value opened at `index` closes (`''` inside '…' and `\"` inside "…" do not), or the text's end.
    private func closingQuote(of index: Int) -> Int {
        let quote = self[index]
        var next = index + 1
        while let character = self[next] {
            if quote == "\"", character == "\\" {
                next += 2
            } else if character == quote, !(quote == "'" && self[next + 1] == "'") {
                return next
            } else {
                next += quote == "'" && character == "'" ? 2 : 1
            }
        }
        return characters.count
    }

    /// How to name a character YAML reads as text though it looks like a space (`a non-breaking space (U+00A0)`), or
    /// nil for any other.
    static func unreadSpace(_ character: Unicode.Scalar) -> String? {
        guard character.properties.isWhitespace, !" \t\n\r\u{85}\u{2028}\u{2029}".unicodeScalars.contains(character) else { return nil }
        let code = "U+" + String(repeating: "0", count: max(0, 4 - String(character.value, radix: 16).count))
            + String(character.value, radix: 16, uppercase: true)
        if character == "\u{A0}" { return "a non-breaking space (\(code))" }
        return "the space character \(character.properties.name.map { "'\($0.lowercased())' " } ?? "")(\(code))"
    }
}

extension YAMLCharacters {
    /// Whether the line holding `index` is, from `index` on, one `key:value` word (`msisdn:string`) and nothing more
    /// than a comment: a key whose space after ':' was left out rather than a value of several words.
    func holdsOnlyAKeyAndValue(lineAt index: Int) -> Bool {
        let end = wordEnd(from: index, stoppingAt: "")
        let key = text(from: index, to: wordEnd(from: index, stoppingAt: ":"))
        guard let first = key.unicodeScalars.first, first.properties.isAlphabetic,
            key.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-".unicodeScalars.contains($0) })
        else { return false }
        let after = skippingBlanks(from: end)
        return self[after] == nil || self[after] == "#" || isLineBreak(at: after)
    }
}

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

/// An answer of several plain-text messages: one a line (Clickatell's legacy `ID: … To: …` for each recipient), or
/// joined on one line by a list's `separator` (Route Mobile's `1701|9198…|fc2a,1706|9198…|fc2b`).
extension TextForms {
    /// The answer's parts as written, empty ones too: its lines (`\n` ends one; so does `\r\n`, its `\r` dropped by
    /// `trimmed`), or with a `separator`, the text between two. Linear in the answer.
    public static func parts(of answer: String, separator: String?) -> [String] {
        let bytes = Array(answer.utf8)
        var parts: [String] = []
        var start = 0
        let separator = Array((separator ?? "\n").utf8)
        // Cut at a separator of valid text: each part is valid UTF-8 too.
        for end in BytePattern(separator).occurrences(in: bytes) + [bytes.count] {
            parts.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end + separator.count
        }
        return parts
    }

    /// Each message's text, trimmed as a whole answer is (`trimmed`: a carriage return at either end, a leading
    /// byte-order mark), with its place among the parts (1 for the first); a part of nothing but spaces and tabs is no
    /// element, as an empty one is (an attack: `…,␠` after the last result made the whole answer unreadable).
    public static func elements(of answer: String, separator: String?) -> [(place: Int, text: String)] {
        parts(of: answer, separator: separator).enumerated().compactMap { index, part in
            let text = trimmed(part)
            return isBlank(text) ? nil : (index + 1, text)
        }
    }

    /// Whether `text` holds nothing but spaces and tabs (or nothing): no message.
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// `texts` as one answer, one a line or joined by `separator`; nil when one would not read back as itself: blank
    /// (no element), changed by trimming, holding a line break (two lines, or a value no form holds) or the separator.
    public static func joined(_ texts: [String], separator: String?) -> String? {
        guard texts.allSatisfy({ !isBlank($0) && !$0.utf8.contains(UInt8(ascii: "\n")) && trimmed($0) == $0 }) else { return nil }
        let answer = texts.joined(separator: separator ?? "\n")
        // `a,` then `,b` joined by `,,` read as `a`, `,b`: only a read of the answer says.
        guard separator == nil || texts.isEmpty || parts(of: answer, separator: separator) == texts else { return nil }
        return answer
    }
}

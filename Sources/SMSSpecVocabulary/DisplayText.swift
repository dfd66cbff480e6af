/// Request and payload text made safe to show: what could drive a terminal or reorder what a reader sees is escaped.
///
/// Escaped: control characters (C0, DEL, C1 — terminal escapes start with ESC or CSI), format characters such as the
/// bidirectional overrides and isolates, zero-width spaces and the byte-order mark, the other characters that show
/// nothing (the combining grapheme joiner, Hangul fillers), the line and paragraph separators, and characters with no
/// meaning of their own to show: private-use ones (a font may draw anything there) and unassigned ones and
/// noncharacters (U+FFFE: a terminal draws a box or nothing). The joiners and variation selectors are escaped but
/// where they do their work (`needsEscape(_:after:before:)`): Persian's zero-width non-joiner in `نمی‌باشد`, an
/// emoji's joiner and U+FE0F stay as written, a joiner after `DELIVRD` does not (two codes read as one). Each
/// becomes `\u{…}` (`\n`, `\r`, `\t` stay readable as such), so the value shown is unambiguous and the terminal shows
/// exactly the text printed.
///
/// Defined here so the runtime (payloads, requests) and the generator (lint messages that quote a spec's codes) show
/// text the same way; the runtime re-exports it.
public enum DisplayText {
    /// `text` with every unsafe character escaped.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for (scalar, escapes) in marked(text) { append(scalar, escaped: escapes, to: &result) }
        return result
    }

    /// `text` in double quotes, with `"` and `\` escaped too: `"ab\u{1B}[31m"`.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for (scalar, escapes) in marked(text) {
            if scalar == "\"" || scalar == "\\" { result += "\\" }
            append(scalar, escaped: escapes, to: &result)
        }
        return result + "\""
    }

    /// The most characters (Unicode scalars) of a request or payload value a message quotes whole; a longer one is
    /// cut after its first `excerptLength` and said with its length, so a message stays one readable, bounded line.
    public static let maximumQuotedLength = 80
    /// How many characters of a longer value a message shows.
    public static let excerptLength = 64

    /// `quoted(text)` for a message: whole up to 80 characters, else its first 64 and its length,
    /// `"aaaa…" (4194304 characters)`. A URL's user information is `<redacted>` (`redactingUserinfo`), before the cut,
    /// so a cut cannot leave part of it; the length is the value's own.
    public static func quotedExcerpt(_ text: String) -> String { excerpt(text, quote: true) }

    /// `quotedExcerpt` of `shown`, a value with parts redacted, said with the length of the value itself.
    public static func quotedExcerpt(_ shown: String, length: Int) -> String { excerpt(shown, quote: true, length: length) }

    /// `escaped(text)` for a message, cut as `quotedExcerpt` cuts: `aaaa… (4194304 characters)`.
    public static func escapedExcerpt(_ text: String) -> String { excerpt(text, quote: false) }

    /// A provider's code for a message: `escapedExcerpt`, but quoted when it would not show as itself (empty, or with
    /// a space at either end: `""`, `" 7"`), so "Status  (undocumented)" cannot hide an empty code.
    public static func codeExcerpt(_ code: String) -> String {
        code.isEmpty || code.first!.isWhitespace || code.last!.isWhitespace ? quotedExcerpt(code) : escapedExcerpt(code)
    }

    private static func excerpt(_ value: String, quote: Bool, length: Int? = nil) -> String {
        let text = redactingUserinfo(value)
        let scalars = text.unicodeScalars
        guard let beyond = scalars.index(scalars.startIndex, offsetBy: maximumQuotedLength, limitedBy: scalars.endIndex),
            beyond < scalars.endIndex
        else { return quote ? quoted(text) : escaped(text) }
        // Cut by scalars, not characters: one character can hold megabytes of combining marks.
        let head = String(scalars[..<scalars.index(scalars.startIndex, offsetBy: excerptLength)])
        // The closing quote dropped by scalar: as a Character it can take the head's last scalar along (U+0D4E, a
        // prepended concatenation mark, joins what follows it).
        let shown = quote ? String(quoted(head).unicodeScalars.dropLast()) + "…\"" : escaped(head) + "…"
        return shown + " (\(length ?? value.unicodeScalars.count) characters)"
    }

    /// Text for a terminal, whole: `escaped`, but line feeds and tabs kept, so lines and columns stay as laid out.
    /// What a command prints passes through it last, so spec or payload text that one path quoted unescaped still
    /// cannot drive the terminal (an escape sequence, a bidirectional override); text already escaped is unchanged.
    public static func terminalSafe(lines text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0) && $0 != "\n" && $0 != "\t" }) else { return text }
        var result = ""
        for (scalar, escapes) in marked(text) {
            if scalar == "\n" || scalar == "\t" { result.unicodeScalars.append(scalar) } else { append(scalar, escaped: escapes, to: &result) }
        }
        return result
    }

    private static func append(_ scalar: Unicode.Scalar, escaped: Bool, to result: inout String) {
        guard escaped else { return result.unicodeScalars.append(scalar) }
        switch scalar {
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }

    /// Whether `scalar` is one that `escaped` writes as an escape wherever it stands: a joiner or variation selector
    /// included (`needsEscape(_:after:before:)` keeps those that do their work).
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate, .format: true
        default: scalar.properties.isDefaultIgnorableCodePoint
        }
    }

    /// The zero-width joiner and non-joiner and the variation selectors: how scripts and emoji are written.
    static func isJoinerOrSelector(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200C, 0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF: true
        default: false
        }
    }

    /// Whether `scalar`, after `previous` and before `next`, is written as an escape: `needsEscape(_:)`, but where a
    /// joiner or selector does its work it is written as it is — a zero-width joiner or non-joiner between two emoji or
    /// two letters of a script written with them (Arabic and Persian, the Indic scripts, Syriac, Mongolian, Khmer), a
    /// variation selector after an emoji or a CJK ideograph (its variant). Between two Hangul syllables a joiner joins
    /// nothing and is escaped: `발송완료` and `발송` + U+200D + `완료` would read as one code.
    public static func needsEscape(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        guard isJoinerOrSelector(scalar) else { return needsEscape(scalar) }
        guard let previous else { return true }
        // A joiner after a kept selector continues its emoji (`❤️‍🔥`).
        let afterSelector = (0xFE00...0xFE0F).contains(previous.value)
        switch scalar.value {
        case 0x200C, 0x200D:
            guard let next else { return true }
            return !((isEmoji(previous) || afterSelector) && isEmoji(next) || joinsWithJoiners(previous) && joinsWithJoiners(next))
        case 0xFE0E, 0xFE0F: return !isEmoji(previous)
        default: return !isIdeograph(previous)
        }
    }

    /// An emoji beyond ASCII (digits and `#` are emoji too, as keycaps), a skin-tone modifier among them.
    private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x7F && (scalar.properties.isEmoji || scalar.properties.isEmojiModifier)
    }

    /// A letter or mark of a script written with the zero-width joiner and non-joiner.
    private static func joinsWithJoiners(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0600...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF,  // Arabic, Syriac, Thaana, NKo and Arabic's forms
            0x0900...0x0DFF, 0x1000...0x109F, 0x1780...0x18AF, 0xA8E0...0xA8FF:  // Indic, Myanmar, Khmer, Mongolian
            !needsEscape(scalar)
        default: false
        }
    }

    /// A CJK ideograph, which an ideographic variation selector chooses a form of.
    private static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
        default: false
        }
    }

    /// Each scalar of `text` and whether it is written as an escape (`needsEscape(_:after:before:)`); a joiner or
    /// selector after an escaped one joins nothing.
    public static func marked(_ text: String) -> [(scalar: Unicode.Scalar, escaped: Bool)] {
        let scalars = Array(text.unicodeScalars)
        var marks: [(scalar: Unicode.Scalar, escaped: Bool)] = []
        marks.reserveCapacity(scalars.count)
        for (index, scalar) in scalars.enumerated() {
            var previous = index > 0 ? scalars[index - 1] : nil
            // After an escaped selector, nothing joins: `a\u{FE0F}\u{200D}é`.
            if let last = marks.last, last.escaped, isJoinerOrSelector(last.scalar) { previous = nil }
            marks.append((scalar, needsEscape(scalar, after: previous, before: index + 1 < scalars.count ? scalars[index + 1] : nil)))
        }
        return marks
    }
}

import SMSSpecVocabulary

/// Writes Swift source line by line with indentation.
struct CodePrinter {
    private(set) var text = ""
    private var indentation = 0
    private static let indentUnit = "    "

    /// Writes `line` at the current indentation; a multi-line string is indented line by line.
    mutating func line(_ line: String = "") {
        for part in Self.lines(line) {
            text += part.isEmpty ? "\n" : String(repeating: Self.indentUnit, count: indentation) + part + "\n"
        }
    }

    /// `opener {`, the body one level deeper, then `}`. A `switch` keeps its cases at its own level, as Swift is written.
    mutating func block(_ opener: String, closer: String = "}", _ body: (inout CodePrinter) -> Void) {
        let indents = !opener.hasPrefix("switch ")
        line(opener + " {")
        if indents { indentation += 1 }
        body(&self)
        if indents { indentation -= 1 }
        line(closer)
    }

    /// The body one level deeper, with no opener or closer: a `case`'s statements on lines of their own.
    mutating func indented(_ body: (inout CodePrinter) -> Void) {
        indentation += 1
        body(&self)
        indentation -= 1
    }

    /// A `///` comment: one line per paragraph line, blank lines kept as `///`.
    mutating func doc(_ paragraphs: [String]) {
        let paragraphs = paragraphs.filter { !$0.isEmpty }
        guard !paragraphs.isEmpty else { return }
        for line in Self.commentLines(paragraphs.joined(separator: "\n\n")) { self.line(line.isEmpty ? "///" : "/// " + line) }
    }

    /// A `//` comment of any text (a file name, an id): one `//` line per line of it.
    mutating func comment(_ text: String) {
        for line in Self.commentLines(text) { self.line("// " + line) }
    }

    /// The lines of `text`, split at every line terminator Swift's lexer knows: `\n`, `\r` and `\r\n` (one
    /// `Character`). U+2028, U+2029 and NEL end no Swift line.
    static func lines(_ text: some StringProtocol) -> [Substring] {
        Substring(text).split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    }

    /// `text` as lines that cannot end the comment they are printed in: split at line terminators, and every other
    /// character `DisplayText` escapes but tab written as `\u{…}`: controls (a raw NUL makes the compiler warn, ESC
    /// drives a terminal showing the file) and what does not show or reorders what does (a bidirectional override in
    /// a summary reordered the doc comment review reads, as in a string literal it cannot). A comment holds prose,
    /// never a value: a URL's password in it is redacted (`DisplayText.redactingUserinfo`).
    static func commentLines(_ text: String) -> [String] {
        lines(DisplayText.redactingUserinfo(text)).map { line in
            var shown = ""
            for (scalar, escaped) in DisplayText.marked(String(line)) {
                if escaped && scalar != "\t" {
                    shown += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    shown.unicodeScalars.append(scalar)
                }
            }
            return shown
        }
    }

    mutating func doc(_ paragraph: String?) {
        if let paragraph { doc([paragraph]) }
    }

    /// `items` joined by ", " into lines no wider than `width`, the first line starting with `prefix` and the others
    /// aligned under it.
    static func wrapped(_ items: [String], prefix: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = prefix
        for (index, item) in items.enumerated() {
            let piece = item + (index < items.count - 1 ? "," : "")
            if current.count > prefix.count, current.count + 1 + piece.count > width {
                lines.append(current)
                current = String(repeating: " ", count: prefix.count) + piece
            } else {
                current += (current.count > prefix.count ? " " : "") + piece
            }
        }
        lines.append(current)
        return lines
    }
}

/// Swift literal spellings of spec values.
enum SwiftLiteral {
    /// A wire name as a literal: one that mixes lookalike alphabets (SendPulse's `сountry_code`, its `с` Cyrillic, beside
    /// `country_code`) has its letters beyond ASCII escaped, so that two keys a review would read as one do not look alike
    /// (`"\u{441}ountry_code"`); any other is written as `string` writes it.
    static func wireName(_ name: String) -> String {
        guard Naming.mixedAlphabets(in: name) != nil else { return string(name) }
        let literal = string(name)
        var escaped = ""
        for scalar in literal.unicodeScalars {
            if scalar.value > 0x7F, Naming.alphabet(of: scalar) != nil {
                escaped += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    static func string(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            // Swift's lexer refuses other ASCII controls and DEL in a literal (a NUL only warns).
            // Characters that do not show are written escaped too, so that review sees them (`Naming.isInvisible`), and
            // so is the rest of what `DisplayText` escapes (C1 controls such as CSI, line and paragraph separators).
            // The noncharacters U+FDD0–U+FDEF are the exception: Swift's lexer refuses them as `\u{…}` ("invalid
            // unicode scalar") and takes them as they are.
            case _ where (0xFDD0...0xFDEF).contains(scalar.value): escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || DisplayText.needsEscape(scalar) || Naming.isInvisible(scalar):
                escaped += "\\u{\(String(scalar.value, radix: 16))}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\"\(escaped)\""
    }

    /// `12.50` as an exact `Foundation.Decimal` (digits with an optional fraction, checked by the model builder).
    static func decimal(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let digits = negative ? text.dropFirst() : Substring(text)
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? parts[1] : ""
        let significand = String(parts[0] + fraction).drop { $0 == "0" }
        return "Foundation.Decimal(sign: .\(negative ? "minus" : "plus"), exponent: -\(fraction.count), "
            + "significand: Foundation.Decimal(\(significand.isEmpty ? "0" : significand) as Swift.UInt64))"
    }

    /// A `Double` default exactly: a subnormal as a hexadecimal literal, since Swift warns that a decimal one
    /// "underflows and loses precision".
    static func double(_ value: Double) -> String {
        guard value.isSubnormal else { return "\(value)" }
        return (value.sign == .minus ? "-" : "") + "0x\(String(value.significandBitPattern, radix: 16))p-1074"
    }

    static func optionalString(_ text: String?) -> String { text.map(string) ?? "nil" }

    static func strings(_ texts: [String]) -> String { "[" + texts.map(string).joined(separator: ", ") + "]" }

    static func optionalInt(_ value: Int?) -> String { value.map(String.init) ?? "nil" }

    static func optionalBool(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "nil" }
}

/// Writes Swift source line by line with indentation.
struct CodePrinter {
    private(set) var text = ""
    private var indentation = 0
    private static let indentUnit = "    "

    /// Writes `line` at the current indentation; a multi-line string is indented line by line.
    mutating func line(_ line: String = "") {
        for part in line.split(separator: "\n", omittingEmptySubsequences: false) {
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

    /// A `///` comment: one line per paragraph line, blank lines kept as `///`.
    mutating func doc(_ paragraphs: [String]) {
        let paragraphs = paragraphs.filter { !$0.isEmpty }
        guard !paragraphs.isEmpty else { return }
        let lines = paragraphs.joined(separator: "\n\n").split(separator: "\n", omittingEmptySubsequences: false)
        for line in lines { self.line(line.isEmpty ? "///" : "/// " + line) }
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
    static func string(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where scalar.value < 0x20: escaped += "\\u{\(String(scalar.value, radix: 16))}"
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

    static func optionalString(_ text: String?) -> String { text.map(string) ?? "nil" }

    static func strings(_ texts: [String]) -> String { "[" + texts.map(string).joined(separator: ", ") + "]" }

    static func optionalInt(_ value: Int?) -> String { value.map(String.init) ?? "nil" }

    static func optionalBool(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "nil" }
}

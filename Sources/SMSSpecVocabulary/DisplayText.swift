/// Request and payload text made safe to show: what could drive a terminal or reorder what a reader sees is escaped.
///
/// Escaped: control characters (C0, DEL, C1 — terminal escapes start with ESC or CSI), format characters such as the
/// bidirectional overrides and isolates, zero-width spaces and the byte-order mark (except the zero-width joiner
/// that emoji sequences need), the line and paragraph separators, and characters with no meaning of their own to
/// show: private-use ones (a font may draw anything there) and unassigned ones and noncharacters (U+FFFE: a
/// terminal draws a box or nothing). Each becomes `\u{…}` (`\n`, `\r`, `\t` stay readable as such), so the value
/// shown is unambiguous and the terminal shows exactly the text printed.
///
/// Defined here so the runtime (payloads, requests) and the generator (lint messages that quote a spec's codes) show
/// text the same way; the runtime re-exports it.
public enum DisplayText {
    /// `text` with every unsafe character escaped.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars { append(scalar, to: &result) }
        return result
    }

    /// `text` in double quotes, with `"` and `\` escaped too: `"ab\u{1B}[31m"`.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { result += "\\" }
            append(scalar, to: &result)
        }
        return result + "\""
    }

    private static func append(_ scalar: Unicode.Scalar, to result: inout String) {
        guard needsEscape(scalar) else { return result.unicodeScalars.append(scalar) }
        switch scalar {
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }

    /// Whether `scalar` is one that `escaped` writes as an escape.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate: true
        case .format: scalar != "\u{200D}"
        default: false
        }
    }
}

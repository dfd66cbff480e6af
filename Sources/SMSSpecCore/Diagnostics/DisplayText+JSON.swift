import Foundation
import SMSSpecVocabulary

extension DisplayText {
    /// JSON with the characters that could drive a terminal (see `DisplayText`) written as `\uXXXX` escapes: still
    /// the same JSON. For every JSON the CLIs print that holds text they were given. A URL's user information is
    /// redacted first: an escape's backslash inside it would end it before its `@`.
    public static func terminalSafe(json encoded: String) -> String {
        let json = DisplayText.redactingUserinfo(encoded)
        // The encoder escapes C0 controls inside strings, so a raw line feed is the pretty-printing's own.
        let unsafe = { (scalar: Unicode.Scalar) in scalar != "\n" && DisplayText.needsEscape(scalar) }
        guard json.unicodeScalars.contains(where: unsafe) else { return json }
        var safe = ""
        for scalar in json.unicodeScalars {
            guard unsafe(scalar) else {
                safe.unicodeScalars.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 { safe += String(format: "\\u%04X", unit) }
        }
        return safe
    }
}

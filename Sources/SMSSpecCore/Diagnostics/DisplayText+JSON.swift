import Foundation
import SMSSpecVocabulary

extension DisplayText {
    /// JSON with the characters that could drive a terminal (see `DisplayText`) written as `\uXXXX` escapes: still
    /// the same JSON. For every JSON the CLIs print that holds text they were given. A URL's user information in each
    /// string is redacted first (an escape's backslash inside it would end it before its `@`).
    public static func terminalSafe(json encoded: String) -> String {
        let json = redactingUserinfoInStrings(of: encoded)
        // The encoder escapes C0 controls inside strings, so a raw line feed is the pretty-printing's own.
        guard json.unicodeScalars.contains(where: { $0 != "\n" && DisplayText.needsEscape($0) }) else { return json }
        var safe = ""
        for (scalar, escaped) in DisplayText.marked(json) {
            guard scalar != "\n" && escaped else {
                safe.unicodeScalars.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 { safe += String(format: "\\u%04X", unit) }
        }
        return safe
    }

    /// `json` with `redactingUserinfo` applied to each string in it, quotes included, one at a time: a URL's user
    /// information never runs on past its string's closing quote into the next member (a map's key
    /// `"x http://h:1/y"` before the value `"a@b"`), so the JSON stays the same JSON.
    public static func redactingUserinfoInStrings(of json: String) -> String {
        let bytes = Array(json.utf8)
        var redacted: [UInt8] = []
        redacted.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\"") else {
                redacted.append(bytes[index])
                index += 1
                continue
            }
            var end = index + 1
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
            end = min(end, bytes.count - 1)
            let string = String(decoding: bytes[index...end], as: UTF8.self)
            redacted += redactingUserinfo(string).utf8
            index = end + 1
        }
        return String(decoding: redacted, as: UTF8.self)
    }
}

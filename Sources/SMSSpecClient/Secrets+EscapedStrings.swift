import Foundation

extension SecretRedactor {
    /// `bytes` with each JSON string that holds a credential only once its escapes are read written again, the
    /// credential redacted: servers escape more than the spellings list — .NET's `\u002B` for `+` (and `&`, `<`, `>`,
    /// `'`), uppercase hex (`\u00E9`), any character at all — and in any mix. A string without a backslash was
    /// matched as it stands. Text that is no JSON keeps what does not read as a string.
    func redactingEscapedStrings(in bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var copied = 0, index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\"") else {
                index += 1
                continue
            }
            var end = index + 1, escaped = false
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                if bytes[end] == UInt8(ascii: "\\") { escaped = true }
                end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard end < bytes.count else { break }
            if escaped, let text = Self.unescaped(bytes[(index + 1)..<end]) {
                let redacted = redactingSpellings(in: text)
                if redacted != text {
                    result += bytes[copied..<index]
                    result += Self.jsonString(redacted)
                    copied = end + 1
                }
            }
            index = end + 1
        }
        guard copied > 0 else { return bytes }
        return result + bytes[copied...]
    }

    /// A JSON string's content with its escapes read; nil when one does not read. A lone surrogate reads as U+FFFD.
    private static func unescaped(_ content: ArraySlice<UInt8>) -> [UInt8]? {
        var units: [UInt16] = []
        var text: [UInt8] = []
        func flushUnits() {
            text += String(decoding: units, as: UTF16.self).utf8
            units.removeAll()
        }
        var index = content.startIndex
        while index < content.endIndex {
            let byte = content[index]
            guard byte == UInt8(ascii: "\\") else {
                flushUnits()
                text.append(byte)
                index += 1
                continue
            }
            guard index + 1 < content.endIndex else { return nil }
            let escape = content[index + 1]
            if escape == UInt8(ascii: "u") {
                guard index + 6 <= content.endIndex, let unit = UInt16(String(decoding: content[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16) else { return nil }
                units.append(unit)
                index += 6
                continue
            }
            flushUnits()
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            default: return nil
            }
            index += 2
        }
        flushUnits()
        return text
    }

    /// `text` as a JSON string, quotes included: `"` and `\` escaped, and the control characters.
    private static func jsonString(_ text: [UInt8]) -> [UInt8] {
        var result: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): result += [UInt8(ascii: "\\"), byte]
            case 0..<0x20: result += Array(String(format: "\\u%04x", byte).utf8)
            default: result.append(byte)
            }
        }
        return result + [UInt8(ascii: "\"")]
    }
}

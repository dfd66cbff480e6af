import Foundation

/// Parses a UTF-8 JSON text that Foundation's decoder has scanned already (see `JSONDocument`), without recursion:
/// nil where it meets a structure it does not expect, and the decoder is then asked instead.
struct JSONDocumentParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// A list or object being read.
    private struct Open {
        let isObject: Bool
        var items: [JSONDocumentNode] = []
        var members: [String: JSONDocumentNode] = [:]
        var keysAreValid = true
        /// The key whose value comes next (objects).
        var key: String?

        /// The list or object as one value when nothing inside it is refused.
        var node: JSONDocumentNode {
            var height = 0
            if isObject {
                var values: [String: JSONValue] = [:]
                values.reserveCapacity(members.count)
                for (key, member) in members {
                    guard keysAreValid, case .value(let value, let inner) = member else { return .object(members, keysAreValid: keysAreValid) }
                    values[key] = value
                    height = max(height, inner)
                }
                return .value(.object(values), height: height + 1)
            }
            var values: [JSONValue] = []
            values.reserveCapacity(items.count)
            for item in items {
                guard case .value(let value, let inner) = item else { return .array(items) }
                values.append(value)
                height = max(height, inner)
            }
            return .value(.array(values), height: height + 1)
        }
    }

    mutating func document() -> JSONDocumentNode? {
        var open: [Open] = []
        while true {
            skipWhitespace()
            guard index < bytes.count else { return nil }
            let value: JSONDocumentNode
            switch bytes[index] {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                open.append(Open(isObject: bytes[index] == UInt8(ascii: "{")))
                index += 1
                continue
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                guard let closed = open.popLast(), closed.isObject == (bytes[index] == UInt8(ascii: "}")) else { return nil }
                index += 1
                value = closed.node
            case UInt8(ascii: ","):
                // Between values; Foundation also takes one before a closing bracket.
                index += 1
                continue
            case UInt8(ascii: "\""):
                let string = readString()
                if let last = open.indices.last, open[last].isObject, open[last].key == nil {
                    switch string {
                    case .value(.string(let key), _): open[last].key = key
                    default:
                        open[last].keysAreValid = false
                        open[last].key = ""
                    }
                    skipWhitespace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                    index += 1
                    continue
                }
                value = string
            case UInt8(ascii: "t"): guard let literal = readLiteral("true", .bool(true)) else { return nil }; value = literal
            case UInt8(ascii: "f"): guard let literal = readLiteral("false", .bool(false)) else { return nil }; value = literal
            case UInt8(ascii: "n"): guard let literal = readLiteral("null", .null) else { return nil }; value = literal
            default:
                guard let number = readNumber() else { return nil }
                value = number
            }
            guard let last = open.indices.last else { return value }
            if open[last].isObject {
                guard let key = open[last].key else { return nil }
                // Foundation's decoder keeps a repeated key's first value (`JSONPayload` refuses the payload anyway).
                if open[last].members[key] == nil { open[last].members[key] = value }
                open[last].key = nil
            } else {
                open[last].items.append(value)
            }
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    private mutating func readLiteral(_ word: StaticString, _ value: JSONValue) -> JSONDocumentNode? {
        let word = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes[index...].starts(with: word) else { return nil }
        index += word.count
        return .value(value, height: 0)
    }

    /// The string whose opening quote is at `index`, read as Foundation's decoder reads it (or refused as it does):
    /// JSON's escapes, surrogate pairs, no unescaped control character, valid UTF-8.
    private mutating func readString() -> JSONDocumentNode {
        index += 1
        let start = index
        var isPlain = true
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            if bytes[index] == UInt8(ascii: "\\") { isPlain = false; index += 1 } else if bytes[index] >= 0x80 { isPlain = false }
            index += 1
        }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<min(index, bytes.count)])
        index += 1
        if isPlain, !raw.contains(where: { $0 < 0x20 }) { return .value(.string(String(decoding: raw, as: UTF8.self)), height: 0) }
        return JSONStringUnescaping.unescape(raw)
    }

    /// The number token at `index`, read as `JSONNumber(from:)` reads it from Foundation's decoder.
    private mutating func readNumber() -> JSONDocumentNode? {
        let start = index
        while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
        guard index > start else { return nil }
        let token = UnsafeBufferPointer(rebasing: bytes[start..<index])
        guard JSONLexicon.numberEnd(in: token, from: 0) == (token.count, nil) else { return .refused("a malformed number") }
        let text = String(decoding: token, as: UTF8.self)
        guard let number = JSONNumber(jsonText: text) else { return .refused("a number beyond what a Double holds") }
        return .value(.number(number), height: 0)
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }
}

/// A JSON string's content with escapes (or bytes that need checking), read as Foundation's decoder reads it.
enum JSONStringUnescaping {
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> JSONDocumentNode {
        var text: [UInt8] = []
        text.reserveCapacity(raw.count)
        var position = 0
        func hexUnit() -> UInt32? {
            let unit = JSONLexicon.escapedUnit(in: raw, at: position)
            if unit != nil { position += 6 }
            return unit
        }
        while position < raw.count {
            let byte = raw[position]
            guard byte >= 0x20 else { return .refused("a control character in a string, not escaped") }
            guard byte == UInt8(ascii: "\\") else {
                text.append(byte)
                position += 1
                continue
            }
            guard position + 1 < raw.count else { return .refused("a string that ends in a backslash") }
            let escaped: UInt8? = switch raw[position + 1] {
            case UInt8(ascii: "\""): UInt8(ascii: "\"")
            case UInt8(ascii: "\\"): UInt8(ascii: "\\")
            case UInt8(ascii: "/"): UInt8(ascii: "/")
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
            if let escaped {
                text.append(escaped)
                position += 2
                continue
            }
            guard let unit = hexUnit() else { return .refused("an escape JSON does not have") }
            let scalar: Unicode.Scalar?
            switch unit {
            case 0xD800...0xDBFF:
                guard let low = hexUnit(), (0xDC00...0xDFFF).contains(low) else {
                    return .refused("a surrogate escape without its pair")
                }
                scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            case 0xDC00...0xDFFF: scalar = nil
            default: scalar = Unicode.Scalar(unit)
            }
            guard let scalar else { return .refused("a surrogate escape without its pair") }
            UTF8.encode(scalar) { text.append($0) }
        }
        var iterator = text.makeIterator()
        var utf8 = UTF8()
        var result = ""
        result.unicodeScalars.reserveCapacity(text.count)
        while true {
            switch utf8.decode(&iterator) {
            case .scalarValue(let scalar): result.unicodeScalars.append(scalar)
            case .emptyInput: return .value(.string(result), height: 0)
            case .error: return .refused("a string that is not valid UTF-8")
            }
        }
    }
}

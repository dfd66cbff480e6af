/// JSON's lexical rules (RFC 8259), one definition for the readers of raw payload bytes: `JSONSyntaxCheck`, which
/// places a syntax error, `JSONDocumentParser`, which reads values kept as JSON, and the stream-safe scan of `JSONPayload`.
enum JSONLexicon {
    /// The code unit of the `\uXXXX` escape at `position`, or nil when there is none there.
    static func escapedUnit(in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> UInt32? {
        guard position + 6 <= bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else { return nil }
        var unit: UInt32 = 0
        for byte in bytes[(position + 2)..<(position + 6)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt32(digit)
        }
        return unit
    }

    /// `StreamSafeText.firstExcess(inUTF8:)` for JSON text, whose strings may also write a scalar as an escape
    /// (`\u0301`, a surrogate pair for one beyond the BMP): each string's scalars are counted as its reader decodes them.
    static func firstStreamSafeExcess(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var run = StreamSafeText.Run()
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                inString.toggle()
                run.end()
                index += 1
            } else if inString && byte == UInt8(ascii: "\\") {
                guard var unit = escapedUnit(in: bytes, at: index) else {
                    run.end()  // `\n`, `\"`, …: a starter; a broken escape is the reader's to refuse
                    index += 2
                    continue
                }
                var length = 6
                if (0xD800...0xDBFF).contains(unit), let low = escapedUnit(in: bytes, at: index + 6), (0xDC00...0xDFFF).contains(low) {
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    length = 12
                }
                if run.exceeds(adding: unit) { return index }
                index += length
            } else if let (value, length) = StreamSafeText.scalar(in: bytes, at: index) {
                if run.exceeds(adding: value) { return index }
                index += length
            } else {
                run.end()
                index += 1
            }
        }
        return nil
    }

    /// Where the number starting at `start` ends, by the grammar `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`;
    /// or where it breaks it, and how.
    static func numberEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, problem: String?) {
        var index = start
        func digits() -> Int {
            let first = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            return index - first
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = digits()
        guard integerDigits > 0 else { return (index, "a number without digits") }
        guard integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { return (integerStart, "a number with a leading zero") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return (index, "a number without digits after its point") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return (index, "a number without digits in its exponent") }
        }
        return (index, nil)
    }

    /// The length of the well-formed UTF-8 sequence starting at `position` (Unicode's table 3-7), or nil.
    static func utf8SequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Int? {
        let lead = bytes[position]
        let (length, secondRange): (Int, ClosedRange<UInt8>)
        switch lead {
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        default: return nil
        }
        guard position + length <= bytes.count, secondRange.contains(bytes[position + 1]) else { return nil }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[position + offset]) { return nil }
        return length
    }
}

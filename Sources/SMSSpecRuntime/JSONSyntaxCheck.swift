/// The first place a UTF-8 JSON text breaks RFC 8259, and why: one pass, nothing allocated but a stack of open
/// brackets, so a hostile 4 MiB payload costs what reading it costs (Foundation's `JSONSerialization`, used for this
/// before, built the whole object tree first: 1.6 GB for 4 MiB of small objects). Lenient where Foundation's
/// decoder is: a comma before a closing bracket.
struct JSONSyntaxCheck {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Whether a number no `Double` holds (`1e400`, or `1e-400`, which is not 0) is a problem too.
    private let refusesNumbersBeyondDouble: Bool
    /// Whether a comma before a closing bracket (`{"a": 1,}`), which Foundation's decoder passes over, is a problem too.
    private let refusesCommaBeforeClose: Bool
    /// Whether an integer (no point, no exponent) beyond `Int64`'s range, which an integer field refuses, is a problem too.
    private var refusesIntegersBeyondInt64 = false
    private var refusesNumbersBeyondDecimalScale = false
    /// Where the numbers that are no `Int64` start, when collected.
    private var notIntegers: [Int]?
    private var index = 0

    struct Problem: Equatable {
        let offset: Int
        let reason: String
        let tooDeep: Bool
    }

    static func firstProblem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var check = JSONSyntaxCheck(bytes: bytes, refusesNumbersBeyondDouble: false, refusesCommaBeforeClose: false)
        return check.run()
    }

    /// The first number of a well-formed text that no `Double` holds, which every numeric read refuses; its reason
    /// is the number, quoted.
    static func firstNumberBeyondDouble(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var check = JSONSyntaxCheck(bytes: bytes, refusesNumbersBeyondDouble: true, refusesCommaBeforeClose: false)
        return check.run()
    }

    /// The first integer of a well-formed text beyond `Int64`'s range (a 20-digit id), which every integer read
    /// refuses; its reason is the number, quoted.
    static func firstIntegerBeyondInt64(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var check = JSONSyntaxCheck(bytes: bytes, refusesNumbersBeyondDouble: false, refusesCommaBeforeClose: false)
        check.refusesIntegersBeyondInt64 = true
        return check.run()
    }

    /// The first number of a well-formed text written at an exponent beyond a `Decimal`'s (`1e-200`), which a decimal
    /// read refuses; its reason is the number, quoted.
    static func firstNumberBeyondDecimalScale(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var check = JSONSyntaxCheck(bytes: bytes, refusesNumbersBeyondDouble: false, refusesCommaBeforeClose: false)
        check.refusesNumbersBeyondDecimalScale = true
        return check.run()
    }

    /// Where each number of a well-formed text starts that an integer read may refuse: one with a point or an
    /// exponent (`400.5`, `1e2`), or an integer beyond `Int64`'s range. Read only when a decode failed unplaced.
    static func numbersAnIntegerReadMayRefuse(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var check = JSONSyntaxCheck(bytes: bytes, refusesNumbersBeyondDouble: false, refusesCommaBeforeClose: false)
        check.notIntegers = []
        _ = check.run()
        return check.notIntegers ?? []
    }

    /// The first comma before a closing bracket of a text Foundation's decoder reads, at the comma.
    static func firstCommaBeforeClose(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var check = JSONSyntaxCheck(bytes: bytes, refusesNumbersBeyondDouble: false, refusesCommaBeforeClose: true)
        return check.run()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, refusesNumbersBeyondDouble: Bool, refusesCommaBeforeClose: Bool) {
        self.bytes = bytes
        self.refusesNumbersBeyondDouble = refusesNumbersBeyondDouble
        self.refusesCommaBeforeClose = refusesCommaBeforeClose
    }

    private func problem(_ reason: String, at offset: Int? = nil) -> Problem {
        Problem(offset: offset ?? index, reason: index >= bytes.count && offset == nil ? "the text ends where \(reason)" : reason, tooDeep: false)
    }

    private mutating func run() -> Problem? {
        // Open lists and objects: true for an object.
        var open: [Bool] = []
        skipWhitespace()
        while true {
            // A value.
            guard index < bytes.count else { return problem("a value should follow") }
            switch bytes[index] {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                let isObject = bytes[index] == UInt8(ascii: "{")
                guard open.count < PayloadLimits.maximumJSONDepth else {
                    return Problem(offset: index, reason: JSONStructure.tooDeepReason, tooDeep: true)
                }
                open.append(isObject)
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    open.removeLast()
                    index += 1
                } else {
                    if isObject, let problem = key() { return problem }
                    continue
                }
            case UInt8(ascii: "\""):
                if let problem = string() { return problem }
            case UInt8(ascii: "t"): if let problem = literal("true") { return problem }
            case UInt8(ascii: "f"): if let problem = literal("false") { return problem }
            case UInt8(ascii: "n"): if let problem = literal("null") { return problem }
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if let problem = number() { return problem }
            default:
                return problem("an unexpected character where a value should be")
            }
            // After a value: the end, or a separator, or a closing bracket (one or more).
            while true {
                skipWhitespace()
                guard let isObject = open.last else {
                    return index < bytes.count ? problem("more text after the end of the JSON value") : nil
                }
                guard index < bytes.count else { return problem("\(isObject ? "an object" : "a list") should be closed") }
                let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if bytes[index] == close {
                    open.removeLast()
                    index += 1
                    continue
                }
                guard bytes[index] == UInt8(ascii: ",") else {
                    return problem("a character where ',' or '\(Character(Unicode.Scalar(close)))' should be")
                }
                let comma = index
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == close {
                    if refusesCommaBeforeClose { return problem("a comma before the closing bracket", at: comma) }
                    // Foundation takes a comma before the closing bracket.
                    open.removeLast()
                    index += 1
                    continue
                }
                if isObject, let problem = key() { return problem }
                break
            }
        }
    }

    /// A member's key and its colon.
    private mutating func key() -> Problem? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return problem("a key (a string) should be") }
        if let problem = string() { return problem }
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return problem("':' should follow the key") }
        index += 1
        skipWhitespace()
        return nil
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
    }

    private mutating func literal(_ word: StaticString) -> Problem? {
        let word = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes[index...].starts(with: word) else { return problem("an unexpected character where a value should be") }
        index += word.count
        return nil
    }

    /// The string whose opening quote is at `index`: JSON's escapes, surrogate pairs, no control character, UTF-8.
    private mutating func string() -> Problem? {
        let start = index
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return nil
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { return problem("a string should be closed", at: start) }
                switch bytes[index + 1] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
                    UInt8(ascii: "r"), UInt8(ascii: "t"):
                    index += 2
                case UInt8(ascii: "u"):
                    guard let unit = JSONLexicon.escapedUnit(in: bytes, at: index) else { return problem("an escape \\u not followed by four hex digits") }
                    if (0xDC00...0xDFFF).contains(unit) { return problem("a low surrogate escape without a high one before it") }
                    if (0xD800...0xDBFF).contains(unit) {
                        guard let low = JSONLexicon.escapedUnit(in: bytes, at: index + 6), (0xDC00...0xDFFF).contains(low) else {
                            return problem("a high surrogate escape without a low one after it")
                        }
                        index += 12
                    } else {
                        index += 6
                    }
                default:
                    return problem("an escape JSON does not have")
                }
            case 0..<0x20:
                return problem("a control character in a string, not escaped")
            case 0x80...:
                guard let length = JSONLexicon.utf8SequenceLength(bytes, at: index) else { return problem("a byte that is not valid UTF-8") }
                index += length
            default:
                index += 1
            }
        }
        return problem("a string should be closed", at: start)
    }

    /// The number at `index` (`JSONLexicon.numberEnd`).
    private mutating func number() -> Problem? {
        let (end, reason) = JSONLexicon.numberEnd(in: bytes, from: index)
        if let reason { return problem(reason, at: end) }
        if refusesNumbersBeyondDouble {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            if let value = Double(text), !value.isFinite || value == 0 && NumberText.hasNonZeroDigit(Substring(text)) {
                return problem(DisplayText.quotedExcerpt(text), at: index)
            }
        }
        if refusesIntegersBeyondInt64 || notIntegers != nil {
            let token = UnsafeBufferPointer(rebasing: bytes[index..<end])
            let isInteger = !token.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") })
            if isInteger, refusesIntegersBeyondInt64, Int64(String(decoding: token, as: UTF8.self)) == nil {
                return problem(DisplayText.quotedExcerpt(String(decoding: token, as: UTF8.self)), at: index)
            }
            if !isInteger || Int64(String(decoding: token, as: UTF8.self)) == nil { notIntegers?.append(index) }
        }
        if refusesNumbersBeyondDecimalScale, NumberText.exponentBeyondDecimal(UnsafeBufferPointer(rebasing: bytes[index..<end])) {
            return problem(DisplayText.quotedExcerpt(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)), at: index)
        }
        index = end
        return nil
    }
}

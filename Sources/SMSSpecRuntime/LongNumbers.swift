import Foundation

// Numbers with more significant digits than `Decimal` holds (38): Foundation's decoder rounds them and its encoder
// writes another number. `JSONPayload` finds them by one scan of the payload and reads them from its text
// (`IntegerAudit.longNumberText`); `JSONPayload.encode` writes them as they are.

extension NumberText {
    /// The significant digits `Decimal` holds exactly (its mantissa is 128 bits).
    static let decimalDigits = 38
    /// The significant digits any number read through `Double` keeps (`DBL_DIG`): Foundation reads one `Decimal` does
    /// not hold that way, and writes back the shortest text of the `Double`, which has those digits again.
    static let doubleDigits = 15

    /// Whether a JSON number's token is one Foundation would not read exactly, which `JSONPayload` reads from its text:
    /// more significant digits than `Decimal` holds, or more than `doubleDigits` at a scale beyond `Decimal`'s exponents
    /// (−128…127), which it reads through `Double` (`140353845924933262.6776547573975031253300e-119`, 38 digits, kept 17),
    /// or a number so small that its `Double` is subnormal, which keeps fewer digits (`3e-324` read as `5e-324`, an
    /// attack). Only a number with an exponent, or written longer than 300 bytes, may be that small.
    static func isLong(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = significantDigits(token)
        if count > decimalDigits { return true }
        if count > doubleDigits { return !Digits(token).decimalHoldsScale }
        guard count > 0, token.count > 300 || token.contains(where: { $0 | 0x20 == UInt8(ascii: "e") }),
            let double = Double(String(decoding: token, as: UTF8.self))
        else { return false }
        return double != 0 && abs(double) < .leastNormalMagnitude
    }

    /// Whether a JSON number's token, as written, has its digits at an exponent beyond a `Decimal`'s (−128…127),
    /// which Foundation's decoder refuses for a `Decimal` (`1e-200`, `1e128`), though another spelling may fit.
    static func exponentBeyondDecimal(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard significantDigits(token) > 0 else { return false }
        let number = Digits(token)
        return !(-128...127).contains(number.point - number.digits.count)
    }

    /// Whether a number's text may be long (`isLong`): more bytes than `doubleDigits`, or an exponent (`3e-324`).
    static func mayBeLong<Bytes: Collection<UInt8>>(_ text: Bytes) -> Bool {
        text.count > doubleDigits || text.contains { $0 | 0x20 == UInt8(ascii: "e") }
    }

    /// How many significant digits a JSON number's text has: those from its first digit other than 0 to its last
    /// (`27.000` has 2, `0.0012e5` 2, `1.0000000001` 11).
    static func significantDigits(_ token: UnsafeBufferPointer<UInt8>) -> Int {
        let mantissa = token.prefix { $0 | 0x20 != UInt8(ascii: "e") }.filter { $0 &- UInt8(ascii: "0") < 10 }
        guard let first = mantissa.firstIndex(where: { $0 != UInt8(ascii: "0") }),
            let last = mantissa.lastIndex(where: { $0 != UInt8(ascii: "0") })
        else { return 0 }
        return last - first + 1
    }

    /// The exact text (`plainText`) of a number's text with more significant digits than `Decimal` holds; nil for
    /// any other.
    static func longNumberText(_ text: String) -> String? {
        guard mayBeLong(text.utf8) else { return nil }
        var text = text
        return text.withUTF8(longNumberText)
    }

    /// `longNumberText(_:)` of a JSON number's token (one `isLong`); nil too for one beyond what a `Double` holds
    /// (`1e400`, or non-zero digits that underflow to 0), which Foundation's decoder refuses whatever reads it.
    static func longNumberText(_ token: UnsafeBufferPointer<UInt8>) -> String? {
        guard isLong(token), let double = Double(String(decoding: token, as: UTF8.self)),
            double.isFinite, double != 0
        else { return nil }
        return plainText(token)
    }

    /// What to write for a number's text instead of the number, when it has more significant digits than `Decimal`
    /// holds: Foundation's encoder writes numbers through `Decimal` or `Double`, so the payload would hold another
    /// number. Under `JSONPayload.encode` a marked string it replaces by the digits; under any other encoder an
    /// error. Nil for every other number, which the caller writes itself.
    static func substitute(forLong text: String, at codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) throws -> String? {
        guard mayBeLong(text.utf8) else { return nil }
        var copy = text
        let (digits, long) = copy.withUTF8 { (significantDigits($0), isLong($0)) }
        // Some 39-digit numbers (up to 2¹²⁸ − 1) `Decimal` holds, and so writes, exactly.
        guard long, Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))?.description != text else { return nil }
        if let writing = userInfo[.longNumberMark] as? LongNumberWriting {
            writing.used = true
            return LongNumberWriting.mark + text
        }
        throw EncodingError.invalidValue(text, .init(
            codingPath: codingPath,
            debugDescription: "The number \(DisplayText.quotedExcerpt(text)) \(beyondDecimal(digits: digits)), which "
                + "Foundation's JSON encoder does not write exactly (it would write another number); JSONPayload.encode writes it as it is."))
    }

    /// Why a long number (`isLong`) of `digits` significant digits is no `Decimal`, for messages.
    static func beyondDecimal(digits: Int) -> String {
        digits > decimalDigits
            ? "has \(digits) significant digits, more than the \(decimalDigits) a Decimal holds"
            : "has \(digits) significant digits at a scale beyond a Decimal's exponents (-128 to 127)"
    }

    /// The integer a JSON number's text is exactly, in decimal digits (`2.7e1` is "27", `-0.0` and `0e5` are "0",
    /// `1.5e1` is "15"); nil when it is no integer (`27.0000000000000001`, `1e-400`) or one of more than
    /// `maximumDigits` digits, more than any Swift integer holds.
    static func exactInteger(_ token: UnsafeBufferPointer<UInt8>, maximumDigits: Int = 40) -> String? {
        let number = Digits(token)
        if number.digits.isEmpty { return "0" }
        guard number.point >= number.digits.count, number.point <= maximumDigits else { return nil }
        return number.sign + String(decoding: number.digits, as: UTF8.self) + String(repeating: "0", count: number.point - number.digits.count)
    }

    /// A JSON number's exact value in plain decimal notation, as `Decimal` writes the numbers it holds (`1.5e3` is
    /// "1500", `-0.0012300` is "-0.00123", `0e5` is "0"), for numbers with more significant digits than `Decimal`
    /// holds. When the point stands more than `maximumShift` places beyond the digits, where plain notation could
    /// be far longer than the payload (`1e999999`), the digits with an exponent instead (`12345e-200`).
    static func plainText(_ token: UnsafeBufferPointer<UInt8>, maximumShift: Int = 128) -> String {
        let number = Digits(token)
        let digits = number.digits
        if digits.isEmpty { return "0" }
        let text = String(decoding: digits, as: UTF8.self)
        guard number.point <= digits.count + maximumShift, number.point >= -maximumShift else {
            return number.sign + text + "e" + String(number.point - digits.count)
        }
        if number.point >= digits.count { return number.sign + text + String(repeating: "0", count: number.point - digits.count) }
        if number.point <= 0 { return number.sign + "0." + String(repeating: "0", count: -number.point) + text }
        return number.sign + String(text.utf8.prefix(number.point))! + "." + String(text.utf8.dropFirst(number.point))!
    }

    /// A JSON number's significant digits (no leading or trailing zeros) and where its point stands among them.
    private struct Digits {
        var sign = ""
        var digits: [UInt8] = []
        /// The point's place counted from the first digit: 2 for `12.5`, -1 for `0.05`.
        var point = 0

        init(_ token: UnsafeBufferPointer<UInt8>) {
            var index = 0
            func isDigit() -> Bool { index < token.count && token[index] &- UInt8(ascii: "0") < 10 }
            if token.first == UInt8(ascii: "-") { sign = "-"; index += 1 }
            while isDigit() { digits.append(token[index]); index += 1 }
            point = digits.count
            if index < token.count, token[index] == UInt8(ascii: ".") {
                index += 1
                while isDigit() { digits.append(token[index]); index += 1 }
            }
            if index < token.count, token[index] | 0x20 == UInt8(ascii: "e") {
                index += 1
                let exponentIsNegative = index < token.count && token[index] == UInt8(ascii: "-")
                if index < token.count, token[index] == UInt8(ascii: "-") || token[index] == UInt8(ascii: "+") { index += 1 }
                // Past a billion, any exponent moves every digit out of every integer's range, or below the point.
                var exponent = 0
                while isDigit() { exponent = min(exponent * 10 + Int(token[index] - UInt8(ascii: "0")), 1_000_000_000); index += 1 }
                point += exponentIsNegative ? -exponent : exponent
            }
            let leadingZeros = digits.prefix { $0 == UInt8(ascii: "0") }.count
            digits.removeFirst(leadingZeros)
            point -= leadingZeros
            while digits.last == UInt8(ascii: "0") { digits.removeLast() }
            if digits.isEmpty { sign = "" }
        }

        /// Whether `Decimal` has an exponent for the number: its digits times 10 to −128…127, where digits it does not
        /// use may be zeros added at the end (a 20-digit number up to 10¹⁶⁵).
        var decimalHoldsScale: Bool {
            let exponent = point - digits.count
            return exponent >= -128 && exponent - (NumberText.decimalDigits - digits.count) <= 127
        }
    }
}

extension CodingUserInfoKey {
    /// Set by `JSONPayload.encode`: long numbers are written as marked strings it then replaces.
    static let longNumberMark = CodingUserInfoKey(rawValue: "SMSSpecRuntime.longNumberMark")!
}

/// One `JSONPayload.encode`: whether a long number was written as a marked string.
final class LongNumberWriting: @unchecked Sendable {
    /// Random for each process, and never in any output (each is replaced): no string of a payload can hold it.
    static let mark = "\u{E000}" + UUID().uuidString + ":"
    var used = false
}

extension JSONPayload {
    /// `encoder.encode(value)`, with every number of more significant digits than `Decimal` holds written as its
    /// exact digits (a `JSONNumber` or code read so through `decode`), where Foundation's encoder alone refuses it.
    /// `encoder` gives the settings (formatting, strategies, `userInfo`) and is not changed: it may be shared.
    public static func encode<Value: Encodable>(_ value: Value, using encoder: JSONEncoder = JSONEncoder()) throws -> Data {
        let writing = LongNumberWriting()
        let marking = JSONEncoder()
        marking.outputFormatting = encoder.outputFormatting
        marking.keyEncodingStrategy = encoder.keyEncodingStrategy
        marking.dateEncodingStrategy = encoder.dateEncodingStrategy
        marking.dataEncodingStrategy = encoder.dataEncodingStrategy
        marking.nonConformingFloatEncodingStrategy = encoder.nonConformingFloatEncodingStrategy
        marking.userInfo = encoder.userInfo
        marking.userInfo[.longNumberMark] = writing
        let data = try marking.encode(value)
        try checkNumbersAreFinite(data, of: value)
        guard writing.used else { return data }
        // Each marked string is `"`, the mark, the number's plain digits (no character JSON escapes) and `"`.
        let quotedMark = Array(("\"" + LongNumberWriting.mark).utf8)
        var bytes: [UInt8] = []
        var rest = data[...]
        while let range = rest.firstRange(of: quotedMark) {
            bytes += rest[..<range.lowerBound]
            let digits = rest[range.upperBound...].prefix { $0 != UInt8(ascii: "\"") }
            guard digits.endIndex < rest.endIndex else { return data }
            bytes += digits
            rest = rest[(digits.endIndex + 1)...]
        }
        bytes += rest
        return Data(bytes)
    }

    /// Foundation writes a `Decimal.nan` as `NaN`, which no JSON reader takes (a request built from one went out
    /// as a body its provider could not read, or failed as a decoding error naming JSON): it is refused here, at the
    /// field that holds it. A `Double` that is not finite is refused by the encoder itself.
    private static func checkNumbersAreFinite<Value>(_ data: Data, of value: Value) throws {
        let bytes = [UInt8](data)
        guard let problem = bytes.withUnsafeBufferPointer(JSONSyntaxCheck.firstProblem(in:)), !problem.tooDeep,
            bytes[min(problem.offset, bytes.count)...].starts(with: "NaN".utf8) || bytes[min(problem.offset, bytes.count)...].starts(with: "-NaN".utf8)
        else { return }
        throw EncodingError.invalidValue(value, .init(
            codingPath: JSONSyntaxError.path(before: problem.offset, in: bytes),
            debugDescription: "A number that is not finite (a Decimal.nan) has no JSON spelling: neither a JSON body nor a form "
                + "can carry it."))
    }
}

import Foundation

/// A JSON payload from anywhere, decoded the one way every entry point does (`MessageDescriptor`, the callback
/// receivers): Foundation's `JSONDecoder`; a syntax error located (line, column, field); and an object that names
/// one key twice refused, since parsers disagree on which value counts (Foundation keeps the first, most others the
/// last) and a sender could show one reader one value and another reader the other.
public enum JSONPayload {
    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        try decode(type, from: data, limitingDepth: true)
    }

    /// JSON in the provider's own charset (its spec's `charset`: SMSC.ru answers JSON in windows-1251 unless asked for
    /// UTF-8), written as UTF-8: a payload whose bytes are not UTF-8 (nor UTF-16 or UTF-32, whose ASCII leaves zero
    /// bytes), unlabelled or labelled with that charset. Any other payload is returned as it is, for `decode` to read
    /// or refuse: a label naming another charset is not taken (it is not signed, and RFC 8259 reads JSON by its bytes).
    public static func inProvidersCharset(_ data: Data, contentType: String?, charset: FormCharset) -> Data {
        guard charset != .utf8, !data.contains(0), StrictUTF8.firstInvalidOffset(data) != nil,
            (try? FormCharset(contentType: contentType, otherwise: charset)) == charset, let text = charset.text([UInt8](data))
        else { return data }
        return Data(text.utf8)
    }

    /// Where the UTF-8 JSON `data` puts a comma before a closing bracket (`{"a": 1,}`), which RFC 8259 refuses and
    /// Foundation's decoder, so every read here, passes over: the first such comma's line and column, or nil.
    @_spi(Generated) public static func commaBeforeClosingBracket(in data: Data) -> (line: Int, column: Int)? {
        let bytes = [UInt8](data)
        guard let comma = bytes.withUnsafeBufferPointer(JSONSyntaxCheck.firstCommaBeforeClose(in:)) else { return nil }
        return JSONSyntaxError.position(of: comma.offset, in: bytes)
    }

    /// `decode(_:from:)`; without `limitingDepth`, for JSON this process wrote (a request nested as deep as its
    /// type): its long numbers keep their digits at any depth. `userInfo` is the decoder's (a field's JSON text is read
    /// with its payload's, `JSONText`).
    @_spi(Generated) public static func decode<Value: Decodable>(
        _ type: Value.Type, from data: Data, limitingDepth: Bool, userInfo: [CodingUserInfoKey: Any] = [:]
    ) throws -> Value {
        // Every reader below reads the same UTF-8 bytes: the decoder, the duplicate-key scan, the document and the
        // syntax error's place.
        let text = try utf8(data)
        let structure = try checkedStructure(text, limitingDepth: limitingDepth)
        let decoder = JSONDecoder()
        decoder.userInfo = JSONText.sendable(userInfo)
        decoder.userInfo[.jsonDocument] = JSONDocument(utf8: text)
        let value: Value
        do {
            // A key named twice in a text that is no JSON (else refused above) is refused below if the decoder reads
            // it: the audit, which checks numbers by their place, would check the value Foundation does not read there.
            if structure.roundableNumbers.isEmpty || structure.duplicate != nil {
                value = try decoder.decode(type, from: text)
            } else {
                // Only then is each integer read checked against the number's text; every other payload is read
                // by Foundation's decoder alone.
                decoder.userInfo[.integerAudit] = IntegerAudit(numbersAt: structure.roundableNumbers, in: text)
                value = try decoder.decode(IntegerAudit.Audited<Value>.self, from: text).value
            }
        } catch let error as DecodingError {
            if structure.duplicate == nil,
                let placed = placedNumberError(error, reading: type, from: text, roundable: structure.roundableNumbers, userInfo: userInfo)
            {
                throw placed
            }
            throw JSONSyntaxError.located(error, in: text)
        }
        if let duplicate = structure.duplicate { throw duplicateKey(duplicate, in: text) }
        return value
    }

    /// Foundation's decoder refuses a number an integer read cannot take (`"status": 400.5`, an id beyond `Int64`) as
    /// "not valid JSON", naming no field. On that failure only, the payload is read once more with each such
    /// number's integer reads checked (`IntegerAudit`), which names the number, its place and its field; nil when
    /// the failure was something else.
    private static func placedNumberError<Value: Decodable>(
        _ error: DecodingError, reading type: Value.Type, from text: Data, roundable: [Int], userInfo: [CodingUserInfoKey: Any]
    ) -> DecodingError? {
        guard JSONSyntaxError.isUnplaced(error) else { return nil }
        let numbers = text.withUnsafeBytes { JSONSyntaxCheck.numbersAnIntegerReadMayRefuse(in: $0.bindMemory(to: UInt8.self)) }
        guard !numbers.isEmpty else { return nil }
        let decoder = JSONDecoder()
        decoder.userInfo = JSONText.sendable(userInfo)
        decoder.userInfo[.jsonDocument] = JSONDocument(utf8: text)
        decoder.userInfo[.integerAudit] = IntegerAudit(numbersAt: Array(Set(numbers + roundable)).sorted(), in: text)
        do {
            _ = try decoder.decode(IntegerAudit.Audited<Value>.self, from: text)
        } catch let placed as DecodingError where !JSONSyntaxError.isUnplaced(placed) {
            return placed
        } catch {}
        return nil
    }

    /// The structure scan of the UTF-8 JSON `text` (`JSONStructure`), which refuses before anything decodes it what
    /// every payload is refused for: a run of combining marks past the stream-safe limit, nesting deeper than the
    /// limit (unless not `limitingDepth`), a number Foundation's decoder traps on, and, when the text is JSON (else the
    /// decoder says what is wrong with it), a key sent twice — whatever the decode would say: the first of two `type`s
    /// picked a variant, which was then refused for a field the sender never meant to send.
    static func checkedStructure(_ text: Data, limitingDepth: Bool = true) throws -> JSONStructure {
        // Before anything compares or hashes its text (the duplicate-key scan, the decoder's keys, a code's table).
        if let offset = text.withUnsafeBytes({ JSONLexicon.firstStreamSafeExcess(in: $0.bindMemory(to: UInt8.self)) }) {
            let bytes = [UInt8](text)
            let (line, column) = JSONSyntaxError.position(of: offset, in: bytes)
            throw DecodingError.dataCorrupted(.init(
                codingPath: JSONSyntaxError.path(before: offset, in: bytes), debugDescription: StreamSafeText.reason(at: "line \(line), column \(column)")))
        }
        // Read before decoding: a failed read deep in a payload costs Foundation's decoder time in the square of its
        // depth (it builds the coding path anew), and a union or lenient field fails reads on purpose.
        let structure = JSONStructure(text, maximumDepth: limitingDepth ? PayloadLimits.maximumJSONDepth : .max)
        if let offset = structure.tooDeep {
            let bytes = [UInt8](text)
            let (line, column) = JSONSyntaxError.position(of: offset, in: bytes)
            throw DecodingError.dataCorrupted(.init(
                codingPath: [], debugDescription: "Not valid JSON at line \(line), column \(column): \(JSONStructure.tooDeepReason)."))
        }
        if let offset = structure.trappingNumber {
            let bytes = [UInt8](text)
            let (line, column) = JSONSyntaxError.position(of: offset, in: bytes)
            throw DecodingError.dataCorrupted(.init(
                codingPath: JSONSyntaxError.path(before: offset, in: bytes),
                debugDescription: "The number at line \(line), column \(column) \(JSONStructure.trappingNumberReason)."))
        }
        if let duplicate = structure.duplicate, text.withUnsafeBytes({ JSONSyntaxCheck.firstProblem(in: $0.bindMemory(to: UInt8.self)) }) == nil {
            throw duplicateKey(duplicate, in: text)
        }
        return structure
    }

    /// The refusal of a key an object of `text` names twice.
    private static func duplicateKey(_ duplicate: (offset: Int, key: String), in text: Data) -> DecodingError {
        let bytes = [UInt8](text)
        let (line, column) = JSONSyntaxError.position(of: duplicate.offset, in: bytes)
        return DecodingError.dataCorrupted(.init(
            codingPath: JSONSyntaxError.path(before: duplicate.offset, in: bytes) + [PayloadKey.field(duplicate.key)],
            debugDescription: "The key \(DisplayText.quotedExcerpt(duplicate.key)) appears twice in one object (line \(line), "
                + "column \(column)); which value counts is ambiguous, so neither is taken."))
    }

    /// The payload as UTF-8 without a byte-order mark, as every reader of `decode` reads it; an error when it is not
    /// valid in the encoding its first bytes announce. JSON may also come as UTF-16 or UTF-32 (RFC 4627, section 3),
    /// told by a byte-order mark or by the zero bytes an ASCII first character leaves among the first four; those are
    /// transcoded here, once, rather than left to each reader's own guess (Foundation's decoder reads `FE FF 00 00`
    /// as UTF-32, a UTF-16 guess reads it otherwise, and a key could then be seen twice by one and once by the other).
    /// The first character past white space of the text `data` is read as when it is JSON (by its bytes: UTF-8 with
    /// or without a byte-order mark, UTF-16 or UTF-32): `{` for an object, `[` for a list. nil when there is none, or
    /// it is not ASCII. An answer or payload is told to be JSON by it, in whichever of these it comes (an attack:
    /// `{"status":"7","status":"0"}` in UTF-16 was a success, its first byte not `{`).
    public static func opening(of data: Data) -> UInt8? {
        let text = (try? utf8(data)) ?? data
        var bytes = text[...]
        while bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }.flatMap { $0 < 0x80 ? $0 : nil }
    }

    public static func utf8(_ data: Data) throws -> Data {
        let head = [UInt8](data.prefix(4)) + [UInt8](repeating: 1, count: max(0, 4 - data.count))
        let encoding: (String.Encoding, name: String, markLength: Int)
        switch (head[0], head[1], head[2], head[3]) {
        case (0xEF, 0xBB, 0xBF, _): return data.dropFirst(3)
        case (0, 0, 0xFE, 0xFF): encoding = (.utf32BigEndian, "UTF-32 (big-endian)", 4)
        case (0xFF, 0xFE, 0, 0): encoding = (.utf32LittleEndian, "UTF-32 (little-endian)", 4)
        case (0xFE, 0xFF, _, _): encoding = (.utf16BigEndian, "UTF-16 (big-endian)", 2)
        case (0xFF, 0xFE, _, _): encoding = (.utf16LittleEndian, "UTF-16 (little-endian)", 2)
        case (0, 0, 0, _): encoding = (.utf32BigEndian, "UTF-32 (big-endian)", 0)
        case (_, 0, 0, 0): encoding = (.utf32LittleEndian, "UTF-32 (little-endian)", 0)
        case (0, _, _, _): encoding = (.utf16BigEndian, "UTF-16 (big-endian)", 0)
        case (_, 0, _, _): encoding = (.utf16LittleEndian, "UTF-16 (little-endian)", 0)
        default: return data
        }
        let unitLength = encoding.name.hasPrefix("UTF-16") ? 2 : 4
        // `String(data:encoding:)` drops an odd byte at the end; the payload would then say less than it holds.
        guard (data.count - encoding.markLength) % unitLength == 0,
            let text = String(data: data.dropFirst(encoding.markLength), encoding: encoding.0)
        else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [], debugDescription: "The payload reads as \(encoding.name) by its first bytes, but is not valid \(encoding.name)."))
        }
        return Data(text.utf8)
    }
}

/// One linear scan of a JSON text: the first key an object of it repeats (a set of keys per open object), where it
/// first nests deeper than `PayloadLimits.maximumJSONDepth`, and the first number Foundation's decoder would trap on.
struct JSONStructure {
    private(set) var duplicate: (offset: Int, key: String)?
    /// The offset of the first list or object beyond the limit.
    private(set) var tooDeep: Int?
    /// The offset of the first number with more than `PayloadLimits.maximumDigitsBeforeExponent` digits before an
    /// exponent. Foundation's integer read of a number with a fraction or an exponent that is 2^53 or more parses
    /// it again as a `Decimal`, whose exponent overflows past 166 digits before the point or 127 zeros after it:
    /// the program stops (`1` and 200 zeros `e-184`, or `0.` and 128 zeros `1e145`, both 10^16). Its other reads
    /// of such a number do not trap.
    private(set) var trappingNumber: Int?
    /// The offsets of the numbers Foundation's decoder would read as another number: those with a fraction or an
    /// exponent whose nearest `Double` is an integer — its integer read answers that integer (`27.0000000000000001`
    /// is 27, `1e-400` is 0), so an integer read of one is checked against its text — and those `Decimal` does not
    /// hold (`NumberText.isLong`: more significant digits than it has, or more than a `Double` keeps at a scale beyond
    /// its exponents), which Foundation rounds: a `Decimal` read of one is an error, a `JSONNumber` read keeps its
    /// text (`IntegerAudit`). Other numbers read exactly or not at all.
    private(set) var roundableNumbers: [Int] = []

    static let tooDeepReason = "nesting is deeper than \(PayloadLimits.maximumJSONDepth) levels, the limit"
    static let trappingNumberReason = "has more than \(PayloadLimits.maximumDigitsBeforeExponent) digits before its "
        + "exponent, the limit (Foundation's decoder stops the program reading one as an integer)"

    /// In UTF-8 text (see `JSONPayload.utf8(_:)`). A text that is not JSON is scanned as far as it can be: the
    /// decoder says what is wrong with it. Lists and objects deeper than `maximumDepth` are not scanned.
    init(_ data: Data, maximumDepth: Int = PayloadLimits.maximumJSONDepth) {
        data.withUnsafeBytes { raw in scan(raw.bindMemory(to: UInt8.self), maximumDepth: maximumDepth) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        // One entry per open list or object; a list's set stays empty, and so does every set after a duplicate.
        var keys: [Set<String>] = []
        var isObject: [Bool] = []
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard keys.count < maximumDepth else {
                    tooDeep = index
                    return
                }
                keys.append([])
                isObject.append(bytes[index] == UInt8(ascii: "{"))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard !keys.isEmpty else { return }
                keys.removeLast()
                isObject.removeLast()
            case UInt8(ascii: "\""):
                let start = index
                var escaped = false
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\") { escaped = true; index += 1 }
                    index += 1
                }
                guard index < bytes.count else { return }
                guard duplicate == nil else { break }
                var next = index + 1
                while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x0A || bytes[next] == 0x0D || bytes[next] == 0x09 {
                    next += 1
                }
                guard isObject.last == true, next < bytes.count, bytes[next] == UInt8(ascii: ":") else { break }
                let text = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<index])
                // A key with escapes is unescaped as the decoder reads it, so "a" and "\u0061" are one key.
                var key = String(decoding: text, as: UTF8.self)
                if escaped, case .value(.string(let unescaped), _) = JSONStringUnescaping.unescape(text) { key = unescaped }
                if !keys[keys.count - 1].insert(key).inserted { duplicate = (start, key) }
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                // Outside strings, an `e` is a number's exponent or a letter of `true` or `false`.
                if trappingNumber == nil { trappingNumber = Self.longNumberStart(bytes, exponent: index) }
                if index >= numberCheckedUntil { checkRoundable(bytes, at: index) }
            case UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
                // Outside strings, a point or a digit is a number's.
                if index >= numberCheckedUntil { checkRoundable(bytes, at: index) }
            default: break
            }
            index += 1
        }
    }

    /// The end of the last number `checkRoundable` read: its point and exponent are one number.
    private var numberCheckedUntil = 0

    /// Records the number around the point or exponent at `index` when it is roundable (see `roundableNumbers`).
    private mutating func checkRoundable(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) {
        func isNumberByte(_ byte: UInt8) -> Bool {
            byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: ".") || byte | 0x20 == UInt8(ascii: "e")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
        }
        var start = index
        while start > 0, isNumberByte(bytes[start - 1]) { start -= 1 }
        var end = index + 1
        while end < bytes.count, isNumberByte(bytes[end]) { end += 1 }
        numberCheckedUntil = end
        let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
        // A token the decoder refuses (or the `e` of `true`) is no number.
        guard JSONLexicon.numberEnd(in: token, from: 0) == (token.count, nil) else { return }
        if NumberText.mayBeLong(token), NumberText.isLong(token) {
            roundableNumbers.append(start)
            return
        }
        // `Double` reads at most what JSON allows; an integer without a point or an exponent reads exactly.
        guard token.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }),
            let value = Double(String(decoding: token, as: UTF8.self)), value.isFinite, value.rounded(.towardZero) == value
        else { return }
        roundableNumbers.append(start)
    }

    /// Where the number whose exponent is at `exponent` starts, when more than `maximumDigitsBeforeExponent` digits
    /// (the point aside) stand before the exponent; nil for any other (and for the `e` of `true` and `false`).
    private static func longNumberStart(_ bytes: UnsafeBufferPointer<UInt8>, exponent: Int) -> Int? {
        var start = exponent
        var digits = 0
        while start > 0, case let byte = bytes[start - 1], byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: ".") {
            if byte != UInt8(ascii: ".") { digits += 1 }
            start -= 1
        }
        if start > 0, bytes[start - 1] == UInt8(ascii: "-") { start -= 1 }
        return digits > PayloadLimits.maximumDigitsBeforeExponent ? start : nil
    }
}

import Foundation

/// Where a JSON payload stops being JSON, in words: line, column, the field it happened in and why.
///
/// `JSONDecoder` only says "not valid JSON"; on this failure path only, `JSONSyntaxCheck` reads the payload again to
/// find the first place it breaks and why (an unexpected character, a bad escape, invalid UTF-8, nesting deeper than
/// `PayloadLimits.maximumJSONDepth`).
enum JSONSyntaxError {
    /// `error` with its location filled in, when it is the decoder's bare "not valid JSON" for the UTF-8 `data`.
    static func located(_ error: DecodingError, in data: Data) -> DecodingError {
        guard isUnplaced(error) else { return error }
        let bytes = [UInt8](data)
        guard let problem = bytes.withUnsafeBufferPointer(JSONSyntaxCheck.firstProblem(in:)) else {
            // Foundation's decoder says "not valid JSON", without a place, for a number its field cannot hold. A
            // number no `Double` holds fails every numeric read, so the first one is named as the likely cause.
            // Else the first integer beyond `Int64` (a user's Kavenegar `messageid` of 20 digits named no field).
            var likely = ""
            if let number = bytes.withUnsafeBufferPointer(JSONSyntaxCheck.firstNumberBeyondDouble(in:)) {
                likely = " The first number no Double holds is \(place(of: number, in: bytes))."
            } else if let number = bytes.withUnsafeBufferPointer(JSONSyntaxCheck.firstIntegerBeyondInt64(in:)) {
                // The payload's first, which may be a field's that reads it (a `json` or `decimal` one): said as such.
                likely = " The payload's first integer beyond Int64's range (−9223372036854775808…9223372036854775807), which an integer "
                    + "field refuses, is \(place(of: number, in: bytes))."
            } else if let number = bytes.withUnsafeBufferPointer(JSONSyntaxCheck.firstNumberBeyondDecimalScale(in:)) {
                // `1e-200` in a decimal field named neither (an attack).
                likely = " The payload's first number beyond a Decimal's exponents (-128 to 127), which a decimal field refuses, is "
                    + "\(place(of: number, in: bytes))."
            }
            return .dataCorrupted(.init(
                codingPath: [],
                debugDescription: "The payload is valid JSON, but a number in it does not fit the field that reads it "
                    + "(a fraction or an exponent where an integer is expected, a number beyond the integer's range, or one beyond "
                    + "what a Double holds, such as 1e400 or 1e-400); the decoder does not say which field.\(likely)"))
        }
        let offset = min(problem.offset, bytes.count)
        let (line, column) = position(of: offset, in: bytes)
        let end = offset == bytes.count ? " (the end)" : ""
        return .dataCorrupted(.init(
            codingPath: problem.tooDeep ? [] : path(before: offset, in: bytes),
            debugDescription: "Not valid JSON at line \(line), column \(column)\(end): \(problem.reason)."))
    }

    /// Whether `error` is the decoder's bare "not valid JSON", which names no place. Only the decoder's own words: an
    /// error a type throws at the top (a union's "Expected …") is not.
    static func isUnplaced(_ error: DecodingError) -> Bool {
        guard case .dataCorrupted(let context) = error else { return false }
        return context.codingPath.isEmpty && context.underlyingError == nil && context.debugDescription.contains("not valid JSON")
    }

    /// A number found by `JSONSyntaxCheck`: the number, its line and column, and the field it is in.
    private static func place(of number: JSONSyntaxCheck.Problem, in bytes: [UInt8]) -> String {
        let (line, column) = position(of: number.offset, in: bytes)
        return "\(number.reason) at line \(line), column \(column) (`\(DecodingErrorDescription.path(path(before: number.offset, in: bytes)))`)"
    }

    /// 1-based line and column (in characters) of the byte at `offset`.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        position(of: offset, in: bytes, from: (0, 1, 1))
    }

    /// `position(of:in:)`, counted on from a known place at or before `offset`.
    static func position(of offset: Int, in bytes: [UInt8], from known: (offset: Int, line: Int, column: Int)) -> (line: Int, column: Int) {
        var (line, column) = (known.line, known.column)
        for byte in bytes[known.offset..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// The member or element the parser was in at `offset`, from a scan of the (well-formed) text before it.
    static func path(before offset: Int, in bytes: [UInt8]) -> [any CodingKey] {
        bytes.withUnsafeBufferPointer { paths(before: [offset], in: $0)[0] }
    }

    /// `path(before:in:)` for each of `offsets` (ascending), in one scan of the text up to the last.
    static func paths(before offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [[PayloadKey]] {
        var paths: [[PayloadKey]] = []
        paths.reserveCapacity(offsets.count)
        walk(to: offsets, in: bytes) { _, levels, _ in
            paths.append(levels.compactMap { level -> PayloadKey? in
                switch level {
                case .object(let key): key.map { PayloadKey.field($0) }
                case .array(let position): PayloadKey.element(position)
                }
            })
        }
        return paths
    }

    /// One list or object open at a place of the text: the position in the list, the key of the member (nil
    /// between members).
    enum Level {
        case object(key: String?)
        case array(index: Int)
    }

    /// Scans the (well-formed) text up to each of `offsets` (ascending) once, calling `visit` there with the lists
    /// and objects open, outermost first, and how many of them (from the outermost) are as they were at the
    /// previous call: a caller that keeps something per level redoes only the rest.
    static func walk(
        to offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>, visit: (_ offset: Int, _ levels: [Level], _ unchanged: Int) -> Void
    ) {
        var levels: [Level] = []
        var unchanged = 0
        var index = 0
        for offset in offsets {
            while index < offset {
                switch bytes[index] {
                case UInt8(ascii: "{"): levels.append(.object(key: nil))
                case UInt8(ascii: "["): levels.append(.array(index: 0))
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    _ = levels.popLast()
                    unchanged = min(unchanged, levels.count)
                case UInt8(ascii: ","):
                    switch levels.last {
                    case .object: levels[levels.count - 1] = .object(key: nil)
                    case .array(let position): levels[levels.count - 1] = .array(index: position + 1)
                    case nil: break
                    }
                    unchanged = min(unchanged, max(levels.count - 1, 0))
                case UInt8(ascii: "\""):
                    var end = index + 1
                    while end < offset, bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
                    let isKey = bytes[min(end + 1, bytes.count)...].first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: ":")
                    if case .object(nil) = levels.last, end < offset, isKey {
                        // The key as the decoder reads it: "a" and "\u0061" are one key.
                        let text = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])
                        var key = String(decoding: text, as: UTF8.self)
                        if text.contains(UInt8(ascii: "\\")), case .value(.string(let unescaped), _) = JSONStringUnescaping.unescape(text) {
                            key = unescaped
                        }
                        levels[levels.count - 1] = .object(key: key)
                        unchanged = min(unchanged, levels.count - 1)
                    }
                    index = end
                default: break
                }
                index += 1
            }
            visit(offset, levels, unchanged)
            unchanged = levels.count
        }
    }
}

import Foundation

/// Where a text spells a value in escapes: percent-encoded in any mix of raw bytes and `%XX` (either case), as every
/// URL encoder mixes them differently (swift-corelibs' `URLComponents` keeps `/` and `+` and encodes `=`, Python's
/// `quote()` keeps `/`, .NET writes `%2f`), JSON-escaped (`\u0044`, `\/`, a surrogate pair), and a space as a form's
/// `+`. A fixed list of spellings found some of these and let the others print a credential (an attack). The text is
/// read with its escapes decoded, each byte knowing where it was written, and again while escapes remain
/// (`deepestEscapes`); the values are looked for at each level, in time linear in the text.
public enum EncodedSpellings {
    /// `text` with each place it spells one of `values` through an escape replaced by `placeholder`. Text holding no
    /// escape is returned as it is: plain occurrences are the callers' own search.
    public static func redacting(_ values: [String], in text: String, with placeholder: String) -> String {
        let source = Array(text.utf8)
        guard !values.isEmpty, source.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "+") })
        else { return text }
        // Decoded again while escapes remain and decoding shortens the text (a JSON text held in a JSON string, a URL
        // in a return URL in a redirect's query: `%25252F`), at most `deepestEscapes` times; each level searched.
        let spellings = values.flatMap(Self.spellings(of:)).map { (bytes: $0, pattern: BytePattern($0)) }
        // A value escaped in a mix of Unicode forms (`cle%CC%81-secr%C3%A8te`: one accent composed, one not, an attack)
        // is found in each level decomposed, where every mix reads as the value's decomposed form.
        var decomposedValues: [[UInt8]] = []
        for value in values where !value.utf8.allSatisfy({ $0 < 0x80 }) {
            // Its spellings in a decoded text: a form's `+` for a space too (an attack).
            for bytes in Self.spellings(of: CanonicalForm.decomposed(value)) where !decomposedValues.contains(bytes) { decomposedValues.append(bytes) }
        }
        let decomposedSpellings = decomposedValues.map { (bytes: $0, pattern: BytePattern($0)) }
        var found: [Range<Int>] = []
        var layer = Decoded(source)
        for level in 1...deepestEscapes {
            for spelling in spellings {
                found += spelling.pattern.occurrences(in: layer.bytes).map { layer.starts[$0]..<layer.ends[$0 + spelling.bytes.count - 1] }
            }
            if !decomposedSpellings.isEmpty, layer.bytes.contains(where: { $0 >= 0x80 }) {
                let decomposed = layer.decomposed()
                for spelling in decomposedSpellings {
                    found += spelling.pattern.occurrences(in: decomposed.bytes).map { decomposed.starts[$0]..<decomposed.ends[$0 + spelling.bytes.count - 1] }
                }
            }
            guard level < deepestEscapes, layer.bytes.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "\\") }) else { break }
            let next = layer.decodedAgain()
            guard next.bytes.count < layer.bytes.count else { break }
            layer = next
        }
        guard !found.isEmpty else { return text }
        // Overlapping places are one (two credentials sharing text, a spelling inside another): each kept whole.
        var ranges: [Range<Int>] = []
        for range in found.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = ranges.last, range.lowerBound < last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        var output: [UInt8] = []
        var copied = 0
        for range in ranges {
            output += source[copied..<range.lowerBound]
            output += placeholder.utf8
            copied = range.upperBound
        }
        return String(decoding: output + source[copied...], as: UTF8.self)
    }

    /// How many times a text is decoded at most: each level escapes the one inside it again, and a credential three
    /// levels down (a callback URL in a return URL in a redirect) was printed when only two were read.
    public static let deepestEscapes = 8

    /// The bytes a decoded text may hold for `value`: the value, its spaces as a form's `+`, and the value
    /// percent-decoded (a key given pre-encoded, `3zJU%2Ft7DX6g%3D`).
    private static func spellings(of value: String) -> [[UInt8]] {
        var spellings = [Array(value.utf8)]
        if let decoded = percentDecoded(Array(value.utf8)), decoded != spellings[0] { spellings.append(decoded) }
        for spelling in spellings where spelling.contains(UInt8(ascii: " ")) {
            spellings.append(spelling.map { $0 == UInt8(ascii: " ") ? UInt8(ascii: "+") : $0 })
        }
        return spellings.filter { !$0.isEmpty }
    }

    private static func percentDecoded(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.contains(UInt8(ascii: "%")) else { return nil }
        return Decoded(bytes, jsonEscapes: false).bytes
    }

    /// A text with its escapes decoded: its bytes, and for each the range of the text it was written in.
    struct Decoded {
        private(set) var bytes: [UInt8] = []
        private(set) var starts: [Int] = []
        private(set) var ends: [Int] = []

        init(_ text: [UInt8], jsonEscapes: Bool = true) {
            bytes.reserveCapacity(text.count)
            starts.reserveCapacity(text.count)
            ends.reserveCapacity(text.count)
            var index = 0
            while index < text.count {
                if text[index] == UInt8(ascii: "%"), index + 2 < text.count, let high = HexDigit.value(text[index + 1]),
                    let low = HexDigit.value(text[index + 2])
                {
                    append(high << 4 | low, from: index, to: index + 3)
                    index += 3
                } else if jsonEscapes, text[index] == UInt8(ascii: "\\"), let (scalar, end) = Self.jsonEscape(in: text, at: index) {
                    for byte in String(scalar).utf8 { append(byte, from: index, to: end) }
                    index = end
                } else {
                    append(text[index], from: index, to: index + 1)
                    index += 1
                }
            }
        }

        /// These bytes decoded once more, each byte knowing the range of the original text it came from.
        func decodedAgain() -> Decoded {
            var again = Decoded(bytes)
            again.starts = again.starts.map { starts[$0] }
            again.ends = again.ends.map { ends[$0 - 1] }
            return again
        }

        /// These bytes with each character in its canonically decomposed form (`é` as `e` + U+0301), each byte knowing
        /// the range of the original text its character came from; bytes that are no UTF-8 stay as they are. A scalar
        /// and the combining marks after it are decomposed together, so marks written in another order are put in
        /// canonical order (a review: Vietnamese `ệ` as `ê` + U+0323, or `e` + U+0302 + U+0323, was missed).
        func decomposed() -> Decoded {
            var result = Decoded([])
            var known: [[UInt8]: [UInt8]] = [:]
            var index = 0
            while index < bytes.count {
                guard let (first, firstLength) = scalar(at: index), !first.isASCII else {
                    result.append(bytes[index], from: starts[index], to: ends[index])
                    index += 1
                    continue
                }
                var end = index + firstLength
                while end < bytes.count, let (mark, length) = scalar(at: end), mark.properties.canonicalCombiningClass != .notReordered {
                    end += length
                }
                let run = Array(bytes[index..<end])
                let mapping = known[run] ?? Array(CanonicalForm.decomposed(String(decoding: run, as: UTF8.self)).utf8)
                known[run] = mapping
                for byte in mapping { result.append(byte, from: starts[index], to: ends[end - 1]) }
                index = end
            }
            return result
        }

        /// The scalar whose UTF-8 begins at `index`, and its length; nil for a byte that begins none.
        private func scalar(at index: Int) -> (Unicode.Scalar, Int)? {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
            guard length > 0, index + length <= bytes.count, let text = String(validating: bytes[index..<(index + length)], as: UTF8.self),
                text.unicodeScalars.count == 1
            else { return nil }
            return text.unicodeScalars.first.map { ($0, length) }
        }

        /// One byte, read from `start..<end` of the text (three bytes of an `%XX`, all the bytes of a JSON escape).
        private mutating func append(_ byte: UInt8, from start: Int, to end: Int) {
            bytes.append(byte)
            starts.append(start)
            ends.append(end)
        }

        /// The scalar a JSON escape at `index` stands for (`\u0044`, a surrogate pair `\uD83D\uDE00`, `\/`), and where
        /// the escape ends; nil for a backslash that begins none.
        static func jsonEscape(in text: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
            guard index + 1 < text.count else { return nil }
            switch text[index + 1] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return (Unicode.Scalar(text[index + 1]), index + 2)
            case UInt8(ascii: "u"):
                guard let unit = codeUnit(in: text, at: index + 2) else { return nil }
                if (0xD800..<0xDC00).contains(unit), index + 12 <= text.count, text[index + 6] == UInt8(ascii: "\\"),
                    text[index + 7] == UInt8(ascii: "u"), let low = codeUnit(in: text, at: index + 8), (0xDC00..<0xE000).contains(low)
                {
                    return Unicode.Scalar(0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00)).map { ($0, index + 12) }
                }
                return Unicode.Scalar(unit).map { ($0, index + 6) }
            default: return nil
            }
        }

        /// The four hex digits at `index` as a UTF-16 code unit.
        private static func codeUnit(in text: [UInt8], at index: Int) -> UInt32? {
            guard index + 4 <= text.count else { return nil }
            var unit: UInt32 = 0
            for byte in text[index..<(index + 4)] {
                guard let digit = HexDigit.value(byte) else { return nil }
                unit = unit << 4 | UInt32(digit)
            }
            return unit
        }
    }
}

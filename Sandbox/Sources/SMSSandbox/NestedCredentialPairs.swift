import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

/// Query pairs named as credentials (`api_key=`, `password=`, `token=`: the names `DisplayText.redactingURLUserinfo`
/// hides in a URL, and the spec's own secret field names) wherever a log line holds one, at any level of
/// percent-encoding: a Kannel `dlr-url` of `http%3A%2F%2Fh%2Fdlr%3Fapi_key%3DAK99887766%26password%3D…` printed the
/// key and the password in the request line, where the callback line, which reads the URL decoded, hid both.
enum NestedCredentialPairs {
    /// The most times a byte is read as percent-encoded over again (`%2526` is `&` encoded twice), as `DisplayText` reads
    /// a URL's user information.
    static let maximumDepth = 8

    /// `text` with the value of each pair named as a credential `<redacted>`, as it is spelled: a pair starts after a
    /// `?` or `&` written out or percent-encoded `d` times, its name ends at an `=` encoded as many times, and its value
    /// runs to the next `&` or `#` encoded that many times or fewer, a space, or the end. `extraNames` are further
    /// names, lowercased (the spec's secret fields). Only pairs whose `?` or `&` is encoded `least` times or more: a
    /// pair written out is the request's own field, which the log shows or hides by the spec's rules (`redactedTarget`),
    /// and a callback URL's own, which `DisplayText.redactingURLUserinfo` hides. Linear in the text: each byte is read a
    /// bounded number of times.
    static func hiding(in text: String, extraNames: Set<String> = [], fromDepth least: Int = 1) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "%") }) else { return text }
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        while index < bytes.count {
            let unit = unit(bytes, at: index)
            index += unit.length
            guard unit.byte == UInt8(ascii: "?") || unit.byte == UInt8(ascii: "&") else { continue }
            let depth = unit.depth
            guard depth >= least else { continue }
            // The name: up to an `=` of the pair's depth, at most 64 bytes as written.
            var cursor = index
            var equals: (at: Int, length: Int)?
            while cursor < bytes.count, cursor - index <= 64 * 3 * (depth + 1) {
                let next = Self.unit(bytes, at: cursor)
                if next.byte == UInt8(ascii: "="), next.depth == depth { equals = (cursor, next.length); break }
                if next.depth <= depth, "&?#= \n\r\t".utf8.contains(next.byte) { break }
                cursor += next.length
            }
            guard let equals, equals.at > index, isCredentialName(bytes[index..<equals.at], extraNames: extraNames) else { continue }
            let valueStart = equals.at + equals.length
            var valueEnd = valueStart
            while valueEnd < bytes.count {
                let next = Self.unit(bytes, at: valueEnd)
                if next.depth <= depth, "&#".utf8.contains(next.byte) { break }
                if next.depth == 0, " \n\r\t".utf8.contains(next.byte) { break }
                valueEnd += next.length
            }
            guard valueEnd > valueStart, !bytes[valueStart..<valueEnd].elementsEqual(Secret.redacted.utf8) else { continue }
            output += bytes[copied..<valueStart]
            output += Secret.redacted.utf8
            copied = valueEnd
            index = valueEnd
        }
        guard copied > 0 else { return text }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether a pair's name, percent-decoded as many times as it is encoded, names a credential: one of the names a
    /// URL's credential-named pairs are read by (`DisplayText.redactingURLUserinfo`, asked of the name alone), or of
    /// `extraNames`.
    private static func isCredentialName(_ spelled: ArraySlice<UInt8>, extraNames: Set<String>) -> Bool {
        var name = String(decoding: spelled, as: UTF8.self)
        for _ in 0..<maximumDepth where name.contains("%") {
            guard let decoded = name.removingPercentEncoding, decoded != name else { break }
            name = decoded
        }
        guard !name.isEmpty, name.utf8.count <= 64,
            name.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) && $0.isASCII || "_-.[]".unicodeScalars.contains($0) })
        else { return false }
        if extraNames.contains(name.lowercased()) { return true }
        let probe = "?\(name)=v"
        return DisplayText.redactingURLUserinfo(probe) != probe
    }

    /// The byte at `index`: written out, or an ASCII byte percent-encoded `depth` times (`%26`, `%2526`, …).
    private static func unit(_ bytes: [UInt8], at index: Int) -> (byte: UInt8, length: Int, depth: Int) {
        guard bytes[index] == UInt8(ascii: "%") else { return (bytes[index], 1, 0) }
        var position = index + 1, depth = 1
        while depth < maximumDepth, position + 3 < bytes.count, bytes[position] == UInt8(ascii: "2"), bytes[position + 1] == UInt8(ascii: "5"),
            hex(bytes[position + 2]) != nil, hex(bytes[position + 3]) != nil
        {
            (position, depth) = (position + 2, depth + 1)
        }
        guard position + 1 < bytes.count, let high = hex(bytes[position]), let low = hex(bytes[position + 1]), high < 8 else {
            return (bytes[index], 1, 0)
        }
        return (high << 4 | low, position + 2 - index, depth)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

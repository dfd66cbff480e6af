import Foundation

/// The numeric UTC offset a date text names (`-0600`, `+05:30`), for patterns read by ICU: a formatter writes every
/// date in its own zone, so a text in another offset never came back unchanged and was no date at all
/// (RFC 2822's own `Fri, 21 Nov 1997 09:55:06 -0600`).
struct DateTextOffset {
    /// Where the offset stands in the text's UTF-8, and its seconds east of UTC.
    let range: Range<Int>
    let seconds: Int

    /// The last `±HHmm` or `±HH:mm` of `text` not inside a longer run of digits.
    init?(lastIn text: [UInt8]) {
        func digit(_ index: Int) -> Int? {
            guard text.indices.contains(index), case let value = Int(text[index]) - 0x30, (0...9).contains(value) else { return nil }
            return value
        }
        for start in text.indices.reversed() where text[start] == UInt8(ascii: "+") || text[start] == UInt8(ascii: "-") {
            let colon = text.indices.contains(start + 3) && text[start + 3] == UInt8(ascii: ":") ? 1 : 0
            let end = start + 5 + colon
            guard let h1 = digit(start + 1), let h2 = digit(start + 2), let m1 = digit(start + 3 + colon), let m2 = digit(start + 4 + colon),
                digit(end) == nil, h1 * 10 + h2 < 24, m1 * 10 + m2 < 60
            else { continue }
            range = start..<end
            seconds = (text[start] == UInt8(ascii: "-") ? -1 : 1) * ((h1 * 10 + h2) * 3_600 + (m1 * 10 + m2) * 60)
            return
        }
        return nil
    }

    /// Whether `text`, read as `date`, is what `formatter` (whose zone must be UTC at that time) writes
    /// for the same wall-clock time in the text's own offset: the date moved by the offset is written as the text
    /// with a zero offset (`+0000`, `+00:00` or `Z`) in its place. Everything else — separators, a weekday — must
    /// match exactly, as in the round trip of a UTC text.
    static func roundTrips(_ text: String, as date: Date, in formatter: DateFormatter) -> Bool {
        let bytes = Array(text.utf8)
        guard let offset = DateTextOffset(lastIn: bytes) else { return false }
        let wallClock = date.addingTimeInterval(Double(offset.seconds))
        guard formatter.timeZone.secondsFromGMT(for: wallClock) == 0 else { return false }
        let written = Array(formatter.string(from: wallClock).utf8)
        let (before, after) = (bytes[..<offset.range.lowerBound], bytes[offset.range.upperBound...])
        guard written.count >= before.count + after.count, written.starts(with: before), written.reversed().starts(with: after.reversed())
        else { return false }
        return ["+0000", "+00:00", "Z"].contains(String(decoding: written[before.count..<(written.count - after.count)], as: UTF8.self))
    }
}

// Dates in Unix time, read from the same payload as generated code reads a `unixSeconds` field (`s`, with `iso8601`
// after it) and a `unixMilliseconds` one (`ms`): whatever is read is written back (`JSONPayload.encode`, which keeps a
// number longer than `Decimal` whole) and read again as the same value,
// and a date read from digits is written in its format as those digits.
import Foundation
@_spi(Generated) import SMSSpecRuntime

struct UnixStamps: Codable, Equatable {
    let seconds: Timestamp?
    let milliseconds: Timestamp?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FieldKey.self)
        seconds = try container.decodeTimestampIfPresent(forKey: "s", formats: ["unixSeconds", "iso8601"], timeZone: nil)
        milliseconds = try container.decodeTimestampIfPresent(forKey: "ms", formats: ["unixMilliseconds"], timeZone: nil)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: FieldKey.self)
        try container.encodeIfPresent(seconds, forKey: "s")
        try container.encodeIfPresent(milliseconds, forKey: "ms")
    }
}

func checkUnixTime(_ data: Data, shown: () -> String) {
    guard let stamps = try? JSONPayload.decode(UnixStamps.self, from: data) else { return }
    do {
        let again = try JSONPayload.decode(UnixStamps.self, from: JSONPayload.encode(stamps))
        if again != stamps { fatalError("\(shown()): read as \(stamps), written and read again as \(again)") }
    } catch {
        fatalError("\(shown()): read as \(stamps), written back it is refused: \(error)")
    }
    for (stamp, format) in [(stamps.seconds, "unixSeconds"), (stamps.milliseconds, "unixMilliseconds")] {
        guard let stamp, let date = stamp.date else { continue }
        let digits = stamp.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard digits.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { continue }
        let written = Timestamp(date, format: format)
        if written.text != digits { fatalError("\(shown()): \(format) \(stamp.text) read as \(date), written as \(written.text)") }
    }
}

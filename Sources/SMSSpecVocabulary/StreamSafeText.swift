/// Unicode's Stream-Safe Text Format (UAX #15, section 13): no more than 30 non-starters in a row.
///
/// Swift compares and hashes a `String` by canonical equivalence, normalizing it first, and its normalizer orders a
/// run of non-starters (combining marks) in time that grows with the square of the run's length: one JSON key, form
/// field name or text code of 100,000 alternating marks took a receiver minutes. Text that keeps to this format
/// (all real text does; 30 marks on one letter is already "Zalgo" text) normalizes in linear time.
public enum StreamSafeText {
    /// The most non-starters in a row the format allows.
    public static let maximumNonStarters = 30

    /// The offset in UTF-8 `bytes` of the first scalar beyond `maximumNonStarters` non-starters in a row, or nil.
    /// Linear, and nearly free on ASCII and Latin text: no scalar below U+0300 is a non-starter. A scalar whose
    /// canonical decomposition holds non-starters only (U+0F73, U+0F75, U+0F81: two each) counts as them. Bytes
    /// that are not UTF-8 are passed over; their reader refuses them.
    public static func firstExcess(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var run = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            guard lead >= 0xCC else {
                // ASCII and the leads of U+0080–U+02FF are starters; a continuation byte here is not UTF-8.
                if lead < 0x80 || lead >= 0xC0 { run = 0 }
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + length <= bytes.count else { return nil }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            let nonStarters = nonStarterCount(value)
            run = nonStarters == 0 ? 0 : run + nonStarters
            if run > maximumNonStarters { return index }
            index += length
        }
        return nil
    }

    /// The offset in `text`'s UTF-8 of the first scalar beyond the limit, or nil.
    public static func firstExcess(in text: String) -> Int? {
        var text = text
        return text.withUTF8(firstExcess(inUTF8:))
    }

    /// What a payload's reader says of text beyond the limit, at `place` ("line 1, column 8").
    public static func reason(at place: String) -> String {
        "The text at \(place) has more than \(maximumNonStarters) combining marks in a row, the limit (Unicode's "
            + "stream-safe text format): comparing such text takes time in the square of its length."
    }

    /// How many non-starters a scalar is: 0 for a starter.
    private static func nonStarterCount(_ value: UInt32) -> Int {
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        if scalar.properties.canonicalCombiningClass != .notReordered { return 1 }
        return value == 0x0F73 || value == 0x0F75 || value == 0x0F81 ? 2 : 0
    }
}

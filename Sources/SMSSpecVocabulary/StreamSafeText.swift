/// Unicode's Stream-Safe Text Format (UAX #15, section 13), as far as Swift's normalizer needs it: no more than 30
/// canonical non-starters in a row.
///
/// Swift compares and hashes a `String` by canonical equivalence, normalizing it first, and its normalizer orders a
/// run of non-starters (combining marks) in time that grows with the square of the run's length: one JSON key, form
/// field name or text code of 100,000 alternating marks took a receiver minutes. Text that keeps to this bound (all
/// real text does; 30 marks on one letter is already "Zalgo" text) normalizes in linear time. Counted over canonical
/// decompositions (what the normalizer sorts): U+0344 and U+0F73, U+0F75, U+0F81 are two non-starters each; the marks a
/// precomposed letter decomposes to (`é`) are not counted, which lets a run reach at most a few more than 30.
public enum StreamSafeText {
    /// The most non-starters in a row the format allows.
    public static let maximumNonStarters = 30

    /// A run of non-starters, scalar by scalar (a JSON reader's scan adds the scalars its escapes write).
    public struct Run {
        private var length = 0

        public init() {}

        /// Adds the next scalar; true when the run is now longer than the limit.
        public mutating func exceeds(adding value: UInt32) -> Bool {
            let count = StreamSafeText.nonStarterCount(value)
            length = count == 0 ? 0 : length + count
            return length > StreamSafeText.maximumNonStarters
        }

        public mutating func end() { length = 0 }
    }

    /// The offset in UTF-8 `bytes` of the first scalar beyond `maximumNonStarters` non-starters in a row, or nil.
    /// Linear, and nearly free on ASCII and Latin text: no scalar below U+0300 is a non-starter. Bytes that are not
    /// UTF-8 end a run and are passed over one at a time; their reader refuses them.
    public static func firstExcess(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var run = Run()
        var index = 0
        while index < bytes.count {
            guard let (value, length) = scalar(in: bytes, at: index) else {
                run.end()
                index += 1
                continue
            }
            if run.exceeds(adding: value) { return index }
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
    public static func reason(at place: String) -> String { "The text at \(place) \(excess)" }

    /// What is wrong with such text, after what it is ("The value of field 'to' …").
    public static let excess = "has more than \(maximumNonStarters) combining marks in a row, the limit (Unicode's stream-safe text "
        + "format): comparing such text takes time in the square of its length."

    /// The scalar UTF-8 `bytes` hold at `index`, and its length in bytes; nil when the bytes there are no UTF-8 scalar.
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
        guard length > 0, index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            let continuation = bytes[index + offset]
            guard continuation & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        return (value, length)
    }

    /// How many canonical non-starters a scalar is: 0 for a starter.
    static func nonStarterCount(_ value: UInt32) -> Int {
        guard value >= 0x300, let scalar = Unicode.Scalar(value) else { return 0 }
        if value == 0x0344 || value == 0x0F73 || value == 0x0F75 || value == 0x0F81 { return 2 }
        return scalar.properties.canonicalCombiningClass != .notReordered ? 1 : 0
    }
}

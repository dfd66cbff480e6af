/// UTF-8 read strictly: invalid bytes are an error, never silently U+FFFD; a byte-order mark is kept as a character.
/// (`String(validating:as:)` does this too, but needs macOS 15.)
public enum StrictUTF8 {
    /// The text of `bytes`, or nil when they are not valid UTF-8.
    public static func text<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String? {
        firstInvalidOffset(bytes) == nil ? String(decoding: bytes, as: UTF8.self) : nil
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil when all of `bytes` is valid.
    public static func firstInvalidOffset<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}

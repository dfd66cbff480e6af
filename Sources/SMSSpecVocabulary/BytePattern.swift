/// A byte string to find in others: Knuth–Morris–Pratt, linear in the text whatever the pattern (a 4 MiB text of
/// `a` against `aaa…ab` makes no search slow), its failure table built once for every search.
public struct BytePattern: Sendable {
    public let bytes: [UInt8]
    private let failure: [Int]
    /// Whether ASCII letters match in either case (`bytes` are then lowercase).
    private let ignoringASCIICase: Bool

    /// With `ignoringASCIICase`, `A`–`Z` and `a`–`z` match each other (a credential a gateway echoes upper- or
    /// lower-cased); other bytes match only themselves.
    public init(_ bytes: [UInt8], ignoringASCIICase: Bool = false) {
        let bytes = ignoringASCIICase ? bytes.map(Self.lowercased) : bytes
        self.ignoringASCIICase = ignoringASCIICase
        self.bytes = bytes
        var failure = Array(repeating: 0, count: bytes.count)
        var matched = 0
        for index in bytes.indices.dropFirst() {
            while matched > 0, bytes[index] != bytes[matched] { matched = failure[matched - 1] }
            if bytes[index] == bytes[matched] { matched += 1 }
            failure[index] = matched
        }
        self.failure = failure
    }

    /// Where the pattern first starts in `text` at or after `position`; nil when it does not, or is empty.
    public func firstOccurrence(in text: [UInt8], from position: Int) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var matched = 0
        for index in position..<text.count {
            let byte = ignoringASCIICase ? Self.lowercased(text[index]) : text[index]
            while matched > 0, byte != bytes[matched] { matched = failure[matched - 1] }
            if byte == bytes[matched] { matched += 1 }
            if matched == bytes.count { return index - bytes.count + 1 }
        }
        return nil
    }

    /// The starts of the pattern's non-overlapping occurrences in `text`, left to right.
    public func occurrences(in text: [UInt8]) -> [Int] {
        var starts: [Int] = []
        var from = 0
        while let start = firstOccurrence(in: text, from: from) {
            starts.append(start)
            from = start + bytes.count
        }
        return starts
    }

    /// `byte` with an ASCII capital made lowercase.
    @inline(__always) public static func lowercased(_ byte: UInt8) -> UInt8 { byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte }
}

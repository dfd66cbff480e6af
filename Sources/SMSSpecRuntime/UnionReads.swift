/// Each union that can hold a union (itself or another) is read at most once per place in a payload. Without this, a
/// union trying two variants of one kind (`a: '[U]'`, `b: '[U]'`) reads the value below it once for each, and those
/// reads nest: 24 nested lists took minutes. Kept, every read of a union at a place is done once and the payload is
/// read in time proportional to its size times the spec's unions.
///
/// Reads are kept for one decode: the outermost such union starts them, and they end with it. A place is the
/// decoder's `codingPath`, which names one value of the payload exactly (Foundation's decoders and this package's
/// do; a decoder giving two values one path would be given the first one's result for the second).
@_spi(Generated) public final class UnionReads: @unchecked Sendable {  // Used by one decode, on its thread.
    @TaskLocal static var current: UnionReads?

    /// A step from a place to the value under one of its keys.
    private struct Step: Hashable {
        let from: Int
        let key: String
        let index: Int?
    }

    private struct Read: Hashable {
        let union: ObjectIdentifier
        let place: Int
    }

    /// Place 0 is the payload itself; each step taken gets the next number.
    private var places: [Step: Int] = [:]
    private var results: [Read: Any] = [:]

    private init() {}

    /// The union `union` at `decoder`'s place, read by `read` once: a second read there gives the first one's value
    /// or error.
    public static func once<Value>(_ union: ObjectIdentifier, at decoder: any Decoder, _ read: (any Decoder) throws -> Value) throws -> Value {
        guard let reads = current else {
            return try $current.withValue(UnionReads()) { try once(union, at: decoder, read) }
        }
        let key = Read(union: union, place: reads.place(of: decoder.codingPath))
        if let kept = reads.results[key] as? Result<Value, any Error> { return try kept.get() }
        let result = Result { try read(decoder) }
        reads.results[key] = result
        return try result.get()
    }

    private func place(of path: [any CodingKey]) -> Int {
        var place = 0
        for key in path {
            let step = Step(from: place, key: key.stringValue, index: key.intValue)
            if let known = places[step] {
                place = known
            } else {
                place = places.count + 1
                places[step] = place
            }
        }
        return place
    }
}

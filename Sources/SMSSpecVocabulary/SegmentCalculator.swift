/// How many characters fit in one SMS and in each part of a concatenated one.
public struct SegmentCapacities: Hashable, Sendable, Codable {
    public var gsm7Single: Int
    public var gsm7Concatenated: Int
    public var ucs2Single: Int
    public var ucs2Concatenated: Int

    public init(gsm7Single: Int = 160, gsm7Concatenated: Int = 153, ucs2Single: Int = 70, ucs2Concatenated: Int = 67) {
        self.gsm7Single = gsm7Single
        self.gsm7Concatenated = gsm7Concatenated
        self.ucs2Single = ucs2Single
        self.ucs2Concatenated = ucs2Concatenated
    }

    /// 140 octets per message; a 6-octet concatenation header leaves 153 septets or 67 UCS-2 units per part.
    public static let standard = SegmentCapacities()

    /// The most units `segments` messages can hold in either encoding (saturating, never trapping).
    public func largestUnits(inSegments segments: Int) -> Int {
        guard segments > 0 else { return 0 }
        if segments == 1 { return Swift.max(gsm7Single, ucs2Single) }
        let (units, overflow) = Swift.max(gsm7Concatenated, ucs2Concatenated).multipliedReportingOverflow(by: segments)
        return overflow ? Int.max : units
    }
}

/// The encoding an SMS needs.
public enum SMSEncoding: String, Codable, Hashable, Sendable {
    case gsm7 = "GSM-7"
    /// UTF-16 code units on the wire (a character beyond U+FFFF takes two).
    case ucs2 = "UCS-2"
}

/// What a text costs as SMS.
public struct SegmentAnalysis: Hashable, Sendable, Codable {
    public let encoding: SMSEncoding
    /// Septets (GSM-7) or UTF-16 code units (UCS-2).
    public let units: Int
    public let unitName: String
    public let segments: Int
    /// The capacity of each segment: the single-message limit when it fits in one, else the per-part limit.
    public let unitsPerSegment: Int
    /// Free units in the last segment (not `unitsPerSegment × segments − units`: characters are never split across parts).
    public let remainingInLastSegment: Int
    /// The characters that forced UCS-2, each once, in order of appearance.
    public let nonGSMCharacters: [String]
    /// Units used in each segment.
    public let unitsPerPart: [Int]
}

/// Counts SMS segments the way handsets and gateways split messages.
///
/// GSM-7 unless any character is outside the default alphabet and its extension table; then the whole message is
/// UCS-2, counted in UTF-16 units. An extension character (2 septets), a surrogate pair or a grapheme cluster is
/// never split across parts, so capacity can be lost at part boundaries; only a cluster larger than a whole part is
/// split, at scalar boundaries. CR and LF count one unit each.
///
/// Linear and allocation-light: it reads the text's UTF-8 once (twice when a non-GSM character turns it UCS-2) and
/// looks septet costs up in a table. Grapheme clusters are formed by the standard library only around characters
/// that can join others (combining marks, emoji, joiners, Hangul jamo, …); `SegmentScalars.joinsNothing` lists the
/// common ones that never do.
public enum SegmentCalculator {
    public static func analyze(_ text: String, capacities: SegmentCapacities = .standard) -> SegmentAnalysis {
        var text = text
        text.makeContiguousUTF8()  // a no-op for native strings; bridged ones are copied once
        func analyze(_ utf8: UnsafeBufferPointer<UInt8>) -> SegmentAnalysis {
            gsm7(utf8, capacities: capacities) ?? ucs2(utf8, capacities: capacities)
        }
        return text.utf8.withContiguousStorageIfAvailable(analyze) ?? Array(text.utf8).withUnsafeBufferPointer(analyze)
    }

    /// The analysis when every character is GSM-7, else nil. Each GSM-7 character is a cluster of its own (none
    /// combines with another; CR LF counts as two anyway), so this pass needs no cluster breaking.
    private static func gsm7(_ utf8: UnsafeBufferPointer<UInt8>, capacities: SegmentCapacities) -> SegmentAnalysis? {
        var parts = PartSplitter(capacity: capacities.gsm7Concatenated)
        var scalars = SegmentScalars(utf8)
        while let (value, _) = scalars.next() {
            let cost = GSM7.septetCost(value)
            guard cost != 0 else { return nil }
            parts.add(Int(cost))
        }
        return parts.analysis(encoding: .gsm7, single: capacities.gsm7Single, nonGSM: [])
    }

    /// The analysis of a text with at least one character outside GSM-7: clusters cost their UTF-16 units.
    private static func ucs2(_ utf8: UnsafeBufferPointer<UInt8>, capacities: SegmentCapacities) -> SegmentAnalysis {
        var counter = UCS2Counter(parts: PartSplitter(capacity: capacities.ucs2Concatenated))
        var scalars = SegmentScalars(utf8)
        // Scalars from `pending` on are not counted yet: one that joins nothing (held back because the next scalar
        // might attach to it), or a stretch that the standard library has to break into clusters.
        var pending = 0
        var pendingScalar: UInt32? = nil
        var inStretch = false
        var previousJoinsNothing = false
        while let (value, offset) = scalars.next() {
            let joinsNothing = SegmentScalars.joinsNothing(value)
            if joinsNothing && (!inStretch || previousJoinsNothing) {
                // Two neighbours that join nothing: a cluster boundary between them whatever surrounds them.
                if inStretch {
                    counter.countClusters(of: UnsafeBufferPointer(rebasing: utf8[pending..<offset]))
                } else if let held = pendingScalar {
                    counter.count(held)
                }
                inStretch = false
                pendingScalar = value
                pending = offset
            } else if !inStretch {
                inStretch = true
                if pendingScalar == nil { pending = offset }
                pendingScalar = nil
            }
            previousJoinsNothing = joinsNothing
        }
        if inStretch {
            counter.countClusters(of: UnsafeBufferPointer(rebasing: utf8[pending...]))
        } else if let held = pendingScalar {
            counter.count(held)
        }
        return counter.parts.analysis(encoding: .ucs2, single: capacities.ucs2Single, nonGSM: counter.nonGSM.inOrder)
    }
}

/// Counts UCS-2 clusters: into parts, and into the characters that are not GSM-7.
private struct UCS2Counter {
    var parts: PartSplitter
    var nonGSM = NonGSMCharacters()

    /// A scalar that is a cluster of its own.
    @inline(__always) mutating func count(_ value: UInt32) {
        if GSM7.septetCost(value) == 0 { nonGSM.insert(value) }
        parts.add(value > 0xFFFF ? 2 : 1)
    }

    /// A stretch of text that begins and ends at cluster boundaries, broken into clusters by the standard library.
    mutating func countClusters(of utf8: UnsafeBufferPointer<UInt8>) {
        for character in String(decoding: utf8, as: UTF8.self) {
            // By scalars: `character == "\r\n"` normalizes the character, in time that grows with the square of a
            // run of combining marks.
            let scalars = character.unicodeScalars
            if scalars.first == "\r", scalars.count == 2, scalars.last == "\n" {
                parts.add(1)
                parts.add(1)
                continue
            }
            if scalars.count == 1, let scalar = scalars.first {
                count(scalar.value)
                continue
            }
            if scalars.contains(where: { GSM7.septetCost($0.value) == 0 }) { nonGSM.insert(character) }
            parts.add(cluster: scalars.lazy.map { $0.utf16.count })
        }
    }
}

/// Splits units into parts greedily: a cluster goes whole into the current part or starts the next one.
private struct PartSplitter {
    let capacity: Int
    var units = 0
    var completed: [Int] = []
    var current = 0

    init(capacity: Int) { self.capacity = capacity }

    /// One cluster of one scalar (or CR, or LF).
    @inline(__always) mutating func add(_ cost: Int) {
        units += cost
        place(scalar: cost)
    }

    /// A cluster of several scalars, given their costs: split at scalar boundaries only when it exceeds a whole part.
    mutating func add<Costs: Sequence<Int>>(cluster costs: Costs) {
        let total = costs.reduce(0, +)
        units += total
        guard total > capacity else { return place(total) }
        for cost in costs {
            place(scalar: cost)
        }
    }

    /// A scalar larger than a whole part (only with capacities below 2) cannot be kept whole: it goes unit by unit.
    @inline(__always) private mutating func place(scalar cost: Int) {
        if cost > capacity {
            for _ in 0..<cost { place(1) }
        } else {
            place(cost)
        }
    }

    @inline(__always) private mutating func place(_ piece: Int) {
        if current + piece > capacity {
            completed.append(current)
            current = 0
        }
        current += piece
    }

    func analysis(encoding: SMSEncoding, single: Int, nonGSM: [String]) -> SegmentAnalysis {
        let unitName = encoding == .gsm7 ? "septets" : "UTF-16 units"
        if units <= single {
            return SegmentAnalysis(
                encoding: encoding, units: units, unitName: unitName, segments: 1, unitsPerSegment: single,
                remainingInLastSegment: single - units, nonGSMCharacters: nonGSM, unitsPerPart: [units])
        }
        let parts = completed + [current]
        return SegmentAnalysis(
            encoding: encoding, units: units, unitName: unitName, segments: parts.count, unitsPerSegment: capacity,
            remainingInLastSegment: capacity - current, nonGSMCharacters: nonGSM, unitsPerPart: parts)
    }
}

/// The characters that forced UCS-2, each once (by code points: `á` and `a` + U+0301 are two), in order of
/// appearance; single scalars of the BMP are looked up in a bitmap.
private struct NonGSMCharacters {
    var inOrder: [String] = []
    private var seenBMP = [UInt64](repeating: 0, count: 0x10000 / 64)
    private var seenBeyondBMP: Set<UInt32> = []
    /// Clusters of several scalars, by their UTF-8.
    private var seen: Set<[UInt8]> = []

    mutating func insert(_ value: UInt32) {
        guard value <= 0xFFFF else {
            if seenBeyondBMP.insert(value).inserted { inOrder.append(String(Unicode.Scalar(value)!)) }
            return
        }
        let (word, bit) = (Int(value >> 6), UInt64(1) << (value & 63))
        guard seenBMP[word] & bit == 0 else { return }
        seenBMP[word] |= bit
        inOrder.append(String(Unicode.Scalar(value)!))
    }

    mutating func insert(_ character: Character) {
        let text = String(character)
        if seen.insert(Array(text.utf8)).inserted { inOrder.append(text) }
    }
}

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
/// never split across parts, so capacity can be lost at part boundaries. CR and LF count one unit each.
public enum SegmentCalculator {
    public static func analyze(_ text: String, capacities: SegmentCapacities = .standard) -> SegmentAnalysis {
        let clusters = atoms(of: text)
        var nonGSM: [String] = []
        var seen: Set<String> = []
        for cluster in clusters where cluster.unicodeScalars.contains(where: { GSM7.septets($0) == nil }) {
            if seen.insert(cluster).inserted { nonGSM.append(cluster) }
        }
        let encoding: SMSEncoding = nonGSM.isEmpty ? .gsm7 : .ucs2
        let costs = clusters.map { cluster in
            encoding == .gsm7 ? cluster.unicodeScalars.reduce(0) { $0 + (GSM7.septets($1) ?? 0) } : cluster.utf16.count
        }
        let units = costs.reduce(0, +)
        let single = encoding == .gsm7 ? capacities.gsm7Single : capacities.ucs2Single
        let part = encoding == .gsm7 ? capacities.gsm7Concatenated : capacities.ucs2Concatenated
        if units <= single {
            return SegmentAnalysis(
                encoding: encoding, units: units, unitName: encoding == .gsm7 ? "septets" : "UTF-16 units", segments: 1,
                unitsPerSegment: single, remainingInLastSegment: single - units, nonGSMCharacters: nonGSM, unitsPerPart: [units])
        }
        var parts: [Int] = [0]
        for cost in costs {
            // A cluster larger than a whole part (a long emoji sequence) has to be split at scalar boundaries.
            for piece in cost > part ? Array(repeating: 1, count: cost) : [cost] {
                if parts[parts.count - 1] + piece > part { parts.append(0) }
                parts[parts.count - 1] += piece
            }
        }
        return SegmentAnalysis(
            encoding: encoding, units: units, unitName: encoding == .gsm7 ? "septets" : "UTF-16 units", segments: parts.count,
            unitsPerSegment: part, remainingInLastSegment: part - parts[parts.count - 1], nonGSMCharacters: nonGSM, unitsPerPart: parts)
    }

    /// Grapheme clusters, except that CR LF counts as two characters, as gateways count it.
    static func atoms(of text: String) -> [String] {
        text.flatMap { character -> [String] in
            character == "\r\n" ? ["\r", "\n"] : [String(character)]
        }
    }
}

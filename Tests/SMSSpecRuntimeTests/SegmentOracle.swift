@testable import SMSSpecRuntime
@testable import SMSSpecVocabulary

/// The segment calculator as it was written first, kept as the oracle for `SegmentCalculator`: it works on
/// grapheme clusters (`Character`), the `Set`-based `GSM7.septets` and a `Set<String>` of seen characters, so it is
/// obviously right and about 15 times too slow. Two changes from that first version: a cluster larger than a whole
/// part is split at scalar boundaries (the comment always said so; the code split at UTF-16 units and so cut
/// surrogate pairs), and characters are listed once by their code points, not by `String`'s canonical equivalence
/// (`á` and `a` + U+0301 are different characters on the wire and both force UCS-2).
enum SegmentOracle {
    static func analyze(_ text: String, capacities: SegmentCapacities = .standard) -> SegmentAnalysis {
        let clusters = atoms(of: text)
        var nonGSM: [String] = []
        var seen: Set<[UInt8]> = []
        for cluster in clusters where cluster.unicodeScalars.contains(where: { GSM7.septets($0) == nil }) {
            if seen.insert(Array(cluster.utf8)).inserted { nonGSM.append(cluster) }
        }
        let encoding: SMSEncoding = nonGSM.isEmpty ? .gsm7 : .ucs2
        func cost(_ scalar: Unicode.Scalar) -> Int { encoding == .gsm7 ? GSM7.septets(scalar) ?? 0 : scalar.utf16.count }
        let costs = clusters.map { cluster in cluster.unicodeScalars.reduce(0) { $0 + cost($1) } }
        let units = costs.reduce(0, +)
        let single = encoding == .gsm7 ? capacities.gsm7Single : capacities.ucs2Single
        let part = encoding == .gsm7 ? capacities.gsm7Concatenated : capacities.ucs2Concatenated
        let unitName = encoding == .gsm7 ? "septets" : "UTF-16 units"
        if units <= single {
            return SegmentAnalysis(
                encoding: encoding, units: units, unitName: unitName, segments: 1, unitsPerSegment: single,
                remainingInLastSegment: single - units, nonGSMCharacters: nonGSM, unitsPerPart: [units])
        }
        var parts: [Int] = [0]
        for (cluster, clusterCost) in zip(clusters, costs) {
            // A cluster larger than a whole part is split at scalar boundaries; a scalar larger than a part, into units.
            let pieces = clusterCost > part
                ? cluster.unicodeScalars.flatMap { cost($0) > part ? Array(repeating: 1, count: cost($0)) : [cost($0)] }
                : [clusterCost]
            for piece in pieces {
                if parts[parts.count - 1] + piece > part { parts.append(0) }
                parts[parts.count - 1] += piece
            }
        }
        return SegmentAnalysis(
            encoding: encoding, units: units, unitName: unitName, segments: parts.count, unitsPerSegment: part,
            remainingInLastSegment: part - parts[parts.count - 1], nonGSMCharacters: nonGSM, unitsPerPart: parts)
    }

    /// Grapheme clusters, except that CR LF counts as two characters, as gateways count it.
    static func atoms(of text: String) -> [String] {
        text.flatMap { character -> [String] in character == "\r\n" ? ["\r", "\n"] : [String(character)] }
    }
}

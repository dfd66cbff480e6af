/// What the `maxSegments` rule finds wrong with a text: it takes more segments than allowed.
package struct SegmentOverflow: Sendable {
    /// `3`, or `more than 2` when the filled-in characters alone exceed what the segments hold (the text is then never
    /// built).
    package let count: String
    /// The analysis of the (filled-in) text, when it was built.
    package let analysis: SegmentAnalysis?
    /// ` with {#X} filled in (4 characters)`, when a placeholder was found and filled in; else empty.
    package let filled: String

    /// `takes 3 SMS with {#X} filled in (4 characters) (400 septets, GSM-7)`.
    package var summary: String {
        let units = analysis.map { " (\($0.units) \($0.unitName), \($0.encoding.rawValue))" } ?? ""
        return "takes \(count) SMS\(filled)\(units)"
    }
}

extension SegmentCalculator {
    /// The `maxSegments` rule, the one definition `validate()` and lint (a field's default) apply: nil when `text`
    /// fits in `max` segments after each `placeholder` is replaced by `substituteLength` characters.
    ///
    /// The length comes from the request itself, so it is bounded: a negative length fills in nothing (the length
    /// field's own minimum reports it), and a length that alone exceeds what `max` segments can hold is an overflow
    /// without the text ever being built.
    package static func overflow(
        of text: String, max: Int, capacities: SegmentCapacities, placeholder: String? = nil, substituteLength: Int = 0
    ) -> SegmentOverflow? {
        let fill = Swift.max(substituteLength, 0)
        // Found as the provider replaces it, code unit for code unit (`.literal`): `String.contains` compares characters,
        // and a mark combining with the placeholder's last character would hide it.
        let placeholder = placeholder.flatMap { !$0.isEmpty && text.range(of: $0, options: .literal) != nil ? $0 : nil }
        let filled = placeholder.map { " with \($0) filled in (\(substituteLength) characters)" } ?? ""
        var filledText = text
        if let placeholder {
            // Each filled-in character costs one unit in either encoding: past this many, `max` segments cannot hold them.
            let removed = text.replacingOccurrences(of: placeholder, with: "", options: .literal)
            let occurrences = (text.utf16.count - removed.utf16.count) / placeholder.utf16.count
            let (added, overflow) = fill.multipliedReportingOverflow(by: occurrences)
            guard !overflow, added <= capacities.largestUnits(inSegments: max) else {
                return SegmentOverflow(count: "more than \(max)", analysis: nil, filled: filled)
            }
            filledText = text.replacingOccurrences(of: placeholder, with: String(repeating: "0", count: fill), options: .literal)
        }
        let analysis = analyze(filledText, capacities: capacities)
        return analysis.segments > max ? SegmentOverflow(count: "\(analysis.segments)", analysis: analysis, filled: filled) : nil
    }
}

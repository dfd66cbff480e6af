/// "Did you mean" suggestions for misspelt keys and names.
public enum Suggestions {
    /// Longer words and longer lists get no suggestion, so that a hostile spec's thousands of unknown names
    /// cost linear time: each lookup is bounded by `maximumCandidates` × `maximumLength`².
    static let maximumCandidates = 1_000
    static let maximumLength = 64

    /// Words other formats and habits use for a term of ours, too far from it to be taken for a typo: `regex` for
    /// `pattern`, `failed` for `failure`, `integer` for `int`. Suggested only where the term is a candidate.
    static let synonyms: [String: String] = [
        "regex": "pattern", "regexp": "pattern",
        "retry": "retryable", "retriable": "retryable",
        "integer": "int", "number": "int", "boolean": "bool", "str": "string",
        "failed": "failure", "fail": "failure", "error": "failure", "succeeded": "success", "ok": "success", "queued": "pending",
        "description": "summary", "desc": "summary",
        "min": "minimum", "max": "maximum", "minlen": "minLength", "maxlen": "maxLength",
    ]

    /// The candidate closest to `word`, if it is close enough to be a plausible typo (or the term `word` is another
    /// format's word for, `synonyms`).
    public static func closest(to word: String, in candidates: [String]) -> String? {
        guard candidates.count <= maximumCandidates, word.utf8.count <= maximumLength else { return nil }
        let lowered = word.lowercased()
        if let term = synonyms[lowered], candidates.contains(term) { return term }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate.utf8.count <= maximumLength {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        // The beginning of one candidate alone, three letters or more (`http` for `httpStatus`, `len` for `lenient`): a
        // shortening, which only a one-edit typo beats (`len` is two edits from `in`).
        let extended = lowered.count >= 3 ? candidates.filter { $0.utf8.count <= maximumLength && $0.lowercased().hasPrefix(lowered) } : []
        if extended.count == 1, (best?.distance ?? .max) >= 2 { return extended[0] }
        // Fewer edits than the word has letters: two turned `x`, `qq` or `SG` into any two-letter name (`id`, `ID`).
        guard let best, best.distance <= max(2, word.count / 3), best.distance < word.count else { return nil }
        return best.candidate
    }

    /// " (did you mean 'x'?)", or nothing.
    public static func hint(for word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

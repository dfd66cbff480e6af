/// Counts the ways a pattern can match one same text, over whole sequences and not group by group.
///
/// Repetitions side by side that can match the same characters split a value among them in many ways:
/// `^a?a?…a?a{28}$` (28 `a?`) can give each `a` of a value to any `a?`, 2²⁸ ways, and ICU tries them all before it
/// finds the one that matches 28 `a`s (every `a?` empty) — past its time limit, so a valid value is refused. Two
/// groups each within the budget multiply the same way (`^(?:a?){16}(?:a?){16}a{32}$`). Where two parts meet is fixed
/// when the first one's open tail (what follows the last place the text fixes) has one length, or holds none of the
/// characters the next part starts with (`\d?\d?-\d?\d?`: the `-`); otherwise it can fall at as many places as the
/// fewer of their lengths. A sequence is read forwards and backwards (`([0-9]+,)*[0-9]+`: only backwards does the
/// `,` fix the meeting place), and the fewer ways count. Lookarounds and anchors count as matching nothing, a
/// backreference as any text; an atomic group or a possessive quantifier as one way (its body is counted alone).
extension NestedRepetition {
    /// The most ways a pattern may match one text; the group check allows as many.
    static let maximumWays = 100_000
    /// The most ways a text that fails may be tried (`Matching.isAmbiguous`): ICU tries 2,000,000 in about 0.2 s.
    static let maximumWaysToFail = 2_000_000

    /// Where a pattern can match one text in too many ways, as written, and whether their number grows with the square
    /// of the text's length or faster.
    struct AmbiguousRun: Equatable {
        var text: String
        var growsWithValue: Bool
        /// One text matches in few enough ways, but a text that fails is tried in too many (`Matching.isAmbiguous`).
        var onlyFailing = false

        init(text: String, growsWithValue: Bool, onlyFailing: Bool = false) {
            (self.text, self.growsWithValue, self.onlyFailing) = (text, growsWithValue, onlyFailing)
        }

        init(text: String, _ matching: Matching) {
            self.init(text: text, growsWithValue: matching.ways.degree > 1, onlyFailing: !matching.ways.isTooMany)
        }
    }

    /// The first sequence of `pattern` (innermost first) that can match one text in more than `maximumWays` ways, or
    /// in a number that grows with the text. Only for a pattern ICU compiled, as `firstUnsafeGroup`.
    /// The ways to match one text are judged first, so a run is named where those become too many where they do.
    static func firstAmbiguousRun(in pattern: String) -> AmbiguousRun? {
        var parser = Parser(Array(pattern.unicodeScalars))
        let root = parser.parseAlternatives()
        for judgingFailures in [false, true] {
            var counter = SplitCounter(scalars: parser.scalars, judgingFailures: judgingFailures)
            let whole = counter.matching(of: root)
            if counter.found == nil, whole.forward.isAmbiguous(judgingFailures: judgingFailures) {
                counter.found = AmbiguousRun(text: pattern, whole.forward)
            }
            if let found = counter.found { return found }
        }
        return nil
    }

    /// A number of ways: `count` × nᵈᵉᵍʳᵉᵉ, n the length of the text; `count` stops far above the budget.
    struct Ways: Comparable {
        var count: Int
        var degree = 0

        static let one = Ways(count: 1)
        static let ceiling = 1 << 40
        static let tooMany = Ways(count: ceiling, degree: 1)

        /// How many lengths from `minimum` to `maximum` (nil: no bound, as many as the text is long).
        static func lengths(_ minimum: Int, _ maximum: Int?) -> Ways {
            maximum.map { Ways(count: max($0 - minimum, 0) + 1) } ?? Ways(count: 1, degree: 1)
        }

        static func * (left: Ways, right: Ways) -> Ways {
            let (product, overflow) = left.count.multipliedReportingOverflow(by: right.count)
            return Ways(count: overflow ? ceiling : min(product, ceiling), degree: min(left.degree + right.degree, 1_000))
        }

        static func + (left: Ways, right: Ways) -> Ways {
            Ways(count: min(left.count + right.count, ceiling), degree: max(left.degree, right.degree))
        }

        static func < (left: Ways, right: Ways) -> Bool { (left.degree, left.count) < (right.degree, right.count) }

        /// More than the budget, or a number growing with the square of the text's length or faster: one that grows
        /// with the length (`^.*\S.*$`, `^[^@]+@[^@]+\.[^@]+$`: where the one `\S` or `.` falls) is the linear work
        /// of many real patterns, at most quadratic time for a value of the lengths a message has.
        var isTooMany: Bool { degree > 1 || count > NestedRepetition.maximumWays }
    }

    /// What a part of a pattern can match, read in one direction (backwards, `first` holds the last characters).
    struct Matching {
        /// The most ways it can match one text.
        var ways = Ways.one
        var minimumLength = 0
        var maximumLength: Int? = 0
        var first = CharacterSet()
        var characters = CharacterSet()
        /// What its open tail can hold, and how many lengths the tail has: the tail is what follows the last place
        /// the text fixes, so it is where a match of this part can end.
        var open = CharacterSet()
        var openLengths = Ways.one

        /// Too many ways to match one text, or (`judgingFailures`) to try one that fails: each way of matching one
        /// text at every length the open tail can end at, so what follows is tried after each
        /// (`^a{0,45}a{0,45}a{0,45}a{0,45}a{180}$` splits one text 46³ ways, but ICU tries all 46⁴ lengths of the four,
        /// half a second, before 181 `a`s fail). A tail of more lengths than `manyLengths` counts as that many (a value
        /// is rarely longer), one whose lengths grow with the text's (`.*`) once, as the text's length does in
        /// `Ways.isTooMany`. The tail's lengths add up across its parts where the tries multiply, so this errs towards
        /// refusing (`^.{0,100}.{0,100}.{0,100}$`).
        func isAmbiguous(judgingFailures: Bool) -> Bool {
            guard judgingFailures else { return ways.isTooMany }
            let lengths = openLengths.degree > 0 ? 1 : min(openLengths.count, Self.manyLengths)
            return ways.isTooMany || (ways * Ways(count: lengths)).count > NestedRepetition.maximumWaysToFail
        }

        static let manyLengths = 2_000

        var nullable: Bool { minimumLength == 0 }
        var lengths: Ways { .lengths(minimumLength, maximumLength) }

        static func character(_ set: CharacterSet) -> Matching {
            Matching(minimumLength: 1, maximumLength: 1, first: set, characters: set, open: set)
        }

        static let reference = Matching(
            maximumLength: nil, first: .anything, characters: .anything, open: .anything, openLengths: .lengths(0, nil))

        /// One way, its end fixed by its start: an atomic group's or a possessive quantifier's.
        var committed: Matching {
            var result = self
            (result.ways, result.open, result.openLengths) = (.one, CharacterSet(), .one)
            return result
        }

        func followed(by next: Matching) -> Matching {
            let meetingFixed = openLengths == .one || next.first.isDisjoint(with: open)
            var result = self
            result.ways = meetingFixed ? ways * next.ways : ways * next.ways * min(openLengths, next.lengths)
            result.minimumLength = Self.capped(minimumLength + next.minimumLength)
            result.maximumLength = maximumLength.flatMap { length in next.maximumLength.map { Self.capped(length + $0) } }
            if nullable { result.first.formUnion(next.first) }
            result.characters.formUnion(next.characters)
            if meetingFixed, !next.nullable {
                (result.open, result.openLengths) = (next.open, next.openLengths)
            } else if meetingFixed, openLengths == .one {
                // The next part may be empty: the tail is all of it, unless its start fixes its end (`a?+`).
                (result.open, result.openLengths) = next.openLengths == .one ? (next.open, .one) : (next.characters, next.lengths)
            } else {
                (result.open, result.openLengths) = (open.union(next.characters), openLengths + next.lengths)
            }
            return result
        }

        /// Alternatives: their ways add up, unless each starts apart from the others and the text's next
        /// character picks one.
        static func either(_ branches: [Matching]) -> Matching {
            guard var result = branches.first else { return Matching() }
            var apart = !result.nullable
            var (total, tails) = (result.ways, result.openLengths)
            for branch in branches.dropFirst() {
                apart = apart && !branch.nullable && branch.first.isDisjoint(with: result.first)
                (total, tails) = (total + branch.ways, tails + branch.openLengths)
                result.ways = max(result.ways, branch.ways)
                result.openLengths = max(result.openLengths, branch.openLengths)
                result.minimumLength = min(result.minimumLength, branch.minimumLength)
                result.maximumLength = result.maximumLength.flatMap { length in branch.maximumLength.map { max(length, $0) } }
                result.first.formUnion(branch.first)
                result.characters.formUnion(branch.characters)
                result.open.formUnion(branch.open)
            }
            if !apart { (result.ways, result.openLengths) = (total, tails) }
            return result
        }

        /// This part repeated `minimum` to `maximum` times. Repetitions of one way each whose ends the text fixes
        /// (of one length, or each tail apart from what starts the next) are one way; others are counted one
        /// number of repetitions at a time, up to 64 (the group check refuses more).
        func repeated(minimum: Int, maximum: Int?) -> Matching {
            if minimum == 1, maximum == 1 { return self }
            guard maximum.map({ $0 > 0 && $0 >= minimum }) ?? true else { return Matching() }
            var result = self
            result.minimumLength = Self.capped(minimumLength * min(minimum, 1_000_000))
            result.maximumLength = maximumLength == 0 ? 0 : maximum.flatMap { count in maximumLength.map { Self.capped($0 * count) } }
            (result.open, result.openLengths) = (characters, result.lengths)
            let fixedLength = minimumLength == maximumLength
            if ways == .one, fixedLength || (!nullable && (openLengths == .one || first.isDisjoint(with: open))) {
                result.ways = .one
                if fixedLength {
                    result.openLengths = .lengths(minimum, maximum)
                } else if minimum == maximum {
                    (result.open, result.openLengths) = (open, openLengths)
                }
                return result
            }
            guard let maximum, maximum <= 64 else {
                result.ways = .tooMany
                return result
            }
            var sequence = Matching()
            result.ways = Ways(count: minimum == 0 ? 1 : 0)
            for count in 1...maximum {
                sequence = sequence.followed(by: self)
                if count >= minimum { result.ways = result.ways + sequence.ways }
            }
            if minimum == maximum { (result.open, result.openLengths) = (sequence.open, sequence.openLengths) }
            return result
        }

        static func capped(_ length: Int) -> Int { min(length, 1_000_000_000) }
    }

    /// A part read forwards and backwards; both count the ways of the same texts, so the fewer hold for both.
    struct BothWays {
        var forward: Matching
        var backward: Matching

        init(forward: Matching, backward: Matching) {
            let ways = min(forward.ways, backward.ways)
            (self.forward, self.backward) = (forward, backward)
            (self.forward.ways, self.backward.ways) = (ways, ways)
        }

        init(_ both: Matching) { self.init(forward: both, backward: both) }

        func map(_ transform: (Matching) -> Matching) -> BothWays {
            BothWays(forward: transform(forward), backward: transform(backward))
        }
    }

    struct SplitCounter {
        let scalars: [Unicode.Scalar]
        let judgingFailures: Bool
        var found: AmbiguousRun?

        mutating func matching(of alternatives: Alternatives) -> BothWays {
            let branches = alternatives.branches.map { matching(of: $0) }
            return BothWays(forward: .either(branches.map(\.forward)), backward: .either(branches.map(\.backward)))
        }

        mutating func matching(of branch: [Item]) -> BothWays {
            let parts = branch.compactMap { item in matching(of: item).map { (item, $0) } }
            let forward = parts.reduce(Matching()) { $0.followed(by: $1.1.forward) }
            let backward = parts.reversed().reduce(Matching()) { $0.followed(by: $1.1.backward) }
            let both = BothWays(forward: forward, backward: backward)
            // A failing text is tried at every length of each prefix's tail, which a later part may fix (`a{0,9}a{0,9}-`).
            if found == nil, judgingFailures || both.forward.isAmbiguous(judgingFailures: false) { found = firstRun(in: parts) }
            return both
        }

        /// Nil for what matches no text: an anchor, a lookaround (whose body is counted alone).
        mutating func matching(of item: Item) -> BothWays? {
            let atom: BothWays
            switch item.atom {
            case .empty: return nil
            case .lookaround(let body):
                _ = matching(of: body)
                return nil
            case .characters(let set): atom = BothWays(.character(set))
            case .reference: atom = BothWays(.reference)
            case .group(let body, _, _, let atomic):
                let inner = matching(of: body)
                atom = atomic ? inner.map(\.committed) : inner
            }
            let repeated = atom.map { $0.repeated(minimum: item.minimum, maximum: item.maximum) }
            return item.possessive ? repeated.map(\.committed) : repeated
        }

        /// The parts of a sequence from where its ways began to multiply to where they became too many, read forwards.
        func firstRun(in parts: [(Item, BothWays)]) -> AmbiguousRun? {
            var sequence = Matching()
            var (tailStart, runStart): (Int, Int?) = (0, nil)
            for (index, (_, part)) in parts.enumerated() {
                let next = part.forward
                let before = sequence
                sequence = sequence.followed(by: next)
                if runStart == nil, sequence.ways > before.ways {
                    runStart = next.ways > .one ? index : tailStart
                }
                if before.openLengths == .one || next.first.isDisjoint(with: before.open), !next.nullable || before.openLengths == .one {
                    tailStart = index
                }
                if sequence.isAmbiguous(judgingFailures: judgingFailures), let runStart {
                    var text = String.UnicodeScalarView()
                    text.append(contentsOf: scalars[parts[runStart].0.start..<min(parts[index].0.end, scalars.count)])
                    return AmbiguousRun(text: String(text), sequence)
                }
            }
            return nil
        }
    }
}

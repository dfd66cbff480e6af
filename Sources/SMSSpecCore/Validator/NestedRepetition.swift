/// Finds the repetitions in a spec's regular expression that make ICU backtrack exponentially.
///
/// ICU matches by backtracking. A group that repeats (`*`, `+`, `{n,}`, `{n,m}` with m > 1) and whose body can
/// itself match text of more than one length (an inner repetition, an alternation: `(a+)+`, `(a*)*`, `(a|a)+`,
/// `(\w+\s?)+`) can split one run of text into its repetitions in exponentially many ways, and ICU tries them all
/// before it says "no match": `^(a+)+$` against 25 `a`s and a `!` takes ICU's whole time limit (about 0.8 s here),
/// after which it reports no match — a value that might match is refused. Such a group is safe when each repetition
/// starts with a character that nothing else in its body can match (`(,[0-9]+)*`, `(%[^%]*)*`): the text then
/// says where each repetition begins; so is one whose repetitions each end with such a character (`([0-9]+,)*`),
/// one of fixed-length alternatives that start apart (`(a|b)+`, `(foo|bar)+`), and one repeated a few times over a
/// short body (`([0-9]{1,3}\.){3}`: at most 4³ ways). Possessive quantifiers (`a++`, `(…)*+`) and atomic groups (`(?>…)`) never
/// backtrack into what they matched, so they are safe too. The scan is linear in the pattern and conservative: what
/// it cannot read (a class with set operations, an escape it does not know) counts as matching anything.
enum NestedRepetition {
    /// The first group of `pattern` that repeats a body of varying length without a separator, as written. Only for
    /// a pattern ICU compiled: the parser recurses once per group, and ICU refuses groups nested 100 deep.
    static func firstUnsafeGroup(in pattern: String) -> String? {
        var parser = Parser(Array(pattern.unicodeScalars))
        let root = parser.parseAlternatives()
        return root.firstUnsafe(in: parser.scalars)
    }

    /// The characters one atom can match: ASCII as a bit set, everything beyond in three kinds (decimal digits,
    /// white space, the rest), so that `\s` and `\d` stay apart.
    struct CharacterSet: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var beyondASCII: UInt8 = 0

        static let beyondDigits: UInt8 = 1, beyondSpaces: UInt8 = 2, beyondOther: UInt8 = 4, beyondAll: UInt8 = 7
        static let anything = CharacterSet(low: .max, high: .max, beyondASCII: beyondAll)

        init(low: UInt64 = 0, high: UInt64 = 0, beyondASCII: UInt8 = 0) {
            self.low = low
            self.high = high
            self.beyondASCII = beyondASCII
        }

        init(_ scalar: Unicode.Scalar, caseless: Bool) {
            insert(scalar)
            guard caseless else { return }
            if scalar.isASCII {
                if let other = Self.otherCase(scalar) { insert(other) }
                // Caseless, k matches the Kelvin sign (U+212A) and s the long s (U+017F): both fold to them.
                if "kKsS".unicodeScalars.contains(scalar) { beyondASCII |= Self.beyondOther }
            } else {
                // A letter beyond ASCII whose case mapping is an ASCII letter (U+212A to k, U+017F to S, U+0131 to I).
                for mapping in [scalar.properties.lowercaseMapping, scalar.properties.uppercaseMapping] {
                    guard mapping.unicodeScalars.count == 1, let mapped = mapping.unicodeScalars.first, mapped.isASCII else { continue }
                    insert(mapped)
                    if let other = Self.otherCase(mapped) { insert(other) }
                }
            }
        }

        mutating func insert(_ scalar: Unicode.Scalar) {
            let value = scalar.value
            if value < 64 {
                low |= 1 << UInt64(value)
            } else if value < 128 {
                high |= 1 << UInt64(value - 64)
            } else if scalar.properties.numericType == .decimal {
                beyondASCII |= Self.beyondDigits
            } else if scalar.properties.isWhitespace {
                beyondASCII |= Self.beyondSpaces
            } else {
                beyondASCII |= Self.beyondOther
            }
        }

        mutating func formUnion(_ other: CharacterSet) {
            low |= other.low
            high |= other.high
            beyondASCII |= other.beyondASCII
        }

        func isDisjoint(with other: CharacterSet) -> Bool {
            low & other.low == 0 && high & other.high == 0 && beyondASCII & other.beyondASCII == 0
        }

        /// Everything else; what lies beyond ASCII stays possible (the set is coarse there).
        var inverted: CharacterSet { CharacterSet(low: ~low, high: ~high, beyondASCII: Self.beyondAll) }

        /// The complement of a caseless class: whether ICU closes it over case before or after complementing
        /// (`(?i)[^A]` may match `a` and `A`), every letter it leaves out stays possible.
        var invertedCaseless: CharacterSet {
            var result = inverted
            let letters = CharacterSet.range("a", "z", caseless: true)
            result.low |= low & letters.low
            result.high |= high & letters.high
            return result
        }

        static func range(_ from: Unicode.Scalar, _ to: Unicode.Scalar, caseless: Bool) -> CharacterSet {
            guard from.value <= to.value else { return .anything }
            var set = CharacterSet()
            // A range wholly beyond ASCII (à-ÿ) has no ASCII part.
            for value in from.value..<max(from.value, min(to.value + 1, 128)) {
                set.formUnion(CharacterSet(Unicode.Scalar(value)!, caseless: caseless))
            }
            if to.value > 127 {
                set.beyondASCII = Self.beyondAll
                // The Kelvin sign and the long s match k and s caseless.
                if caseless { for letter in "kKsS".unicodeScalars { set.insert(letter) } }
            }
            return set
        }

        static func otherCase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
            switch scalar.value {
            case 65...90: Unicode.Scalar(scalar.value + 32)
            case 97...122: Unicode.Scalar(scalar.value - 32)
            default: nil
            }
        }
    }

    /// One element of a sequence: a character, a group, or something that matches no text (`^`, `\b`, a lookaround).
    indirect enum Atom {
        case characters(CharacterSet)
        case group(Alternatives, start: Int, end: Int, atomic: Bool)
        case lookaround(Alternatives)
        /// A backreference (`\1`, `\k<name>`): the text a group captured, of any length.
        case reference
        case empty
    }

    struct Item {
        var atom: Atom
        var minimum = 1
        var maximum: Int? = 1
        var possessive = false
        /// Where the item stands in the pattern, its quantifier included.
        var start = 0
        var end = 0

        var varies: Bool { !possessive && minimum != maximum }
    }

    struct Alternatives {
        var branches: [[Item]] = [[]]

        /// Whether some match of these alternatives can have more than one length or split in more than one way.
        var varies: Bool {
            branches.count > 1 || branches.contains { branch in
                branch.contains { item in
                    if item.varies { return true }
                    if case .group(let body, _, _, let atomic) = item.atom { return !atomic && body.varies }
                    return false
                }
            }
        }

        /// Every set of characters something in these alternatives can match, lookarounds aside.
        func characterSets(into sets: inout [CharacterSet]) {
            for branch in branches {
                for item in branch {
                    switch item.atom {
                    case .characters(let set): sets.append(set)
                    case .reference: sets.append(.anything)
                    case .group(let body, _, _, _): body.characterSets(into: &sets)
                    case .lookaround, .empty: break
                    }
                }
            }
        }

        /// Each repetition starts with one fixed character set that nothing after it in the body can match.
        var startsWithSeparator: Bool {
            guard branches.count == 1 else { return false }
            let items = branches[0].drop { if case .empty = $0.atom { true } else { false } }
            guard let first = items.first, case .characters(let separator) = first.atom, first.minimum >= 1, !first.varies else {
                return false
            }
            var rest: [CharacterSet] = []
            Alternatives(branches: [Array(items.dropFirst())]).characterSets(into: &rest)
            return rest.allSatisfy { $0.isDisjoint(with: separator) }
        }

        /// Each repetition ends with one fixed character set that nothing before it in the body can match: the text
        /// then says where each repetition ends (`([0-9]+,)*`, `(\w+ )*`).
        var endsWithSeparator: Bool {
            guard branches.count == 1 else { return false }
            let items = branches[0].reversed().drop { if case .empty = $0.atom { true } else { false } }
            guard let last = items.first, case .characters(let separator) = last.atom, last.minimum >= 1, !last.varies else {
                return false
            }
            var rest: [CharacterSet] = []
            Alternatives(branches: [Array(items.dropFirst().reversed())]).characterSets(into: &rest)
            return rest.allSatisfy { $0.isDisjoint(with: separator) }
        }

        /// Alternatives of one fixed length each whose first characters are apart (`(a|b)`, `(foo|bar)`): the text's
        /// next character picks the alternative, and its length where the repetition ends.
        var hasDisjointFixedBranches: Bool {
            guard branches.count > 1 else { return false }
            var firsts: [CharacterSet] = []
            for branch in branches {
                guard !Alternatives(branches: [branch]).varies,
                    let first = branch.first(where: { if case .empty = $0.atom { false } else { true } }),
                    case .characters(let set) = first.atom, first.minimum >= 1,
                    firsts.allSatisfy({ $0.isDisjoint(with: set) })
                else { return false }
                firsts.append(set)
            }
            return true
        }

        /// The longest text these alternatives can match; nil when a repetition inside has no bound.
        var maximumLength: Int? {
            var longest = 0
            for branch in branches {
                var length = 0
                for item in branch {
                    let atom: Int?
                    switch item.atom {
                    case .characters: atom = 1
                    case .reference: atom = nil
                    case .group(let body, _, _, _): atom = body.maximumLength
                    case .lookaround, .empty: atom = 0
                    }
                    guard let atom, let count = item.maximum else { return nil }
                    length = min(length + atom * min(count, 1_000_000), 1_000_000_000)
                }
                longest = max(longest, length)
            }
            return longest
        }

        /// A repetition of at most `count` whose body is at most `maximumLength` long can split a value in at most
        /// length^count ways (`([0-9]{1,3}\.){3}`: 64): few enough to try.
        func isBoundedRepetition(count: Int?) -> Bool {
            guard let count, count <= 16, let length = maximumLength, length > 0 else { return false }
            var ways = 1
            for _ in 0..<count {
                ways *= length
                if ways > 100_000 { return false }
            }
            return true
        }

        func firstUnsafe(in scalars: [Unicode.Scalar]) -> String? {
            for branch in branches {
                for item in branch {
                    switch item.atom {
                    case .group(let body, let start, let end, let atomic):
                        let repeats = item.maximum.map { $0 > 1 } ?? true
                        if repeats, !item.possessive, !atomic, body.varies, !body.startsWithSeparator, !body.endsWithSeparator,
                            !body.hasDisjointFixedBranches, !body.isBoundedRepetition(count: item.maximum)
                        {
                            var text = String.UnicodeScalarView()
                            text.append(contentsOf: scalars[start..<min(end, scalars.count)])
                            return String(text)
                        }
                        if let inner = body.firstUnsafe(in: scalars) { return inner }
                    case .lookaround(let body):
                        if let inner = body.firstUnsafe(in: scalars) { return inner }
                    case .characters, .reference, .empty: break
                    }
                }
            }
            return nil
        }
    }

    struct Parser {
        let scalars: [Unicode.Scalar]
        var index = 0
        /// The flags in force where the parser stands, as ICU scopes them: `(?i)` and `(?x-i)` set them for the rest
        /// of the enclosing group, `(?i:…)` for its body; `(?x)` makes white space and `#` comments no part of the
        /// pattern. A `(?x` inside a class or a `\Q…\E` quote sets nothing.
        var caseless = false
        var extended = false

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func parseAlternatives() -> Alternatives {
            var result = Alternatives()
            while let scalar = current, scalar != ")" {
                if scalar == "|" {
                    index += 1
                    result.branches.append([])
                    continue
                }
                if skipIgnored() { continue }
                let start = index
                var item = Item(atom: parseAtom(start: start), start: start)
                parseQuantifier(into: &item)
                item.end = index
                result.branches[result.branches.count - 1].append(item)
            }
            return result
        }

        /// Skips white space and a `#` comment where `(?x)` is on; whether it skipped anything.
        mutating func skipIgnored() -> Bool {
            guard extended else { return false }
            let start = index
            while let scalar = current {
                if scalar.properties.isWhitespace {
                    index += 1
                } else if scalar == "#" {
                    while let next = current, next != "\n" { index += 1 }
                } else {
                    break
                }
            }
            return index > start
        }

        mutating func parseAtom(start: Int) -> Atom {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "(": return parseGroup(start: start)
            case "[": return .characters(parseClass())
            case "\\": return parseEscape()
            case ".": return .characters(.anything)
            case "^", "$": return .empty
            default: return .characters(CharacterSet(scalar, caseless: caseless))
            }
        }

        mutating func parseGroup(start: Int) -> Atom {
            // Flags set inside a group end with it.
            let flags = (caseless, extended)
            var atomic = false
            var lookaround = false
            if current == "?" {
                index += 1
                switch current {
                case ":": index += 1
                case ">":
                    atomic = true
                    index += 1
                case "=", "!":
                    lookaround = true
                    index += 1
                case "#":
                    while let next = current, next != ")" { index += 1 }
                    index += 1
                    return .empty
                case "<":
                    index += 1
                    if current == "=" || current == "!" {
                        lookaround = true
                        index += 1
                    } else {
                        while let next = current, next != ">" { index += 1 }
                        index += 1
                    }
                default:
                    // Flags: (?i) sets them for what follows (read as a group that matches nothing), (?i:…) is a group.
                    var on = true
                    while let next = current, next.properties.isAlphabetic || next == "-" {
                        switch next {
                        case "-": on = false
                        case "i": caseless = on
                        case "x": extended = on
                        default: break
                        }
                        index += 1
                    }
                    if current == ")" {
                        // They hold for the rest of the enclosing group.
                        index += 1
                        return .empty
                    }
                    index += 1
                }
            }
            let body = parseAlternatives()
            (caseless, extended) = flags
            index += 1
            return lookaround ? .lookaround(body) : .group(body, start: start, end: index, atomic: atomic)
        }

        mutating func parseEscape() -> Atom {
            guard let scalar = current else { return .characters(.anything) }
            index += 1
            switch scalar {
            case "b", "B", "A", "z", "Z", "G": return .empty
            case "d": return .characters(Self.digits)
            case "w": return .characters(Self.word)
            case "s": return .characters(Self.space)
            case "n": return .characters(CharacterSet("\n", caseless: false))
            case "t": return .characters(CharacterSet("\t", caseless: false))
            case "r": return .characters(CharacterSet("\r", caseless: false))
            case "1"..."9":
                while let next = current, ("0"..."9").contains(next) { index += 1 }
                return .reference
            case "k" where current == "<":
                while let next = current, next != ">" { index += 1 }
                index += 1
                return .reference
            case "Q":
                var set = CharacterSet()
                var count = 0
                while index < scalars.count, !(scalars[index] == "\\" && index + 1 < scalars.count && scalars[index + 1] == "E") {
                    set.formUnion(CharacterSet(scalars[index], caseless: caseless))
                    index += 1
                    count += 1
                }
                index += 2
                // A quoted run matches one fixed text: read as one character of its characters (first ones decide).
                return count == 0 ? .empty : .characters(set)
            case "p", "P", "N", "x", "u", "U":
                if current == "{" {
                    while let next = current, next != "}" { index += 1 }
                    index += 1
                }
                return .characters(.anything)
            default:
                return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    ? .characters(.anything) : .characters(CharacterSet(scalar, caseless: caseless))
            }
        }

        /// A bracket expression; set operations, nested sets and POSIX classes count as matching anything.
        mutating func parseClass() -> CharacterSet {
            var inverted = false
            if current == "^" {
                inverted = true
                index += 1
            }
            var set = CharacterSet()
            var unreadable = false
            var depth = 0
            var first = true
            var previous: Unicode.Scalar?
            while let scalar = current {
                index += 1
                defer { first = false }
                switch scalar {
                case "]" where depth == 0 && !first:
                    return unreadable ? .anything : inverted ? caseless ? set.invertedCaseless : set.inverted : set
                case "]":
                    if depth > 0 { depth -= 1 } else { set.insert(scalar) }
                    previous = nil
                case "[":
                    depth += 1
                    unreadable = true
                case "\\":
                    guard let escaped = current else { return .anything }
                    index += 1
                    switch escaped {
                    case "d": set.formUnion(Self.digits)
                    case "w": set.formUnion(Self.word)
                    case "s": set.formUnion(Self.space)
                    case "n": set.insert("\n")
                    case "t": set.insert("\t")
                    case "r": set.insert("\r")
                    default:
                        if escaped.properties.isAlphabetic || escaped.properties.numericType != nil {
                            unreadable = true
                        } else {
                            set.formUnion(CharacterSet(escaped, caseless: caseless))
                        }
                    }
                    previous = escaped.properties.isAlphabetic ? nil : escaped
                    continue
                case "-" where previous != nil && current != nil && current != "]":
                    var upper = scalars[index]
                    index += 1
                    if upper == "\\", let escaped = current {
                        upper = escaped
                        index += 1
                    }
                    set.formUnion(.range(previous!, upper, caseless: caseless))
                    previous = nil
                    continue
                case "&":
                    if current == "&" { unreadable = true }
                    set.insert(scalar)
                default:
                    set.formUnion(CharacterSet(scalar, caseless: caseless))
                }
                previous = scalar
            }
            return .anything
        }

        mutating func parseQuantifier(into item: inout Item) {
            // Under (?x), `a +` is `a+`.
            _ = skipIgnored()
            guard let scalar = current else { return }
            switch scalar {
            case "*": (item.minimum, item.maximum) = (0, nil)
            case "+": (item.minimum, item.maximum) = (1, nil)
            case "?": (item.minimum, item.maximum) = (0, 1)
            case "{":
                var cursor = index + 1
                func number() -> Int? {
                    var value: Int?
                    while cursor < scalars.count, let digit = scalars[cursor].properties.numericType != nil ? Int(String(scalars[cursor])) : nil {
                        value = min((value ?? 0) * 10 + digit, 1_000_000)
                        cursor += 1
                    }
                    return value
                }
                guard let low = number() else { return }
                var high: Int? = low
                if cursor < scalars.count, scalars[cursor] == "," {
                    cursor += 1
                    high = number()
                }
                guard cursor < scalars.count, scalars[cursor] == "}" else { return }
                (item.minimum, item.maximum) = (low, high)
                index = cursor
            default: return
            }
            index += 1
            if current == "+" {
                item.possessive = true
                index += 1
            } else if current == "?" {
                index += 1
            }
        }

        static let digits = CharacterSet.range("0", "9", caseless: false).with(beyondASCII: CharacterSet.beyondDigits)
        static let word = CharacterSet.range("a", "z", caseless: true).union(.range("0", "9", caseless: false))
            .union(CharacterSet("_", caseless: false)).with(beyondASCII: CharacterSet.beyondDigits | CharacterSet.beyondOther)
        static let space: CharacterSet = {
            var set = CharacterSet(beyondASCII: CharacterSet.beyondSpaces)
            for scalar in [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"] as [Unicode.Scalar] { set.insert(scalar) }
            return set
        }()
    }
}

extension NestedRepetition.CharacterSet {
    func union(_ other: Self) -> Self {
        var result = self
        result.formUnion(other)
        return result
    }

    func with(beyondASCII: UInt8) -> Self {
        var result = self
        result.beyondASCII = beyondASCII
        return result
    }
}

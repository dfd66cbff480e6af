import Foundation
import SMSSpecRuntime

/// Fresh ids for answers and callbacks: deterministic for a seed, shaped like the example they replace.
public final class IdentifierSource: @unchecked Sendable {  // State guarded by `lock`.
    private var state: UInt64
    private let lock = NSLock()

    /// With a seed, every run of the same requests gives the same ids; without one, ids differ per run.
    public init(seed: UInt64? = nil) {
        state = seed ?? UInt64.random(in: .min ... .max)
    }

    /// SplitMix64.
    private func next() -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A positive integer id (the sandbox's integer ids stay below 10⁹, within every `Int` field).
    public func number() -> Int64 { Int64(next() % 900_000_000) + 100_000_000 }

    /// A text id in the style of `example`: a UUID, digits or hex of the same length (8 at least, so ids do not
    /// collide), hex after the example's prefix of capitals (Twilio's `SM` and 32 hex digits: it was a UUID, which a
    /// request field's pattern, `^CH[0-9a-f]{32}$`, refuses when sent back), each part of an id with dashes or `_` so
    /// shaped, its leading word kept (`msg_…`, `mdr2-…`); a path's last part so, the path before it kept; any other example's shape position by position, a capital for a
    /// capital, a lowercase letter for one, a digit for a digit, other characters kept (smsmode's `OtbR4Tcp4j9Z`:
    /// it was a UUID), when that leaves 8 fresh characters at least; a UUID by default. With the field's `pattern`, an
    /// id it matches: the example's form when that does, else one written from the pattern (its literal prefix, then
    /// its classes). Never the example itself.
    public func text(like example: String?, pattern: String? = nil) -> String {
        var drawn = draw(like: example, pattern: pattern)
        // A fresh id is not the example's (a draw that happens to be it, or a pattern's one value, is drawn again).
        for _ in 0..<8 where drawn == example { drawn = draw(like: example, pattern: pattern) }
        return drawn
    }

    private func draw(like example: String?, pattern: String?) -> String {
        let shaped = shapedText(like: example)
        guard let pattern, !pattern.isEmpty, !Patterns.matches(shaped, pattern) else { return shaped }
        let lowercase = example.map { $0.contains(where: \.isLowercase) && !$0.contains(where: \.isUppercase) } ?? false
        if let written = PatternWriter(pattern)?.write(lowercase: lowercase, next: next), Patterns.matches(written, pattern) { return written }
        return shaped
    }

    /// A text id in the style of `example`, as `text(like:pattern:)` without a pattern.
    public func text(like example: String?) -> String { text(like: example, pattern: nil) }

    private func shapedText(like example: String?) -> String {
        let example = example ?? ""
        // The example's prefix of capitals: the whole run of capitals before hex (Twilio's `VE` of `VE5b0a…`, which
        // lost its `E`, a hex digit; `AC5b0a…`, whose prefix is all hex digits, lost it all). Before lowercase hex the
        // run is the prefix whatever its letters; before hex of capitals, only a run holding a letter no hex digit is
        // (`ABCDEF0123…` is all hex).
        let capitals = example.prefix { $0.isASCII && $0.isUppercase && $0.isLetter }
        if !capitals.isEmpty, capitals.count <= 6 {
            let rest = example.dropFirst(capitals.count)
            let restIsHex = rest.count >= 8 && rest.allSatisfy(\.isHexDigit)
            if restIsHex, rest.contains(where: \.isLowercase) {
                return String(capitals) + shapedText(like: String(rest))
            }
            if restIsHex, capitals.contains(where: { !$0.isHexDigit }) {
                return String(capitals) + shapedText(like: String(rest))
            }
        }
        // A path (LOX24's `@id` `/sms/<uuid>`) keeps its literal path, its last part an id of its own form: it was
        // written position by position, `/wct/…-76aq-…`, neither the path nor a UUID.
        if example.count <= 256, let slash = example.lastIndex(of: "/"), example.index(after: slash) != example.endIndex,
            example[example.index(after: slash)...].count >= 8
        {
            return String(example[...slash]) + shapedText(like: String(example[example.index(after: slash)...]))
        }
        let length = max(example.count, 8)
        if !example.isEmpty, example.count <= 40, example.allSatisfy(\.isNumber) {
            return String((0..<length).map { index in
                Character(String(index == 0 ? 1 + next() % 9 : next() % 10))
            })
        }
        let isUUID = example.count == 36 && example.filter { $0 == "-" }.count == 4
        if !example.isEmpty, !isUUID, example.count <= 40, example.allSatisfy(\.isHexDigit) {
            let digits = Array(example.contains(where: \.isLowercase) ? "0123456789abcdef" : "0123456789ABCDEF")
            return String((0..<length).map { _ in digits[Int(next() % 16)] })
        }
        if !isUUID, let parted = parts(of: example) { return parted }
        if !isUUID, let classed = classes(of: example) { return classed }
        let bytes = (0..<16).map { _ in UInt8(truncatingIfNeeded: next()) }
        var uuid = bytes
        uuid[6] = (uuid[6] & 0x0F) | 0x40
        uuid[8] = (uuid[8] & 0x3F) | 0x80
        let text = UUID(uuid: (uuid[0], uuid[1], uuid[2], uuid[3], uuid[4], uuid[5], uuid[6], uuid[7], uuid[8], uuid[9], uuid[10], uuid[11], uuid[12], uuid[13], uuid[14], uuid[15])).uuidString
        return example.contains(where: \.isUppercase) ? text : text.lowercased()
    }

    /// An id of another form in its shape, position by position (smsmode's `OtbR4Tcp4j9Z`, 12 capitals, lowercase
    /// letters and digits): an ASCII capital for a capital, a lowercase letter for a lowercase one, a digit for a digit,
    /// any other character kept (hex letters for hex), a leading word of letters before `-` or `_` kept (`msg_…`); nil for more than 256
    /// characters, or fewer than 8 fresh ones, which would collide.
    private func classes(of example: String) -> String? {
        guard example.count <= 256 else { return nil }
        let characters = Array(example)
        var kept = 0
        if let separator = characters.firstIndex(where: { $0 == "-" || $0 == "_" }), Self.isLeadingWord(characters[..<separator]) {
            kept = separator + 1
        }
        // Hex stays hex (a hash-like id longer than the hex ids above).
        let isHex = characters[kept...].allSatisfy(\.isHexDigit)
        let capitals = Array(isHex ? "ABCDEF" : "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), lowercase = Array(isHex ? "abcdef" : "abcdefghijklmnopqrstuvwxyz")
        var fresh = 0
        var text = String(characters[..<kept])
        for index in kept..<characters.count {
            let character = characters[index]
            guard character.isASCII else { text.append(character); continue }
            if character.isUppercase {
                text.append(capitals[Int(next() % UInt64(capitals.count))])
            } else if character.isLowercase {
                text.append(lowercase[Int(next() % UInt64(lowercase.count))])
            } else if character.isNumber {
                text.append(Character(String(next() % 10)))
            } else {
                text.append(character)
                continue
            }
            fresh += 1
        }
        return fresh >= 8 ? text : nil
    }

    /// Whether an id's first part, before `-` or `_`, is a word naming its kind, kept in a fresh id: letters, then
    /// digits if any, of 12 characters at most, with a letter no hex digit is (`msg`, Flowroute's `mdr2` of
    /// `mdr2-<32 hex>`, which was written `zlq1-<base 36>`, an id the spec's own pattern refused).
    static func isLeadingWord<Text: Collection<Character>>(_ part: Text) -> Bool {
        guard let first = part.first, first.isASCII, first.isLetter, part.count <= 12 else { return false }
        let letters = part.prefix { $0.isASCII && $0.isLetter }
        return part.dropFirst(letters.count).allSatisfy { $0.isASCII && $0.isNumber } && !letters.allSatisfy(\.isHexDigit)
    }

    /// An id with dashes or `_` (`msg_5b0a5e6c2a3b`, `2026-000123`) in its form: a leading word of letters kept, each
    /// other part fresh digits or hex of its length (a capital prefix kept); nil when a part is neither, or there are
    /// fewer than 8 fresh characters, which would collide.
    private func parts(of example: String) -> String? {
        guard example.count <= 64, example.contains(where: { $0 == "-" || $0 == "_" }) else { return nil }
        let pieces = example.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" })
        let separators = example.filter { $0 == "-" || $0 == "_" }.map(String.init)
        var fresh = 0
        var written: [String] = []
        for (index, piece) in pieces.enumerated() {
            let capitals = piece.prefix { $0.isASCII && $0.isUppercase && $0.isLetter }
            if piece.isEmpty || index == 0 && Self.isLeadingWord(piece) {
                written.append(String(piece))
            } else if piece.allSatisfy({ $0.isASCII && $0.isNumber }) {
                written.append(String((0..<piece.count).map { index in Character(String(index == 0 && piece.count > 1 ? 1 + next() % 9 : next() % 10)) }))
                fresh += piece.count
            } else if piece.allSatisfy(\.isHexDigit) || !capitals.isEmpty && piece.dropFirst(capitals.count).allSatisfy(\.isHexDigit) && !piece.dropFirst(capitals.count).isEmpty {
                let hex = piece.allSatisfy(\.isHexDigit) && (piece.contains(where: \.isNumber) || capitals.isEmpty) ? piece[...] : piece.dropFirst(capitals.count)
                let kept = piece.dropLast(hex.count)
                let digits = Array(hex.contains(where: \.isLowercase) ? "0123456789abcdef" : "0123456789ABCDEF")
                written.append(String(kept) + String((0..<hex.count).map { _ in digits[Int(next() % 16)] }))
                fresh += hex.count
            } else {
                return nil
            }
        }
        guard fresh >= 8 else { return nil }
        var text = written[0]
        for (separator, piece) in zip(separators, written.dropFirst()) { text += separator + piece }
        return text
    }
}

/// Writes a value a simple pattern matches: literals, classes (`[0-9a-f]`, `\d`, `\w`) and counts (`{32}`, `{8,12}`,
/// `+`, `*`, `?`) between `^` and `$`; nil for anything else (groups, alternatives, negated classes).
struct PatternWriter {
    private enum Atom {
        case literal(Character)
        case oneOf([Character])
    }
    private var items: [(atom: Atom, count: Int)] = []

    init?(_ pattern: String) {
        var characters = Array(pattern)
        if characters.first == "^" { characters.removeFirst() }
        if characters.last == "$", characters.count < 2 || characters[characters.count - 2] != "\\" { characters.removeLast() }
        var index = 0
        func escaped(_ character: Character) -> Atom? {
            switch character {
            case "d": .oneOf(Array("0123456789"))
            case "w": .oneOf(Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"))
            case _ where character.isLetter || character.isNumber: nil
            default: .literal(character)
            }
        }
        while index < characters.count {
            let character = characters[index]
            var atom: Atom
            switch character {
            case "\\":
                guard index + 1 < characters.count, let read = escaped(characters[index + 1]) else { return nil }
                atom = read
                index += 2
            case "[":
                index += 1
                guard index < characters.count, characters[index] != "^" else { return nil }
                var members: [Character] = []
                while index < characters.count, characters[index] != "]" {
                    var member = characters[index]
                    if member == "\\" {
                        guard index + 1 < characters.count else { return nil }
                        if case .oneOf(let set)? = escaped(characters[index + 1]) {
                            members += set
                            index += 2
                            continue
                        }
                        member = characters[index + 1]
                        index += 1
                    }
                    if index + 2 < characters.count, characters[index + 1] == "-", characters[index + 2] != "]",
                        let low = member.unicodeScalars.first?.value, let high = characters[index + 2].unicodeScalars.first?.value, low <= high, high - low < 128
                    {
                        members += (low...high).compactMap { Unicode.Scalar($0).map(Character.init) }
                        index += 3
                    } else {
                        members.append(member)
                        index += 1
                    }
                }
                guard index < characters.count, !members.isEmpty else { return nil }
                atom = .oneOf(members)
                index += 1
            case "(", ")", "|", ".", "^", "$", "{", "}", "+", "*", "?", "]":
                return nil
            default:
                atom = .literal(character)
                index += 1
            }
            var count = 1
            if index < characters.count {
                switch characters[index] {
                case "+": count = 12; index += 1
                case "*": count = 12; index += 1
                case "?": count = 1; index += 1
                case "{":
                    guard let close = characters[index...].firstIndex(of: "}") else { return nil }
                    let bounds = String(characters[(index + 1)..<close]).split(separator: ",", omittingEmptySubsequences: false)
                    guard let low = Int(bounds.first ?? ""), low <= 256, bounds.count <= 2 else { return nil }
                    let high = bounds.count == 2 ? (bounds[1].isEmpty ? Int.max : Int(bounds[1])) : low
                    guard let high, high >= low else { return nil }
                    count = min(high, max(low, 12))
                    index = close + 1
                default: break
                }
            }
            items.append((atom, count))
        }
    }

    /// A value: the literals as they are, each class's characters drawn by `next` (lowercase letters only where the
    /// class holds both cases and `lowercase` says the example writes them so, else capitals only).
    func write(lowercase: Bool, next: () -> UInt64) -> String {
        var text = ""
        for (atom, count) in items {
            switch atom {
            case .literal(let character):
                text += String(repeating: character, count: count)
            case .oneOf(let members):
                var pool = members
                let lower = members.filter(\.isLowercase), upper = members.filter(\.isUppercase)
                if !lower.isEmpty, !upper.isEmpty { pool = members.filter { lowercase ? !$0.isUppercase : !$0.isLowercase } }
                for _ in 0..<count { text.append(pool[Int(next() % UInt64(pool.count))]) }
            }
        }
        return text
    }
}

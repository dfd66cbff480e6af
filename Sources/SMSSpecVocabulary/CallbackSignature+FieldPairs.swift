extension CallbackSignature {
    /// How a signature over a payload's fields writes them (Vonage: `&name=value` each, `&` and `=` in a value
    /// written `_`): each field but the one carrying the code, sorted by name (then value) byte by byte — or the
    /// fields `names` lists, in its order (smsc.ru's `id:phone:status`) — written by `pair`, joined by `separator`.
    public struct FieldPairs: Hashable, Sendable {
        /// The fields signed, in the order the provider writes them, each once; nil: every field but the code's, sorted.
        public var names: [String]?
        /// How one field is written: `{name}` and `{value}`, each once, among literal text (`&{name}={value}`).
        public var pair: String
        /// The text between two pairs (`&` for `a=1&b=2`); empty for none.
        public var separator: String
        /// Characters of a value written otherwise, each one character replaced by its text (`&` → `_`), in order.
        public var replacements: [Replacement]
        /// Whether a field whose value is empty is left out.
        public var omitsEmpty: Bool

        public struct Replacement: Hashable, Sendable {
            public var character: Character
            public var text: String

            public init(_ character: Character, with text: String) {
                self.character = character
                self.text = text
            }
        }

        public init(pair: String, separator: String = "", replacements: [Replacement] = [], omitsEmpty: Bool = false, names: [String]? = nil) {
            self.names = names
            self.pair = pair
            self.separator = separator
            self.replacements = replacements
            self.omitsEmpty = omitsEmpty
        }

        /// The placeholders a pair is written with.
        public static let namePlaceholder = "{name}", valuePlaceholder = "{value}"

        /// The most fields a receiver signs: a payload with more is refused unread.
        public static let maximumFields = 1_000

        /// The most fields `names` may list.
        public static let maximumNames = 64

        /// The longest replacement text, so a value's written text stays within a few times its size.
        public static let maximumReplacementBytes = 8

        /// The pair's literal text before, between and after its placeholders, and whether the name comes first; nil
        /// unless `pair` holds `{name}` and `{value}` once each — or, for the fields `names` lists, `{value}` once and
        /// `{name}` at most once (without it, the name is written as nothing: `texts[2]` is empty).
        public var layout: (texts: [String], nameFirst: Bool)? {
            let names = pair.components(separatedBy: Self.namePlaceholder).count - 1
            guard let value = pair.range(of: Self.valuePlaceholder), pair.components(separatedBy: Self.valuePlaceholder).count == 2,
                names == 1 || (names == 0 && self.names != nil)
            else { return nil }
            guard let name = pair.range(of: Self.namePlaceholder) else {
                return ([String(pair[..<value.lowerBound]), String(pair[value.upperBound...]), ""], false)
            }
            let (first, second) = name.lowerBound < value.lowerBound ? (name, value) : (value, name)
            let texts = [pair[..<first.lowerBound], pair[first.upperBound..<second.lowerBound], pair[second.upperBound...]].map(String.init)
            return (texts, name.lowerBound < value.lowerBound)
        }

        /// The scalars the signed text marks a pair's or a field's bounds with: the pair's literal text, the
        /// separator and what a value's replacements stand for. A field name holding one could make the text of
        /// other fields (`network-code=23410&nonce=n1` as one name), so a receiver refuses it.
        public var boundaryScalars: Set<Unicode.Scalar> {
            var scalars = Set((layout?.texts.joined() ?? "").unicodeScalars).union(separator.unicodeScalars)
            for replacement in replacements { scalars.formUnion(replacement.character.unicodeScalars) }
            return scalars
        }

        /// Whether `pair` writes the field's name (`{value}` alone writes the listed fields' values only).
        public var writesName: Bool { pair.contains(Self.namePlaceholder) }

        /// The fields in words, for documentation.
        var summary: String {
            let replaced = replacements.map { "`\($0.character)` as `\($0.text)`" }.joined(separator: ", ")
            let which = names.map { "the payload's fields \($0.joined(separator: ", ")) in this order" }
                ?? "the payload's fields but the one carrying the signature, sorted by name"
            return "\(which), each written `\(pair)`"
                + (separator.isEmpty ? "" : " joined by `\(separator)`")
                + (replaced.isEmpty ? "" : " (in a value \(replaced))")
                + (omitsEmpty ? ", an empty one left out" : "")
        }
    }
}

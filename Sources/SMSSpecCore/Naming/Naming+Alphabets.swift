extension Naming {
    /// The alphabets whose letters look like Latin letters or like each other's: Cyrillic `а` and Latin `a`, Greek
    /// `ο` and `o`, Armenian `օ`, Cherokee `Ꭺ` and `A`. A name mixing two of them is what Unicode's security
    /// mechanisms (UTS #39) call a mixed-script confusable: `stаtus` beside `status` looks like one field twice.
    public enum Alphabet: String, Sendable {
        case latin = "Latin", greek = "Greek", cyrillic = "Cyrillic", armenian = "Armenian", cherokee = "Cherokee"
    }

    /// The lookalike alphabet `scalar` is a letter of, if any (digits, `_` and letters of other scripts have none).
    public static func alphabet(of scalar: Unicode.Scalar) -> Alphabet? {
        guard scalar.properties.isAlphabetic else { return nil }
        let value = scalar.value
        return alphabetRanges.first { $0.range.contains(value) }?.alphabet
    }

    /// The first letter of `text` and the first after it from another lookalike alphabet, if `text` mixes two.
    public static func mixedAlphabets(in text: String) -> (first: (Unicode.Scalar, Alphabet), other: (Unicode.Scalar, Alphabet))? {
        var first: (Unicode.Scalar, Alphabet)?
        for scalar in text.unicodeScalars {
            guard let alphabet = alphabet(of: scalar) else { continue }
            guard let seen = first else {
                first = (scalar, alphabet)
                continue
            }
            if seen.1 != alphabet { return (seen, (scalar, alphabet)) }
        }
        return nil
    }

    private static let alphabetRanges: [(range: ClosedRange<UInt32>, alphabet: Alphabet)] = [
        (0x0041...0x005A, .latin), (0x0061...0x007A, .latin), (0x00AA...0x00AA, .latin), (0x00BA...0x00BA, .latin),
        (0x00C0...0x02AF, .latin), (0x1E00...0x1EFF, .latin), (0x2C60...0x2C7F, .latin), (0xA720...0xA7FF, .latin),
        (0xAB30...0xAB6F, .latin), (0xFF21...0xFF3A, .latin), (0xFF41...0xFF5A, .latin),
        (0x0370...0x03FF, .greek), (0x1F00...0x1FFF, .greek),
        (0x0400...0x052F, .cyrillic), (0x1C80...0x1C8F, .cyrillic), (0x2DE0...0x2DFF, .cyrillic), (0xA640...0xA69F, .cyrillic),
        (0x0531...0x058F, .armenian), (0xFB13...0xFB17, .armenian),
        (0x13A0...0x13FF, .cherokee), (0xAB70...0xABBF, .cherokee),
    ]
}

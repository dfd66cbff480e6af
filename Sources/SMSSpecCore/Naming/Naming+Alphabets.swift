import Foundation

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

    /// `name` with each letter of another alphabet that looks like a Latin letter written as that letter: two names
    /// with one skeleton look the same in review, though each keeps to one alphabet (`a` beside Cyrillic `а`, `copy`
    /// beside Cyrillic `сору`). The letters are those of Unicode's confusables (UTS #39) that look like a Latin
    /// letter in common fonts; names are compared by skeleton wherever two Swift names of one scope must differ.
    /// A letter in another font's form is written plainly first (`fontForms`: the ligature `ﬁ` as `fi`, fullwidth `Ａ`
    /// as `A`, mathematical `𝐀` as `A`), so `ﬁeld` beside `field` is one name too. (Two spellings of one accented
    /// letter, `é` and `e` with U+0301, are one `String` in Swift already.)
    public static func skeleton(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { !$0.isASCII }) else { return name }
        var plain = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            guard isFontForm(scalar) else {
                plain.append(latinLookalikes[scalar] ?? scalar)
                continue
            }
            plain.append(contentsOf: String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars.map { latinLookalikes[$0] ?? $0 })
        }
        return String(plain)
    }

    /// Letters Unicode also writes plainly (their NFKC form) and that look like it: Latin ligatures (U+FB00–FB06),
    /// fullwidth ASCII (U+FF01–FF5E), letterlike symbols (U+2100–214F: `K` Kelvin, `ℌ`) and mathematical
    /// alphanumerics (U+1D400–1D7FF). Not every compatibility form: compatibility jamo (`ㅎㅏ`, which NFKC makes `하`),
    /// superscripts and ordinals (`²`, `º`) look unlike what NFKC makes of them.
    static func isFontForm(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFB00...0xFB06, 0xFF01...0xFF5E, 0x2100...0x214F, 0x1D400...0x1D7FF: true
        default: false
        }
    }

    /// How two names with one skeleton differ, for a message: `in another alphabet`, or in another font's form.
    public static func lookalikeDifference(_ name: String, _ other: String) -> String {
        name.unicodeScalars.contains(where: isFontForm) || other.unicodeScalars.contains(where: isFontForm)
            ? "written in another font's form (a ligature, a fullwidth, letterlike or mathematical letter)"
            : "in another alphabet"
    }

    private static let latinLookalikes: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs = [
            // Cyrillic
            "аa", "еe", "оo", "рp", "сc", "уy", "хx", "ѕs", "іi", "јj", "ԁd", "ԛq", "ԝw", "һh", "ӏl",
            "АA", "ВB", "ЕE", "КK", "МM", "НH", "ОO", "РP", "СC", "ТT", "ХX", "ЅS", "ІI", "ЈJ", "ҮY", "ԚQ", "ԜW", "ҺH", "ӀI",
            // Greek
            "ΑA", "ΒB", "ΕE", "ΖZ", "ΗH", "ΙI", "ΚK", "ΜM", "ΝN", "ΟO", "ΡP", "ΤT", "ΥY", "ΧX",
            "οo", "νv", "ιi", "αa", "κk", "ρp", "υu", "χx", "ϲc", "ϳj",
            // Armenian
            "օo", "ոn", "սu", "հh", "զq", "ցg", "ՏS", "ՕO",
            // Cherokee
            "ᎪA", "ᏴB", "ᏟC", "ᎬE", "ᏀG", "ᎻH", "ᎫJ", "ᏦK", "ᏞL", "ᎷM", "ᏚS", "ᎢT", "ᏙV", "ᎳW", "ᏃZ", "ᎠD", "ᏢP", "ᎡR",
        ]
        return Dictionary(uniqueKeysWithValues: pairs.map { pair in
            let scalars = Array(pair.unicodeScalars)
            return (scalars[0], scalars[1])
        })
    }()

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

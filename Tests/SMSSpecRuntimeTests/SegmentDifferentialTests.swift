@testable import SMSSpecRuntime
@testable import SMSSpecVocabulary
import Testing

/// `SegmentCalculator` (UTF-8 scan, septet table, clusters formed only where needed) against `SegmentOracle` (the
/// plain per-`Character` version) on seeded random texts: every field of the analysis must be equal.
@Suite struct SegmentDifferentialTests {
    /// What the texts are made of: each pool is picked whole, so GSM-7 texts stay GSM-7 often enough.
    static let pools: [[String]] = [
        ["a", "Z", "0", " ", "@", "£", "$", "¥", "è", "é", "Ç", "Ø", "Å", "ß", "Δ", "Ω", "!", "?", ".", "\n", "\r", "\r\n"],
        ["€", "[", "]", "{", "}", "~", "^", "\\", "|", "\u{0C}"],  // extension table: 2 septets
        ["ж", "Щ", "α", "á", "ç", "ü", "—", "“", "”", "…", "№", "東", "京", "한", "글", "ア", "ا", "ש", "ก", "©", "®", "\t", "`"],
        ["😀", "🙂", "👍🏽", "👨‍👩‍👧‍👦", "🇮🇩", "🇭🇷", "❤️", "1️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "\u{200D}", "\u{FE0F}", "\u{1F3FB}"],
        ["\u{301}", "\u{308}", "\u{483}", "\u{93F}", "\u{94D}", "क", "ष", "\u{E33}", "\u{600}", "\u{1100}", "\u{1161}", "\u{11A8}",
         "\u{FFFD}", "\u{2028}", "\u{AD}", "\u{0}"],
    ]
    static let capacities: [SegmentCapacities] = [
        .standard, SegmentCapacities(gsm7Concatenated: 152, ucs2Concatenated: 66),
        SegmentCapacities(gsm7Single: 3, gsm7Concatenated: 2, ucs2Single: 2, ucs2Concatenated: 1),
        SegmentCapacities(gsm7Single: 1, gsm7Concatenated: 1, ucs2Single: 0, ucs2Concatenated: 0),
    ]
    /// Lengths around every boundary of the standard capacities (single message, 2 and 3 parts, both encodings).
    static let lengths = [0, 1, 2, 3, 66, 67, 68, 69, 70, 71, 133, 134, 135, 152, 153, 154, 159, 160, 161, 201, 305, 306, 307, 459, 460]

    static func text(seed: UInt64) -> String {
        var random = Random(seed: seed)
        let allowed = Self.pools.indices.filter { _ in random.below(3) == 0 }
        let pools = allowed.isEmpty ? [Self.pools[0]] : allowed.map { Self.pools[$0] }
        let length = Self.lengths[random.below(Self.lengths.count)] + random.below(3)
        var text = ""
        for _ in 0..<length {
            if random.below(40) == 0 {
                text.unicodeScalars.append(Unicode.Scalar(UInt32(random.below(0x30000))) ?? "x")  // any scalar at all
            } else {
                let pool = pools[random.below(pools.count)]
                text += pool[random.below(pool.count)]
            }
        }
        return text
    }

    @Test(arguments: 0..<8) func equalsTheOracleOnRandomTexts(batch: UInt64) {
        for seed in batch * 1_000..<(batch + 1) * 1_000 {
            let text = Self.text(seed: seed)
            for capacities in Self.capacities {
                let fast = SegmentCalculator.analyze(text, capacities: capacities)
                let oracle = SegmentOracle.analyze(text, capacities: capacities)
                #expect(fast == oracle, "seed \(seed), \(capacities): \(text.debugDescription)")
                if fast != oracle { return }
            }
        }
    }

    @Test func equalsTheOracleOnEveryDocumentPayloadStyleText() {
        let texts = [
            "", "\r\n", "Your code is 1234", "Grüße 👋🏽 from 東京", "a\r\nb\nc\r", String(repeating: "€", count: 81),
            String(repeating: "é", count: 161), "👨‍👩‍👧‍👦🇮🇩", "e\u{301}\u{301}" + String(repeating: "ж", count: 69),
            "\u{600}a\u{600}\u{600}", "क्ष", "\u{1100}\u{1161}\u{11A8}가", String(repeating: "🇮", count: 71),
        ]
        for text in texts {
            #expect(SegmentCalculator.analyze(text) == SegmentOracle.analyze(text), "\(text.debugDescription)")
        }
    }

    /// Between two scalars that `joinsNothing` there is a cluster boundary, and no rule looks back past one of them:
    /// each is checked against the standard library's cluster breaking.
    @Test func scalarsThatJoinNothingBreakEverywhere() {
        let neighbours = ["a", "ж", "東", "가", "각", "\n"]  // one of each kind that joins nothing (LV, LVT Hangul)
        for value in UInt32(0)...0xFFFF where SegmentScalars.joinsNothing(value) {
            let scalar = String(Unicode.Scalar(value)!)
            let name = "U+\(String(value, radix: 16))"
            for neighbour in neighbours {
                #expect((neighbour + scalar).count == 2, "\(name) after \(neighbour.debugDescription)")
                #expect(value == 0x0D || (scalar + neighbour).count == 2, "\(name) before \(neighbour.debugDescription)")
            }
            #expect(("🇮" + scalar).count == 2, "\(name) is a regional indicator")
            // One cluster here would mean the scalar starts an emoji sequence or an Indic conjunct. (A Hangul syllable
            // does join a following vowel or final jamo: they are not `joinsNothing`, so a stretch holds both.)
            #expect((scalar + "\u{200D}👩").count > 1, "\(name) is pictographic")
            #expect((scalar + "\u{94D}क").count > 1, "\(name) is an Indic consonant")
        }
    }

    @Test func aClusterLargerThanAPartIsSplitBetweenScalarsNotInsideASurrogatePair() {
        // 30 women joined by ZWJ: one cluster of 89 UTF-16 units. The old count cut the 23rd emoji's surrogate pair.
        let family = Array(repeating: "👩", count: 30).joined(separator: "\u{200D}")
        #expect(family.count == 1)
        let analysis = SegmentCalculator.analyze(family)
        #expect(analysis.units == 89 && analysis.unitsPerPart == [66, 23])
    }

    @Test func nonGSMCharactersAreListedOncePerCodePoints() {
        let analysis = SegmentCalculator.analyze("á a\u{301} á a\u{301} Ω \u{2126}")
        #expect(analysis.nonGSMCharacters == ["á", "a\u{301}", "\u{2126}"])  // Ω U+03A9 is GSM-7, the ohm sign is not
    }
}

/// A 64-bit linear congruential generator (Knuth's MMIX constants) with the high bits used: seeds replay exactly.
private struct Random {
    private var state: UInt64
    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1 }
    mutating func below(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}

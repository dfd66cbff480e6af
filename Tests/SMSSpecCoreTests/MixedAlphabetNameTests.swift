@testable import SMSSpecCore
import Testing

/// Names that would look like others in review: a name mixing letters of lookalike alphabets (Latin, Greek,
/// Cyrillic, Armenian, Cherokee) is refused where it is, naming the first letter from the second alphabet.
@Suite struct MixedAlphabetNameTests {
    @Test func aFieldWithACyrillicLetterAmongLatinOnesIsRefused() {
        #expect(Snippet.diagnostics("shapes:\n  S:\n    fields: {id: string, \"st\\u0430tus\": string}\n") == [
            "10:26: field 'st\u{430}tus' mixes Latin and Cyrillic letters ('s', then '\u{430}' U+0430 CYRILLIC SMALL LETTER A); "
                + "a name that becomes a Swift name keeps to one of these alphabets, or it could look like another in review; "
                + "give it a Swift name with 'name:', and the document's name stays as written"
        ])
    }

    /// A document's own name that mixes alphabets (SMSC.ru's `IP-адрес временно заблокирован`) is told where it can stay.
    @Test func aDocumentsCodeNameIsToldToTakeACase() {
        let yaml = """
            tables:
              Errors:
                title: Codes
                source: {source: doc}
                entries:
                  - {code: '9', name: IP-адрес временно заблокирован, summary: Blocked., outcome: failure, category: authorization}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "13:9: code name 'IP-адрес временно заблокирован' mixes Latin and Cyrillic letters ('I', then 'а' U+0430 CYRILLIC SMALL LETTER A); "
                + "a name that becomes a Swift name keeps to one of these alphabets, or it could look like another in review; "
                + "give it a Swift name with 'case:', and the document's name stays as written"
        ])
        #expect(Snippet.diagnostics(yaml.replacingOccurrences(of: "outcome: failure,", with: "case: ipBlocked, outcome: failure,")) == [])
    }

    @Test func everyKindOfNameIsChecked() {
        let yaml = """
            operations:
              "s\\u0435nd": {summary: Sends., method: POST, path: /send, request: Send, responses: {200: {shape: Send}}}
            enums:
              "Kind": {values: {"pl\\u0430in": Plain., flash: {name: "fl\\u03B1sh", summary: Flash.}}}
            tables:
              "Stat\\u03C5s":
                title: Codes
                source: {source: doc}
                entries:
                  - {code: '1', name: "\\u041Ek", summary: Fine., outcome: success, category: none}
                  - {code: '2', name: Bad, case: "b\\u0561d", summary: Bad., outcome: failure, category: invalidRequest}
            shapes:
              Send:
                fields: {to: {type: string, name: "t\\u13A0o"}}
            """
        let found = Snippet.diagnostics(yaml).map { $0.prefix { $0 != "(" } }
        #expect(found == [
            "9:3: operation 's\u{435}nd' mixes Latin and Cyrillic letters ",
            "11:21: enum value 'pl\u{430}in' mixes Latin and Cyrillic letters ",
            "11:57: name 'fl\u{3B1}sh' mixes Latin and Greek letters ",
            "13:3: table 'Stat\u{3C5}s' mixes Latin and Greek letters ",
            "17:9: code name '\u{41E}k' mixes Cyrillic and Latin letters ",
            "18:38: case 'b\u{561}d' mixes Latin and Armenian letters ",
            "21:39: name 't\u{13A0}o' mixes Latin and Cherokee letters ",
        ])
    }

    /// One alphabet, or one beside scripts that look like none of them (Han, kana, digits), is a name like any other.
    @Test func namesInOneAlphabetCompile() throws {
        let swift = try Snippet.swift("""
            shapes:
              S:
                fields: {"\\u0441\\u0442\\u0430\\u0442\\u0443\\u0441": string, "\\u03BB\\u03CC\\u03B3\\u03BF\\u03C2": string, "\\u00FCn\\u00EFc\\u00F6d\\u00E9": string, "sms\\u540D\\u524D2": string, "st\\u0430tus": {type: string, name: cyrillicA}}

            """)
        #expect(swift.contains("public var статус: Swift.String"))
        #expect(swift.contains("public var cyrillicA: Swift.String"))
    }

    @Test func alphabetsOfLetters() {
        let letters: [(Unicode.Scalar, Naming.Alphabet?)] = [
            ("a", .latin), ("Z", .latin), ("\u{E9}", .latin), ("\u{1E9E}", .latin), ("\u{FF41}", .latin),
            ("\u{430}", .cyrillic), ("\u{4CF}", .cyrillic), ("\u{3BF}", .greek), ("\u{1F00}", .greek),
            ("\u{585}", .armenian), ("\u{13AA}", .cherokee), ("7", nil), ("_", nil), ("\u{540D}", nil), ("\u{37E}", nil),
        ]
        for (scalar, alphabet) in letters { #expect(Naming.alphabet(of: scalar) == alphabet, "\(Naming.codePoint(scalar))") }
        #expect(Naming.mixedAlphabets(in: "message_id2") == nil)
        #expect(Naming.mixedAlphabets(in: "\u{41C}\u{438}\u{440}") == nil)
    }
}

/// Names of one scope, each in one alphabet, that look the same (`Naming.skeleton`) collide as equal names do.
@Suite struct LookalikeNameTests {
    @Test func aCyrillicNameBesideItsLatinLookalikeIsRefused() {
        #expect(Snippet.diagnostics("shapes:\n  S:\n    fields: {a: string, \"\\u0430\": string, copy: int, \"\\u0441\\u043E\\u0440\\u0443\": int}\n") == [
            "10:25: field '\u{430}' and field 'a' (line 10) become '\u{430}' and 'a', which look the same, in shape 'S'; give one a 'name'",
            "10:54: field '\u{441}\u{43E}\u{440}\u{443}' and field 'copy' (line 10) become '\u{441}\u{43E}\u{440}\u{443}' and 'copy', "
                + "which look the same, in shape 'S'; give one a 'name'",
        ])
    }

    @Test func typesAndCasesToo() {
        let found = Snippet.diagnostics("""
            enums:
              Kind: {values: {op: Fine., "\\u043E\\u0440": Also fine.}}
            unions:
              Op: {variants: {text: string, number: int}}
              "\\u041E\\u0440": {variants: {text: string, number: int}}
              "\\u039F\\u03C1": {variants: {text: string, number: int}}

            """).map { $0.prefix { $0 != "," } }
        #expect(found == [
            "9:30: value '\u{43E}\u{440}' and value 'op' (line 9) become '\u{43E}\u{440}' and 'op'",
            "12:3: '\u{41E}\u{440}' looks the same as 'Op' (line 11) in another alphabet; rename one",
            "13:3: '\u{39F}\u{3C1}' looks the same as 'Op' (line 11) in another alphabet; rename one",
        ])
    }

    /// A ligature or a fullwidth letter is another font's form of plain letters: `ﬁeld`
    /// beside `field` looked like one field twice and linted clean.
    @Test func compatibilityFormsBesideThePlainNameAreRefused() {
        let found = Snippet.diagnostics("""
            shapes:
              S:
                fields: {field: string, "\\uFB01eld": string, A: int, "\\uFF21": int}
            unions:
              Op: {variants: {text: string, number: int}}
              "\\uFF2Fp": {variants: {text: string, number: int}}

            """).map { $0.prefix { $0 != "," } }
        #expect(found == [
            "10:29: field '\u{FB01}eld' and field 'field' (line 10) become '\u{FB01}eld' and 'field'",
            "10:58: field '\u{FF21}' and field 'A' (line 10) become '\u{FF41}' and 'a'",
            "13:3: '\u{FF2F}p' looks the same as 'Op' (line 12) written in another font's form (a ligature",
        ])
        #expect(Naming.skeleton("\u{FB01}eld") == "field")
        #expect(Naming.skeleton("\u{1D400}") == "A")
        // Not every compatibility form looks like what NFKC makes of it: Hangul jamo, superscripts, ordinals.
        #expect(Snippet.diagnostics("shapes:\n  S:\n    fields: {\"\\uD558\": string, \"\\u314E\\u314F\": string, x2: int, \"x\\u00B2\": int, no: int, \"n\\u00BA\": int}\n") == [])
    }

    @Test func skeletons() {
        #expect(Naming.skeleton("status") == "status")
        #expect(Naming.skeleton("\u{441}\u{43E}\u{440}\u{443}") == "copy")
        #expect(Naming.skeleton("\u{39F}\u{39A}") == "OK")
        #expect(Naming.skeleton("\u{13AA}\u{13DA}") == "AS")
        #expect(Naming.skeleton("\u{43B}\u{43E}\u{433}") == "\u{43B}o\u{433}")
    }
}

extension MixedAlphabetNameTests {
    /// SendPulse spells one key `сountry_code`, its `с` Cyrillic, beside `country_code`: with a Swift name of its own it
    /// lints, and the generated keys read alike in review. A wire name that mixes alphabets is written escaped.
    @Test func aWireNameMixingAlphabetsIsWrittenEscaped() throws {
        let yaml = """
            shapes:
              Phone:
                fields:
                  "\\u0441ountry_code": {type: string, required: false, name: cyrillicCountryCode}
                  country_code: {type: string, required: false}
                  страна: {type: string, required: false}
            callbacks:
              Phone: {shape: Phone}

            """
        let models = try Snippet.swift(yaml, "models")
        Snippet.expect(models, contains: #"self.cyrillicCountryCode = try container.decodeIfPresent(Swift.String.self, forKey: "\u{441}ountry_code")"#)
        Snippet.expect(models, contains: #"self.countryCode = try container.decodeIfPresent(Swift.String.self, forKey: "country_code")"#)
        Snippet.expect(models, contains: #"self.страна = try container.decodeIfPresent(Swift.String.self, forKey: "страна")"#)
    }
}

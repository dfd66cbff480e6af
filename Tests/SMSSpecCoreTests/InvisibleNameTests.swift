@testable import SMSSpecCore
import Testing

/// Names that would look like others in review (Trojan Source): a character that does not show in any spec name a
/// Swift name comes from is refused where it is, naming its code point.
@Suite struct InvisibleNameTests {
    @Test func aFieldHidingAZeroWidthSpaceIsRefused() {
        #expect(Snippet.diagnostics("shapes:\n  S:\n    fields: {id: string, \"i\\u200Bd\": string}\n") == [
            "10:26: field 'i\\u{200B}d' holds U+200B ZERO WIDTH SPACE, a character that does not show; "
                + "a name that becomes a Swift name cannot hold one, or it would look like another in review; "
                + "give it a Swift name with 'name:', and the document's name stays as written"
        ])
    }

    @Test func everyKindOfNameIsChecked() {
        let yaml = """
            operations:
              "se\\u202End": {summary: Sends., method: POST, path: /send, request: "Sen\\u200Dd", responses: {200: {shape: "Sen\\u200Dd"}}}
            enums:
              "Ki\\u2066nd": {values: {"pl\\u200Cain": Plain., flash: {name: "fl\\u00ADash", summary: Flash.}}}
            unions:
              "Ei\\uFEFFther": {variants: {"te\\u2060xt": string, number: int}}
            tables:
              "St\\u200Eatus":
                title: Codes
                source: {source: doc}
                entries:
                  - {code: '1', name: "O\\u200Fk", summary: Fine., outcome: success, category: none}
                  - {code: '2', name: Bad, case: "b\\U000E0041ad", summary: Bad., outcome: failure, category: invalidRequest}
            shapes:
              "Sen\\u200Dd":
                fields: {to: {type: string, name: "t\\u180Eo"}}
            """
        let found = Snippet.diagnostics(yaml, providerKeys: "  namespace: \"Ac\\u200Bme\"\n").map { $0.prefix { $0 != "," } }
        #expect(found == [
            "6:14: namespace 'Ac\\u{200B}me' holds U+200B ZERO WIDTH SPACE",
            "10:3: operation 'se\\u{202E}nd' holds U+202E RIGHT-TO-LEFT OVERRIDE",
            "12:3: enum 'Ki\\u{2066}nd' holds U+2066 LEFT-TO-RIGHT ISOLATE",
            "12:27: enum value 'pl\\u{200C}ain' holds U+200C ZERO WIDTH NON-JOINER",
            "12:64: name 'fl\\u{AD}ash' holds U+00AD SOFT HYPHEN",
            "14:3: union 'Ei\\u{FEFF}ther' holds U+FEFF ZERO WIDTH NO-BREAK SPACE",
            "14:31: variant 'te\\u{2060}xt' holds U+2060 WORD JOINER",
            "16:3: table 'St\\u{200E}atus' holds U+200E LEFT-TO-RIGHT MARK",
            "20:9: code name 'O\\u{200F}k' holds U+200F RIGHT-TO-LEFT MARK",
            "21:38: case 'b\\u{E0041}ad' holds U+E0041 TAG LATIN CAPITAL LETTER A",
            // A zero width joiner between ASCII letters joins nothing: escaped too (one joining emoji stays).
            "23:3: shape 'Sen\\u{200D}d' holds U+200D ZERO WIDTH JOINER",
            "24:39: name 't\\u{180E}o' holds U+180E MONGOLIAN VOWEL SEPARATOR",
        ])
    }

    /// A wire name whose Swift name is given keeps it: it is only in string literals, written escaped there.
    @Test func aWireNameWithAnExplicitSwiftNameMayHoldOne() throws {
        let swift = try Snippet.swift("shapes:\n  S:\n    fields: {id: string, \"i\\u200Bd\": {type: string, name: hiddenID}}\n")
        #expect(swift.contains(#"forKey: "i\u{200b}d""#))
    }

    @Test func namingNeverDerivesOne() {
        for scalar: Unicode.Scalar in ["\u{200B}", "\u{200D}", "\u{202E}", "\u{2066}", "\u{FEFF}", "\u{00AD}", "\u{E0041}", "\u{3164}"] {
            #expect(Naming.isInvisible(scalar))
            #expect(!Naming.isIdentifierCharacter(scalar))
            let name = "i" + String(scalar) + "d"
            #expect(Naming.invisibleCharacter(in: Naming.memberName(name)) == nil)
            #expect(Naming.invisibleCharacter(in: Naming.typeName(name)) == nil)
        }
        #expect(Naming.codePoint("\u{AD}") == "U+00AD SOFT HYPHEN")
    }

    /// A code holding a character that shows nothing (`DELIVRD` + U+200D, an attack) was written raw in the doc
    /// comments; it is escaped as its string literal is. Two entries' codes that read alike are refused: every page,
    /// comment and message showed one code twice.
    @Test func aCodeHidingAJoinerOrFillerShowsItAndTwoThatReadAlikeAreRefused() throws {
        let table = """
            tables:
              Status:
                title: Statuses
                source: doc
                codeType: string
                entries:
                  - {code: "DELIVRD\\u200D", name: DelivrdJoined, summary: Delivered, outcome: success, category: none}

            """
        let codes = try Snippet.swift(table, "codes")
        #expect(codes.contains("/// `DELIVRD\\u{200d}` DelivrdJoined — Delivered"), "\(codes)")
        let twice = table + "      - {code: \"DELIVRD\\u3164\", name: DelivrdFilled, summary: Failed, outcome: failure, category: unknown}\n"
        let diagnostics = Snippet.diagnostics(twice.replacingOccurrences(of: "\n\n      - {code: \"DELIVRD\\u3164", with: "\n      - {code: \"DELIVRD\\u3164"))
        #expect(diagnostics.filter { $0.contains("reads as") }.map { $0.prefix(90) } == [
            "15:16: code \"DELIVRD\\u{3164}\" of table 'Status' reads as \"DELIVRD\\u{200D}\" at line 14: the"
        ], "\(diagnostics)")
        // A non-joiner that breaks a join shows: Persian `میشود` and `می‌شود` are two codes a reader tells apart.
        let persian = table.replacingOccurrences(of: "DELIVRD\\\\u200D", with: "\\u0645\\u06CC\\u0634\\u0648\\u062F")
            + "      - {code: \"\\u0645\\u06CC\\u200C\\u0634\\u0648\\u062F\", name: Other, summary: Failed, outcome: failure, category: unknown}\n"
        #expect(!Snippet.diagnostics(persian.replacingOccurrences(of: "\n\n      - {code: \"\\u0645", with: "\n      - {code: \"\\u0645")).contains { $0.contains("reads as") })
        // As an alias of its own entry, another spelling is what it is.
        #expect(Snippet.diagnostics(table.replacingOccurrences(of: "name: DelivrdJoined,", with: "aliases: [DELIVRD], name: DelivrdJoined,")) == [])
    }
}

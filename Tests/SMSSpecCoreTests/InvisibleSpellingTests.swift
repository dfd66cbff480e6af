import Testing

/// Spellings a reader cannot see, which lint accepted and the generated code then held: a no-break space at the end
/// of a field's name or an enum value, the last line break of a YAML block in a pattern or a default, a type name
/// written decomposed that a composed reference matched (and Swift did not).
@Suite struct InvisibleSpellingTests {
    @Test func aNameOrValueWithSpaceAtItsEdgeIsALocatedError() {
        #expect(Snippet.diagnostics("""
            enums:
              Kind: {values: {"flash\\u00A0": Flash, normal: Normal, "padded ": A value a provider sends padded (quoted on purpose).}}
            shapes:
              Send:
                fields:
                  "to\\u3000": {type: string}
                  kind: {type: Kind}
            """) == [
            "9:19: value of enum 'Kind' \"flash\u{A0}\" begins or ends with whitespace (U+00A0 NO-BREAK SPACE), which a provider's payload does not hold; write \"flash\"",
            "13:7: the name of field \"to\u{3000}\" begins or ends with whitespace (U+3000 IDEOGRAPHIC SPACE), which a provider's payload does not hold; write \"to\"",
        ])
    }

    @Test func aBlocksLastLineBreakInAPatternOrDefaultIsALocatedError() {
        let spec = """
            shapes:
              Send:
                fields:
                  to:
                    type: string
                    constraints:
                      pattern: CHOMP
                        ^[0-9]+$
                  text:
                    type: string
                    default: FOLD
                      fast
                  from: {type: string}
            """
        #expect(Snippet.diagnostics(spec.replacingOccurrences(of: "CHOMP", with: "|").replacingOccurrences(of: "FOLD", with: ">")) == [
            "14:20: 'pattern' of 'constraints' of field 'to' of shape 'Send' ends with a line break, which a YAML block (| or >) keeps: write |- or >- to drop it, or quote the value",
            "18:18: 'default' of field 'text' of shape 'Send' ends with a line break, which a YAML block (| or >) keeps: write |- or >- to drop it, or quote the value",
        ])
        #expect(Snippet.diagnostics(spec.replacingOccurrences(of: "CHOMP", with: "|-").replacingOccurrences(of: "FOLD", with: ">-")) == [])
    }

    @Test func aTypeNameWrittenDecomposedIsALocatedError() {
        #expect(Snippet.diagnostics("""
            shapes:
              "Cafe\\u0301": {fields: {a: {type: string}}}
              Order: {fields: {item: {type: Café}}}
            """) == [
            "9:3: 'Café' is not written in Unicode's composed form (NFC): a reference written 'Café' would match it here but name another type in Swift; write the name composed"
        ])
    }
}

import Testing

/// A union whose variant a field names gets the checks a callback's discriminator gets, each located where it is
/// written: a shape it does not define (with the nearest one), a list shape, a value its shape's field writes back
/// otherwise, several values of a shape without the field, a path, `variants` beside `discriminator`; and a variant
/// after it that may write the field reads back as it (a silently different value).
@Suite struct DiscriminatedUnionLintTests {
    static func spec(_ union: String, shapes: String = "") -> String {
        """
        shapes:
          TextContent: {fields: {text: string}}
          FileContent: {fields: {fileUrl: string, text: string}}
          Counted: {fields: {type: int, n: int}}
          Texts: {items: TextContent}
          Data: {fields: {data: string}}
        \(shapes)unions:
          Content:
        \(union)

        """
    }

    @Test func eachWrongValueIsALocatedError() {
        let cases: [(union: String, expected: [String])] = [
            ("    discriminator: {field: type, variants: {text: TextContnet, file: FileContent}}",
             ["16:51: 'TextContnet' is not a defined shape (did you mean 'TextContent'?)"]),
            ("    discriminator: {field: type, variants: {text: Texts}}",
             ["16:51: 'Texts' is a list shape, which has no field 'type' to tell its kind: a variant of union 'Content' is a shape with fields"]),
            ("    discriminator: {field: type, variants: {'01': Counted}}",
             ["16:45: value '01' of discriminator 'type' of union 'Content' names shape 'Counted', whose Int field writes it back as 1, "
                + "which reads as another value: write the value as 1"]),
            ("    discriminator: {field: type, variants: {text: TextContent, plain: TextContent}}",
             ["16:51: shape 'TextContent' stands for several values of 'type' (text, plain), so it needs a field 'type' to keep which one it was"]),
            ("    discriminator: {field: data.kind, variants: {x: Data}}",
             ["16:28: discriminator field 'data.kind' of union 'Content' is read as one key at the top of the payload, which no variant "
                + "carries, while they carry 'data': a discriminator is a top-level field, not a path; a payload that tells its kind "
                + "deeper in is one shape (its field an enum) rather than a discriminator"]),
            ("    variants: {a: TextContent}\n    discriminator: {field: type, variants: {text: TextContent}}",
             ["16:5: union 'Content' has both 'variants' and 'discriminator': a union is told apart by one of them; keep 'variants' for "
                + "forms tried in order, or 'discriminator' for shapes a field names"]),
        ]
        for (union, expected) in cases {
            #expect(Snippet.diagnostics(Self.spec(union)) == expected, "\(union)")
        }
    }

    /// `{content: Content, counted: Counted}`: a `Counted` value writes `"type": 1`, which `Content` reads first (as
    /// `unknown`); a shape without the field, or the union last, is fine.
    @Test func aVariantWritingTheFieldAfterTheUnionIsALocatedError() {
        let union = "    discriminator: {field: type, variants: {text: TextContent}}\n  Either:\n    variants: {content: Content, counted: Counted}"
        #expect(Snippet.diagnostics(Self.spec(union)) == [
            "18:43: variant 'counted' of union 'Either' writes back what variant 'content' (Content) reads first: the payload "
                + #"{"type": "x", …} reads as 'counted' (Counted) and is written {"type": "x", …}, which reads back as 'content', "#
                + "another value; remove one, or rename the shape's field 'type'"
        ])
        let fine = "    discriminator: {field: type, variants: {text: TextContent}}\n  Either:\n    variants: {counted: Counted, content: Content, data: Data}"
        #expect(Snippet.diagnostics(Self.spec(fine)) == [])
    }
}

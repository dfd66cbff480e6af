import Foundation
import SMSSpecRuntime
import Testing

/// Text shown to people (messages, doc comments, pages, registry.json) escapes what shows nothing, so two codes that
/// differ by an invisible character never read as one (an attack: `DELIVRD` a success and `DELIVRD` + U+200D, U+3164,
/// U+FE0F or U+034F failures, five rows alike); the joiners and variation selectors that scripts and emoji are
/// written with stay as written where they do their work (a user's Persian `نمی‌باشد` showed `\u{200C}` inside the
/// word).
@Suite struct InvisibleTextTests {
    @Test func whatShowsNothingBesideASCIIIsEscaped() {
        for (scalar, shown) in [("\u{200D}", "\\u{200D}"), ("\u{200C}", "\\u{200C}"), ("\u{3164}", "\\u{3164}"), ("\u{115F}", "\\u{115F}"),
                                ("\u{FE0F}", "\\u{FE0F}"), ("\u{34F}", "\\u{34F}"), ("\u{180B}", "\\u{180B}"), ("\u{E0101}", "\\u{E0101}")] {
            #expect(DisplayText.escaped("DELIVRD" + scalar) == "DELIVRD" + shown, "\(shown)")
            #expect(DisplayText.quoted(scalar + "7") == "\"" + shown + "7\"", "\(shown)")
        }
        // A filler or the grapheme joiner is escaped among other scripts too.
        #expect(DisplayText.escaped("발송\u{3164}완료") == "발송\\u{3164}완료")
        #expect(DisplayText.escaped("é\u{34F}é") == "é\\u{34F}é")
    }

    @Test func joinersAndSelectorsWhereTheyDoTheirWorkStay() {
        for text in ["نمی\u{200C}باشد", "👨\u{200D}👩\u{200D}👧", "❤\u{FE0F}", "❤\u{FE0F}\u{200D}🔥", "क्\u{200D}ष", "邉\u{E0101}"] {
            #expect(DisplayText.escaped(text) == text, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        // A joiner at either end, before ASCII, or after an escaped selector is escaped.
        #expect(DisplayText.escaped("نمی\u{200C}") == "نمی\\u{200C}")
        #expect(DisplayText.escaped("👨\u{200D}a") == "👨\\u{200D}a")
        #expect(DisplayText.escaped("a\u{FE0F}\u{200D}👩") == "a\\u{FE0F}\\u{200D}👩")
        // Between letters of a script that writes none, a joiner joins nothing: two Korean codes would read as one.
        #expect(DisplayText.escaped("발송\u{200D}완료") == "발송\\u{200D}완료")
        #expect(DisplayText.escaped("é\u{200C}é") == "é\\u{200C}é")
        #expect(DisplayText.escaped("é\u{E0101}") == "é\\u{E0101}" && DisplayText.escaped("é\u{FE0F}") == "é\\u{FE0F}")
    }
}

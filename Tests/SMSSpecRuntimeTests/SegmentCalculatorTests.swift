import SMSSpecRuntime
import Testing

@Suite struct SegmentCalculatorTests {
    func analyze(_ text: String) -> SegmentAnalysis { SegmentCalculator.analyze(text) }

    @Test func theAlphabetHas127BasicAnd10ExtensionCharacters() {
        #expect(GSM7.basic.count == 127 && GSM7.extensionTable.count == 10)
        #expect(GSM7.septets("Ç") == 1 && GSM7.septets("ç") == nil)  // 0x09 is the capital
        #expect(GSM7.septets("£") == 1 && GSM7.septets("€") == 2 && GSM7.septets("`") == nil && GSM7.septets("\t") == nil)
    }

    @Test(arguments: [
        (0, 1, 160), (1, 1, 159), (2, 1, 158), (80, 1, 80), (159, 1, 1), (160, 1, 0), (161, 2, 145), (240, 2, 66),
        (305, 2, 1), (306, 2, 0), (307, 3, 152), (320, 3, 139),
    ])
    func gsmLengths(length: Int, segments: Int, remaining: Int) {
        let result = analyze(String(repeating: "a", count: length))
        #expect(result.encoding == .gsm7 && result.units == length)
        #expect(result.segments == segments && result.remainingInLastSegment == remaining)
    }

    @Test(arguments: [(1, 69), (2, 68), (35, 35), (69, 1), (70, 0), (71, 63), (100, 34), (133, 1), (134, 0), (135, 66), (160, 41)])
    func ucs2Lengths(length: Int, remaining: Int) {
        let result = analyze("ж" + String(repeating: "a", count: length - 1))
        #expect(result.encoding == .ucs2 && result.units == length && result.remainingInLastSegment == remaining)
        #expect(result.nonGSMCharacters == ["ж"])
    }

    @Test func anExtensionCharacterIsNeverSplitAcrossParts() {
        // 152 + € (2) would overflow the first part: it moves whole to the second.
        let result = analyze(String(repeating: "a", count: 152) + "€" + String(repeating: "a", count: 152))
        #expect(result.units == 306 && result.segments == 3 && result.unitsPerPart == [152, 153, 1])
        let at153 = analyze(String(repeating: "a", count: 153) + "{" + String(repeating: "a", count: 6))
        #expect(at153.units == 161 && at153.unitsPerPart == [153, 8])
        let ending = analyze(String(repeating: "a", count: 158) + "^")
        #expect(ending.units == 160 && ending.segments == 1)
        let over = analyze(String(repeating: "a", count: 159) + "^")
        #expect(over.units == 161 && over.unitsPerPart == [153, 8])
    }

    @Test func anEmojiIsNeverSplitAcrossTheUnitBoundary() {
        let result = analyze(String(repeating: "a", count: 66) + "😀" + String(repeating: "a", count: 66))
        #expect(result.encoding == .ucs2 && result.units == 134 && result.segments == 3 && result.unitsPerPart == [66, 67, 1])
        let emoji = analyze(String(repeating: "😎", count: 36))
        #expect(emoji.units == 72 && emoji.segments == 2 && emoji.remainingInLastSegment == 61)
    }

    @Test func graphemeClustersStayWhole() {
        let flags = analyze(String(repeating: "a", count: 65) + "🇮🇹" + "a")
        #expect(flags.units == 70 && flags.segments == 1)
        let split = analyze(String(repeating: "a", count: 66) + "🇮🇹" + "a")
        #expect(split.unitsPerPart == [66, 5])
        // é plus two combining accents: one character on screen, three UTF-16 units.
        let accents = analyze("\u{E9}\u{301}\u{301}" + String(repeating: "a", count: 69))
        #expect(accents.units == 72 && accents.segments == 2)
        #expect(accents.nonGSMCharacters == ["\u{E9}\u{301}\u{301}"])
    }

    @Test func crlfCountsTwoSeptets() {
        #expect(analyze(String(repeating: "\r\n", count: 80)).segments == 1)
        let over = analyze(String(repeating: "\r\n", count: 81))
        #expect(over.units == 162 && over.segments == 2)
    }

    @Test func emptyTextIsOneSegment() {
        let result = analyze("")
        #expect(result.segments == 1 && result.units == 0 && result.remainingInLastSegment == 160)
    }

    @Test func accentedCharactersForceUCS2AndAreNamed() {
        let result = analyze("This is a test message with special characters: ñáéíóú.")
        #expect(result.encoding == .ucs2 && result.units == 55)  // 880 bits / 16
        #expect(result.nonGSMCharacters == ["á", "í", "ó", "ú"])  // ñ and é are GSM-7
        let gsm = analyze("Visit the Twilio booth at Hall A 03 during WeAreDeveloper World Congress")
        #expect(gsm.encoding == .gsm7 && gsm.units * 7 == 504)
        let mixed = analyze("😀" + String(repeating: "]", count: 69))  // extension characters cost 1 unit in UCS-2
        #expect(mixed.units == 71 && mixed.segments == 2)
    }

    @Test func capacitiesCanBeOverridden() {
        let vonage = SegmentCapacities(gsm7Concatenated: 152, ucs2Concatenated: 66)
        let result = SegmentCalculator.analyze(String(repeating: "a", count: 305), capacities: vonage)
        #expect(result.segments == 3 && result.unitsPerPart == [152, 152, 1])
    }
}

@Suite struct PhoneNumberTests {
    let indonesia = PhoneNumberRules(country: "ID", countryCode: "62", nationalPrefix: "0", mobilePattern: "8[1-35-9][0-9]{7,10}")

    @Test func formsAndConversions() {
        #expect(PhoneNumbers.form(of: "081234567890", rules: indonesia) == .national)
        #expect(PhoneNumbers.form(of: "6281234567890", rules: indonesia) == .international)
        #expect(PhoneNumbers.form(of: "+62 812-3456-7890", rules: indonesia) == .e164)
        #expect(PhoneNumbers.format("081234567890", as: .international, rules: indonesia) == "6281234567890")
        #expect(PhoneNumbers.format("+6281234567890", as: .national, rules: indonesia) == "081234567890")
        #expect(PhoneNumbers.format("081234567890", as: .e164, rules: indonesia) == "+6281234567890")
    }

    /// The national significant number alone, as India's gateways take ten digits (a user's Fast2SMS): no form said it,
    /// and every documented number was refused. A number that reads in several forms is the one the mobile pattern takes.
    @Test func theSubscriberFormIsTheNumberAlone() {
        let india = PhoneNumberRules(country: "IN", countryCode: "91", nationalPrefix: "0", mobilePattern: "[6-9][0-9]{9}")
        #expect(PhoneNumbers.form(of: "9876543210", rules: india) == .subscriber)
        #expect(PhoneNumbers.form(of: "919876543210", rules: india) == .international)
        #expect(PhoneNumbers.form(of: "09876543210", rules: india) == .national)
        #expect(PhoneNumbers.form(of: "9198765432", rules: india) == .subscriber)  // not 91 and eight digits
        #expect(PhoneNumbers.format("+919876543210", as: .subscriber, rules: india) == "9876543210")
        #expect(PhoneNumbers.isWritten("9876543210", asOneOf: [.subscriber], rules: india))
        #expect(!PhoneNumbers.isWritten("9876543210", asOneOf: [.international, .national], rules: india))
        #expect(!PhoneNumbers.isWritten("919876543210", asOneOf: [.subscriber], rules: india))
        #expect(!PhoneNumbers.isWritten("98765 43210", asOneOf: [.subscriber], rules: india))
        #expect(PhoneNumbers.form(of: "81234567890", rules: indonesia) == .subscriber)
        #expect(PhoneNumbers.form(of: "6281234567890", rules: indonesia) == .international)
    }

    @Test func nonMobileAndMalformedNumbersAreRejected() {
        #expect(PhoneNumbers.form(of: "+62081234567890", rules: indonesia) == nil)  // trunk prefix after the country code
        #expect(PhoneNumbers.form(of: "+6284123456789", rules: indonesia) == nil)  // 084 is no mobile range
        #expect(PhoneNumbers.form(of: "0812", rules: indonesia) == nil)
        #expect(PhoneNumbers.form(of: "08l2345678", rules: indonesia) == nil)
        #expect(PhoneNumbers.normalize("0065 8123 4567") == "+6581234567")
        #expect(PhoneNumbers.isE164("+6581234567") && !PhoneNumbers.isE164("+1234567890123456") && !PhoneNumbers.isE164("+0123456789"))
    }
}

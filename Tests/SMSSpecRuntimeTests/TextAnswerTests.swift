import Foundation
import SMSSpecRuntime
import Testing

/// Plain-text answers (`TextForms`, `TextAnswer`): SMSGlobal's and BulkSMS's documented answers read into fields as a
/// form's values; reading is linear whatever the answer; writing refuses what would read back as other values.
@Suite struct TextAnswerTests {
    /// SMSGlobal's HTTP API answers.
    struct SendAnswer: TextMessage, Codable, Equatable {
        static var textForms: TextForms { ["OK: {code}; Sent queued message ID: {id} SMSGlobalMsgID:{globalID}", "ERROR: {code}"] }
        var code: Int
        var id: String?
        var globalID: Int64?
    }

    @Test func smsGlobalsAnswersReadAsTheirFields() throws {
        let sent = try TextAnswer.decode(SendAnswer.self, from: Data("OK: 0; Sent queued message ID: 941596d028699601 SMSGlobalMsgID:6764842339385521\n".utf8))
        #expect(sent == SendAnswer(code: 0, id: "941596d028699601", globalID: 6_764_842_339_385_521))
        #expect(try TextAnswer.decode(SendAnswer.self, from: Data("\u{FEFF}ERROR: 402\r\n".utf8)) == SendAnswer(code: 402))
    }

    @Test func anAnswerOfNoFormIsAnErrorNamingTheForms() {
        #expect {
            try TextAnswer.decode(SendAnswer.self, from: Data("ERR: 402".utf8))
        } throws: { error in
            "\(error)".contains(#"The answer "ERR: 402" takes none of its forms: "OK: {code}; Sent queued message ID: {id} SMSGlobalMsgID:{globalID}" or "ERROR: {code}"."#)
        }
        // A value that is not the field's type is the form decoder's error, not another value.
        #expect(throws: DecodingError.self) { try TextAnswer.decode(SendAnswer.self, from: Data("ERROR: 4O2".utf8)) }
        // Invalid UTF-8 is refused, never read as U+FFFD.
        #expect(throws: DecodingError.self) { try TextAnswer.decode(SendAnswer.self, from: Data([0x45, 0x52, 0x52, 0xFF])) }
    }

    /// A user's Sveve balance, `{count}` or `{error}` with both optional: an empty 200 answer (a proxy's, a cut
    /// connection's) read as a message holding neither, a success. An answer of whitespace alone takes no form.
    @Test func anEmptyAnswerTakesNoForm() throws {
        struct Balance: TextMessage, Decodable, Equatable {
            static var textForms: TextForms { ["{count}", "{error}"] }
            var count: Int?
            var error: String?
        }
        for empty in ["", " ", "\r\n", "\u{FEFF}"] {
            #expect(throws: DecodingError.self, "\(empty.debugDescription)") { try TextAnswer.decode(Balance.self, from: Data(empty.utf8)) }
        }
        #expect(try TextAnswer.decode(Balance.self, from: Data("12".utf8)) == Balance(count: 12))
        // Markup is no form's text (a user's Beem 502 page read as the code `<html>Bad`), unless a form opens with `<`.
        #expect(throws: DecodingError.self) { try TextAnswer.decode(Balance.self, from: Data("\n<html>Bad Gateway</html>".utf8)) }
        struct Tagged: TextMessage, Decodable, Equatable {
            static var textForms: TextForms { ["<ok>{id}</ok>"] }
            var id: String
        }
        #expect(try TextAnswer.decode(Tagged.self, from: Data("<ok>17</ok>".utf8)) == Tagged(id: "17"))
        #expect(try TextAnswer.decode(Balance.self, from: Data("Feil brukernavn".utf8)) == Balance(error: "Feil brukernavn"))
    }

    /// One line per recipient (Clickatell's `ID: … To: …`, Kannel's `0: Accepted…` then `4: Bogus`): no value
    /// holds a line break, so the answer takes no one-line form and is an error, never a success whose last value
    /// hides the second recipient's failure. Spaces are kept: `0: ` reads an empty text.
    @Test func aValueNeverHoldsALineBreak() throws {
        struct Reply: TextMessage, Decodable, Equatable {
            static var textForms: TextForms { ["ID: {id} To: {to}", "ERR: {code}, {description} To: {to}", "{code}: {text}"] }
            var id: String?
            var to: String?
            var code: Int?
            var description: String?
            var text: String?
        }
        for answer in ["ID: 3a63b6c5 To: 27999000001\nERR: 114, Cannot route message To: 27999000002", "0: Accepted for delivery\r\n4: Bogus"] {
            #expect(throws: DecodingError.self) { try TextAnswer.decode(Reply.self, from: Data(answer.utf8)) }
        }
        #expect(try TextAnswer.decode(Reply.self, from: Data("ID: 3a63 To: 27999000001\r\n".utf8)) == Reply(id: "3a63", to: "27999000001"))
        #expect(try TextAnswer.decode(Reply.self, from: Data("0: \n".utf8)) == Reply(code: 0, text: ""))
        #expect(TextForm("OK\n{id}").fields(in: "OK\n12")?.map(\.value) == ["12"])
    }

    @Test func aFieldRunsToTheFirstPlaceItsFollowingTextOccursAndTheLastToTheEnd() {
        let form = TextForm("{status}|{description}|{batch_id}")
        #expect(form.fieldNames == ["status", "description", "batch_id"])
        let fields = form.fields(in: "0|IN_PROGRESS|12|34")
        #expect(fields?.map(\.name) == ["status", "description", "batch_id"])
        #expect(fields?.map(\.value) == ["0", "IN_PROGRESS", "12|34"])
        // A form ending in text: the last field runs to where that text ends the answer.
        #expect(TextForm("ID: {id}.").fields(in: "ID: a.b.")?.map(\.value) == ["a.b"])
        #expect(TextForm("ID: {id}.").fields(in: "ID: a.b") == nil)
        #expect(TextForm("{code}").fields(in: "")?.map(\.value) == [""])
        #expect(TextForm("OK").fields(in: "OK ") == nil)
        // A brace that encloses no name is text.
        #expect(TextForm("{} {id").pieces == [.literal(Array("{} {id".utf8))])
    }

    /// Netgsm answers `00 <bulk id>`, or a bare error code: with a space before it, the code was read as empty text
    /// (an undocumented code, a failure) and the id as `00 …`, so an accepted send threw and a retry sent it twice.
    @Test func aValuesLeadingSpacesAreItsOwnNotTheTextThatEndsIt() {
        let forms: TextForms = ["{code} {bulkid}", "{code}"]
        #expect(forms.fields(in: " 00 1234567890")?.map(\.value) == [" 00", "1234567890"])
        #expect(forms.fields(in: " 30")?.map(\.value) == [" 30"])
        #expect(forms.fields(in: "00 1234567890")?.map(\.value) == ["00", "1234567890"])
        #expect(TextForm("{a} {b}").fields(in: "\t x y")?.map(\.value) == ["\t x", "y"])
    }

    /// The linear search finds what a plain search finds, on random answers over a small alphabet.
    @Test func readingAgreesWithAPlainSearchOnRandomAnswers() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("ab: ")
        func random(_ range: ClosedRange<Int>) -> String {
            String((0..<Int.random(in: range, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        }
        for _ in 0..<3000 {
            let literals = [random(0...2), random(1...4), random(1...4)]
            let template = literals[0] + "{x}" + literals[1] + "{y}" + literals[2]
            let answer = random(0...14)
            #expect(TextForm(template).fields(in: answer)?.map(\.value) == Self.plainRead(answer, literals), "\(template) \(answer)")
        }
    }

    private static func plainRead(_ answer: String, _ literals: [String]) -> [String]? {
        guard answer.hasPrefix(literals[0]) else { return nil }
        let rest = answer.dropFirst(literals[0].count)
        // The first value's leading spaces are its own: the text that ends it is looked for after them.
        guard let middle = rest.drop(while: { $0 == " " }).range(of: literals[1]) else { return nil }
        let tail = rest[middle.upperBound...]
        guard tail.hasSuffix(literals[2]), tail.count >= literals[2].count else { return nil }
        return [String(rest[..<middle.lowerBound]), String(tail.dropLast(literals[2].count))]
    }

    /// 4 MiB of `a` against a form whose text after a field is 2,000 `a`s and a `b`: a plain search compares about
    /// eight billion bytes; this reads it in one pass.
    @Test(.timeLimit(.minutes(10))) func aHostileAnswerIsReadInLinearTime() {
        let form = TextForm("{x}" + String(repeating: "a", count: 2000) + "b{y}")
        #expect(form.fields(in: String(repeating: "a", count: PayloadLimits.maximumBytes)) == nil)
    }

    struct CreditAnswer: TextMessage, Codable, Equatable {
        static var textForms: TextForms { ["OK {credit}", "ERR {error}"] }
        var credit: Decimal?
        var error: Int?
    }

    /// BudgetSMS answered `OK ` (a user's reading of its credit answer): it reads as no credit, and is written back
    /// as it came, where no form holds no field at all.
    @Test func anAnswerReadWithAnEmptyFieldIsWrittenBack() throws {
        let read = try TextAnswer.decode(CreditAnswer.self, from: Data("OK ".utf8))
        #expect(read == CreditAnswer())
        #expect(try TextAnswer.encode(read) == "OK ")
        #expect(try TextAnswer.encode(CreditAnswer(credit: 12.5)) == "OK 12.5")
        // A field written empty must read back as absent: empty text reads as a text field's value, so `7:` is no
        // answer without a name.
        struct Named: TextMessage, Codable, Equatable {
            static var textForms: TextForms { ["{id}:{name}"] }
            var id: String
            var name: String?
        }
        #expect(throws: EncodingError.self) { try TextAnswer.encode(Named(id: "7")) }
        #expect(try TextAnswer.encode(Named(id: "7", name: "")) == "7:")
    }

    @Test func writingChoosesAFormThatReadsBack() throws {
        let sent = SendAnswer(code: 0, id: "941596d028699601", globalID: 6_764_842_339_385_521)
        let text = try TextAnswer.encode(sent)
        #expect(text == "OK: 0; Sent queued message ID: 941596d028699601 SMSGlobalMsgID:6764842339385521")
        #expect(try TextAnswer.decode(SendAnswer.self, from: Data(text.utf8)) == sent)
        #expect(try TextAnswer.encode(SendAnswer(code: 402)) == "ERROR: 402")
        // An id holding the text after it would read back as another id; no form holds a code and an id alone.
        #expect(throws: EncodingError.self) { try TextAnswer.encode(SendAnswer(code: 0, id: "a SMSGlobalMsgID:1", globalID: 2)) }
        // No form holds a code and an id alone: the first holding them writes its global id empty, which reads as none.
        let noGlobalID = try TextAnswer.encode(SendAnswer(code: 0, id: "a"))
        #expect(noGlobalID == "OK: 0; Sent queued message ID: a SMSGlobalMsgID:")
        #expect(try TextAnswer.decode(SendAnswer.self, from: Data(noGlobalID.utf8)) == SendAnswer(code: 0, id: "a"))
        #expect(TextForms(["{a}"]).text(with: ["a": "two\nlines"]) == nil)
        #expect(TextForms(["{a}"]).text(with: ["a": " padded "]) == " padded ")
    }

    @Test func aFormAnswerInLatin1IsReadInItsCharset() throws {
        struct Reply: TextMessage, Decodable, Equatable {
            static var textForms: TextForms { ["{code}: {text}"] }
            var code: Int
            var text: String
        }
        let latin1 = Data([0x30, 0x3A, 0x20, 0x52, 0xE9, 0x73, 0x75, 0x6D, 0xE9])
        #expect(try TextAnswer.decode(Reply.self, from: latin1, charset: .isoLatin1) == Reply(code: 0, text: "Résumé"))
        #expect(throws: DecodingError.self) { try TextAnswer.decode(Reply.self, from: latin1) }
    }
}

extension TextAnswerTests {
    /// An answer that echoes a key.
    struct KeyAnswer: TextMessage, Decodable {
        static var textForms: TextForms { TextForms(["KEY {key} {expiry}"], secretFields: ["key"]) }
        var key: Secret
        var expiry: Int
    }

    /// A form's values are cut where its text says: an answer that does not quite follow the form (a space inside
    /// the key) puts part of the credential in another field's value, which then does not read. Its error, like that of an
    /// answer of no form, does not quote it, whether the answer is one message or one line of many.
    @Test func aValueThatDoesNotReadIsNotQuotedWhenAFieldIsACredential() throws {
        #expect(try TextAnswer.decode(KeyAnswer.self, from: Data("KEY sk-live-4242 9".utf8)).expiry == 9)
        for read in [
            { _ = try TextAnswer.decode(KeyAnswer.self, from: Data("KEY sk-live 4242 9".utf8)) },
            { _ = try [KeyAnswer].decodeLines(from: Data("KEY a 1\nKEY sk-live 4242 9".utf8), charset: .utf8) },
        ] as [() throws -> Void] {
            #expect {
                try read()
            } throws: { error in
                let described = DecodingErrorDescription.describe(error)
                return !described.contains("4242") && described.contains("expiry`: expected an integer")
                    && described.contains("(18 characters, not quoted: it may hold the credential 'key') takes the form \"KEY {key} {expiry}\"")
            }
        }
        // Without a credential the value is quoted, as every decoding error quotes it.
        #expect {
            try TextAnswer.decode(SendAnswer.self, from: Data("ERROR: 4O2".utf8))
        } throws: { error in
            DecodingErrorDescription.describe(error).contains("\"4O2\"")
        }
    }
}

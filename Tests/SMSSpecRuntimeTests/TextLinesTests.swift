import Foundation
import SMSSpecRuntime
import Testing

/// Answers of one message per line (`TextLines`, `TextAnswer.decodeLines`): Clickatell's legacy HTTP API answers a
/// send to several recipients with one line each, a success or a failure, and a failed line is a value, never lost.
@Suite struct TextLinesTests {
    /// Clickatell's legacy `sendmsg` answer, one line per recipient.
    struct Reply: TextMessage, Codable, Equatable {
        static var textForms: TextForms { ["ID: {id} To: {to}", "ERR: {code}, {description} To: {to}", "ERR: {code}, {description}"] }
        var id: String?
        var to: String?
        var code: Int?
        var description: String?
    }

    static func lines(_ text: String, charset: FormCharset = .utf8) throws -> [Reply] {
        try [Reply].decodeLines(from: Data(text.utf8), charset: charset)
    }

    @Test func eachLineIsOneElementAFailureAmongThem() throws {
        let answer = "ID: 3a63b6c5 To: 27999000001\nERR: 114, Cannot route message To: 27999000002\r\nID: 77e1 To: 27999000003\n"
        #expect(try Self.lines(answer) == [
            Reply(id: "3a63b6c5", to: "27999000001"),
            Reply(to: "27999000002", code: 114, description: "Cannot route message"),
            Reply(id: "77e1", to: "27999000003"),
        ])
        // One recipient is one line; a byte-order mark and empty lines are no element; no line is no element.
        #expect(try Self.lines("\u{FEFF}ERR: 001, Authentication failed\r\n\r\n") == [Reply(code: 1, description: "Authentication failed")])
        #expect(try Self.lines("\n\r\n").isEmpty)
        // Each line is trimmed as a whole answer is: a blank line ended by `\r\r\n`, a mark starting a later line
        // (answers a provider concatenated) were errors.
        #expect(try Self.lines("ID: 1 To: 2\r\r\n\r\n\u{FEFF}ID: 3 To: 4\r\r\n") == [Reply(id: "1", to: "2"), Reply(id: "3", to: "4")])
        #expect(try Self.lines("").isEmpty)
        // Read through the entry point clients, receivers and the catalog use, by the type alone.
        #expect(try TextAnswer.decodeAnswer([Reply].self, from: Data("ID: 1 To: 2".utf8), charset: .utf8) == [Reply(id: "1", to: "2")])
        #expect(try TextAnswer.decodeAnswer(Reply.self, from: Data("ID: 1 To: 2".utf8), charset: .utf8) == Reply(id: "1", to: "2"))
    }

    /// A line of no form fails the whole answer at its element, naming the line: never a list that silently lacks it.
    @Test func aLineOfNoFormIsAnErrorAtItsElement() {
        #expect {
            try Self.lines("ID: 1 To: 2\n\nERR: x, bad To: 3")
        } throws: { error in
            let described = DecodingErrorDescription.describe(error)
            return described.hasPrefix("at `[1]") && described.contains("line 3: ")
        }
        #expect {
            try Self.lines("ID: 1 To: 2\nOK")
        } throws: { error in
            DecodingErrorDescription.describe(error) == #"at `[1]`: line 2: The answer "OK" takes none of its forms: "ID: {id} To: {to}" or "ERR: {code}, {description} To: {to}" or "ERR: {code}, {description}"."#
        }
        // A carriage return alone ends no line: it is inside a value, which never holds one.
        #expect(throws: DecodingError.self) { try Self.lines("ID: 1 To: 2\rID: 3 To: 4") }
        #expect(throws: DecodingError.self) { try [Reply].decodeLines(from: Data([0x49, 0x44, 0xFF]), charset: .utf8) }
    }

    /// 4 MiB of line breaks, and half a megabyte of short lines that each take a form: one pass, each line read once
    /// (a whole 4 MiB of them, 350,000 elements, takes about nine seconds in a debug build); over the limit, none.
    @Test(.timeLimit(.minutes(10))) func manyLinesAreReadInLinearTime() throws {
        #expect(try Self.lines(String(repeating: "\r\n", count: PayloadLimits.maximumBytes / 2)).isEmpty)
        let many = String(repeating: "ID: 1 To: 2\n", count: PayloadLimits.maximumBytes / 96)
        #expect(try Self.lines(many).count == PayloadLimits.maximumBytes / 96)
        #expect(throws: DecodingError.self) { try Self.lines(many + "?") }
        #expect(throws: DecodingError.self) { try Self.lines(String(repeating: many, count: 9)) }
    }

    @Test func writingPutsOneElementOnEachLineAndReadsBack() throws {
        let replies = [Reply(id: "3a63", to: "27999000001"), Reply(to: "27999000002", code: 114, description: "Cannot route message")]
        let text = try TextAnswer.encodeLines(replies)
        #expect(text == "ID: 3a63 To: 27999000001\nERR: 114, Cannot route message To: 27999000002")
        #expect(try Self.lines(text) == replies)
        // A value holding a line break would read back as two elements: refused.
        #expect(throws: EncodingError.self) { try TextAnswer.encodeLines([Reply(id: "1\nID: 2", to: "3")]) }
    }

    /// One id per line (a form of one field), and a form whose literal holds a line break.
    struct IdLine: TextMessage, Codable, Equatable {
        static var textForms: TextForms { ["{id}", "ID:\n{id}"] }
        var id: String
    }

    /// An element whose text is empty, or holds a line break of its form's, would read back as no element or as two:
    /// refused rather than written as another list.
    @Test func writingRefusesALineThatWouldReadBackAsAnotherList() throws {
        #expect(try [IdLine].decodeLines(from: Data(TextAnswer.encodeLines([IdLine(id: "7"), IdLine(id: "8")]).utf8), charset: .utf8)
            == [IdLine(id: "7"), IdLine(id: "8")])
        #expect(throws: EncodingError.self) { try TextAnswer.encodeLines([IdLine(id: ""), IdLine(id: "7")]) }
        struct Broken: TextMessage, Codable, Equatable {
            static var textForms: TextForms { ["ID:\n{id}"] }
            var id: String
        }
        #expect(throws: EncodingError.self) { try TextAnswer.encodeLines([Broken(id: "7")]) }
        // A line, and a whole answer, is read trimmed, so a value starting or ending one with what trimming drops
        // would come back another.
        struct Bare: TextMessage, Codable, Equatable {
            static var textForms: TextForms { ["{id}"] }
            var id: String
        }
        for id in ["\r7", "7\r", "\u{FEFF}7"] {
            #expect(throws: EncodingError.self, "\(id.debugDescription)") { try TextAnswer.encodeLines([Bare(id: "1"), Bare(id: id)]) }
            #expect(throws: EncodingError.self, "\(id.debugDescription)") { try TextAnswer.encode(Bare(id: id)) }
        }
    }

    @Test func linesAreReadInTheAnswersCharset() throws {
        let latin1 = Data([0x45, 0x52, 0x52, 0x3A, 0x20, 0x31, 0x2C, 0x20, 0x52, 0xE9, 0x73, 0x75, 0x6D, 0xE9, 0x0A])
        #expect(try [Reply].decodeLines(from: latin1, charset: .isoLatin1) == [Reply(code: 1, description: "Résumé")])
    }
}

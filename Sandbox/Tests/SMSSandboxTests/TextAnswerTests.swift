import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Answers in plain text (`text:` forms, Specs/textanswers.yaml, SMSGlobal's): written in the first form that holds
/// the values the sandbox chose, read back as a generated client reads them (`TextAnswer.decode`).
@Suite(.timeLimit(.minutes(1))) struct TextAnswerTests {
    static let emulator = SandboxEmulator(
        providers: try! SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("textanswers")]), configuration: .init(seed: 3))

    /// As the generated `SendAnswer` of the spec is.
    struct SendAnswer: TextMessage, Decodable {
        static var textForms: TextForms { ["OK: {code}; Sent queued message ID: {id} SMSGlobalMsgID:{globalID}", "ERROR: {code}"] }
        let code: Int
        let id: String?
        let globalID: Int64?
    }

    static func send(_ query: String, _ path: String = "/http-api.php") -> SandboxAnswer {
        emulator.answer(WireRequest(method: "GET", path: "/textanswers" + path, query: query))
    }

    static func text(_ answer: SandboxAnswer) -> String { String(decoding: answer.body, as: UTF8.self) }

    /// A send is answered in the success form with fresh ids shaped like the example's, as plain text.
    @Test func aSendIsAnsweredInItsTextForm() throws {
        let answer = Self.send("user=u&password=p&from=Acme&to=61400000001&text=Hi")
        #expect(answer.status == 200)
        #expect(answer.contentType == "text/plain; charset=utf-8")
        let read = try TextAnswer.decode(SendAnswer.self, from: answer.body)
        #expect(read.code == 0)
        let id = try #require(read.id)
        let globalID = try #require(read.globalID)
        #expect(Self.text(answer) == "OK: 0; Sent queued message ID: \(id) SMSGlobalMsgID:\(globalID)")
        #expect(id != "941596d028699601" && id.count == 16 && id.allSatisfy(\.isHexDigit), "\(id)")
        #expect(globalID != 6764842339385521)
        let again = try TextAnswer.decode(SendAnswer.self, from: Self.send("user=u&password=p&from=Acme&to=61400000001&text=Hi").body)
        #expect(again.id != id && again.globalID != globalID)
    }

    /// Bad credentials get the provider's failure form, under HTTP 200 as the table says.
    @Test func badCredentialsAreAnsweredInTheFailureForm() throws {
        let answer = Self.send("user=u&from=Acme&to=61400000001&text=Hi")
        #expect(answer.status == 200)
        #expect(answer.contentType == "text/plain; charset=utf-8")
        #expect(Self.text(answer) == "ERROR: 402")
        let read = try TextAnswer.decode(SendAnswer.self, from: answer.body)
        #expect(read.code == 402 && read.id == nil && read.globalID == nil)
    }

    /// Over HTTP: the text with its Content-Type, read as the generated client reads it.
    @Test func theAnswerIsSentAsPlainText() async throws {
        try await Loopback.run(providers: [], specs: [UserSpecAnswerTests.spec("textanswers")]) { loopback in
            let url = URL(string: loopback.baseURL("textanswers") + "/http-api.php?user=u&password=p&from=Acme&to=61400000001&text=Hi")!
            let (data, response) = try await URLSession.shared.data(from: url)
            let http = try #require(response as? HTTPURLResponse)
            #expect(http.statusCode == 200)
            #expect(http.value(forHTTPHeaderField: "Content-Type") == "text/plain; charset=utf-8")
            let read = try TextAnswer.decode(SendAnswer.self, from: data, charset: try FormCharset(contentType: http.value(forHTTPHeaderField: "Content-Type")))
            #expect(read.code == 0 && read.id != nil && read.globalID != nil, "\(String(decoding: data, as: UTF8.self))")
        }
    }

    /// As the generated `BatchAnswer` of the spec is.
    struct BatchAnswer: TextMessage, Decodable {
        static var textForms: TextForms { ["{code}|{description}|{batch_id}"] }
        let code: Int
        let description: String
        let batch_id: String?
    }

    /// A form with no place to leave an id out is written with the id empty, which reads as empty text, where no
    /// form held the refusal's values and the sandbox answered 500.
    @Test func anOptionalFieldAFormNeedsIsWrittenEmpty() throws {
        let sent = try TextAnswer.decode(BatchAnswer.self, from: Self.send("user=u&password=p&from=Acme&to=61400000001&text=Hi", "/send_batch").body)
        #expect(sent.code == 0 && sent.description == "IN_PROGRESS")
        #expect(sent.batch_id?.count == 9 && sent.batch_id != "349664183", "\(sent)")
        let refused = Self.send("user=u&from=Acme&to=61400000001&text=Hi", "/send_batch")
        #expect(refused.status == 200)
        #expect(Self.text(refused) == "402|Invalid user name or password|")
        let read = try TextAnswer.decode(BatchAnswer.self, from: refused.body)
        #expect(read.code == 402 && read.batch_id == "")
    }

    static var writer: TextAnswerWriter {
        TextAnswerWriter(shape: emulator.providers[0].shape("SendAnswer")!, booleans: .digits)
    }

    /// Values no form holds exactly are written in a form that holds them but optional fields it lacks, and the
    /// values written are what the text reads back as: an id holding the literal after it could not be told apart.
    @Test func optionalFieldsNoFormHoldsAreLeftOut() throws {
        let chosen: JSONValue = .object(["code": .number(0), "id": .string("a SMSGlobalMsgID:b"), "globalID": .number(5)])
        let written = try #require(Self.writer.write(chosen))
        #expect(written.text == "ERROR: 0")
        #expect(written.written == .object(["code": .number(0)]))
        let failure = try #require(Self.writer.write(.object(["code": .number(402), "globalID": .null])))
        #expect(failure.text == "ERROR: 402")
        let read = try TextAnswer.decode(SendAnswer.self, from: Data(written.text.utf8))
        #expect(read.code == 0 && read.id == nil)
    }

    /// A required value no form reads back is not written at all: no value holds a line break, which would end it.
    @Test func valuesNoFormReadsBackAreNotWritten() {
        #expect(Self.writer.write(.object(["code": .string("0\nOK: 1")])) == nil)
    }

    // MARK: One line per recipient

    static let lines = SandboxEmulator(
        providers: try! SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("textlines")]), configuration: .init(seed: 3))

    /// As one line of the generated `SendReplies` of the spec is.
    struct SendReply: TextMessage, Decodable, Equatable {
        static var textForms: TextForms {
            ["ID: {id} To: {to}", "ID: {id}", "ERR: {code}, {description} To: {to}", "ERR: {code}, {description}"]
        }
        var id: String?
        var to: String?
        var code: Int?
        var description: String?
    }

    /// A send to three recipients is answered with a line for each, with a fresh id, read back as a generated
    /// client reads the list; bad credentials with the refusal's one line.
    @Test func aSendToSeveralRecipientsIsAnsweredALineEach() throws {
        let answer = Self.lines.answer(WireRequest(
            method: "GET", path: "/textlines/http/sendmsg", query: "user=u&password=p&api_id=7&to=27999000001,27999000002,27999000003&text=Hi"))
        #expect(answer.status == 200)
        #expect(answer.contentType == "text/plain; charset=utf-8")
        let replies = try [SendReply].decodeLines(from: answer.body, charset: .utf8)
        #expect(replies.map(\.to) == ["27999000001", "27999000002", "27999000003"], "\(Self.text(answer))")
        #expect(replies.allSatisfy { $0.id != nil && $0.code == nil } && Set(replies.compactMap(\.id)).count == 3, "\(Self.text(answer))")
        #expect(Self.text(answer).split(separator: "\n").count == 3)
        let refused = Self.lines.answer(WireRequest(method: "GET", path: "/textlines/http/sendmsg", query: "user=u&to=27999000001&text=Hi"))
        // The spec's refusal of that kind is one line (its `ERR: 001` example); the code is the sandbox's choice, 002.
        #expect(try [SendReply].decodeLines(from: refused.body, charset: .utf8).map(\.code) == [2], "\(Self.text(refused))")
    }

    // MARK: Results joined on one line

    static let joined = SandboxEmulator(
        providers: try! SandboxSpecs.load(bundled: [], specPaths: [UserSpecAnswerTests.spec("routemobile-joined")]), configuration: .init(seed: 3))

    /// As one result of the generated `SendAnswers` of the spec is (`separator: ','`).
    struct SendResult: TextMessage, Decodable, Equatable {
        static var textForms: TextForms { ["{code}|{number}|{id}", "{code}|{number}", "{code}"] }
        static var listSeparator: String? { "," }
        var code: Int
        var number: String?
        var id: String?
    }

    /// A send to two numbers is answered as Route Mobile answers it, the results joined by commas on one line (a
    /// user's: it was one result a line), read back as the generated list reads it.
    @Test func aSendToSeveralNumbersIsAnsweredWithTheResultsJoined() throws {
        let answer = Self.joined.answer(WireRequest(
            method: "GET", path: "/routemobile/bulksms/bulksms",
            query: "username=u&password=p&type=0&dlr=1&destination=919812345678,919887654321&source=ACME&message=Hi"))
        #expect(answer.status == 200, "\(Self.text(answer))")
        #expect(!Self.text(answer).contains("\n") && Self.text(answer).split(separator: ",").count == 2, "\(Self.text(answer))")
        let results = try [SendResult].decodeLines(from: answer.body, charset: .utf8)
        #expect(results.map(\.number) == ["919812345678", "919887654321"], "\(Self.text(answer))")
        #expect(results.allSatisfy { $0.code == 1701 && $0.id != nil } && Set(results.compactMap(\.id)).count == 2, "\(Self.text(answer))")
    }

    /// A refusal of the whole request is the spec's refusal, one line: an invalid send to one recipient was answered
    /// with the three lines of the example of a send refused in part, each `ERR: 101, ` (Clickatell legacy's
    /// CL1: an error of the whole request is one line without `To:`).
    @Test func anInvalidRequestIsRefusedInOneLine() throws {
        let refused = Self.lines.answer(WireRequest(method: "GET", path: "/textlines/http/sendmsg", query: "user=u&password=p&api_id=7&to=27999000001&text="))
        let replies = try [SendReply].decodeLines(from: refused.body, charset: .utf8)
        #expect(replies.map(\.code) == [101] && replies.allSatisfy { $0.id == nil && $0.to == nil }, "\(Self.text(refused))")
    }

    /// A refusal's description says its code, as a refusal's words do (docs/sandbox.md): bad credentials were
    /// `ERR: 2, `, the example's description left out, and an invalid send `ERR: 101, `.
    @Test func aRefusalsDescriptionSaysItsCode() throws {
        for (query, code, words) in [
            ("user=u&to=27999000001&text=Hi", 2, "Unknown username or password"),
            ("user=u&password=p&api_id=7&to=27999000001&text=", 101, "Invalid or missing parameters"),
        ] {
            let refused = Self.lines.answer(WireRequest(method: "GET", path: "/textlines/http/sendmsg", query: query))
            let replies = try [SendReply].decodeLines(from: refused.body, charset: .utf8)
            #expect(replies == [SendReply(code: code, description: words)], "\(Self.text(refused))")
        }
    }

    /// A line whose text comes out empty would read back as no element (the list one shorter): the sandbox says so
    /// with a 500 rather than answer it.
    @Test func aLineThatWouldReadAsNoElementIsNotWritten() throws {
        let spec = """
            smsspec: 1
            provider: {id: emptyline, name: Empty Line, baseURLs: ['https://api.emptyline.test'], encoding: query}
            sources: {doc: {title: Doc, url: 'https://emptyline.test/doc'}}
            operations:
              send: {method: GET, path: /send, request: Send, responses: {200: {shape: Notes}}, source: {source: doc}}
            shapes:
              Send: {fields: {to: string}}
              Notes: {items: Note}
              Note: {text: ['{note}'], fields: {note: string}}
            """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("emptyline-\(UUID().uuidString).yaml").path
        try spec.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(seed: 3))
        let answer = emulator.answer(WireRequest(method: "GET", path: "/emptyline/send", query: "to=27999000001"))
        #expect(answer.status == 500, "\(answer.status) \(Self.text(answer).debugDescription)")
        #expect(Self.text(answer).contains("no text form of Notes reads back"), "\(Self.text(answer))")
    }

    /// EasySendSMS's balance is the number alone, or `ERROR: {code}`: the first form takes the error's text as text,
    /// but its value is no number, so a reader tries the next. Bad credentials were a 500 ("no text form reads back").
    @Test func anAnswerAnEarlierFormTakesOnlyAsTextIsWrittenInItsOwnForm() throws {
        let spec = """
            smsspec: 1
            provider: {id: balancetext, name: Balance Text, baseURLs: ['https://api.balancetext.test'], encoding: query, auth: {type: fields, fields: [user]}}
            sources: {doc: {title: Doc, url: 'https://balancetext.test/doc'}}
            operations:
              balance: {method: GET, path: /balance, request: Ask, responses: {200: {shape: Balance, tables: [Error]}}, source: {source: doc}}
            shapes:
              Ask: {fields: {user: {type: string, secret: true}}}
              Balance:
                text: ['{balance}', 'ERROR: {code}']
                fields: {balance: {type: decimal, required: false}, code: {type: Error, required: false}}
            tables:
              Error:
                title: Errors
                source: doc
                entries: [{code: 1002, summary: Bad credentials, outcome: failure, category: authentication}]
            examples:
              - {name: balance, message: Balance, format: text, payload: '3.80'}
            """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("balancetext-\(UUID().uuidString).yaml").path
        try spec.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(credentials: ["good"], seed: 3))
        let refused = emulator.answer(WireRequest(method: "GET", path: "/balancetext/balance", query: "user=bad"))
        #expect(refused.status == 200 && Self.text(refused) == "ERROR: 1002", "\(refused.status) \(Self.text(refused).debugDescription)")
        let answered = emulator.answer(WireRequest(method: "GET", path: "/balancetext/balance", query: "user=good"))
        #expect(answered.status == 200 && Self.text(answered) == "3.80", "\(answered.status) \(Self.text(answered).debugDescription)")
    }

    /// smsmode's balance is a number, or `{code} | {description}` on an error: the example `123.45` was answered
    /// `0 | `, the table's success written into the optional code the example leaves out (the balance lost); and
    /// `deleteSMS`, with no example, `0 | `, its required description empty. The example's form is kept, an optional
    /// code it leaves out stays out unless the outcome needs it (a refusal), and a required text of words with no
    /// example says its code's name.
    @Test func aTextLookUpKeepsItsExamplesFormAndARequiredDescriptionSaysItsCode() throws {
        let spec = """
            smsspec: 1
            provider: {id: smsmodetext, name: Text look-up, baseURLs: ['https://api.smsmodetext.test'], encoding: query, auth: {type: fields, fields: [accessToken]}}
            sources: {doc: {title: Doc, url: 'https://smsmodetext.test/doc'}}
            operations:
              getCredit: {method: GET, path: /credit.do, request: Ask, responses: {200: {shape: CreditAnswer, tables: [SendCode]}}, source: {source: doc}}
              deleteSMS: {method: GET, path: /deleteSMS.do, idempotent: false, request: Delete, responses: {200: {shape: DeleteAnswer, tables: [DeleteCode]}}, source: {source: doc}}
            shapes:
              Ask: {fields: {accessToken: {type: string, secret: true}}}
              Delete: {fields: {accessToken: {type: string, secret: true}, smsID: string}}
              CreditAnswer:
                text: ['{code} | {description}', '{balance}']
                fields: {balance: {type: decimal, required: false}, code: {type: SendCode, required: false}, description: {type: string, required: false}}
              DeleteAnswer:
                text: ['{code} | {description}']
                fields: {code: DeleteCode, description: string}
            tables:
              SendCode:
                title: Return codes
                source: doc
                entries:
                  - {code: 0, name: Accepté, summary: Accepted., outcome: success, category: none}
                  - {code: 32, name: Erreur d'authentification, summary: Authentication error., outcome: failure, category: authentication}
              DeleteCode:
                title: Delete codes
                source: doc
                entries:
                  - {code: 0, name: Supprimé, summary: The message was deleted., outcome: success, category: none}
                  - {code: 32, name: Erreur d'authentification, summary: Authentication error., outcome: failure, category: authentication}
            examples:
              - {name: credit, message: CreditAnswer, payload: '123.45'}
            """
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("smsmodetext-\(UUID().uuidString).yaml").path
        try spec.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let emulator = SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: [path]), configuration: .init(credentials: ["good"], seed: 3))
        let credit = emulator.answer(WireRequest(method: "GET", path: "/smsmodetext/credit.do", query: "accessToken=good"))
        #expect(credit.status == 200 && Self.text(credit) == "123.45", "\(credit.status) \(Self.text(credit).debugDescription)")
        let refused = emulator.answer(WireRequest(method: "GET", path: "/smsmodetext/credit.do", query: "accessToken=bad"))
        #expect(Self.text(refused).hasPrefix("32 | "), "\(refused.status) \(Self.text(refused).debugDescription)")
        let deleted = emulator.answer(WireRequest(method: "GET", path: "/smsmodetext/deleteSMS.do", query: "accessToken=good&smsID=OtbR4Tcp4j9Z"))
        #expect(deleted.status == 200 && Self.text(deleted) == "0 | Supprimé", "\(deleted.status) \(Self.text(deleted).debugDescription)")
    }
}

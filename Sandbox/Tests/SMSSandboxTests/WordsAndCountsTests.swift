import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// An answer's words were the request's same-named field, the text sent (users' LabsMobile `message`, "The code's
/// words", said `"Hola"`; Beem's and Eskiz's `message` said `"Hello"`), and its counts a random number (Beem's
/// `valid`, named as an id is) or the example's (SMSPortal's `Messages`, 1 for a bulk of two; Sveve's `msgOkCount`).
@Suite(.timeLimit(.minutes(1)))
struct WordsAndCountsTests {
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Specs/\(name).yaml").path
    }

    static let spec = """
        smsspec: 1
        provider:
          id: counts
          name: Counts (test spec)
          baseURLs: [https://api.counts.test]
          auth: {type: header, name: api-key}
          encoding: json
        sources:
          test: {title: The test spec, url: https://api.counts.test/docs}
        operations:
          send:
            summary: Sends one text to several numbers.
            method: POST
            path: /send
            request: SendRequest
            responses:
              200: {shape: SendAnswer, tables: [Code]}
              400: {shape: SendAnswer, tables: [Code]}
            source: {source: test}
          bulk:
            summary: Sends a text to each number.
            method: POST
            path: /bulk
            request: BulkRequest
            responses:
              200: {shape: BulkAnswer}
            source: {source: test}
        shapes:
          SendRequest:
            fields:
              to: {type: '[string]', constraints: {minItems: 1}}
              message: {type: string, constraints: {minLength: 1}}
          SendAnswer:
            fields:
              code: Code
              message: string
              valid: {type: int, summary: Recipients accepted.}
              invalid: {type: int, summary: Recipients refused as invalid numbers.}
              request_id: int
          BulkRequest:
            fields:
              Messages: '[BulkMessage]'
          BulkMessage:
            fields:
              content: string
              destination: string
          BulkAnswer:
            fields:
              EventId: int64
              Messages: int
              Parts: int
        tables:
          Code:
            title: Codes
            source: {source: test}
            entries:
              - {code: 100, summary: Message Submitted Successfully, outcome: success, category: none}
              - {code: 104, summary: Please provide all required parameters, httpStatus: 400, outcome: failure, category: invalidRequest}
        examples:
          - {name: sent, message: SendAnswer, payload: '{"code": 100, "message": "Message Submitted Successfully", "valid": 1, "invalid": 0, "request_id": 35918915}'}
          - {name: bulk, message: BulkAnswer, payload: '{"EventId": 13541, "Messages": 1, "Parts": 1}'}
        """

    static func post(_ emulator: SandboxEmulator, _ path: String, _ json: String, headers: [(String, String)] = [("api-key", "k")]) throws -> (
        answer: SandboxAnswer, body: [String: Any]
    ) {
        let answer = emulator.answer(WireRequest(
            method: "POST", path: path, headers: headers + [("Content-Type", "application/json")], body: Data(json.utf8)))
        return (answer, try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)"))
    }

    /// LabsMobile's result `message`, "The code's words", keeps the example's words, not the SMS text.
    @Test func aResultsWordsAreNoEchoOfTheText() throws {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [Self.fixture("labsmobile")]), configuration: .init(seed: 1))
        let basic = "Basic " + Data("alice:pw".utf8).base64EncodedString()
        let (answer, body) = try Self.post(
            emulator, "/labsmobile/send", #"{"message":"Hola","recipient":[{"msisdn":"34609033161"}]}"#, headers: [("Authorization", basic)])
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(body["code"] as? String == "0")
        #expect(body["message"] as? String == "Message has been successfully sent", "\(body)")
    }

    /// A words field whose example is a status sentence (Beem's, Eskiz's `message`) keeps it; a count of accepted
    /// recipients says how many the request names, one of refused ones the example's 0, never a random number.
    @Test func aStatusSentenceStaysAndTheCountsCountTheRecipients() throws {
        let emulator = try SandboxEmulator.of(spec: Self.spec, configuration: .init(seed: 2))
        let (answer, body) = try Self.post(emulator, "/counts/send", #"{"to": ["255700000001", "255700000002"], "message": "Hello"}"#)
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(body["message"] as? String == "Message Submitted Successfully", "\(body)")
        #expect(body["valid"] as? Int == 2, "\(body)")
        #expect(body["invalid"] as? Int == 0, "\(body)")
        #expect(body["request_id"] as? Int != 35918915, "\(body)")
    }

    /// A count named as the request's list (SMSPortal's `Messages`) is its length; another count keeps the example's.
    @Test func aCountNamedAsTheRequestsListIsItsLength() throws {
        let emulator = try SandboxEmulator.of(spec: Self.spec, configuration: .init(seed: 3))
        let (answer, body) = try Self.post(
            emulator, "/counts/bulk", #"{"Messages": [{"content": "a", "destination": "27821234567"}, {"content": "b", "destination": "27821234568"}]}"#)
        #expect(answer.status == 200, "\(answer.summary)")
        #expect(body["Messages"] as? Int == 2, "\(body)")
        #expect(body["Parts"] as? Int == 1, "\(body)")
    }

    /// Sveve's `msgOkCount`, "How many messages were accepted", is the number of recipients of an accepted send and 0
    /// in a refusal; `stdSMSCount`, "How many SMS parts", keeps the example's.
    @Test func sveveCountsTheMessagesItAccepted() throws {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [Self.fixture("sveve")]), configuration: .init(seed: 4))
        let (sent, body) = try Self.post(
            emulator, "/sveve/SendMessage", #"{"user":"alice","passwd":"pw","to":"4791234567,4791234568","msg":"Hei"}"#, headers: [])
        let result = try #require(body["response"] as? [String: Any], "\(sent.summary)")
        #expect(result["msgOkCount"] as? Int == 2, "\(result)")
        #expect(result["stdSMSCount"] as? Int == 1, "\(result)")
        #expect((result["ids"] as? [Int])?.count == 2, "\(result)")
        let (refused, refusal) = try Self.post(
            emulator, "/sveve/SendMessage", #"{"user":"alice","passwd":"pw","to":"4791234567","msg":""}"#, headers: [])
        let refusedResult = try #require(refusal["response"] as? [String: Any], "\(refused.summary)")
        #expect(refusedResult["msgOkCount"] as? Int == 0, "\(refusedResult)")
    }

    /// Skebby's `total_sent`, "Messages (or credits) sent.", said the example's 2 for a send to one number
    /// (Specs/skebby.yaml, from a user's spec): its summary's `credits` made it no count of the recipients. A count
    /// its name says is of what was sent counts them.
    @Test func aCountNamedTotalSentCountsTheRecipients() throws {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [Self.fixture("skebby")]), configuration: .init(seed: 1))
        for numbers in [["+393471234567"], ["+393471234567", "+393471234568"]] {
            let recipients = numbers.map { "\"\($0)\"" }.joined(separator: ",")
            let (answer, body) = try Self.post(
                emulator, "/skebby/sms", #"{"message": "Ciao", "recipient": [\#(recipients)]}"#, headers: [("user_key", "u"), ("Session_key", "s")])
            #expect(answer.status == 201, "\(answer.summary)")
            #expect(body["total_sent"] as? Int == numbers.count, "\(body)")
        }
    }

    /// Transmit SMS's `recipients`, "How many recipients.", said the example's 2 for a send to one number
    /// (Specs/transmitsms.yaml, from a user's spec, whose `to` is one text joining the numbers by commas): neither its
    /// name nor its summary said sent or accepted. A count named for the recipients counts them.
    @Test func aCountNamedForTheRecipientsCountsThem() throws {
        let emulator = SandboxEmulator(providers: try SandboxSpecs.load(bundled: [], specPaths: [Self.fixture("transmitsms")]), configuration: .init(seed: 1))
        let basic = "Basic " + Data("key:secret".utf8).base64EncodedString()
        for numbers in [["61400000001"], ["61400000001", "61400000002", "61400000003"]] {
            let answer = emulator.answer(WireRequest(
                method: "POST", path: "/transmitsms/send-sms.json",
                headers: [("Authorization", basic), ("Content-Type", "application/x-www-form-urlencoded")],
                body: Data("message=Hello&to=\(numbers.joined(separator: "%2C"))".utf8)))
            #expect(answer.status == 200, "\(answer.summary)")
            let body = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any], "\(answer.summary)")
            #expect(body["recipients"] as? Int == numbers.count, "\(body)")
        }
    }
}

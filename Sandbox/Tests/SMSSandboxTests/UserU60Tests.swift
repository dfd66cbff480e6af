import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers users reported in round u60 (Hubtel, Arkesel, Beem, Messente, smsmode, SMS.to, Yunpian,
/// SMSEagle, Mailjet SMS) that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU60Tests {
    static func emulator(_ names: [String], outcomes: OutcomePolicy = .init(), callbackURL: String? = "http://127.0.0.1:9/dlr") throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: names.map(UserReportsFollowRequestTests.spec)),
            configuration: .init(callbackURL: callbackURL, outcomes: outcomes, seed: 7))
    }

    static func text(_ answer: SandboxAnswer) -> String { String(decoding: answer.body, as: UTF8.self) }
}

extension UserU60Tests {
    /// A user's log of Messente's `get_balance/?username=user&password=pass` read
    /// `?<redacted>name=<redacted>&<redacted>word=<redacted>`: the password swept from the whole line took the
    /// parameters' names with it. A name the spec gives a field is shown; the values are swept.
    @Test func aSweptCredentialLeavesTheSpecsParameterNamesReadable() throws {
        let emulator = try Self.emulator(["messente-u60"])
        for query in ["username=user&password=pass", "username=name&password=username"] {
            let request = WireRequest(method: "GET", path: "/messente/get_balance/", query: query)
            let line = emulator.loggedLine(request, emulator.answer(request))
            #expect(line.contains("?username=") && line.contains("&password=<redacted>"), "\(line)")
            #expect(!line.contains("=pass") && !line.contains("=username"), "\(line)")
        }
    }
}

extension UserU60Tests {
    static func post(_ emulator: SandboxEmulator, _ path: String, _ body: String, headers: [(String, String)] = []) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "POST", path: path, headers: [("Content-Type", "application/json")] + headers, body: Data(body.utf8)))
    }

    /// A user's SMS.to `POST /sms/estimate` (`idempotent: true`, the send's own request, answered a cost with no id)
    /// was owed a delivery report of a message never sent. A check named so, that the spec says is idempotent, sends
    /// nothing whatever its request carries; the send of the same request still does.
    @Test func anIdempotentEstimateOfASendsRequestSendsNothing() throws {
        let emulator = try Self.emulator(["smsto-u60"])
        let bearer = ("Authorization", "Bearer k-123")
        let body = #"{"message":"Hello","to":"+35799000001"}"#
        let estimate = Self.post(emulator, "/smsto/sms/estimate", body, headers: [bearer])
        #expect(estimate.status == 200 && estimate.deliveries.isEmpty, "\(estimate.summary) \(Self.text(estimate))")
        let sent = Self.post(emulator, "/smsto/sms/send", body, headers: [bearer])
        #expect(sent.status == 200 && sent.deliveries.count == 1, "\(sent.summary) \(Self.text(sent))")
    }
}

extension UserU60Tests {
    static let basic = ("Authorization", "Basic " + Data("user:secret".utf8).base64EncodedString())

    /// A user's Messente `DELETE /omnimessage/abc`, an id never sent, was answered 202 "Cancelled.", where the spec
    /// documents 404 and its table's 101 "Not found.". A cancel of an id no send was answered is refused not found; a
    /// cancel of one that was is answered as before.
    @Test func aCancelOfAnIdNeverSentIsNotFound() throws {
        let emulator = try Self.emulator(["messente-u60"])
        let unknown = emulator.answer(WireRequest(method: "DELETE", path: "/messente/omnimessage/abc", headers: [Self.basic]))
        #expect(unknown.status == 404 && Self.text(unknown).contains("101"), "\(unknown.summary) \(Self.text(unknown))")
        let sent = Self.post(emulator, "/messente/omnimessage", #"{"to":"+37255555555","messages":[{"channel":"sms","text":"Hi"}]}"#, headers: [Self.basic])
        let id = try #require(try UserReportsFollowRequestTests.json(sent)[member: "omnimessage_id"].flatMap(FormEncoder.text(of:)), "\(Self.text(sent))")
        let known = emulator.answer(WireRequest(method: "DELETE", path: "/messente/omnimessage/\(id)", headers: [Self.basic]))
        #expect(known.status == 202, "\(known.summary) \(Self.text(known))")
    }
}

extension UserU60Tests {
    /// A user's Messente report look-up by an omnimessage id said that id as each channel's `message_id`, where the
    /// send's answer (and the callback) gave the channel message its own. The look-up quotes each id the send
    /// answered under its name.
    @Test func aReportQuotesEachIdTheSendAnsweredUnderItsName() throws {
        let emulator = try Self.emulator(["messente-u60"])
        let sent = Self.post(emulator, "/messente/omnimessage", #"{"to":"+37255555555","messages":[{"channel":"sms","text":"Hi"}]}"#, headers: [Self.basic])
        let answer = try UserReportsFollowRequestTests.json(sent)
        let omnimessage = try #require(answer[member: "omnimessage_id"].flatMap(FormEncoder.text(of:)), "\(Self.text(sent))")
        let channel = try #require(answer[member: "messages"]?.items?.first?[member: "message_id"].flatMap(FormEncoder.text(of:)), "\(Self.text(sent))")
        #expect(channel != omnimessage)
        let report = emulator.answer(WireRequest(method: "GET", path: "/messente/omnimessage/\(omnimessage)/status", headers: [Self.basic]))
        let body = try UserReportsFollowRequestTests.json(report)
        #expect(body[member: "omnimessage_id"].flatMap(FormEncoder.text(of:)) == omnimessage, "\(Self.text(report))")
        let quoted = body[member: "statuses"]?.items?.compactMap { $0[member: "message_id"].flatMap(FormEncoder.text(of:)) }
        #expect(quoted == [channel], "\(Self.text(report))")
    }
}

extension UserU60Tests {
    /// Under `--outcome failed`, a user's Yunpian `pull_status`, SMSEagle `messages/sent?id_from=654&id_to=654` and
    /// Mailjet `GET /v4/sms?To=…` (under `--outcome delivered` too) said their examples' SUCCESS, `delivery_ok` and
    /// `sent`: a list of messages in their
    /// delivery states that sends and names none says the outcome, as a look-up does.
    @Test func aListOfReportsSaysTheOutcome() throws {
        let emulator = try Self.emulator(["yunpian-u60", "smseagle-u60", "mailjet-sms-u60"], outcomes: OutcomePolicy(run: DeliveryOutcome(.failed(code: nil))))
        let key = String(repeating: "k", count: 32)
        let pulled = emulator.answer(WireRequest(
            method: "POST", path: "/yunpian/v2/sms/pull_status.json", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("apikey=\(key)".utf8)))
        let reports = try UserReportsFollowRequestTests.json(pulled).items ?? []
        #expect(!reports.isEmpty && reports.allSatisfy { $0[member: "report_status"] == .string("FAIL") }, "\(pulled.summary) \(Self.text(pulled))")
        let read = emulator.answer(WireRequest(method: "GET", path: "/smseagle/api/v2/messages/sent", query: "id_from=654&id_to=654", headers: [("access-token", "t")]))
        let sent = try UserReportsFollowRequestTests.json(read).items ?? []
        #expect(!sent.isEmpty && sent.allSatisfy { [.string("delivery_failed"), .string("sending_error"), .string("error")].contains($0[member: "status"]) },
            "\(read.summary) \(Self.text(read))")
        // Mailjet's table lists no failure: under `--outcome delivered` (its example says 2 `sent`), 3 `delivered`.
        let delivered = try Self.emulator(["mailjet-sms-u60"])
        let listed = delivered.answer(WireRequest(method: "GET", path: "/mailjet-sms/v4/sms", query: "To=%2B33600000001", headers: [("Authorization", "Bearer t")]))
        let data = try UserReportsFollowRequestTests.json(listed)[member: "Data"]?.items ?? []
        #expect(!data.isEmpty && data.allSatisfy { $0[member: "Status"]?[member: "Code"] == .number(3) }, "\(listed.summary) \(Self.text(listed))")
    }
}

extension UserU60Tests {
    /// A user's smsmode `smsStatus.do?smsID=nonexistent` was answered 200 with an empty body, which none of the
    /// answer's text forms reads: its not-found code (ResultCode 61 "SMS not found") is of a table the answer's
    /// `{status}` (a DeliveryStatus) does not hold. A text answer whose field holds another table's code of the
    /// same kind says it there, as the provider does: `61 | SMS not found`.
    @Test func aNotFoundCodeOfAnotherTableIsWrittenWhereTheTextAnswerHoldsACode() throws {
        let emulator = try Self.emulator(["smsmode-u60"])
        let answer = emulator.answer(WireRequest(method: "GET", path: "/smsmode/smsStatus.do", query: "accessToken=t&smsID=nonexistent"))
        #expect(!answer.body.isEmpty && Self.text(answer).hasPrefix("61 | "), "\(answer.status) \(answer.summary) \(Self.text(answer))")
    }
}

extension UserU60Tests {
    /// A user's Beem send of `{"recipient_id": 5, "dest_addr": "255712345678"}` was reported with a random
    /// `recipient_id`: the report quotes the id the request item gave, however its type writes it.
    @Test func aReportQuotesTheRecipientIdTheRequestGave() throws {
        let emulator = try Self.emulator(["beem-u60"])
        let sent = Self.post(emulator, "/beem/v1/send",
            #"{"source_addr":"INFO","encoding":0,"message":"Hi","recipients":[{"recipient_id":5,"dest_addr":"255712345678"}]}"#, headers: [Self.basic])
        let report = try #require(sent.deliveries.first, "\(sent.summary) \(Self.text(sent))")
        let body = String(decoding: try #require(report.request()?.httpBody), as: UTF8.self)
        #expect(body.contains(#""recipient_id":"5""#), "\(body)")
    }
}

extension UserU60Tests {
    /// A user's SMS.to JSON report said `"price": "0.015"`, a text, where its JSON example gives the number `0.015`
    /// (its form example, all text, gives `price=0.015`): a JSON report writes a lenient number as its JSON example does.
    @Test func aJSONReportWritesALenientNumberAsItsJSONExampleDoes() throws {
        let emulator = try Self.emulator(["smsto-u60"])
        let sent = Self.post(emulator, "/smsto/sms/send", #"{"message":"Hello","to":"+35799000001"}"#, headers: [("Authorization", "Bearer k-123")])
        let report = try #require(sent.deliveries.first, "\(sent.summary) \(Self.text(sent))")
        let body = String(decoding: try #require(report.request()?.httpBody), as: UTF8.self)
        #expect(body.contains(#""price":0.015"#), "\(body)")
    }
}

extension UserU60Tests {
    /// A user's Hubtel send was answered `"networkId": "21703935"`, 8 random digits, where the document (and its
    /// example) say the number's MCC and MNC, `62001`: an id of the number's network names no message, and is the example's.
    @Test func aNetworkIdIsTheExamples() throws {
        let emulator = try Self.emulator(["hubtel-u60"])
        let sent = Self.post(emulator, "/hubtel/v1/messages/send", #"{"From":"Acme","To":"233241234567","Content":"Hi"}"#, headers: [Self.basic])
        #expect(try UserReportsFollowRequestTests.json(sent)[member: "networkId"] == .string("62001"), "\(sent.summary) \(Self.text(sent))")
    }
}

extension UserU60Tests {
    /// A user's Arkesel `message-reports` of `["<sent id>", "nope"]` said a made-up report for `nope`, where the
    /// example's other entry says `{"status": "error", "response": "message does not exist"}`, and the example's
    /// "Hello" for the message sent "hi", which its single look-up said. An id never answered is the example's error
    /// entry; one sent says its text.
    @Test func reportsKeyedByIdSayTheTextSentAndNoReportOfAnIdNeverSent() throws {
        let emulator = try Self.emulator(["arkesel-u60"])
        let key = ("api-key", "k-123")
        let sent = Self.post(emulator, "/arkesel/api/v2/sms/send", #"{"sender":"Acme","message":"hi","recipients":["233541234567"]}"#, headers: [key])
        let id = try #require(try UserReportsFollowRequestTests.json(sent)[member: "data"]?.items?.first?[member: "id"].flatMap(FormEncoder.text(of:)), "\(sent.summary) \(Self.text(sent))")
        let reports = Self.post(emulator, "/arkesel/api/v2/sms/message-reports", #"{"msg_ids":["\#(id)","nope"]}"#, headers: [key])
        let data = try UserReportsFollowRequestTests.json(reports)[member: "data"]
        #expect(data?[member: id]?[member: "message"] == .string("hi"), "\(Self.text(reports))")
        #expect(data?[member: "nope"]?[member: "response"] == .string("message does not exist") && data?[member: "nope"]?[member: "recipient"] == nil,
            "\(Self.text(reports))")
    }
}

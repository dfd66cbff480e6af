import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// The sandbox answers a user reported in round u62c (Smshosting, iSendPro) that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU62cTests {
    static func emulator(_ names: [String], outcomes: OutcomePolicy = .init()) throws -> SandboxEmulator {
        SandboxEmulator(
            providers: try SandboxSpecs.load(bundled: [], specPaths: names.map(UserReportsFollowRequestTests.spec)),
            configuration: .init(callbackURL: "http://127.0.0.1:9/dlr", outcomes: outcomes, seed: 7))
    }

    static func text(_ answer: SandboxAnswer) -> String { String(decoding: answer.body, as: UTF8.self) }

    static let basic = ("Authorization", "Basic " + Data("KEY1:SEC1".utf8).base64EncodedString())

    /// A Smshosting call: a form POST, or a GET of `query`.
    static func smshosting(_ emulator: SandboxEmulator, _ method: String, _ path: String, _ form: String) -> SandboxAnswer {
        emulator.answer(method == "GET"
            ? WireRequest(method: "GET", path: "/smshosting\(path)", query: form, headers: [basic], body: Data())
            : WireRequest(method: method, path: "/smshosting\(path)", headers: [basic, ("Content-Type", "application/x-www-form-urlencoded")], body: Data(form.utf8)))
    }

    static func isendpro(_ emulator: SandboxEmulator, _ path: String, _ body: String) -> SandboxAnswer {
        emulator.answer(WireRequest(method: "POST", path: "/isendpro\(path)", headers: [("Content-Type", "application/json")], body: Data(body.utf8)))
    }

    static func json(_ answer: SandboxAnswer) throws -> JSONValue {
        try #require(try? UserReportsFollowRequestTests.json(answer), "\(answer.status) \(answer.summary): \(text(answer))")
    }
}

extension UserU62cTests {
    /// A user's Smshosting search for an id never sent (`GET /sms/search?id=12345`) was answered 200 with no body,
    /// its log saying `HTTPStatus 404 Not Found`: no answer of the search documents a 404, and the 200's
    /// `SearchAnswer` holds no HTTP status, so the generated client threw "Not valid JSON". A search lists nothing it
    /// does not know: an empty page, its count 0.
    @Test func aSearchForAnIDNeverSentIsAnEmptyPage() throws {
        let answer = Self.smshosting(try Self.emulator(["smshosting-u62"]), "GET", "/sms/search", "id=12345")
        #expect(answer.status == 200, "\(answer.summary)")
        let page = try Self.json(answer)
        #expect(page[member: "smsList"]?.items?.isEmpty == true, "\(Self.text(answer))")
        #expect(page[member: "metadata"]?[member: "count"] == .number(0), "\(Self.text(answer))")
    }

    /// The page's count, in its `metadata` beside the list, said the example's 1 beside two messages searched.
    @Test func aPagesCountInItsMetadataSaysWhatItLists() throws {
        let emulator = try Self.emulator(["smshosting-u62"])
        let sent = try Self.json(Self.smshosting(emulator, "POST", "/sms/send", "to=393480000020,393480000021&text=Buonasera&from=Bottega"))
        let ids = (sent[member: "sms"]?.items ?? []).compactMap { $0[member: "id"].flatMap(FormEncoder.text(of:)) }
        #expect(ids.count == 2, "\(sent)")
        let answer = Self.smshosting(emulator, "GET", "/sms/search", "id=\(ids.joined(separator: ","))")
        let page = try Self.json(answer)
        #expect(page[member: "smsList"]?.items?.count == 2, "\(Self.text(answer))")
        #expect(page[member: "metadata"]?[member: "count"] == .number(2), "\(Self.text(answer))")
    }
}

extension UserU62cTests {
    /// A user's iSendPro send to a number its pattern refuses (`providerCodes: {pattern: 'ReturnCode:21'}`) was
    /// answered `{"etat":{"etat":[]}}` (HTTP 400), its log naming code 21: the code lives in `EtatEntry.code`, inside
    /// the union `Entries` (`many: '[EtatEntry]'`, `one: EtatEntry`), and the refusal wrote the first variant empty.
    /// It is written in a variant carrying it, with the example's words for 21 and the number refused.
    @Test func aRefusalsCodeInsideAUnionOfOneOrManyIsWritten() throws {
        let answer = Self.isendpro(try Self.emulator(["isendpro-u62"]), "/sms", #"{"keyid":"abc","num":"+33601020304","sms":"Bonjour"}"#)
        #expect(answer.status == 400, "\(answer.summary)")
        let etat = try #require(try Self.json(answer)[member: "etat"]?[member: "etat"], "\(Self.text(answer))")
        let entry = try #require(etat.items?.first ?? (etat.members != nil ? etat : nil), "\(Self.text(answer))")
        #expect(entry[member: "code"].flatMap(FormEncoder.text(of:)) == "21", "\(Self.text(answer))")
        #expect(entry[member: "message"] == .string("Le numéro de téléphone n'est pas attribué!"), "\(Self.text(answer))")
        #expect(entry[member: "tel"] == .string("+33601020304"), "\(Self.text(answer))")
    }
}

extension UserU62cTests {
    static func sentIDs(_ answer: SandboxAnswer) -> [String] {
        ((try? UserReportsFollowRequestTests.json(answer))?[member: "sms"]?.items ?? []).compactMap { $0[member: "id"].flatMap(FormEncoder.text(of:)) }
    }

    /// A user's Smshosting search by two ids listed the example's text and sender ("Test Sms", "mrossi") of each; by
    /// `msisdn` (`role: recipient`) or by `transactionId`, one message of a fresh id and the example's text; by one id,
    /// no `transactionId`, though its send was answered one; `insertDate` and `sentDate` at each look-up. A search lists
    /// the messages the run sent that match, each with its own text, sender, transactionId and time.
    @Test func aSearchListsTheMessagesSentThatMatch() throws {
        let emulator = try Self.emulator(["smshosting-u62"])
        let first = Self.smshosting(emulator, "POST", "/sms/send", "to=393480000020,393480000021&text=Buonasera&from=Bottega")
        let second = Self.smshosting(emulator, "POST", "/sms/send", "to=393480000021&text=Second&from=Other")
        let ids = Self.sentIDs(first) + Self.sentIDs(second)
        #expect(ids.count == 3, "\(Self.text(first)) \(Self.text(second))")
        let transaction = try #require(try Self.json(first)[member: "transactionId"].flatMap(FormEncoder.text(of:)))
        func listed(_ query: String) throws -> [JSONValue] {
            let answer = Self.smshosting(emulator, "GET", "/sms/search", query)
            let page = try Self.json(answer)
            let list = page[member: "smsList"]?.items ?? []
            #expect(page[member: "metadata"]?[member: "count"] == .number(JSONNumber(integerLiteral: Int64(list.count))), "\(Self.text(answer))")
            return list
        }
        let byIDs = try listed("id=\(ids[0]),\(ids[2])")
        #expect(byIDs.compactMap { $0[member: "id"].flatMap(FormEncoder.text(of:)) } == [ids[0], ids[2]], "\(byIDs)")
        #expect(byIDs.map { $0[member: "text"] } == [.string("Buonasera"), .string("Second")], "\(byIDs)")
        #expect(byIDs.map { $0[member: "from"] } == [.string("Bottega"), .string("Other")], "\(byIDs)")
        #expect(byIDs[0][member: "transactionId"] == .string(transaction), "\(byIDs)")
        let byOne = try listed("id=\(ids[1])")
        #expect(byOne.first?[member: "transactionId"] == .string(transaction), "\(byOne)")
        let byNumber = try listed("msisdn=393480000021")
        #expect(byNumber.compactMap { $0[member: "id"].flatMap(FormEncoder.text(of:)) } == [ids[1], ids[2]], "\(byNumber)")
        let byTransaction = try listed("transactionId=\(transaction)")
        #expect(byTransaction.compactMap { $0[member: "id"].flatMap(FormEncoder.text(of:)) } == [ids[0], ids[1]], "\(byTransaction)")
        #expect(byTransaction.map { $0[member: "to"] } == [.string("393480000020"), .string("393480000021")], "\(byTransaction)")
        // The time of its send's answer, the same on every look-up.
        Thread.sleep(forTimeInterval: 1.1)
        let again = try listed("id=\(ids[0])")
        #expect(again.first?[member: "insertDate"] == byIDs[0][member: "insertDate"], "\(again) \(byIDs)")
    }
}

extension UserU62cTests {
    /// A user's Smshosting send to two numbers said the example's `smsInserted: 1` beside two messages inserted; its
    /// estimate of "Ciao" to one number the example's `smsCount: 2`; its iSendPro `comptage` of "Bonjour" the example's
    /// `"nb_caractere":"222","nb_sms":"2"`. They count the request's: 2 inserted (none not inserted), 1 SMS (its cost
    /// for one), 7 characters and 1 SMS, written as the example writes them.
    @Test func countsSayTheRequests() throws {
        let emulator = try Self.emulator(["smshosting-u62", "isendpro-u62"])
        let sent = try Self.json(Self.smshosting(emulator, "POST", "/sms/send", "to=393480000020,393480000021&text=Buonasera"))
        #expect(sent[member: "smsInserted"] == .number(2), "\(sent)")
        #expect(sent[member: "smsNotInserted"] == .number(0), "\(sent)")
        let estimate = try Self.json(Self.smshosting(emulator, "POST", "/sms/estimate", "to=393480000020&text=Ciao"))
        #expect(estimate[member: "smsCount"] == .number(1), "\(estimate)")
        #expect(estimate[member: "cost"].flatMap(PayloadBuilder.number) == Decimal(string: "0.0475"), "\(estimate)")
        let counted = Self.isendpro(emulator, "/comptage", #"{"keyid":"abc","num":"33601020304","sms":"Bonjour"}"#)
        let etat = try #require(try Self.json(counted)[member: "etat"], "\(Self.text(counted))")
        #expect(etat[member: "nb_caractere"] == .string("7"), "\(Self.text(counted))")
        #expect(etat[member: "nb_sms"] == .string("1"), "\(Self.text(counted))")
    }
}

extension UserU62cTests {
    /// A user's Smshosting send with `sandbox=true` ("true makes the call without sending anything") was reported at
    /// once, and so was one with `date` (when to send) of 2030; cancelling that one said it `DELIVERED`, where the
    /// cancel's example says `NOSENT`. A test owes no report, a scheduled send owes its report then, and a cancel says
    /// its messages in its example's state.
    @Test func aTestOrAScheduledSendIsNotReportedNowAndACancelSaysNotSent() throws {
        let emulator = try Self.emulator(["smshosting-u62"])
        let test = Self.smshosting(emulator, "POST", "/sms/send", "to=393480000041&text=Test&sandbox=true")
        #expect(test.status == 200 && test.deliveries.isEmpty, "\(test.summary) \(test.deliveries.map(\.message.recipient))")
        let real = Self.smshosting(emulator, "POST", "/sms/send", "to=393480000042&text=Test&sandbox=false")
        #expect(real.deliveries.map(\.outcome.delayMilliseconds) == [0], "\(real.summary)")
        let scheduled = Self.smshosting(emulator, "POST", "/sms/send", "to=393480000040&text=Test&date=2030-01-01T10:00:00%2B0100")
        let wait = try #require(scheduled.deliveries.first?.outcome.delayMilliseconds, "\(scheduled.summary)")
        let due = try #require(Timestamp(text: "2030-01-01T10:00:00+0100", formats: ["yyyy-MM-dd'T'HH:mm:ssZ"], timeZone: nil).date)
        #expect(abs(Double(wait) / 1000 - due.timeIntervalSinceNow) < 60, "\(wait)")
        let id = try #require(Self.sentIDs(scheduled).first)
        // Looked up before its time, it is not sent yet: the table's pending state.
        let searched = try Self.json(Self.smshosting(emulator, "GET", "/sms/search", "id=\(id)"))
        #expect(searched[member: "smsList"]?.items?.map { $0[member: "status"] } == [.string("PENDING")], "\(searched)")
        let cancelled = Self.smshosting(emulator, "POST", "/sms/cancel", "id=\(id)")
        let list = try #require(try Self.json(cancelled).items, "\(Self.text(cancelled))")
        #expect(list.map { $0[member: "status"] } == [.string("NOSENT")], "\(Self.text(cancelled))")
        #expect(list.first?[member: "id"].flatMap(FormEncoder.text(of:)) == id, "\(Self.text(cancelled))")
    }
}

extension UserU62cTests {
    /// A user's Allmysms `getAckBySmsId` of an id its send was answered said `"phoneNumber": "+15555550100"`, a US
    /// placeholder for a French gateway: no request names a number it can read (its recipients are in a JSON text),
    /// and its answer's one example writes `336xxxxxxxx`. It is the number its report's example gives.
    @Test func aNumberNoRequestNamesIsOneTheExamplesGive() throws {
        let emulator = try Self.emulator(["allmysms-u62"])
        let answer = emulator.answer(WireRequest(
            method: "POST", path: "/allmysms/getAckBySmsId/", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Data("login=me&apiKey=k&smsId=330792bd-8e0b-11e5-bf51-0025907cd72e".utf8)))
        #expect(answer.status == 200, "\(answer.summary) \(Self.text(answer))")
        #expect(try Self.json(answer)[member: "phoneNumber"] == .string("33612345678"), "\(Self.text(answer))")
    }
}

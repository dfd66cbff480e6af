import Foundation
import SMSProviders
@testable import SMSSpecClient
import Testing

/// A map's keys are the provider's text: a hostile answer chooses them. They may hold what paths are made of (`.`,
/// `[`), be megabytes long, or hold terminal escapes.
extension ClientTests {
    /// Recipients by number, each number's messages in a list (`{[Recipient]}`).
    struct RecipientLists: Codable, Sendable, StatusCarrying {
        var lists: [String: [Recipient]]

        func statusReports(at path: String) -> [StatusReport] { lists.statusReports(at: path.isEmpty ? "lists" : "\(path).lists") }
    }

    /// An accepted entry beside a refused one whose key holds the accepted one's key and a path's punctuation is
    /// never sent again: the walk compared paths as text, and the accepted `a` stood on the refused `a.b.error`'s path,
    /// so it looked refused too, and the send went out twice. Each entry is now its own part, whatever its key.
    @Test func aMapKeyHoldingAPathsPunctuationIsAnEntryOfItsOwn() async throws {
        for method in ["GET", "POST"] {
            for key in ["a.b", "a[0]", "a.error"] {
                let answer = #"{"results": {"a": {"id": "x"}, "\#(key)": {"error": 3}}}"#
                #expect(await Self.attempts(method, answer: answer, as: Recipients.self) == 1, "\(method) \(key)")
            }
        }
    }

    /// A refused entry whose key is 100,000 dots is walked at once: every dot began a place on its path, each a copy of
    /// the path up to it (time and memory in the square of the key).
    @Test func aMapKeyOfManyDotsIsWalkedAtOnce() async throws {
        let answer = #"{"results": {"\#(String(repeating: ".", count: 100_000))": {"error": 3}}}"#
        #expect(await Self.attempts("POST", answer: answer, as: Recipients.self) == 2)
        // The walk itself is timed, synchronously: a call's wall clock counts the waits of a suite run in parallel (a
        // CI run waited 64 s for a thread its builds held).
        let decoded = try JSONDecoder().decode(Recipients.self, from: Data(answer.utf8))
        let failed = decoded.statusReports(at: "").filter { $0.outcome == .failure }
        let start = ContinuousClock.now
        #expect(!RetryPolicy.acceptsSomeElements(decoded, failed: failed))
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    /// A key stands in a report's path escaped and cut as a quoted value is: each code under a 2 MiB key held a copy
    /// of it (a list of 100,000 codes under it, 200 GB), and a key's terminal escape reached the terminal through
    /// `StatusReport.description`.
    @Test func aMapKeyInAPathIsEscapedAndCut() throws {
        let long = String(repeating: "9", count: 100_000)
        let answer = #"{"lists": {"\u001B]0;x\u0007": [{"error": 3}], "\#(long)": [{"error": 3}, {"error": 2}]}}"#
        let reports = try JSONPayload.decode(RecipientLists.self, from: Data(answer.utf8)).statusReports
        let excerpt = String(repeating: "9", count: 64) + "… (100000 characters)"
        #expect(reports.map(\.path) == [#"lists.\u{1B}]0;x\u{7}[0].error"#, "lists.\(excerpt)[0].error", "lists.\(excerpt)[1].error"])
        #expect(!reports.contains { $0.description.unicodeScalars.contains("\u{1B}") })
    }

    /// A key cut in a report's path leaves no beginning of a credential the provider echoes in it: the client redacted
    /// whole spellings only, and the cut went through the API key.
    @Test func aCutMapKeyShowsNoPartOfAnEchoedSecret() async throws {
        let key = String(repeating: "x", count: 50) + Self.apiKey.value + String(repeating: "y", count: 100)
        let transport = ScriptedTransport([.init(status: 200, body: #"{"results": {"\#(key)": {"error": 3}}}"#)])
        let error = await #expect(throws: ProviderError.self) {
            try await Self.ginota(transport).providerClient.send(
                Self.ginotaRequest(), as: Self.answering("POST"), reading: AnswerReading(messages: ["Answer": .result(Recipients.self, wire: .json)]))
        }
        let shown = "results.\(String(repeating: "x", count: 50))<redacted>… (\(key.count) characters).error"
        #expect(error?.reports.map(\.path) == [shown])
    }

    /// A code is whole, never a cut excerpt: it was redacted as a message, which looks for a cut spelling before each
    /// `…`, and a 1 MiB code of `…` with a 40-character key took a minute (4 MiB, an estimated quarter of an hour with a
    /// 400-character key). It costs what plain text does.
    @Test func aCodeOfEllipsesCostsWhatPlainTextDoes() async throws {
        let clock = ContinuousClock()
        func failing(_ code: String) async -> (ProviderError?, Duration) {
            let client = Ginota.Client(
                transport: ScriptedTransport(status: 200, body: #"{"status": "\#(code)"}"#),
                configuration: ClientConfiguration(credentials: .fields(["apiKey": Secret(String(repeating: "k", count: 40)), "apiSecret": "s3cr3t-s3cr3t"])))
            var error: ProviderError?
            let time = await clock.measure { error = await #expect(throws: ProviderError.self) { try await client.sendSMS(Self.ginotaRequest()) } }
            return (error, time)
        }
        let (plainError, plain) = await failing(String(repeating: "x", count: 1 << 18))
        let (ellipsesError, ellipses) = await failing(String(repeating: "…", count: 1 << 18))
        #expect(plainError?.rawCode.count == 1 << 18 && ellipsesError?.rawCode.count == 1 << 18)
        #expect(ellipses < plain * 5 + .seconds(1), "ellipses \(ellipses), plain \(plain)")
    }
}

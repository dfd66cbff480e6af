import Foundation
import SMSSpecTestSupport
import Testing

/// A callback event of a kind its spec does not list is kept whole (`.unknown`): its JSON prints as sent, so
/// `smsspec decode` says that nothing of it was read, for a bundled provider's generated enum and for a spec file's
/// model alike (a user's SMS Aero report decoded "fine" with none of its fields read).
@Suite struct UnknownEventKindTests {
    static let bindSpec = Repository.root.appending(path: "specs/bind.yaml").path

    @Test(arguments: ["bind", bindSpec])
    func anUnknownKindIsSaid(provider: String) async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let payload = try scratch.write("event.json", #"{"type": "SMPP", "message_id": "m1", "X-API-KEY": "k3y-s3cr3t-value"}"#)
        let run = await CLI.run(["decode", provider, "CallbackEvent", payload], exitsWith: .success)
        #expect(run.errors.contains(
            "note: the event's `type` is \"SMPP\", no kind CallbackEvent lists: it is kept whole, as sent (`CallbackEvent.unknown`), "
                + "and none of its fields is read"), "\(run.errors)")
        #expect(run.output.contains(#""message_id" : "m1""#) && !run.output.contains("k3y-s3cr3t-value"), "\(run.output)")

        let null = try scratch.write("null.json", #"{"type": null}"#)
        let nullRun = await CLI.run(["decode", provider, "CallbackEvent", null], exitsWith: .success)
        #expect(nullRun.errors.contains("note: the event's `type` is empty or null, no kind CallbackEvent lists"), "\(nullRun.errors)")
    }

    /// A kind the spec lists is read, and nothing is said of it.
    @Test(arguments: ["bind", bindSpec])
    func aListedKindSaysNothing(provider: String) async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let payload = try scratch.write("event.json", #"{"type": "MO", "message_id": "1", "from": "+4712345678", "to": "1960", "text": "hi"}"#)
        let run = await CLI.run(["decode", provider, "CallbackEvent", payload], exitsWith: .success)
        #expect(!run.errors.contains("no kind CallbackEvent lists"), "\(run.errors)")
    }
}

import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

/// When a send's messages go, and whether they go at all: a request scheduling them for later, or asking for a test
/// that sends nothing (a user's Smshosting `date` of 2030 and `sandbox=true` were each reported at once).
extension SandboxProvider {
    /// The time in the future a send's request gives at its top in a time field whose name or summary says it sends or
    /// schedules (`send`, `schedule`; not `stop`, `expire`, `valid`, `until`, `deadline`): when its messages go (a
    /// user's Kavenegar `date`, "When to send"; Smshosting's `date`, "When to send (scheduled)"). Nil for none, or a
    /// time within the next minute.
    func scheduledTime(of request: JSONValue, for operation: OperationModel, now: Date = Date()) -> Date? {
        guard let requestShape = operation.requestType.flatMap(shape) else { return nil }
        return requestShape.fields.lazy.compactMap { field -> Date? in
            guard case .timestamp(let formats, let timeZone) = field.type,
                let text = request[member: field.spec.wireName.value].flatMap(FormEncoder.text(of:)),
                let date = Timestamp(text: text, formats: formats, timeZone: timeZone).date, date > now.addingTimeInterval(60)
            else { return nil }
            let words = Set(Self.words(field.spec.wireName.value) + Self.words(field.spec.summary ?? ""))
            guard !words.isDisjoint(with: ["send", "sending", "sent", "schedule", "scheduled", "scheduling"]),
                words.isDisjoint(with: ["stop", "expire", "expiry", "expires", "until", "validity", "valid", "deadline"])
            else { return nil }
            return date
        }.first
    }

    /// The request's field, at its top, asking for a test that sends nothing, where it is set: a flag (`bool`, or a
    /// text or number saying `1`, `true`, `yes`) named for a test (`test`, `sandbox`, `testMode`, `dryRun`,
    /// `simulate`), whose summary, if any, says nothing is sent (`not sent`, `nothing is sent`, `without sending`,
    /// `sends nothing`, `nothing reaches`, `isn't sent`, a test, a simulation) (a user's Smshosting `sandbox`, "true makes the call
    /// without sending anything"). Nil where none is set so.
    func testModeField(of request: JSONValue, for operation: OperationModel) -> String? {
        guard let requestShape = operation.requestType.flatMap(shape), let members = request.members else { return nil }
        let testWords: Set<String> = ["test", "testing", "sandbox", "testmode", "dryrun", "dry", "simulate", "simulation", "simulated"]
        for field in requestShape.fields {
            let name = field.spec.wireName.value
            let words = Set(Self.words(name) + Self.words(field.spec.swiftName?.value ?? ""))
            guard !words.isDisjoint(with: testWords), [.bool, .string, .int, .int64].contains(field.type) || {
                if case .enumeration = field.type { true } else { false }
            }(), let value = members[name] else { continue }
            if let summary = field.spec.summary {
                let said = Self.words(summary)
                let text = said.joined(separator: " ")
                let nothingSent = ["not sent", "nothing is sent", "without sending", "sends nothing", "nothing reaches", "no sms is sent",
                                   "not actually sent", "nothing sent", "without actually sending",
                                   // "isn't sent", "won't be sent", split at the apostrophe (a user's AWS `DryRun`, "When
                                   // set to true the message is checked and validated but isn't sent to the end
                                   // recipient", was reported DELIVERED).
                                   "isn t sent", "aren t sent", "won t be sent", "not be sent"].contains(where: text.contains)
                guard nothingSent || !Set(said).isDisjoint(with: ["test", "simulation", "simulates", "simulated", "sandbox"]) else { continue }
            }
            let set: Bool
            switch value {
            case .bool(let flag): set = flag
            case .number(let number): set = number.text == "1"
            case .string(let text): set = ["1", "true", "yes", "on", "y"].contains(text.lowercased())
            default: set = false
            }
            if set { return name }
        }
        return nil
    }
}

extension SandboxProvider {
    /// Whether a message kept was sent scheduled for later, read from the values its send gave (`SentMessages.values`)
    /// as any send's request (`scheduledTime`), that time not come yet.
    func wasScheduled(_ values: [String: JSONValue]) -> Bool {
        guard !values.isEmpty else { return false }
        // Only where one of them is a time some request declares (cheap, before any send is read).
        let times = model.operations.lazy.compactMap { $0.requestType.flatMap(self.shape) }.flatMap(\.fields).filter { field in
            if case .timestamp = field.type { values[field.spec.wireName.value] != nil } else { false }
        }
        guard !times.isEmpty else { return false }
        let request = JSONValue.object(values)
        return model.operations.filter(sends).contains { scheduledTime(of: request, for: $0) != nil }
    }

    /// `codes` with each delivery-status table's in the state of a message not sent yet: the table's pending entry
    /// whose words say scheduled, else its first accepted pending one, else its first pending one.
    func scheduledCodes(_ codes: [String: StatusEntry]) -> [String: StatusEntry] {
        var out = codes
        for name in codes.keys where isDeliveryStatusTable(name) {
            guard let table = table(name) else { continue }
            let pending = table.entries.filter { $0.outcome == .pending }
            let scheduled = pending.first { entry in
                [entry.name, entry.description].flatMap(Self.words).contains { ["scheduled", "schedule"].contains($0) }
            }
            if let entry = scheduled ?? pending.first(where: { $0.deliveryState == .accepted }) ?? pending.first { out[name] = entry }
        }
        return out
    }
}

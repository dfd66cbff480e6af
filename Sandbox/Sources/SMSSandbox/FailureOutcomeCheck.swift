import Foundation
import SMSSpecCore

extension SandboxEmulator {
    /// Why a configured failed outcome (`failed`, `failed:CODE`, of the run or of a recipient) cannot be reported by an
    /// emulated provider, one line each, as `smsspec-sandbox` refuses it at start: the delivery-status table its
    /// reports (else its look-ups) say a message's state in lists no failure, so a failed message's report would say
    /// the table's success (a user's SpeedSMS, whose `DeliveryStatus` lists 0 "Received" alone, posted `"status": 0`
    /// under `--outcome failed`, logged `(failed)`). The sandbox never says "failed" and posts a success (our rule).
    public var failureOutcomeProblems: [String] {
        let outcomes = [configuration.outcomes.run] + configuration.outcomes.byRecipient.keys.sorted().map { configuration.outcomes.byRecipient[$0]! }
        guard let asked = outcomes.first(where: { if case .failed = $0.kind { true } else { false } }) else { return [] }
        let spelt = DeliveryOutcome(asked.kind).description
        return providers.compactMap { provider in
            let unsayable = DeliveryTables.of(provider).map(\.statusTable).filter { table in !table.entries.contains { $0.outcome == .failure } }
            guard let table = unsayable.first else { return nil }
            let listed = table.entries.prefix(5).map { "\($0.codeAndName) (\($0.outcome.rawValue))" }.joined(separator: ", ")
                + (table.entries.count > 5 ? " and \(table.entries.count - 5) more" : "")
            let by = DeliveryCallback(provider: provider).map { "its report \($0.callback.spec.name.value)" } ?? "its look-ups"
            return "\(spelt): \(provider.id)'s delivery-status table \(table.id) lists no failure (\(listed.isEmpty ? "no entry" : listed)), "
                + "so \(by) of a failed message would say it was not failed. Give \(table.id) an entry with outcome: failure, "
                + "or run \(provider.id) in a sandbox of its own without a failed outcome."
        }
    }
}

import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

extension OperationResponder {
    /// A request missing a field its spec marks `secret: true` at its top — the credentials an operation with `auth:
    /// none` takes as request fields, which each call fills (docs/spec-format.md: a second API's login and password) —
    /// is refused as missing credentials (`badCredentials`) where the operation's tables have an `authentication`
    /// code, before any other broken rule, as the provider checks who asks first (our rule): a user's Devino
    /// `/rest/v2/User/Balance` without `Login` was answered LegacyErrorCode 3, its first invalid-request code, where 1
    /// and 2 say the authentication failed. Without such a code it is the missing field it is (the generic refusal).
    func missingSecretRefusal(_ violations: [ValidationViolation]) -> SandboxAnswer? {
        guard let shape = operation.requestType.flatMap(provider.shape) else { return nil }
        let secret = Set(shape.fields.filter { $0.spec.secret || $0.type == .secret }.map(\.spec.wireName.value))
        let missing = violations.filter { $0.rule == "required" && secret.contains($0.path) }.map(\.path)
        guard !missing.isEmpty, documentedEntries.contains(where: { $0.category == .authentication && $0.outcome == .failure }) else { return nil }
        return badCredentials(missing: true, parts: missing)
    }
}

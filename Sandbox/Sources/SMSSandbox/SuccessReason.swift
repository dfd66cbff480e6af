import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

extension PayloadBuilder {
    /// Whether a success built with no example of its shape leaves out its optional `field` declaring `role: reason`
    /// (why a request was refused: the client's `ProviderError.rawMessage`), where no example of a success of the spec
    /// (of a shape an operation answers under a 2xx status, reporting no failure) gives a field of that name and role
    /// words (our rule): a user's SpeedSMS status look-up, no example of its
    /// answer, said `"message": "00"`, its success code's name, where its documents' successes carry no `message` and
    /// its examples give one only beside an error.
    func leavesOutReason(_ field: FieldModel, plan: PayloadPlan) -> Bool {
        guard !plan.isFailure, plan.reportedTables == nil, !field.spec.required, field.spec.role?.value == .reason else { return false }
        let name = field.spec.wireName.value
        // The shapes of successes: an operation's 2xx answers (a 429's `message` says a refusal).
        let successes = Set(provider.model.operations.flatMap { operation in
            operation.spec.responses.filter { ($0.representativeStatus ?? 0) / 100 == 2 }.compactMap { $0.shape?.value }
        })
        return !provider.model.shapes.contains { shape in
            (successes.contains(shape.spec.name.value) || successes.contains(shape.swiftName)) && shape.fields.contains { $0.spec.wireName.value == name && $0.spec.role?.value == .reason }
                && provider.examples(of: [shape.spec.name.value, shape.swiftName]).contains { example in
                    guard case .string(let words)? = example[member: name], !words.isEmpty else { return false }
                    return !codes(in: example, shape: shape).contains { $0.outcome == .failure }
                }
        }
    }
}

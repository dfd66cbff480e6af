import SMSSpecCore
import SMSSpecRuntime

/// A field that is one value or a list of them (a union of a text or number and a list of texts or numbers): Telstra's
/// `to` and `messageId`, "a string for a single recipient, and an array of strings for multiple recipients". Every
/// send was answered the example's one id and one recipient, for two numbers too, and every report quoted that id.
extension PayloadBuilder {
    /// The value of `field`, typed by such a union, in the answer: a recipient field the request's recipients, a list
    /// where the request gave a list (or several), else one; an id field the id its report quotes, the id a look-up
    /// names, or fresh ids, one per recipient in a list where the request gave its recipients as a list (or several),
    /// else one. Nil for another union, another field, or a refusal (built as before).
    func oneOrManyValue(_ field: FieldModel, in union: UnionModel?, example: JSONValue?, plan: PayloadPlan) -> JSONValue? {
        guard let union, !plan.isFailure, let (single, element) = Self.oneOrMany(union) else { return nil }
        let exampleText = (example?.items?.first ?? example).flatMap(FormEncoder.text(of:))
        func scalar(_ text: String, _ type: ResolvedType) -> JSONValue {
            type == .string ? .string(text) : Int64(text).map { .number(JSONNumber(integerLiteral: $0)) } ?? .string(text)
        }
        func fresh(_ type: ResolvedType) -> JSONValue {
            type == .string
                ? .string(ids.text(like: exampleText, pattern: field.spec.constraints.pattern?.value)) : .number(JSONNumber(integerLiteral: ids.number()))
        }
        if provider.isRecipient(field) {
            guard plan.recipient == nil else { return nil }
            let recipients = recipients(in: plan.echoScope)
            guard !recipients.isEmpty else { return nil }
            if recipients.count > 1 || recipientsForm(in: plan.echoScope) == true {
                return .array(recipients.map { scalar($0, element) })
            }
            return scalar(recipients[0], single)
        }
        guard isIdentifierList(field) else { return nil }
        if !plan.ids.isEmpty, let quoted = plan.ids[field.spec.wireName.value] ?? quotedID(field.spec.wireName.value, in: plan.ids) {
            if let items = quoted.items { return .array(items.compactMap(FormEncoder.text(of:)).map { scalar($0, element) }) }
            return FormEncoder.text(of: quoted).map { scalar($0, single) }
        }
        if let asked = plan.lookedUpIDs, asked.values.count > 1 { return .array(asked.values.map { scalar($0, element) }) }
        if let lookedUp = plan.lookedUp, isLookedUp(field, by: lookedUp.parameter), let text = FormEncoder.text(of: lookedUp.value) {
            return scalar(text, single)
        }
        let recipients = recipients(in: plan.scope)
        if plan.recipient == nil, recipients.count > 1 || recipientsForm(in: plan.scope) == true {
            return .array(recipients.map { _ in fresh(element) })
        }
        return fresh(single)
    }

    /// The one-value variant's type and the list variant's element type of a union whose variants are texts or
    /// integers and lists of them, with one of each; nil for any other union.
    static func oneOrMany(_ union: UnionModel) -> (single: ResolvedType, element: ResolvedType)? {
        let scalars: [ResolvedType] = [.string, .int, .int64]
        var single: ResolvedType?, element: ResolvedType?
        for variant in union.variants {
            switch variant.type {
            case let type where scalars.contains(type): single = single ?? type
            case .array(let inner) where scalars.contains(inner): element = element ?? inner
            default: return nil
            }
        }
        guard let single, let element else { return nil }
        return (single, element)
    }
}

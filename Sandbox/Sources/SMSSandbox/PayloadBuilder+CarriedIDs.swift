import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

extension PayloadBuilder {
    /// Whether the fresh id an answer of `operation` gives in its text field `name` is written in digits: an id takes
    /// the type of every field that will carry it (our rule), and a field of an integer type carries this one — a
    /// delivery report's required id that quotes it (`DeliveryCallback.quotedIDs`), or a look-up's request field of its
    /// name, or declaring `role: messageID` where it does. A user's SMS Partner bulk answered each message a UUID
    /// `messageId` (a text field), which its reports quoted in their int64 `msgId`: the spec's own receiver refused
    /// every report. A user's RingCentral batch `id` so, in its report's int64 `body.id`.
    func isCarriedAsNumber(_ name: String, operation: String) -> Bool {
        guard !operation.isEmpty, let model = provider.model.operations.first(where: { $0.spec.id.value == operation }),
            let answer = provider.successAnswer(of: model)?.shape.flatMap({ provider.shape($0.value) })
        else { return false }
        let isNumber = { (field: FieldModel) in field.type == .int || field.type == .int64 }
        let declared = { (name: String) in self.provider.declaredRoles[name.lowercased()]?.contains(.messageID) == true }
        let given = Array(Set(shapeNames(in: answer).compactMap(provider.shape).flatMap(\.fields).filter(isIdentifierList).map(\.spec.wireName.value)))
        if let callback = DeliveryCallback(provider: provider) {
            let quoting = shapeNames(in: callback.shape).compactMap(provider.shape).flatMap(\.fields).filter { $0.spec.required && isIdentifier($0) }
            if quoting.contains(where: { field in
                let quoted = field.spec.wireName.value
                return isNumber(field) && (given.first { Self.plain($0) == Self.plain(quoted) } ?? quotedIDName(quoted, among: given)) == name
            }) {
                return true
            }
        }
        for lookUp in provider.model.operations where provider.isLookUp(lookUp) {
            guard let request = lookUp.requestType.flatMap(provider.shape) else { continue }
            let fields = shapeNames(in: request).compactMap(provider.shape).flatMap(\.fields)
            if fields.contains(where: { field in
                let asked = field.spec.wireName.value
                return isNumber(field) && isIdentifier(field)
                    && (Self.plain(asked) == Self.plain(name) || field.spec.role?.value == .messageID && declared(name))
            }) {
                return true
            }
        }
        return false
    }

    /// A fresh text id for the answer field `name`: digits where a field of an integer type carries it
    /// (`isCarriedAsNumber`) and the field's pattern, if any, takes digits; else shaped like `example`.
    func freshTextID(_ name: String, like example: String?, pattern: String?, plan: PayloadPlan) -> String {
        // Without an example at hand, written as the provider's examples write an id of that name elsewhere (our rule):
        // a user's Verimor push and status said a UUID as `message_id`, which its documents write `"13582302"`.
        let example = example ?? documentedIDText(name)
        if plan.reportedTables == nil, isCarriedAsNumber(name, operation: plan.operation) {
            let shaped = ids.text(like: example, pattern: pattern)
            if shaped.allSatisfy(\.isASCII), Int64(shaped) != nil { return shaped }
            let digits = String(ids.number())
            if pattern.map({ Patterns.matches(digits, $0) }) ?? true { return digits }
            return shaped
        }
        return ids.text(like: example, pattern: pattern)
    }
}

extension PayloadBuilder {
    /// The id a report quotes of its send's id `value`, given in the answer's field `source`: where that field joins
    /// one id per recipient into one text (`separator`; Cellsynt's `OK: id1,id2`, in the request's order), the one of
    /// the recipient reported, where each report quoted the whole joined list; else `value`.
    func ownID(_ value: JSONValue, quoting source: String?, plan: PayloadPlan) -> JSONValue {
        guard plan.reportedTables != nil, let source, let separator = provider.joinedListSeparators[source], case .string(let text) = value,
            let recipient = plan.recipient
        else { return value }
        let parts = SeparatedList.texts(of: text, separator: separator).filter { !$0.isEmpty }
        let recipients = recipients(in: plan.scope)
        guard parts.count > 1, parts.count == recipients.count, let index = recipients.firstIndex(of: recipient) else { return value }
        return .string(parts[index])
    }
}

extension PayloadBuilder {
    /// The text the provider's examples give a field named `name` (a scalar, at any depth), the first found in the spec's
    /// order; nil for a bare id name (`id`, `sid`), which names different things' ids.
    func documentedIDText(_ name: String) -> String? {
        guard !Self.bareIdentifiers.contains(Self.plain(name)) else { return nil }
        func find(_ value: JSONValue, depth: Int) -> String? {
            guard depth < 8 else { return nil }
            if let items = value.items { return items.prefix(8).lazy.compactMap { find($0, depth: depth + 1) }.first }
            guard let members = value.members else { return nil }
            if let own = members[name], own.members == nil, own.items == nil, own != .null, let text = FormEncoder.text(of: own), !text.isEmpty {
                return text
            }
            return members.keys.sorted().lazy.compactMap { find(members[$0]!, depth: depth + 1) }.first
        }
        return provider.model.examples.lazy.compactMap { self.provider.parsed($0.spec) }.compactMap { find($0, depth: 0) }.first
    }
}

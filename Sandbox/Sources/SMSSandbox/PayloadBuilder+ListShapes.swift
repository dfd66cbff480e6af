import Foundation
import SMSSpecCore
import SMSSpecRuntime

/// Answers that are a JSON list (`items:` shapes): OCA's history, Semaphore's and Exotel's answers to a send.
extension PayloadBuilder {
    /// The list of a list shape whose element is a shape or a union of shapes. For a send naming recipients whose
    /// element names one (at any depth): one element per recipient (`addressees(in:)`: each with its entry's fields,
    /// BulkSMS's text of each entry of its bare list), built from the example's element that reports
    /// no failure — Semaphore answered the example's one message to `639998887777`, and Exotel's bulk send the
    /// example's two results verbatim, the second a refusal (`RestException` 1002), for any valid request. Else the
    /// example's elements, each built again (in the union variant it is written in); else one. A refusal of the whole
    /// request is one element.
    func listShapePayload(_ element: ResolvedType, template: JSONValue?, plan: PayloadPlan) -> JSONValue {
        let variants = elementShapes(element)
        let union: UnionModel? = if case .union(let reference) = element { provider.union(reference) } else { nil }
        guard let firstVariant = variants.first else { return template ?? .array([]) }
        let examples = template?.items ?? []
        let (list, addressees) = self.addressees(in: plan.scope)
        if plan.recipient == nil, !plan.isFailure, !addressees.isEmpty, let named = variants.first(where: namesRecipient) {
            let written = examples.compactMap { item in variant(of: item, among: variants).map { (item: item, shape: $0) } }
            let success = written.first { codes(in: $0.item, shape: $0.shape).allSatisfy { $0.outcome != .failure } && namesRecipient($0.shape) }
            return .array(addressees.map { addressee in
                var itemPlan = plan
                (itemPlan.recipient, itemPlan.scope) = (addressee.recipient, addressee.scope)
                itemPlan.placed = nil
                itemPlan.itemCodes = [:]
                // A recipient refused alone (Gupshup's `123` among valid numbers) is the element refusing it, in the
                // example's element that reports that code, with its number; the others are sent.
                if isFailedItem(list: list, itemList: plan.itemList), let code = plan.itemCodes[addressee.index] {
                    itemPlan.codes[code.table] = code
                    itemPlan.isFailure = true
                    let refusal = written.first { item in codes(in: item.item, shape: item.shape).contains { $0.table == code.table && $0.outcome == .failure } }
                    let shape = refusal?.shape ?? named
                    return namingKind(build(shape, template: refusal?.item ?? self.template(for: shape, code: code), plan: itemPlan), of: shape, in: union)
                }
                let shape = success?.shape ?? named
                return namingKind(build(shape, template: success?.item ?? self.template(for: named, code: nil), plan: itemPlan), of: shape, in: union)
            })
        }
        // A look-up of a send to several numbers: one element per recipient (a user's NetGSM report lines said the last
        // recipient on every line of the example; our rule).
        if let batch = plan.batch, !plan.isFailure, let named = variants.first(where: namesRecipient) {
            let written = examples.compactMap { item in variant(of: item, among: variants).map { (item: item, shape: $0) } }
            let success = written.first { codes(in: $0.item, shape: $0.shape).allSatisfy { $0.outcome != .failure } && namesRecipient($0.shape) }
            return .array(perMessage(batch, element: success?.shape ?? named, examples: success.map { [$0.item] } ?? [], plan: plan, entering: nil)
                .map { namingKind($0, of: success?.shape ?? named, in: union) })
        }
        if plan.isFailure, plan.recipient == nil, plan.itemCodes.isEmpty {
            // A refusal of the whole request is one element, in the example's element that reports a failure: each
            // example element refused again was Gupshup's `error | 105 |` three times, two without their words. The
            // example's elements around it that are of no message (`isAroundRefusal`) stay, in its order: TextMarketer's
            // `FAILED` was answered alone, without the reason and credits lines of its example. An example with no such
            // element is no refusal's, and none of its elements is around one: NetGSM's inbox, whose example is two
            // inbound messages, was refused with `70` and the second message, the reason as its text.
            let failing = examples.firstIndex { item in
                variant(of: item, among: variants).map { codes(in: item, shape: $0).contains { $0.outcome == .failure } } ?? false
            }
            guard let refusal = failing ?? examples.indices.first else {
                return .array([namingKind(build(firstVariant, template: nil, plan: plan), of: firstVariant, in: union)])
            }
            // Around it no code, and what its example gives, its words saying why (`reason`): given the refusal's
            // code, each was `FAILED` again; built as a refusal, its credits were left out.
            var around = plan
            (around.codes, around.isFailure) = ([:], false)
            return .array(examples.indices.filter { $0 == refusal || failing != nil && isAroundRefusal(examples[$0], among: variants) }.map { index in
                let shape = variant(of: examples[index], among: variants) ?? firstVariant
                return namingKind(build(shape, template: examples[index], plan: index == refusal ? plan : around), of: shape, in: union)
            })
        }
        // Without the list's example, one element of the element's own; without that either, none, where the request
        // names no one and the element has no code to say (the sandbox keeps no state: a listing holds nothing it
        // knows of): The SMS Works' inbox listed an inbound message from "" of the text "", as a list in an object did
        // (`buildList`).
        if examples.isEmpty, addressees.isEmpty, plan.codes.isEmpty, plan.placed?.value.items == nil {
            guard let own = self.template(for: firstVariant, code: nil) else { return .array([]) }
            return .array([namingKind(build(firstVariant, template: own, plan: plan), of: firstVariant, in: union)])
        }
        return .array((examples.isEmpty ? [nil] : examples.map { $0 }).map { item in
            let shape = item.flatMap { variant(of: $0, among: variants) } ?? firstVariant
            return namingKind(build(shape, template: item, plan: plan), of: shape, in: union)
        })
    }

    /// A value of a discriminated union built as `shape` says its kind as the generated enum writes it (`naming`),
    /// unless it already names one of the shape's values (an example's); any other value as it is.
    func namingKind(_ value: JSONValue, of shape: ShapeModel, in union: UnionModel?) -> JSONValue {
        guard let discriminated = union?.discriminated, let variant = discriminated.variants.first(where: { $0.shape.swiftName == shape.swiftName })
        else { return value }
        if let kind = value.members?[discriminated.field].flatMap(FormEncoder.text(of:)), variant.values.contains(kind) { return value }
        return Self.naming(variant, of: discriminated, in: value)
    }

    /// The shapes a list's element can be: the shape, or a union's shape variants.
    private func elementShapes(_ element: ResolvedType) -> [ShapeModel] {
        switch element {
        case .shape(let name): provider.shape(name).map { [$0] } ?? []
        case .union(let name): provider.union(name)?.variants.compactMap { variant in
                if case .shape(let shape) = variant.type { provider.shape(shape) } else { nil }
            } ?? []
        default: []
        }
    }

    /// The variant an example element is written in: the first whose required fields it all gives.
    func variant(of item: JSONValue, among variants: [ShapeModel]) -> ShapeModel? {
        guard let members = item.members else { return nil }
        return variants.first { shape in shape.fields.allSatisfy { !$0.spec.required || members[$0.spec.wireName.value] != nil } }
    }

    /// Whether an example's element is of the answer around a refusal, not of a message: it reports no code and gives
    /// no id, recipient, object or list (TextMarketer's `Error: …` reason and credits lines; not Gupshup's
    /// `success | 9199… | …`, a message sent).
    private func isAroundRefusal(_ item: JSONValue, among variants: [ShapeModel]) -> Bool {
        guard let shape = variant(of: item, among: variants), codes(in: item, shape: shape).isEmpty,
            let members = item.members, !members.values.contains(where: { $0.members != nil || $0.items != nil })
        else { return false }
        return !shape.fields.contains { field in members[field.spec.wireName.value] != nil && (isIdentifier(field) || provider.isRecipient(field)) }
    }

    /// Whether `shape` or a shape it holds has a text field named like a recipient.
    func namesRecipient(_ shape: ShapeModel) -> Bool {
        shapeNames(in: shape).compactMap(provider.shape).contains { held in
            held.fields.contains { ($0.type == .string || $0.type == .secret) && provider.isRecipient($0) }
        }
    }
}

import SMSSpecCore
import SMSSpecRuntime

/// A refusal whose code lives in a union of one object or a list of them (a user's iSendPro `etat.etat`: `{many:
/// '[EtatEntry]', one: EtatEntry}`, the code in `EtatEntry.code`): it was written the union's first variant built from
/// nothing, an empty list, and the code its log named was in no answer (`{"etat":{"etat":[]}}`).
extension PayloadBuilder {
    /// The value of a union field `reference` in a refusal saying `plan.codes` that no example gives: the first
    /// variant holding one of the codes' tables, a shape or a list of one element, built from an example of that
    /// shape nested in the provider's examples that reports the code (its words), else from nothing. Nil where no
    /// variant holds one.
    func refusalUnionValue(_ reference: TypeReference, plan: PayloadPlan) -> JSONValue? {
        guard plan.isFailure, let union = provider.union(reference) else { return nil }
        let tables = Set(plan.codes.keys)
        guard !tables.isEmpty else { return nil }
        for variant in union.variants {
            let (held, listed): (TypeReference?, Bool) = switch variant.type {
            case .shape(let shape): (shape, false)
            case .array(.shape(let shape)): (shape, true)
            default: (nil, false)
            }
            guard let held, let shape = provider.shape(held), shape.listElement == nil,
                tables.contains(where: { reaches(shapeNamed: shape.swiftName, table: $0) })
            else { continue }
            let nested = nestedExamples(of: shape)
            let code = plan.codes.values.first { reaches(shapeNamed: shape.swiftName, table: $0.table) }
            let example = nested.first { value in code.map { codes(in: value, shape: shape).contains($0) } ?? false }
                ?? nested.first { value in codes(in: value, shape: shape).contains { $0.outcome == .failure } }
            // Naming the number refused, where the shape names one (`tel`), not the example's.
            var childPlan = plan
            if childPlan.recipient == nil, let refused = plan.refusedRecipient, !refused.isEmpty { childPlan.recipient = refused }
            let built = build(shape, template: example, plan: childPlan)
            return listed ? .array([built]) : namingKind(built, of: shape, in: union)
        }
        return nil
    }

    /// The values of the provider's examples, at any depth, that are objects of `shape` (through lists, maps, shapes
    /// and unions, a union's value taken as a variant it fits: an object as a shape, a list as a list).
    func nestedExamples(of shape: ShapeModel) -> [JSONValue] {
        var found: [JSONValue] = []
        func visitShape(_ value: JSONValue, _ held: ShapeModel, depth: Int) {
            if let element = held.listElement { visit(value, .array(element), depth: depth + 1); return }
            guard let members = value.members else { return }
            if held.swiftName == shape.swiftName { found.append(value); return }
            for field in held.fields {
                if let member = members[field.spec.wireName.value] { visit(member, field.type, depth: depth + 1) }
            }
        }
        func visit(_ value: JSONValue, _ type: ResolvedType, depth: Int) {
            guard depth < 12 else { return }
            switch type {
            case .array(let element):
                for item in value.items ?? [] { visit(item, element, depth: depth + 1) }
            case .map(let element):
                for item in (value.members ?? [:]).values { visit(item, element, depth: depth + 1) }
            case .shape(let reference):
                if let held = provider.shape(reference) { visitShape(value, held, depth: depth + 1) }
            case .union(let reference):
                for variant in provider.union(reference)?.variants ?? [] {
                    switch (variant.type, value) {
                    case (.array, .array), (.shape, .object): visit(value, variant.type, depth: depth + 1)
                    default: continue
                    }
                }
            default: return
            }
        }
        for example in provider.model.examples.map(\.spec) {
            guard let value = provider.parsed(example) else { continue }
            if let holder = provider.shape(example.message.value) {
                visitShape(value, holder, depth: 0)
            } else if let union = provider.union(example.message.value) {
                // An example of a union answer (a user's KudiSMS `SendAnswer`: `sent` or `refused`), as a variant it fits.
                for variant in union.variants {
                    switch (variant.type, value) {
                    case (.array, .array), (.shape, .object): visit(value, variant.type, depth: 1)
                    default: continue
                    }
                }
            }
        }
        return found
    }
}

/// A look-up listing several messages sent says each as a look-up of it alone does.
extension PayloadBuilder {
    /// `plan`, for an entry of a look-up's list about the message `id` a send of this run was answered, with the text,
    /// the other values and ids its send gave or was answered (where the look-up gives none of their names), and the
    /// time it was answered; none of those ids left out as a field the look-up's request left out.
    func withSentValues(of id: String, lookedUpBy parameter: String, in plan: inout PayloadPlan) {
        guard let sent else { return }
        var members = plan.scope.members ?? [:]
        if let text = sent.text(of: id, provider: provider.id), members[text.name] == nil { members[text.name] = .string(text.text) }
        for (name, value) in sent.values(of: id, provider: provider.id) where members[name] == nil { members[name] = value }
        plan.scope = .object(members)
        plan.placed?.value = plan.scope
        for (name, value) in sent.itemIDs(of: id, provider: provider.id) where plan.ids[name] == nil && name != parameter && members[name] == nil {
            plan.ids[name] = value
        }
        // And the id asked for, as its own field's (`OperationResponder.accepted`).
        if !plan.ids.isEmpty, plan.ids[parameter] == nil { plan.ids[parameter] = .string(id) }
        plan.unsent.subtract(plan.ids.keys.map(Self.plain))
        plan.unsent.formUnion(sent.unsent(of: id, provider: provider.id).subtracting(plan.ids.keys.map(Self.plain)).subtracting(members.keys.map(Self.plain)))
        plan.createdAt = sent.time(of: id, provider: provider.id) ?? plan.createdAt
        // Not sent yet where its send scheduled it for later (`SandboxProvider.wasScheduled`).
        if provider.wasScheduled(sent.values(of: id, provider: provider.id)) { plan.codes = provider.scheduledCodes(plan.codes) }
    }
}

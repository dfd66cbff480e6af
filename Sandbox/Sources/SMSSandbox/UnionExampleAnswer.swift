import SMSSpecCore
import SMSSpecRuntime

/// A success answered by a union in the variant the spec's example of a success is written in: a user's LabsMobile
/// prices answer, `{refused: Result, prices: '{CountryPrice}'}` (lint wants the shape first), was written as its first
/// variant, the `Result` of a sent message, for every price look-up, which the generated client read as `.refused`.
extension OperationResponder {
    /// The variant of the union `response` answers with that the spec's first example of the union reporting no
    /// failure is written in (the first variant a client reads it as), with that example; nil for an answer that is a
    /// shape, or a union with no such example or whose such example is in its first shape variant (written so anyway).
    func successVariant(of response: ResponseSpec?) -> (variant: ResolvedType, example: JSONValue)? {
        guard let name = response?.shape?.value, provider.shape(name) == nil, let union = provider.union(name) else { return nil }
        let variants = provider.variantsReading(union)
        for example in provider.examples(of: [union.spec.name.value, union.swiftName]) {
            guard let variant = variants.first(where: { reads($0, example) }) else { continue }
            if case .shape(let reference) = variant, let shape = provider.shape(reference),
                builder.codes(in: example, shape: shape).contains(where: { $0.outcome == .failure })
            {
                continue
            }
            if case .table = variant { continue }
            let firstShape = variants.first { if case .shape = $0 { true } else { false } }
            return variant == firstShape ? nil : (variant, example)
        }
        return nil
    }

    /// The success built in `variant` from `example` (`successVariant`): a shape's as a shape is built; a map of
    /// shapes, each entry built from the example's (fresh ids, the request's values), keyed as the example keys them;
    /// any other the example as it is.
    func successValue(in variant: ResolvedType, example: JSONValue, plan: PayloadPlan) -> (value: JSONValue, shape: ShapeModel?) {
        switch variant {
        case .shape(let reference):
            guard let shape = provider.shape(reference) else { return (example, nil) }
            return (builder.build(shape, template: example, plan: plan), shape)
        case .map(.shape(let reference)):
            guard let element = provider.shape(reference), let entries = example.members else { return (example, nil) }
            var entryPlan = plan
            entryPlan.placed = nil
            return (.object(entries.mapValues { builder.build(element, template: $0, plan: entryPlan) }), nil)
        case .array(.shape(let reference)):
            guard let element = provider.shape(reference), let items = example.items else { return (example, nil) }
            var itemPlan = plan
            itemPlan.placed = nil
            return (.array(items.map { builder.build(element, template: $0, plan: itemPlan) }), nil)
        default:
            return (example, nil)
        }
    }

    /// Whether a client reads `value` as `type`: an object giving every required field of a shape, an object or list
    /// of such values, a text, number or boolean of its kind, a code of a table.
    func reads(_ type: ResolvedType, _ value: JSONValue) -> Bool {
        switch (type, value) {
        case (.shape(let reference), .object(let members)):
            guard let shape = provider.shape(reference), shape.listElement == nil else {
                return provider.shape(reference)?.listElement.map { reads(.array($0), value) } ?? false
            }
            return shape.fields.allSatisfy { !$0.spec.required || $0.defaultValue != nil || members[$0.spec.wireName.value] != nil }
        case (.shape(let reference), .array):
            return provider.shape(reference)?.listElement.map { reads(.array($0), value) } ?? false
        case (.map(let element), .object(let members)): return members.values.allSatisfy { reads(element, $0) }
        case (.array(let element), .array(let items)): return items.allSatisfy { reads(element, $0) }
        case (.string, .string), (.secret, .string), (.bool, .bool), (.json, _): return true
        case (.int, .number), (.int64, .number), (.double, .number), (.decimal, .number): return true
        case (.table(let reference), _):
            return provider.table(reference.swiftName)?.entry(of: value) != nil
        case (.union(let reference), _): return provider.union(reference).map { $0.variants.contains { reads($0.type, value) } } ?? false
        default: return false
        }
    }

    /// An example of the refusal's `shape` that holds no code, its union fields read as variants holding none (a user's
    /// D7 422 `{"detail": [{"loc": …, "msg": …, "type": …}]}`: FastAPI's list of errors, the union `Detail`'s
    /// `validation` variant, beside its `error` variant carrying the ErrorCode table): what a refusal no code is chosen
    /// for is answered in, where it was its status with no body (our rule). Nil where the shape holds no union field
    /// that carries a code, or no example reads so.
    func codelessExample(of shape: ShapeModel) -> JSONValue? {
        guard shape.listElement == nil else { return nil }
        func holdsCode(_ type: ResolvedType) -> Bool { provider.tables.contains { builder.reaches(type, table: $0.id) } }
        let unions = shape.fields.filter { field in
            if case .union = field.type { holdsCode(field.type) } else { false }
        }
        guard !unions.isEmpty else { return nil }
        return provider.examples(of: [shape.spec.name.value, shape.swiftName]).first { example in
            guard example.members != nil, builder.codes(in: example, shape: shape).isEmpty else { return false }
            return shape.fields.allSatisfy { field in
                guard holdsCode(field.type) else { return true }
                guard let value = example[member: field.spec.wireName.value], value != .null else { return !field.spec.required }
                guard case .union(let reference) = field.type, let union = provider.union(reference),
                    let variant = provider.variantsReading(union).first(where: { reads($0, value) })
                else { return false }
                return !holdsCode(variant)
            }
        }
    }
}

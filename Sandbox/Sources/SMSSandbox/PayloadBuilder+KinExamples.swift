import Foundation
import SMSSpecCore
import SMSSpecRuntime

extension PayloadBuilder {
    /// The text the provider's examples give the required text field `name` of a shape akin to `shape`, where no
    /// example of `shape` gives one (our rule): a shape holding an object of the same shape under the same name (a
    /// user's Flowroute `MessageRecordData`, no example, and its inbound `InboundSMSData`, both `attributes:
    /// MessageAttributes`) names it alike, and its look-up said `"type": ""` where the inbound example says
    /// `"message"`. The examples of a request's shapes aside (what a caller sends); the first non-empty text found,
    /// examples and fields in the spec's order; nil for none.
    func kinExampleText(_ name: String, of shape: ShapeModel) -> String? {
        let held = Set(shape.fields.compactMap { field -> String? in
            guard case .shape(let reference) = field.type else { return nil }
            return field.spec.wireName.value + ":" + reference.swiftName
        })
        // Or a variant of a union or of a discriminated callback `shape` is a variant of (a user's 8x8 `InboundEvent`, no example, beside
        // `DeliveryReceiptEvent` in its `Webhook`: its inbound message said `"namespace": ""` where the receipt's example
        // says "SMS"; our rule).
        let groups = provider.model.unions.map { union in
            union.variants.compactMap { variant -> String? in if case .shape(let name) = variant.type { name.swiftName } else { nil } }
        } + provider.model.callbacks.map { callback in provider.shapes(of: callback).map(\.shape.swiftName) }
        var siblings = Set(groups.flatMap { $0.contains(shape.swiftName) ? $0 : [] })
        // And the shapes such siblings hold under the name one holds `shape` by (8x8's inbound `payload:
        // InboundMessage` beside the receipt's `payload: DeliveryReceipt`).
        for group in groups {
            let members = group.compactMap(provider.shape)
            for holder in members {
                for field in holder.fields {
                    guard case .shape(let reference) = field.type, reference.swiftName == shape.swiftName else { continue }
                    for other in members where other.swiftName != holder.swiftName {
                        for held in other.fields where held.spec.wireName.value == field.spec.wireName.value {
                            if case .shape(let kin) = held.type { siblings.insert(kin.swiftName) }
                        }
                    }
                }
            }
        }
        siblings.remove(shape.swiftName)
        guard !held.isEmpty || !siblings.isEmpty else { return nil }
        let requests = Set(provider.model.operations.compactMap { $0.requestType.flatMap(provider.shape) }.flatMap { shapeNames(in: $0) })
        func isKin(_ other: ShapeModel) -> Bool {
            other.swiftName != shape.swiftName && !requests.contains(other.swiftName)
                && other.fields.contains { $0.spec.wireName.value == name && $0.type == .string }
                && (siblings.contains(other.swiftName) || other.fields.contains { field in
                    guard case .shape(let reference) = field.type else { return false }
                    return held.contains(field.spec.wireName.value + ":" + reference.swiftName)
                })
        }
        // Each example's objects, with their shapes, at most `limit` of them visited.
        var visited = 0
        let limit = 10_000
        func find(_ value: JSONValue, in current: ShapeModel, depth: Int) -> String? {
            visited += 1
            guard visited <= limit, depth <= 16 else { return nil }
            if isKin(current), case .string(let text)? = value[member: name], !text.isEmpty { return text }
            for field in current.fields {
                guard let member = value[member: field.spec.wireName.value] else { continue }
                switch field.type {
                case .shape(let reference):
                    if let child = provider.shape(reference), let found = find(member, in: child, depth: depth + 1) { return found }
                case .array(.shape(let reference)):
                    guard let child = provider.shape(reference) else { continue }
                    for item in member.items ?? [] { if let found = find(item, in: child, depth: depth + 1) { return found } }
                default: continue
                }
            }
            return nil
        }
        // An example named for a callback is of its shape, or of the variant its discriminator names.
        func exampleShape(_ example: ExampleSpec, _ value: JSONValue) -> ShapeModel? {
            if let shape = provider.shape(example.message.value) { return shape }
            guard let callback = provider.model.callbacks.first(where: { [$0.spec.name.value, $0.swiftName].contains(example.message.value) }) else { return nil }
            return provider.shapes(of: callback).first { candidate in
                candidate.discriminator.map { value[member: $0.field] == .string($0.value) } ?? true
            }?.shape
        }
        for example in provider.model.examples.map(\.spec) {
            guard let value = provider.parsed(example), let top = exampleShape(example, value), !requests.contains(top.swiftName) else { continue }
            if let found = find(value, in: top, depth: 0) { return found }
        }
        return nil
    }
}

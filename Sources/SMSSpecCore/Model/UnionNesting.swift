/// Which unions generated decoding reads at most once per place of a payload (the runtime's `UnionReads`). A union
/// tries its variants in turn, and two that read the same kind of value (two object shapes, two lists) each read
/// the value below; when both hold unions, each of those is read once per variant tried above it, and unions
/// nesting so (a tree of such unions, or 30 of them in a row) read one value 2ⁿ times. Only unions below such a pair
/// of variants are kept per place: elsewhere no place is read twice, and keeping would only cost.
enum UnionNesting {
    /// `variantKinds`: for each union, the kinds of value each variant reads, in order. Linear in the spec.
    static func unionsReadOncePerPlace(in spec: ProviderSpec, variantKinds: [String: [Set<JSONKind>]]) -> Set<String> {
        var held: [String: [String]] = [:]  // The types each shape or union refers to.
        for shape in spec.shapes { held[shape.name.value] = (shape.fields.map(\.type.value) + (shape.items.map { [$0.value] } ?? [])).flatMap(\.referencedNames) }
        for union in spec.unions { held[union.name.value] = union.variants.map(\.type.value).flatMap(\.referencedNames) }
        let unions = Set(spec.unions.map(\.name.value))
        let holdingUnions = typesHoldingUnions(held: held, unions: unions)

        // The names held by each variant that holds a union and shares a kind of value with another such variant.
        var roots: [String] = []
        // A discriminated union reads one variant, the one its field names: it tries none in turn.
        for union in spec.unions where union.discriminator == nil {
            let kinds = variantKinds[union.name.value] ?? []
            let holding = zip(union.variants, kinds).filter { variant, _ in
                variant.type.value.referencedNames.contains { unions.contains($0) || holdingUnions.contains($0) }
            }
            var holdersOfKind: [JSONKind: Int] = [:]
            for (_, kinds) in holding { for kind in kinds { holdersOfKind[kind, default: 0] += 1 } }
            for (variant, kinds) in holding where kinds.contains(where: { holdersOfKind[$0, default: 0] > 1 }) {
                roots += variant.type.value.referencedNames
            }
        }
        var reached = Set(roots)
        while let name = roots.popLast() {
            for next in held[name] ?? [] where reached.insert(next).inserted { roots.append(next) }
        }
        return reached.intersection(unions)
    }

    /// The types from which a union is one or more steps away: walked back from the unions.
    private static func typesHoldingUnions(held: [String: [String]], unions: Set<String>) -> Set<String> {
        var holders: [String: [String]] = [:]
        for (holder, names) in held { for name in names { holders[name, default: []].append(holder) } }
        var reaching: Set<String> = []
        var frontier = Array(unions)
        while let name = frontier.popLast() {
            for holder in holders[name] ?? [] where reaching.insert(holder).inserted { frontier.append(holder) }
        }
        return reaching
    }
}

extension ProviderComparison {
    /// Decoding tries a union's variants in order and keeps the first that reads the value: two variants reading a
    /// kind of JSON value in common (a table and a string both read text, two shapes an object) that now come in the
    /// other order read a payload both read as the other variant, silently — breaking. Swapped variants with no kind
    /// in common read what they read before: listed.
    func variantOrderChanges(_ old: UnionModel, _ new: UnionModel) -> [SpecChange] {
        guard old.discriminated == nil, new.discriminated == nil else { return [] }
        let oldPlace = Dictionary(old.variants.enumerated().map { ($1.caseName, $0) }, uniquingKeysWith: { first, _ in first })
        let kept = new.variants.filter { oldPlace[$0.caseName] != nil }
        let oldOrder = old.variants.map(\.caseName).filter { name in kept.contains { $0.caseName == name } }
        guard kept.map(\.caseName) != oldOrder else { return [] }
        var swapped: [String] = []
        for (index, later) in kept.enumerated() {
            for earlier in kept[..<index] where oldPlace[earlier.caseName]! > oldPlace[later.caseName]! {
                let shared = earlier.reads.intersection(later.reads)
                guard !shared.isEmpty else { continue }
                let kinds = JSONKind.allCases.filter(shared.contains).map(\.rawValue).joined(separator: ", ")
                swapped.append("'\(earlier.caseName)' is now tried before '\(later.caseName)' (both read \(kinds))")
            }
        }
        let order = "\(oldOrder.joined(separator: ", ")) → \(kept.map(\.caseName).joined(separator: ", "))"
        guard !swapped.isEmpty else {
            return [change(.changed, "union \(new.swiftName), variant order", "\(order): no swapped variants read a value in common", .compatible)]
        }
        let shown = swapped.prefix(3).joined(separator: "; ") + (swapped.count > 3 ? "; and \(swapped.count - 3) more pairs" : "")
        return [change(
            .changed, "union \(new.swiftName), variant order", "\(order): \(shown): a payload both read now decodes as the other", .breaking)]
    }

    /// A callback's or union's discriminator: the field it reads (every payload's kind is read elsewhere: breaking),
    /// and the case each value chooses (one gone or moved to another shape decodes as something else: breaking). A
    /// union now chosen by a field, or no longer, reads its payloads another way, and gains or loses `unknown`; its
    /// cases are then compared as variants.
    func discriminatorChanges(_ old: DiscriminatedModel?, _ new: DiscriminatedModel?, in scope: String, noun: String) -> [SpecChange] {
        let pairs = { (model: DiscriminatedModel?) in model?.variants.flatMap { variant in variant.values.map { ($0, variant.caseName) } } ?? [] }
        let described = { (model: DiscriminatedModel?) in model.map { "chosen by field '\($0.field)'" } ?? "variants tried in order" }
        var changes: [SpecChange] = []
        if old?.field != new?.field {
            let by = old == nil || new == nil ? ", a value of a kind it does not list is now \(new == nil ? "refused" : "kept as unknown")" : ""
            changes.append(change(.changed, "\(scope), discriminator", "\(described(old)) → \(described(new))\(by)", .breaking))
        }
        // A union gaining or losing its discriminator keeps its cases, compared as variants.
        guard (old == nil) == (new == nil) else { return changes }
        return changes + cases(pairs(old), pairs(new), in: scope, noun: noun)
    }
}

extension ProviderComparison {
    /// Decoding tries a union's variants in order and keeps the first that reads the value: two variants reading a
    /// kind of JSON value in common (a table and a string both read text, two shapes an object) that now come in the
    /// other order read a payload both read as the other variant, silently — breaking. Swapped variants with no kind
    /// in common read what they read before: listed.
    func variantOrderChanges(_ old: UnionModel, _ new: UnionModel) -> [SpecChange] {
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
}

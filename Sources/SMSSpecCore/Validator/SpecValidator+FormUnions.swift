extension SpecValidator {
    /// In a form or query every value is one text, so a union there tells its variants apart by that text alone: of
    /// two variants that read a single text (a string, number, bool, date, enum, table or `json`), the first takes
    /// every text both read. A value of the second is then written as text that reads back as the first — `int64`
    /// then `string` reads `"0017"` as 17, `int` then `bool` reads a `true` written `1` as 1, and `string` first never
    /// leaves a number for `int` — so such a union is refused where a form or query carries it (JSON tells the kinds
    /// apart). The variants named are the first two, unions inside the union included.
    func checkFormUnion(_ field: FieldSpec, in shape: ShapeSpec, sentBy sender: String, as encoding: EncodingKind) {
        guard let union = unionCarried(by: field.type.value) else { return }
        let readers = singleTextVariants(of: union)
        guard readers.count > 1 else { return }
        let (first, second) = (readers[0], readers[1])
        diagnostics.error(
            "field '\(field.wireName.value)' of shape '\(shape.name.value)' is sent \(encoding == .form ? "in a form" : "in the query") "
                + "by \(sender) (encoding: \(encoding.rawValue)), where every value is text: union '\(union)' reads it as variant "
                + "'\(first.name)' (\(first.type.abbreviated)) before variant '\(second.name)' (\(second.type.abbreviated)), so a "
                + "'\(second.name)' value written as text may read back as a '\(first.name)'; give the field one type "
                + "(a string keeps the text as sent)",
            at: field.type.location)
    }

    /// The union a field's value is, or is a list of (through list shapes too).
    private func unionCarried(by type: TypeExpression) -> String? {
        var type = type
        var seen: Set<String> = []
        while true {
            switch type {
            case .array(let element): type = element
            case .named(let name) where names.unionsByName[name] != nil: return name
            case .named(let name):
                guard let items = names.shapesByName[name]?.items, seen.insert(name).inserted else { return nil }
                type = items.value
            case .primitive, .map: return nil
            }
        }
    }

    /// The variants of `union` that read one text, in the order they are tried, a union variant's own in its place.
    private func singleTextVariants(of union: String) -> [(name: String, type: String)] {
        var found: [(name: String, type: String)] = []
        var pending: [(name: String, type: TypeExpression)] = (names.unionsByName[union]?.variants ?? []).reversed()
            .map { ($0.name.value, $0.type.value) }
        var opened: Set<String> = [union]
        while let (name, type) = pending.popLast(), found.count < 2 {
            switch type {
            case .primitive: found.append((name, type.description))
            case .named(let inner) where names.unionsByName[inner] != nil:
                guard opened.insert(inner).inserted else { continue }
                pending += (names.unionsByName[inner]?.variants ?? []).reversed().map { ($0.name.value, $0.type.value) }
            case .named(let other) where names.shapesByName[other] == nil: found.append((name, other))  // an enum or table
            case .named, .array, .map: continue
            }
        }
        return found
    }
}

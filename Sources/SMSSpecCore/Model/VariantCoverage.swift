/// Whether a union variant reads every value another one would write, so that the other, coming later, never reads
/// one: a value made with it decodes as the earlier one (`ModelBuilder.checkShadowedVariants`).
struct VariantCoverage {
    /// The element each list shape aliases.
    let listShapes: [String: ResolvedType]
    let shapesByName: [String: ShapeSpec]
    /// The JSON kinds each list shape and union reads (`ModelBuilder.namedKinds`).
    let kinds: [String: Set<JSONKind>]
    /// Each union's variant types, in order.
    let unionVariants: [String: [ResolvedType]]
    let codes: CodeSpellings

    /// The kinds of JSON value a type reads whatever they hold, and how a message says so: an open enum or a table
    /// reads any text, number or boolean (as `unknown`), a string or date any text, a double any number, a bool any
    /// boolean, `json` anything; `[json]` any list, `{json}` and a shape without fields any object.
    func readsEvery(_ type: ResolvedType) -> (kinds: Set<JSONKind>, what: String) {
        switch aliased(type) {
        case .enumeration: ([.text, .number, .bool], "an open enum, which reads any text, number or boolean")
        case .table: ([.text, .number, .bool], "a status table, which reads any text, number or boolean")
        case .string, .secret: ([.text], "which reads any text")
        case .timestamp: ([.text], "a date, which keeps any text")
        case .double: ([.number], "which reads any number")
        case .bool: ([.bool], "which reads any boolean")
        case .json: (Set(JSONKind.allCases), "which reads any value")
        case .array(.json): ([.array], "which reads any list")
        case .map(.json): ([.object], "which reads any object")
        case .shape(let reference) where shapesByName[reference.swiftName]?.fields.isEmpty == true:
            ([.object], "a shape without fields, which reads any object")
        default: ([], "")
        }
    }

    /// Whether `earlier` reads every value `later` writes, beyond the kinds `readsEvery` names: a decimal reads any
    /// integer, `int` and `int64` the same numbers; a list or map reads every one whose elements its own elements read
    /// (`[string]` a `[date]`); a shape whose fields are all optional reads a shape that has none of them.
    func covers(_ earlier: ResolvedType, _ later: ResolvedType, depth: Int = 0) -> Bool {
        // Deeper than any type expression: only a cycle of list shapes, an error of its own, goes on.
        guard depth <= TypeExpression.maximumDepth else { return false }
        let earlier = aliased(earlier), later = aliased(later)
        let reads = later.jsonKinds(named: kinds)
        if !reads.isEmpty, reads.isSubset(of: readsEvery(earlier).kinds) { return true }
        switch (earlier, later) {
        case (.decimal, .int), (.decimal, .int64), (.int, .int64), (.int64, .int): return true
        case (.array(let element), .array(let other)), (.map(let element), .map(let other)):
            return covers(element, other, depth: depth + 1)
        case (.shape(let reference), .shape(let other)):
            guard let shape = shapesByName[reference.swiftName], let otherShape = shapesByName[other.swiftName] else { return false }
            let otherNames = Set(otherShape.fields.map(\.wireName.value))
            return shape.fields.allSatisfy { field in (!field.required || field.defaultValue != nil) && !otherNames.contains(field.wireName.value) }
        default: return false
        }
    }

    /// A value `later` reads, none of whose kind `unread` an earlier variant reads, that `later` writes back as a value
    /// of a kind `earlier` reads (`CodeSpellings.kindChanges`: Sent, a flag, reads `"false"` and writes `false`, which a
    /// `bool` before it reads), elements of lists and maps alike; nil when there is none. Variants of a union are
    /// tried as they would be on the value.
    func kindChange(readBackBy earlier: ResolvedType, from later: ResolvedType, unread: Set<JSONKind>, depth: Int = 0) -> KindChange? {
        guard depth <= TypeExpression.maximumDepth else { return nil }
        let earlier = aliased(earlier), later = aliased(later)
        switch (earlier, later) {
        case (_, .union(let reference)):
            return unionVariants[reference.swiftName]?.lazy.compactMap { kindChange(readBackBy: earlier, from: $0, unread: unread, depth: depth + 1) }.first
        case (.union(let reference), _):
            return unionVariants[reference.swiftName]?.lazy.compactMap { kindChange(readBackBy: $0, from: later, unread: unread, depth: depth + 1) }.first
        case (.array(let element), .array(let other)):
            return kindChange(readBackBy: element, from: other, unread: Set(JSONKind.allCases).subtracting(readsEvery(element).kinds), depth: depth + 1)
                .map { KindChange(from: .array, to: .array, read: "[\($0.read)]", written: "[\($0.written)]") }
        case (.map(let element), .map(let other)):
            return kindChange(readBackBy: element, from: other, unread: Set(JSONKind.allCases).subtracting(readsEvery(element).kinds), depth: depth + 1)
                .map { KindChange(from: .object, to: .object, read: "{\"k\": \($0.read)}", written: "{\"k\": \($0.written)}") }
        default:
            let reads = earlier.jsonKinds(named: kinds)
            return codes.kindChanges(of: later).first { unread.contains($0.from) && reads.contains($0.to) }
        }
    }

    /// A list shape as the list it aliases.
    private func aliased(_ type: ResolvedType) -> ResolvedType {
        if case .shape(let reference) = type, let element = listShapes[reference.swiftName] { return .array(element) }
        return type
    }
}

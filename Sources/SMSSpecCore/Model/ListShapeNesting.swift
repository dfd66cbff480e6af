/// How deep lists and maps nest in each type of a spec, a list shape counted as the list it aliases: a chain of list
/// shapes (`A: {items: '[B]'}`, `B: {items: '[C]'}`…) nests as deep as its brackets together, which the parser's
/// bound on one type expression (`TypeExpression.maximumDepth`) does not see, and Swift compiles such types in time
/// exponential in their depth. Shapes with fields and unions are types of their own, so nesting starts again there.
struct ListShapeNesting {
    private let items: [String: TypeExpression]
    /// Each list shape's depth, worked out once; at most `maximumDepth + 1` (deeper is too deep all the same).
    private var depths: [String: Int] = [:]

    init(listShapes: [ShapeSpec]) {
        items = Dictionary(listShapes.compactMap { shape in shape.items.map { (shape.name.value, $0.value) } }, uniquingKeysWith: { first, _ in first })
    }

    /// The depth of `type`: its brackets, and those of the list shapes it names, each one a list itself.
    /// Recursion stops past `maximumDepth`, as every list shape adds a level; a cycle of list shapes (an error of its
    /// own) counts as none.
    mutating func depth(of type: TypeExpression, visiting: Set<String> = []) -> Int {
        guard visiting.count <= TypeExpression.maximumDepth else { return TypeExpression.maximumDepth + 1 }
        switch type {
        case .primitive: return 0
        case .array(let inner), .map(let inner): return min(1 + depth(of: inner, visiting: visiting), TypeExpression.maximumDepth + 1)
        case .named(let name):
            guard let element = items[name], !visiting.contains(name) else { return 0 }
            if let known = depths[name] { return known }
            let found = min(1 + depth(of: element, visiting: visiting.union([name])), TypeExpression.maximumDepth + 1)
            depths[name] = found
            return found
        }
    }

    /// One error for each field, list shape's items and union variant whose type nests too deep through list shapes.
    static func check(_ spec: ProviderSpec, diagnostics: DiagnosticCollector) {
        var nesting = ListShapeNesting(listShapes: spec.shapes.filter { $0.items != nil })
        // A list shape is a list of its items: `B` nests a level deeper than its `items`.
        var types: [(type: Located<TypeExpression>, nests: TypeExpression, subject: String)] = []
        for shape in spec.shapes {
            if let items = shape.items { types.append((items, .named(shape.name.value), "the items of list shape '\(shape.name.value)', a list of them")) }
            types += shape.fields.map { ($0.type, $0.type.value, "field '\($0.wireName.value)' of shape '\(shape.name.value)'") }
        }
        for union in spec.unions {
            types += union.variants.map { ($0.type, $0.type.value, "variant '\($0.name.value)' of union '\(union.name.value)'") }
        }
        for (type, nests, subject) in types where nesting.depth(of: nests) > TypeExpression.maximumDepth {
            diagnostics.error(
                "'\(type.value.description.abbreviated)' (\(subject)) nests more than \(TypeExpression.maximumDepth) lists and maps, "
                    + "counting the lists its list shapes alias; Swift takes exponentially long to compile deeper ones: "
                    + "make an inner level a shape with fields",
                at: type.location)
        }
    }
}

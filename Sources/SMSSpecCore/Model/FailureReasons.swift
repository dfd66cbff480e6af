/// Where an answer says in words why it failed: the paths, by wire name, of the fields declared `role: reason` in an
/// answer's shape and the shapes its fields hold, alone or in lists (SMS Aero's `message`, a `{"error": {"message": …}}`'s
/// `error.message`, JSON:API's `{"errors": [{"detail": …}]}`: `errors.detail`, read in the list's elements in order),
/// or in a union's variants that are such shapes or lists of them (iSendPro's `etat`, one result or a list: the client
/// reads whichever the answer holds), not in maps. The client carries the first present as `ProviderError.rawMessage`.
enum FailureReasons {
    /// Fields of shapes nested deeper than this are not looked for (an answer's reason sits near its top).
    static let depth = 4

    /// A reason field found: its path from the answer, and the shape that declares it.
    struct Found {
        let path: [String]
        let shape: String
        let field: FieldSpec
    }

    /// The paths in `shape`, in the spec's order, each once; a shape holding itself is walked once per path.
    static func paths(in shape: String, shapes: [String: ShapeSpec], unions: [String: UnionSpec]) -> [[String]] {
        // Two variants holding one path (a result alone or in a list) read it once.
        var seen = Set<[String]>()
        return found(in: shape, shapes: shapes, unions: unions).map(\.path).filter { seen.insert($0).inserted }
    }

    static func found(in shape: String, shapes: [String: ShapeSpec], unions: [String: UnionSpec]) -> [Found] {
        var found: [Found] = []
        func walk(_ name: String, _ prefix: [String], _ visiting: Set<String>) {
            // A union at this place: each variant that is a shape, or a list of one, read at the same path.
            if let union = unions[name], !visiting.contains(name) {
                for variant in union.variants {
                    if case .named(let held) = variant.type.value { walk(held, prefix, visiting.union([name])) }
                    if case .array(.named(let held)) = variant.type.value { walk(held, prefix, visiting.union([name])) }
                }
                return
            }
            guard prefix.count < depth, let shape = shapes[name], !visiting.contains(name) else { return }
            // A list shape (`Errors: {items: APIError}`) holds its elements' reasons at its own path.
            if case .named(let element)? = shape.items?.value { walk(element, prefix, visiting.union([name])) }
            for field in shape.fields where field.placement == .body {
                let path = prefix + [field.wireName.value]
                switch field.type.value {
                case _ where field.role?.value == .reason: found.append(Found(path: path, shape: name, field: field))
                // Not into a field's JSON text, which the client does not read a reason from (an attack: the descriptor
                // listed such a path, and the error's reason stayed nil).
                case .named(let held) where !field.isJSONText, .array(.named(let held)) where !field.isJSONText:
                    walk(held, path, visiting.union([name]))
                default: break
                }
            }
        }
        walk(shape, [], [])
        return found
    }
}

/// Where an answer says in words why it failed: the paths, by wire name, of the fields declared `role: reason` in an
/// answer's shape and the shapes its fields hold (SMS Aero's `message`, a `{"error": {"message": …}}`'s
/// `error.message`), not inside lists or maps. The client carries the first present as `ProviderError.rawMessage`.
enum FailureReasons {
    /// Fields of shapes nested deeper than this are not looked for (an answer's reason sits near its top).
    static let depth = 4

    /// The paths in `shape`, in the spec's order, each once; a shape holding itself is walked once per path.
    static func paths(in shape: String, shapes: [String: ShapeSpec]) -> [[String]] {
        var paths: [[String]] = []
        func walk(_ name: String, _ prefix: [String], _ visiting: Set<String>) {
            guard prefix.count < depth, let shape = shapes[name], !visiting.contains(name) else { return }
            for field in shape.fields where field.placement == .body {
                let path = prefix + [field.wireName.value]
                if field.role?.value == .reason {
                    paths.append(path)
                } else if case .named(let held) = field.type.value {
                    walk(held, path, visiting.union([name]))
                }
            }
        }
        walk(shape, [], [])
        return paths
    }
}

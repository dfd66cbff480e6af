/// Where a login's successful answer gives the credential the provider's `auth` sends (and when it expires): the field
/// declared `role: credential` (`credentialExpiry`) in the answer's shape or a shape it holds in a field (Eskiz's
/// `data.token`), never in a list, a map or a union, where one answer could give several or none.
enum ObtainedCredentials {
    /// Fields of shapes nested deeper than this are not looked for (a token sits near an answer's top).
    static let depth = 4

    /// A credential field found: the fields down to it from the answer, itself last, and the shape that declares it.
    struct Found {
        let path: [FieldSpec]
        let shape: String
        var field: FieldSpec { path[path.count - 1] }
        var wirePath: String { path.map(\.wireName.value).joined(separator: ".") }
    }

    /// In `shape`'s fields and the shapes they hold, in the spec's order; a shape holding itself is walked once per path.
    /// `role` finds the credential's expiry (`credentialExpiry`) the same way.
    static func found(in shape: String, playing role: FieldRole = .credential, shapes: [String: ShapeSpec]) -> [Found] {
        var found: [Found] = []
        func walk(_ name: String, _ prefix: [FieldSpec], _ visiting: Set<String>) {
            guard prefix.count < depth, let shape = shapes[name], shape.items == nil, !visiting.contains(name) else { return }
            for field in shape.fields where field.placement == .body {
                if field.role?.value == role {
                    found.append(Found(path: prefix + [field], shape: name))
                } else if case .named(let held) = field.type.value {
                    walk(held, prefix + [field], visiting.union([name]))
                }
            }
        }
        walk(shape, [], [])
        return found
    }

    /// What an operation's successful answers give: each of their shapes' credential fields.
    static func found(by operation: OperationSpec, playing role: FieldRole = .credential, shapes: [String: ShapeSpec]) -> [Found] {
        var seen = Set<String>()
        return operation.successfulResponses.compactMap(\.shape?.value).filter { seen.insert($0).inserted }
            .flatMap { found(in: $0, playing: role, shapes: shapes) }
    }
}

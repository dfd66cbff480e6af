import SMSSpecVocabulary

/// A credential a message holds, as the properties that lead to it from the message: a `secret` field of its own
/// (`apiKey`), or of a shape it holds in a field (`authentication?.productToken`).
public struct CredentialPath: Hashable {
    public struct Step: Hashable {
        public let swiftName: String
        /// The property is optional (a shape's field has no default): what follows it is read through `?.`.
        public let isOptional: Bool
    }

    public let steps: [Step]
}

/// The credentials each message holds, which what prints or validates it never shows: its own `secret` fields and
/// those of the shapes it holds in fields, at any depth (CM.com's `messages` holds `authentication.productToken` beside
/// the `msg` list whose report URLs may repeat it). Not through lists, maps, list shapes or unions (no one value to
/// name), nor into a shape that holds itself again.
enum MessageCredentials {
    /// More than this many credentials in one message is a spec error: each is a spelling looked for in every value
    /// printed (a shape holding a shape twice doubles them at each level).
    static let limit = 32

    /// Each shape's credentials, by shape name; `swiftName` names a field's property as the model does.
    static func paths(
        in spec: ProviderSpec, swiftName: (FieldSpec) -> String, diagnostics: DiagnosticCollector
    ) -> [String: [CredentialPath]] {
        let shapes = Dictionary(spec.shapes.filter { $0.items == nil }.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        func heldShape(_ field: FieldSpec) -> String? {
            guard !field.secret, case .named(let name) = field.type.value, shapes[name] != nil else { return nil }
            return name
        }
        let cycles = Cycles(edges: shapes.mapValues { $0.fields.compactMap(heldShape) })
        var paths: [String: [CredentialPath]] = [:]
        // Each component after those it reaches: a shape's held shapes are done before it.
        for name in cycles.components.joined() {
            guard let shape = shapes[name] else { continue }
            var found: [CredentialPath] = []
            for field in shape.fields {
                let step = CredentialPath.Step(swiftName: swiftName(field), isOptional: !field.required)
                if field.secret {
                    found.append(CredentialPath(steps: [step]))
                } else if let held = heldShape(field), !cycles.isOnCycle(held) {
                    found += (paths[held] ?? []).map { CredentialPath(steps: [step] + $0.steps) }
                }
                if found.count > limit { break }
            }
            if found.count > limit {
                diagnostics.error(
                    "shape '\(name)' holds more than \(limit) credentials (secret fields, its own and those of the shapes it holds); "
                        + "what prints it looks for each in every value: keep fewer",
                    at: shape.name.location)
                found.removeLast(found.count - limit)
            }
            paths[name] = found
        }
        return paths
    }
}

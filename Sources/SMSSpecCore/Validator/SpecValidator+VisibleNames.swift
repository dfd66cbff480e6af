extension SpecValidator {
    /// Every spec name a Swift name is made of, verbatim or derived, shows all its characters (`Naming.isInvisible`):
    /// `id` beside `i\u{200B}d` would be two fields that look the same in review. A wire name with an explicit
    /// Swift `name` may hold such characters: it only appears in string literals, which write them escaped.
    /// Nor may one mix lookalike alphabets (`Naming.mixedAlphabets`): `stаtus` with a Cyrillic `а` beside `status`.
    func checkVisibleNames() {
        for (name, what) in swiftNameSources() {
            // A document's name may need the character (Persian's zero-width non-joiner) or both alphabets (Russian's
            // `IP-адрес`): it stays on the wire, or in the table, under a Swift name of the spec's own.
            let keep = ["field": "name", "enum value": "name", "code name": "case"][what].map {
                "; give it a Swift name with '\($0):', and the document's name stays as written"
            } ?? ""
            if let scalar = Naming.invisibleCharacter(in: name.value) {
                diagnostics.error(
                    "\(what) '\(name.value)' holds \(Naming.codePoint(scalar)), a character that does not show; "
                        + "a name that becomes a Swift name cannot hold one, or it would look like another in review\(keep)",
                    at: name.location)
            } else if let (first, other) = Naming.mixedAlphabets(in: name.value) {
                diagnostics.error(
                    "\(what) '\(name.value)' mixes \(first.1.rawValue) and \(other.1.rawValue) letters ('\(first.0)', then "
                        + "'\(other.0)' \(Naming.codePoint(other.0))); a name that becomes a Swift name keeps to one of these "
                        + "alphabets, or it could look like another in review\(keep)",
                    at: name.location)
            }
        }
    }

    /// The spec names Swift names come from, each with what it names (a provider id, the namespace's default, is
    /// lowercase ASCII already).
    private func swiftNameSources() -> [(Located<String>, String)] {
        var names: [(Located<String>, String)] = []
        if let namespace = spec.namespace { names.append((namespace, "namespace")) }
        names += spec.shapes.map { ($0.name, "shape") } + spec.enums.map { ($0.name, "enum") }
        names += spec.tables.map { ($0.name, "table") } + spec.unions.map { ($0.name, "union") }
        names += spec.callbacks.map { ($0.name, "callback") } + spec.operations.map { ($0.id, "operation") }
        names += spec.servers.compactMap { server in server.name.map { ($0, "server name") } }
        names += spec.servers.flatMap { $0.variables.map { ($0.name, "server variable") } }
        for shape in spec.shapes {
            names += shape.fields.map { field in field.swiftName.map { ($0, "name") } ?? (field.wireName, "field") }
        }
        for enumeration in spec.enums {
            names += enumeration.values.map { value in value.swiftName.map { ($0, "name") } ?? (value.value, "enum value") }
        }
        for table in spec.tables {
            names += table.entries.map { entry in entry.swiftName.map { ($0, "case") } ?? (Located(entry.name, at: entry.location), "code name") }
        }
        for union in spec.unions { names += union.variants.map { ($0.name, "variant") } }
        for callback in spec.callbacks {
            if let field = callback.discriminator?.field { names.append((field, "discriminator field")) }
        }
        return names
    }
}

extension SpecValidator {
    /// A `role: reason` field no answer's failure is read from — in a callback's shape, a request's, under a map, or
    /// deeper than `FailureReasons.depth` shapes — is never carried as `ProviderError.rawMessage`, and lint
    /// said nothing (a user's Flowroute `errors: '[APIError]'` was read before lists were). A warning at the role.
    func warnOfReasonsNoAnswerReaches() {
        let answers = Set(spec.operations.flatMap { $0.responses.compactMap(\.shape?.value) })
        var reached = Set<String>()
        for answer in answers {
            for found in FailureReasons.found(in: answer, shapes: names.shapesByName, unions: names.unionsByName) { reached.insert(found.shape + "." + found.field.wireName.value) }
        }
        for (shape, field) in fields(playing: .reason, outside: reached) {
            diagnostics.warning(
                "field '\(field.wireName.value.abbreviated)' of shape '\(shape.name.value.abbreviated)' is a reason no answer is read for: "
                    + "the client reads one in an answer's shape (JSON, or a plain-text answer's form) and the shapes it holds in fields or lists, at most "
                    + "\(FailureReasons.depth) levels down, not in maps; declare it where an answer holds it",
                at: field.role?.location ?? field.wireName.location)
        }
    }

    /// The fields declared `role:` `role` whose `<shape>.<wire name>` is not in `reached`, in the spec's order.
    func fields(playing role: FieldRole, outside reached: Set<String>) -> [(shape: ShapeSpec, field: FieldSpec)] {
        spec.shapes.flatMap { shape in
            shape.fields.filter { $0.role?.value == role && !reached.contains(shape.name.value + "." + $0.wireName.value) }.map { (shape, $0) }
        }
    }
}

import SMSSpecVocabulary

extension SpecValidator {
    /// A table that no field, list or union holds and no answer or rule names: no payload carries its codes, so none
    /// ever decodes as one of them, and lint said nothing (a user's TextMarketer `ErrorCode`, carried only by an XML
    /// answer the format cannot write). A warning: a table kept for reference still generates; a spec of tables alone,
    /// one with errors, and one whose names do not all resolve have none.
    func warnOfTablesNothingCarries() {
        // A spec of tables alone is a registry of codes, for `lookup` and the pages: nothing is meant to carry them. A
        // spec with errors is mended first: a broken field or rule may be what carries the table.
        guard !spec.shapes.isEmpty || !spec.operations.isEmpty || !spec.callbacks.isEmpty,
            !diagnostics.diagnostics.contains(where: { $0.severity == .error && $0.location.file == spec.file })
        else { return }
        var named = Set<String>()
        for shape in spec.shapes {
            if let items = shape.items { named.formUnion(items.value.referencedNames) }
            for field in shape.fields {
                named.formUnion(field.type.value.referencedNames)
                for code in field.constraints.providerCodes {
                    named.insert(String(code.code.value.prefix { $0 != ":" }))
                }
            }
        }
        for union in spec.unions {
            for variant in union.variants { named.formUnion(variant.type.value.referencedNames) }
        }
        for response in spec.operations.flatMap(\.responses) {
            named.formUnion((response.tables + response.reports).map(\.value))
        }
        // A name that is no type may be the table misspelt (reported there): no warning follows from it.
        guard named.allSatisfy(typeNames.contains) else { return }
        for table in spec.tables where !named.contains(table.name.value) {
            diagnostics.warning(
                "table '\(table.name.value.abbreviated)' is the type of no field, list or union variant, and no answer lists it: no payload "
                    + "carries its codes, so none decodes as one of them; give it to the field that carries them",
                at: table.name.location)
        }
    }
}

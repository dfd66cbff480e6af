/// The documents' prose of a spec — the texts of the keys `MappingReader.redactedKeys` names, but an example's, which
/// `ExampleRedaction` reads — rewritten by one function: summaries, titles, sources, sections, decisions, causes and
/// explanations.
extension ProviderSpec {
    func mappingProse(_ transform: (String) -> String) -> ProviderSpec {
        mapping(prose: transform, decision: { $0.mappingProse(transform) })
    }

    /// The spec with each decision, wherever it sits, replaced by `decision`'s (a reference by the decision it names).
    func mappingDecisions(_ decision: (DecisionSpec) -> DecisionSpec) -> ProviderSpec {
        mapping(prose: { $0 }, decision: decision)
    }

    /// The prose rewritten by `transform`, and each decision by `decision`: one walk of every part a decision or prose
    /// sits in.
    private func mapping(prose transform: (String) -> String, decision: (DecisionSpec) -> DecisionSpec) -> ProviderSpec {
        var spec = self
        spec.summary = summary.map(transform)
        spec.sources = sources.map { source in
            var source = source
            source.title = transform(source.title)
            source.document = source.document.map(transform)
            source.url = source.url.map(transform)
            return source
        }
        spec.decisions = decisions.map(decision)
        spec.operations = operations.map { operation in
            var operation = operation.mappingDocumentation(transform, decision)
            operation.responses = operation.responses.map { response in
                var response = response
                response.summary = response.summary.map(transform)
                return response
            }
            return operation
        }
        spec.shapes = shapes.map { shape in
            var shape = shape.mappingDocumentation(transform, decision)
            shape.fields = shape.fields.map { field in
                var field = field
                field.summary = field.summary.map(transform)
                field.decisions = field.decisions.map(decision)
                return field
            }
            return shape
        }
        spec.enums = enums.map { enumeration in
            var enumeration = enumeration.mappingDocumentation(transform, decision)
            enumeration.values = enumeration.values.map { value in
                var value = value
                value.summary = value.summary.map(transform)
                return value
            }
            return enumeration
        }
        spec.unions = unions.map { $0.mappingDocumentation(transform, decision) }
        spec.callbacks = callbacks.map { callback in
            var callback = callback.mappingDocumentation(transform, decision)
            callback.signatureSource = callback.signatureSource?.mappingProse(transform)
            let acknowledgementSource = callback.acknowledgement?.source?.mappingProse(transform)
            callback.acknowledgement?.source = acknowledgementSource
            return callback
        }
        spec.tables = tables.map { $0.mapping(prose: transform, decision: decision) }
        return spec
    }
}

extension TableSpec {
    fileprivate func mapping(prose transform: (String) -> String, decision: (DecisionSpec) -> DecisionSpec) -> TableSpec {
        var table = mappingDocumentation(transform, decision)
        table.title = transform(title)
        table.entries = entries.map { entry in
            var entry = entry
            entry.summary = transform(entry.summary)
            entry.cause = entry.cause.map(transform)
            entry.explanation = entry.explanation.map { Located(transform($0.value), at: $0.location) }
            entry.perOperation = entry.perOperation.map { meaning in
                var meaning = meaning
                meaning.summary = transform(meaning.summary)
                meaning.cause = meaning.cause.map(transform)
                return meaning
            }
            entry.source = entry.source?.mappingProse(transform)
            entry.decisions = entry.decisions.map(decision)
            return entry
        }
        return table
    }
}

extension DecisionSpec {
    fileprivate func mappingProse(_ transform: (String) -> String) -> DecisionSpec {
        var decision = self
        decision.issue = transform(issue)
        decision.decision = transform(self.decision)
        return decision
    }
}

extension SourceReference {
    fileprivate func mappingProse(_ transform: (String) -> String) -> SourceReference {
        var reference = self
        reference.section = section.map(transform)
        return reference
    }
}

/// A part of a spec with a summary, the source it comes from and decisions: their prose is rewritten alike.
protocol DocumentedSpec {
    var summary: String? { get set }
    var source: SourceReference? { get set }
    var decisions: [DecisionSpec] { get set }
}

extension DocumentedSpec {
    fileprivate func mappingDocumentation(_ transform: (String) -> String, _ decision: (DecisionSpec) -> DecisionSpec) -> Self {
        var documented = self
        documented.summary = summary.map(transform)
        documented.source = source?.mappingProse(transform)
        documented.decisions = decisions.map(decision)
        return documented
    }
}

extension OperationSpec: DocumentedSpec {}
extension ShapeSpec: DocumentedSpec {}
extension EnumSpec: DocumentedSpec {}
extension UnionSpec: DocumentedSpec {}
extension CallbackSpec: DocumentedSpec {}
extension TableSpec: DocumentedSpec {}

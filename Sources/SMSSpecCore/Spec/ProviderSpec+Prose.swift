/// The documents' prose of a spec — the texts of the keys `MappingReader.redactedKeys` names, but an example's, which
/// `ExampleRedaction` reads — rewritten by one function: summaries, titles, sources, sections, decisions, causes and
/// explanations.
extension ProviderSpec {
    func mappingProse(_ transform: (String) -> String) -> ProviderSpec {
        var spec = self
        spec.summary = summary.map(transform)
        spec.sources = sources.map { source in
            var source = source
            source.title = transform(source.title)
            source.document = source.document.map(transform)
            source.url = source.url.map(transform)
            return source
        }
        spec.decisions = decisions.map { $0.mappingProse(transform) }
        spec.operations = operations.map { operation in
            var operation = operation
            operation.summary = operation.summary.map(transform)
            operation.responses = operation.responses.map { response in
                var response = response
                response.summary = response.summary.map(transform)
                return response
            }
            operation.source = operation.source?.mappingProse(transform)
            operation.decisions = operation.decisions.map { $0.mappingProse(transform) }
            return operation
        }
        spec.shapes = shapes.map { shape in
            var shape = shape
            shape.summary = shape.summary.map(transform)
            shape.source = shape.source?.mappingProse(transform)
            shape.decisions = shape.decisions.map { $0.mappingProse(transform) }
            shape.fields = shape.fields.map { field in
                var field = field
                field.summary = field.summary.map(transform)
                field.decisions = field.decisions.map { $0.mappingProse(transform) }
                return field
            }
            return shape
        }
        spec.enums = enums.map { enumeration in
            var enumeration = enumeration
            enumeration.summary = enumeration.summary.map(transform)
            enumeration.source = enumeration.source?.mappingProse(transform)
            enumeration.decisions = enumeration.decisions.map { $0.mappingProse(transform) }
            enumeration.values = enumeration.values.map { value in
                var value = value
                value.summary = value.summary.map(transform)
                return value
            }
            return enumeration
        }
        spec.unions = unions.map { union in
            var union = union
            union.summary = union.summary.map(transform)
            union.source = union.source?.mappingProse(transform)
            union.decisions = union.decisions.map { $0.mappingProse(transform) }
            return union
        }
        spec.callbacks = callbacks.map { callback in
            var callback = callback
            callback.summary = callback.summary.map(transform)
            callback.signatureSource = callback.signatureSource?.mappingProse(transform)
            let acknowledgementSource = callback.acknowledgement?.source?.mappingProse(transform)
            callback.acknowledgement?.source = acknowledgementSource
            callback.source = callback.source?.mappingProse(transform)
            callback.decisions = callback.decisions.map { $0.mappingProse(transform) }
            return callback
        }
        spec.tables = tables.map { $0.mappingProse(transform) }
        return spec
    }
}

extension TableSpec {
    fileprivate func mappingProse(_ transform: (String) -> String) -> TableSpec {
        var table = self
        table.title = transform(title)
        table.summary = summary.map(transform)
        table.source = source?.mappingProse(transform)
        table.decisions = decisions.map { $0.mappingProse(transform) }
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
            entry.decisions = entry.decisions.map { $0.mappingProse(transform) }
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

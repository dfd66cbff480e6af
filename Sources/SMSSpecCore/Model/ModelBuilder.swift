import SMSSpecVocabulary

/// Resolves a validated spec into Swift names and types, reporting names that collide.
public struct ModelBuilder {
    let spec: ProviderSpec
    let fileStem: String
    let diagnostics: DiagnosticCollector
    /// Looked up per field and message: sets keep building linear in the number of types.
    private let tableNames: Set<String>, enumNames: Set<String>, unionNames: Set<String>

    /// Names the generated namespace already uses.
    static let reservedTypeNames: Set<String> = ["Operations"]
    static let reservedCaseNames: Set<String> = ["unknown"]

    public init(spec: ProviderSpec, fileStem: String, diagnostics: DiagnosticCollector) {
        self.spec = spec
        self.fileStem = fileStem
        self.diagnostics = diagnostics
        (tableNames, enumNames, unionNames) = (Set(spec.tables.map(\.name.value)), Set(spec.enums.map(\.name.value)), Set(spec.unions.map(\.name.value)))
    }

    public func build() -> ProviderModel {
        let namespace = spec.namespace?.value ?? Naming.typeName(spec.id.value)
        if let explicit = spec.namespace, !Naming.isIdentifier(explicit.value) {
            diagnostics.error("namespace '\(explicit.value)' is not a Swift type name", at: explicit.location)
        }
        for name in spec.shapes.map(\.name) + spec.enums.map(\.name) + spec.tables.map(\.name) + spec.callbacks.map(\.name)
        where Self.reservedTypeNames.contains(name.value) || name.value == namespace {
            diagnostics.error("'\(name.value)' is a name the generated code uses itself; choose another", at: name.location)
        }
        let requests = Dictionary(grouping: spec.operations.filter { $0.request != nil }, by: { $0.request?.value ?? "" })
        let shapes = spec.shapes.map { shape in
            ShapeModel(
                spec: shape, swiftName: shape.name.value, fields: fields(of: shape), listElement: shape.items.map { resolve($0.value) },
                requestOf: (requests[shape.name.value] ?? []).map(\.id.value))
        }
        let unions = spec.unions.map { union in
            UnionModel(
                spec: union, swiftName: union.name.value,
                variants: union.variants.map { (Naming.memberName($0.name.value), resolve($0.type.value)) })
        }
        return ProviderModel(
            spec: spec, fileStem: fileStem, namespace: namespace, shapes: shapes, enums: spec.enums.map(enumeration),
            tables: spec.tables.map(table), unions: unions, callbacks: spec.callbacks.map(callback), operations: spec.operations.map(operation),
            messages: messages(), examples: spec.examples)
    }

    // MARK: Names

    /// Reports two things that would get the same Swift name, each with where the other one is.
    private func checkCollisions(_ names: [(name: String, location: SourceLocation, what: String)], in scope: String, fix: String) {
        var seen: [String: (SourceLocation, String)] = [:]
        for item in names {
            if let (location, what) = seen[item.name] {
                diagnostics.error(
                    "\(item.what) and \(what) (line \(location.line)) both become '\(item.name)' in \(scope); \(fix)",
                    at: item.location)
            } else {
                seen[item.name] = (item.location, item.what)
            }
        }
    }

    private func fields(of shape: ShapeSpec) -> [FieldModel] {
        let models = shape.fields.map { field in
            FieldModel(spec: field, swiftName: field.swiftName?.value ?? Naming.memberName(field.wireName.value), type: resolve(field))
        }
        checkCollisions(
            models.map { ($0.swiftName, $0.spec.location, "field '\($0.spec.wireName.value)'") }, in: "shape '\(shape.name.value)'",
            fix: "give one a 'name'")
        for model in models where !Naming.isIdentifier(model.swiftName) {
            diagnostics.error("'\(model.swiftName)' is not a Swift property name", at: model.spec.location)
        }
        return models
    }

    private func resolve(_ field: FieldSpec) -> ResolvedType {
        if field.secret { return .secret }
        if field.type.value == .primitive(.date) { return .timestamp(formats: field.formats, timeZone: field.timeZone) }
        return resolve(field.type.value)
    }

    private func resolve(_ type: TypeExpression) -> ResolvedType {
        switch type {
        case .primitive(let primitive):
            switch primitive {
            case .string: return .string
            case .int: return .int
            case .int64: return .int64
            case .decimal: return .decimal
            case .double: return .double
            case .bool: return .bool
            case .json: return .json
            case .date: return .timestamp(formats: [], timeZone: nil)
            }
        case .named(let name):
            if tableNames.contains(name) { return .table(name) }
            if enumNames.contains(name) { return .enumeration(name) }
            if unionNames.contains(name) { return .union(name) }
            return .shape(name)
        case .array(let element): return .array(resolve(element))
        case .map(let value): return .map(resolve(value))
        }
    }

    private func enumeration(_ spec: EnumSpec) -> EnumModel {
        let cases = spec.values.map { value in
            (value: value.value.value, swiftName: value.swiftName?.value ?? Naming.memberName(value.value.value), summary: value.summary)
        }
        checkCollisions(
            zip(cases, spec.values).map { ($0.swiftName, $1.value.location, "value '\($1.value.value)'") },
            in: "enum '\(spec.name.value)'", fix: "give one a 'name'")
        checkReservedCases(cases.map(\.swiftName), spec.values.map(\.value.location), in: "enum '\(spec.name.value)'")
        return EnumModel(spec: spec, swiftName: spec.name.value, cases: cases)
    }

    private func table(_ spec: TableSpec) -> TableModel {
        let entries = spec.entries.map { entry in
            let category = entry.category.flatMap { ErrorCategory(rawValue: $0.value) } ?? .unknown
            return TableEntryModel(
                spec: entry, swiftName: entry.swiftName?.value ?? Naming.memberName(entry.name), category: category,
                outcome: entry.outcome.flatMap { Outcome(rawValue: $0.value) } ?? .failure,
                retryable: entry.retryable ?? category.defaultRetryable)
        }
        checkCollisions(
            entries.map { ($0.swiftName, $0.spec.location, "code \($0.spec.code.value)") },
            in: "table '\(spec.name.value)'", fix: "give one a 'case' name")
        checkReservedCases(entries.map(\.swiftName), entries.map(\.spec.location), in: "table '\(spec.name.value)'")
        for entry in entries where !Naming.isIdentifier(entry.swiftName) {
            diagnostics.error("'\(entry.swiftName)' is not a Swift case name; set 'case'", at: entry.spec.location)
        }
        return TableModel(spec: spec, swiftName: spec.name.value, entries: entries)
    }

    /// `unknown` is the case every generated enum keeps for undocumented values.
    private func checkReservedCases(_ names: [String], _ locations: [SourceLocation], in scope: String) {
        for (name, location) in zip(names, locations) where Self.reservedCaseNames.contains(name) {
            diagnostics.error(
                "'\(name)' in \(scope) would clash with the generated case for undocumented values; give it another case name",
                at: location)
        }
    }

    private func callback(_ spec: CallbackSpec) -> CallbackModel {
        let variants = (spec.discriminator?.variants ?? []).map { variant in
            (value: variant.value.value, caseName: Naming.memberName(variant.shape.value), shape: variant.shape.value)
        }
        let key = spec.discriminator.map { Naming.memberName($0.field.value) }
        return CallbackModel(spec: spec, swiftName: spec.name.value, variants: variants, discriminatorSwiftKey: key)
    }

    private func operation(_ spec: OperationSpec) -> OperationModel {
        OperationModel(spec: spec, swiftName: Naming.memberName(spec.id.value), requestType: spec.request?.value)
    }

    // MARK: Messages

    private func messages() -> [MessageModel] {
        var messages: [MessageModel] = []
        var listed = Set<String>()
        let shapes = Dictionary(spec.shapes.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        func add(_ name: String, _ kind: String, _ wire: EncodingKind) {
            guard listed.insert(name).inserted, let shape = shapes[name] else { return }
            messages.append(MessageModel(name: name, swiftType: name, kind: kind, summary: shape.summary ?? "", wire: wire))
        }
        for operation in spec.operations {
            if let request = operation.request?.value { add(request, "request", operation.encoding ?? spec.encoding) }
        }
        for operation in spec.operations {
            for response in operation.responses { if let shape = response.shape?.value { add(shape, "response", .json) } }
        }
        for callback in spec.callbacks {
            if let shape = callback.shape?.value, shape == callback.name.value {
                add(shape, "callback", callback.encoding)
            } else if listed.insert(callback.name.value).inserted {
                messages.append(
                    MessageModel(
                        name: callback.name.value, swiftType: callback.name.value, kind: "callback",
                        summary: callback.summary ?? "", wire: callback.encoding))
            }
            for variant in callback.discriminator?.variants ?? [] { add(variant.shape.value, "callback", callback.encoding) }
        }
        for shape in spec.shapes { add(shape.name.value, "shape", .json) }
        return messages
    }
}

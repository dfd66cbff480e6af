import SMSSpecVocabulary

/// Resolves a validated spec into Swift names and types, reporting names that collide.
public struct ModelBuilder {
    let spec: ProviderSpec
    let fileStem: String
    let diagnostics: DiagnosticCollector
    /// Looked up per field and message: sets keep building linear in the number of types.
    private let tableNames: Set<String>, enumNames: Set<String>, unionNames: Set<String>, shapeNames: Set<String>
    private let shapesByName: [String: ShapeSpec]
    private let sources: [String: SourceSpec]
    /// Request shapes and every shape and union reachable from their fields, list shapes' items and unions' variants:
    /// the shapes with fields get a validator.
    private let validatedShapes: Set<String>
    /// The list shapes and unions among those that hold a shape with a validator: their values validate too.
    private let validatedHolders: Set<String>
    /// Shapes, list shapes and unions a message with credentials holds that hold URL fields
    /// (`TypeReference.hidesHolderSecrets`).
    private let secretHidingTypes: Set<String>
    /// Shapes, list shapes and unions a message with credentials holds that hold text fields
    /// (`TypeReference.hidesRepeatedSecrets`).
    private let repeatedSecretHidingTypes: Set<String>
    /// Each shape's credentials, its own and those of the shapes it holds (`MessageCredentials`).
    private let credentials: [String: [CredentialPath]]

    public init(spec original: ProviderSpec, fileStem: String, diagnostics: DiagnosticCollector) {
        // A credential in a URL's query in the documents' prose (`?api_key=…`) is shown `<redacted>` in all that is built.
        let spec = ExampleRedaction(original).redactingQueryPairs(inProseOf: original.resolvingDecisionReferences())
        self.spec = spec
        self.fileStem = fileStem
        self.diagnostics = diagnostics
        namespace = spec.namespace?.value ?? Naming.typeName(spec.id.value)
        (tableNames, enumNames, unionNames) = (Set(spec.tables.map(\.name.value)), Set(spec.enums.map(\.name.value)), Set(spec.unions.map(\.name.value)))
        shapeNames = Set(spec.shapes.map(\.name.value))
        shapesByName = Dictionary(spec.shapes.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        sources = Dictionary(spec.sources.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        validatedShapes = Self.typesReachable(
            from: spec.operations.compactMap(\.request?.value), in: spec, names: shapeNames.union(unionNames))
        validatedHolders = Self.holdersOfValidatedShapes(validatedShapes, in: spec)
        let namespace = namespace
        credentials = MessageCredentials.paths(
            in: spec, swiftName: { Self.propertyName(of: $0, namespace: namespace) },
            diagnostics: diagnostics)
        let credentialHolders = credentials.filter { !$0.value.isEmpty }.map(\.key)
        let holdsURLs = { (field: FieldSpec) in FieldModel.holdsURLs(field, swiftName: Self.propertyName(of: field, namespace: namespace)) }
        secretHidingTypes = Self.typesHeld(by: credentialHolders, holdingFieldsWhere: holdsURLs, in: spec, names: shapeNames.union(unionNames))
        // URL fields hide the holder's credentials already (`URLUserinfoRedactable`): swept again, a shape holding itself
        // printed in 1.4 times the time.
        repeatedSecretHidingTypes = Self.typesHeld(
            by: credentialHolders, holdingFieldsWhere: { FieldModel.holdsText($0) && !holdsURLs($0) }, orPartsWhere: \.isText, in: spec,
            names: shapeNames.union(unionNames))
    }

    /// `exactlyOne`, `atLeastOne` and `atMostOne` are checked by `validate()`, which only what a request sends has: on an answer's
    /// or a callback's shape the rule would say what nothing checks.
    private func checkPresenceRulesAreChecked() {
        // A list shape's rule is reported by the validator: it has no fields to count.
        for shape in spec.shapes where !validatedShapes.contains(shape.name.value) && shape.items == nil {
            for presence in shape.presence {
                diagnostics.error(
                    "'\(presence.rule.rawValue)' of shape '\(shape.name.value)' is checked by validate() before a request is sent, and no "
                        + "operation's request holds shape '\(shape.name.value)': nothing would check it (say it in the shape's summary instead)",
                    at: presence.location)
            }
        }
    }

    /// The enum every generated declaration of the provider lives in; read for each name the model chooses.
    let namespace: String

    /// A member or case name that hides neither what generated code declares nor the namespace it refers through.
    private func memberName(_ name: String) -> String { Self.memberName(name, namespace: namespace) }

    /// A field's property: its `name`, else its wire name in lowerCamelCase, clear of generated members.
    private static func propertyName(of field: FieldSpec, namespace: String) -> String {
        memberName(field.swiftName?.value ?? Naming.memberName(field.wireName.value), namespace: namespace)
    }

    private static func memberName(_ name: String, namespace: String) -> String {
        let unreserved = Naming.unreserved(name)
        return unreserved == namespace ? unreserved + "_" : unreserved
    }

    /// A case name of a generated enum, clear of the members generated enums declare and of the namespace.
    private func caseName(_ name: String) -> String {
        let unreserved = Naming.unreservedCase(name)
        return unreserved == namespace ? unreserved + "_" : unreserved
    }

    public func build() -> ProviderModel {
        if let explicit = spec.namespace, Naming.isNotIdentifier(explicit.value) {
            diagnostics.error("namespace '\(explicit.value)' is not a Swift type name", at: explicit.location)
        }
        if Naming.forbiddenNamespaces.contains(namespace) {
            diagnostics.error(
                "namespace '\(namespace)' would hide a name the generated code uses; set another 'namespace'",
                at: spec.namespace?.location ?? spec.id.location)
        }
        for name in spec.shapes.map(\.name) + spec.enums.map(\.name) + spec.tables.map(\.name) + spec.unions.map(\.name)
            + spec.callbacks.map(\.name)
        where Naming.reservedTypeNames.contains(name.value) || name.value == namespace {
            diagnostics.error("'\(name.value)' is a name the generated code uses itself; choose another", at: name.location)
        }
        for name in spec.shapes.map(\.name) + spec.enums.map(\.name) + spec.tables.map(\.name) + spec.unions.map(\.name)
            + spec.callbacks.map(\.name)
        where Naming.metatypeNames.contains(name.value) {
            diagnostics.error("Swift reads '.\(name.value)' after a type as its metatype, so no type can be named '\(name.value)'; choose another", at: name.location)
        }
        checkSourceReferences()
        checkServerNames()
        let enums = spec.enums.map(enumeration)
        let tables = spec.tables.map(table)
        let cyclic = typesContainingThemselves()
        checkListShapesHoldingThemselves()
        ListShapeNesting.check(spec, diagnostics: diagnostics)
        checkUnionsHoldingThemselves()
        let kinds = namedKinds()
        let listShapes = Dictionary(
            spec.shapes.compactMap { shape in shape.items.map { (shape.name.value, resolve($0.value)) } }, uniquingKeysWith: { first, _ in first })
        let unionsReadOncePerPlace = UnionNesting.unionsReadOncePerPlace(
            in: spec,
            variantKinds: Dictionary(
                spec.unions.map { ($0.name.value, $0.variants.map { resolve($0.type.value).jsonKinds(named: kinds) }) },
                uniquingKeysWith: { first, _ in first }))
        let operations = operations()
        // The client's initializer takes a host for each operation sent to its own, named after it (an attack).
        if let host = operations.first(where: { $0.spec.baseURL != nil && $0.swiftName + "ServerURL" == namespace }) {
            diagnostics.error(
                "namespace '\(namespace)' is the client's parameter giving operation '\(host.spec.id.value)' its own host, "
                    + "which it would hide; set another 'namespace'",
                at: spec.namespace?.location ?? spec.id.location)
        }
        let requests = Dictionary(grouping: operations.filter { $0.spec.request != nil }, by: { $0.spec.request?.value ?? "" })
        checkPresenceRulesAreChecked()
        let tablesByName = Dictionary(tables.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        let enumCases = Dictionary(
            enums.map { ($0.swiftName, Dictionary($0.cases.map { ($0.value, $0.swiftName) }, uniquingKeysWith: { first, _ in first })) },
            uniquingKeysWith: { first, _ in first })
        // Lint gives a line shape one separator among the lists of it.
        let listSeparators = Dictionary(
            spec.shapes.compactMap { list in list.lineShape(in: shapesByName).flatMap { line in list.separator.map { (line.name.value, $0.value) } } },
            uniquingKeysWith: { first, _ in first })
        let shapes = spec.shapes.map { shape in
            let requestOf = requests[shape.name.value] ?? []
            let fields = fields(of: shape, enumCases: enumCases, tables: tablesByName, cyclic: cyclic)
            return ShapeModel(
                spec: shape, swiftName: shape.name.value, fields: fields,
                listElement: shape.items.map { resolve($0.value) }, lineShape: shape.lineShape(in: shapesByName)?.name.value,
                listSeparator: listSeparators[shape.name.value],
                requestOf: requestOf.map(\.spec.id.value), singleOperation: requestOf.count == 1 ? requestOf[0].swiftName : nil,
                isValidated: shape.items == nil && validatedShapes.contains(shape.name.value),
                hidesHolderSecrets: shape.items == nil && secretHidingTypes.contains(shape.name.value),
                hidesRepeatedSecrets: shape.items == nil && repeatedSecretHidingTypes.contains(shape.name.value),
                credentials: credentials[shape.name.value] ?? [],
                presence: shape.presence.map { presence in
                    (presence.rule, presence.fields.compactMap { name in fields.first { $0.spec.wireName.value == name.value } })
                })
        }
        let codes = CodeSpellings(tables: tables, enums: enums)
        var coverage = VariantCoverage(
            listShapes: listShapes, shapesByName: shapesByName, kinds: kinds,
            unionVariants: Dictionary(
                spec.unions.map { ($0.name.value, $0.variants.map { resolve($0.type.value) }) }, uniquingKeysWith: { first, _ in first }),
            codes: codes, resolve: resolve(_:))
        coverage.discriminatorFields = Dictionary(
            spec.unions.compactMap { union in union.discriminator.map { (union.name.value, $0.field.value) } }, uniquingKeysWith: { first, _ in first })
        let shapeModels = Dictionary(shapes.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        let unions = spec.unions.map { union in
            union.discriminator.map { discriminatedUnion(union, $0, isIndirect: cyclic.contains(union.name.value), shapes: shapeModels, codes: codes) }
                ?? self.union(
                    union, isIndirect: cyclic.contains(union.name.value), isReadOncePerPlace: unionsReadOncePerPlace.contains(union.name.value),
                    kinds: kinds, coverage: coverage)
        }
        DecidingTables.check(spec.operations, shapes: shapes, unions: unions, tables: tables, diagnostics: diagnostics)
        let redaction = ExampleRedaction(spec)
        return ProviderModel(
            spec: spec, fileStem: fileStem, namespace: namespace, shapes: shapes, enums: enums, tables: tables,
            unions: unions, callbacks: callbacks(shapes: shapeModels, codes: codes), operations: operations,
            messages: messages(), examples: spec.examples.map(redaction.model(of:)), secretMemberNames: redaction.secretNames.sorted(),
            segmentCapacities: spec.segments.map { segments in
                let capacities = segments.capacities
                return SegmentCapacitiesModel(
                    gsm7Single: capacities.gsm7Single, gsm7Concatenated: capacities.gsm7Concatenated,
                    ucs2Single: capacities.ucs2Single, ucs2Concatenated: capacities.ucs2Concatenated)
            },
            sources: sources)
    }

    /// Each server names a function of `Servers`, its own (a `name` may not take the `serverN` form unnamed servers
    /// are numbered by, by their place), and its variables name the function's parameters: Swift names, one per variable.
    private func checkServerNames() {
        let numbered = { (server: ServerSpec, function: String) in
            let number = function.dropFirst("server".count)
            return server.name != nil && function.hasPrefix("server") && !number.isEmpty && number.allSatisfy { ("0"..."9").contains($0) }
        }
        let functions = zip(spec.servers, spec.serverFunctionNames).enumerated().filter { !numbered($1.0, $1.1) }.map { index, pair in
            let (server, function) = pair
            return (function, server.name?.location ?? server.url.location,
                server.name.map { "server name '\($0.value)'" } ?? "unnamed server \(index + 1)")
        }
        checkCollisions(functions, in: "Servers", fix: "rename one")
        for (server, function) in zip(spec.servers, spec.serverFunctionNames) {
            guard let name = server.name else { continue }
            if numbered(server, function) {
                diagnostics.error("server name '\(name.value)' becomes '\(function)', the form unnamed servers are numbered by their place; rename it", at: name.location)
            } else if Naming.isNotIdentifier(function) {
                let problem = function == "_"
                    ? "server name '\(name.value)' has no letter or digit to name a Swift function after" : "'\(function)' is not a Swift function name"
                diagnostics.error("\(problem); rename it", at: name.location)
            }
        }
        for server in spec.servers {
            checkCollisions(
                server.variables.map { ($0.parameterName, $0.name.location, "server variable '\($0.name.value)'") },
                in: "the parameters of the server '\(server.url.value)'", fix: "rename one (in its URL too)")
            for variable in server.variables where Naming.isNotIdentifier(variable.parameterName) {
                let problem = variable.parameterName == "_"
                    ? "server variable '\(variable.name.value)' has no letter or digit to name a Swift parameter after"
                    : "'\(variable.parameterName)' is not a Swift parameter name"
                diagnostics.error("\(problem); rename it (in its URL too)", at: variable.name.location)
            }
        }
    }

    /// Every `source` of the spec names a source it defines (tables' sources are checked as they are resolved).
    private func checkSourceReferences() {
        var references: [SourceReference?] = spec.operations.map(\.source) + spec.shapes.map(\.source) + spec.enums.map(\.source)
        references += spec.unions.map(\.source) + spec.callbacks.map(\.source) + spec.examples.map(\.source)
        references += spec.callbacks.map(\.signatureSource)
        let ids = spec.sources.map(\.id.value)
        for case let reference? in references where !ids.contains(reference.source.value) {
            diagnostics.error(
                "unknown source '\(reference.source.value)'\(Suggestions.hint(for: reference.source.value, in: ids)); "
                    + "define it under 'sources'",
                at: reference.source.location)
        }
    }

    // MARK: Names

    /// Reports two things that would get the same Swift name, each with where the other one is — or names that look
    /// the same in review (`Naming.skeleton`: `a` and Cyrillic `а`).
    private func checkCollisions(_ names: [(name: String, location: SourceLocation, what: String)], in scope: String, fix: String) {
        var seen: [String: (name: String, location: SourceLocation, what: String)] = [:]
        // `_` (no letter or digit) is an error of each name that yields it, reported with the name's own fix.
        for item in names where item.name != "_" {
            let skeleton = Naming.skeleton(item.name)
            if let other = seen[skeleton] {
                let become = other.name == item.name ? "both become '\(item.name)'" : "become '\(item.name)' and '\(other.name)', which look the same,"
                diagnostics.error("\(item.what) and \(other.what) (line \(other.location.line)) \(become) in \(scope); \(fix)", at: item.location)
            } else {
                seen[skeleton] = item
            }
        }
    }

    /// The shapes and unions that hold themselves through fields or variants that are not lists or maps (a message
    /// holding its reply). A cycle of required fields would need an infinite value: that is an error.
    private func typesContainingThemselves() -> Set<String> {
        var edges: [String: [String]] = [:]
        var requiredEdges: [String: [String]] = [:]
        for shape in spec.shapes {
            edges[shape.name.value] = shape.fields.flatMap { resolve($0).directShapes }
            requiredEdges[shape.name.value] = shape.fields.filter { $0.required && $0.defaultValue == nil }.flatMap { resolve($0).directShapes }
        }
        for union in spec.unions {
            edges[union.name.value] = union.variants.flatMap { resolve($0.type.value).directShapes }
        }
        let cycles = Cycles(edges: edges), requiredCycles = Cycles(edges: requiredEdges)
        for shape in spec.shapes {
            for field in shape.fields where field.required && field.defaultValue == nil
                && resolve(field).directShapes.contains(where: { requiredCycles.reachEachOther($0, shape.name.value) })
            {
                diagnostics.error(
                    "field '\(field.wireName.value)' of shape '\(shape.name.value)' is required and holds '\(shape.name.value)' again "
                        + "through required fields, so no value could ever be complete; make a field of the cycle 'required: false' or a list",
                    at: field.location)
            }
        }
        return Set(edges.keys.filter(cycles.isOnCycle))
    }

    /// A list shape is a type alias, and Swift cannot declare an alias that holds itself (`typealias L = [L]`): a
    /// cycle of list shapes must pass through a shape with fields or a union, which are types of their own.
    private func checkListShapesHoldingThemselves() {
        let listShapes = spec.shapes.filter { $0.items != nil }
        let names = Set(listShapes.map(\.name.value))
        let cycles = Cycles(edges: Dictionary(
            listShapes.map { ($0.name.value, $0.items?.value.referencedNames.filter(names.contains) ?? []) },
            uniquingKeysWith: { first, _ in first }))
        for shape in listShapes where cycles.isOnCycle(shape.name.value) {
            diagnostics.error(
                "the items of list shape '\(shape.name.value)' hold '\(shape.name.value)' again through list shapes only, "
                    + "and a list shape is a type alias, which cannot hold itself; make a shape of the cycle an object (fields) or a union",
                at: shape.items?.location ?? shape.name.location)
        }
    }

    /// A union decodes a variant that is a union by trying that union's variants on the same value: a cycle of such
    /// variants would try them again for ever on a value none of them reads. A list, map or shape on the way reads
    /// a level of the payload first, so the cycle ends with it.
    private func checkUnionsHoldingThemselves() {
        let unionNames = Set(spec.unions.map(\.name.value))
        func directUnion(_ type: TypeExpression) -> String? {
            if case .named(let name) = type, unionNames.contains(name) { name } else { nil }
        }
        let cycles = Cycles(edges: Dictionary(
            spec.unions.map { ($0.name.value, $0.variants.compactMap { directUnion($0.type.value) }) },
            uniquingKeysWith: { first, _ in first }))
        for union in spec.unions {
            for variant in union.variants {
                guard let held = directUnion(variant.type.value), cycles.reachEachOther(held, union.name.value) else { continue }
                diagnostics.error(
                    "variant '\(variant.name.value)' of union '\(union.name.value)' holds '\(union.name.value)' again through unions only, "
                        + "so a value no variant reads would be tried again for ever; make a variant of the cycle a list, map or shape",
                    at: variant.type.location)
            }
        }
    }

    /// `roots` and every shape and union reachable from their fields, items and variants.
    private static func typesReachable(from roots: [String], in spec: ProviderSpec, names: Set<String>) -> Set<String> {
        let held = heldTypes(in: spec, names: names)
        var reached = Set(roots)
        var frontier = roots
        while let name = frontier.popLast() {
            for reference in held[name] ?? [] where reached.insert(reference).inserted { frontier.append(reference) }
        }
        return reached
    }

    /// The shapes and unions each shape's fields, list shape's items or union's variants name, through lists and maps.
    private static func heldTypes(in spec: ProviderSpec, names: Set<String>) -> [String: [String]] {
        func named(_ type: TypeExpression) -> [String] {
            switch type {
            case .named(let name): names.contains(name) ? [name] : []
            case .array(let element), .map(let element): named(element)
            case .primitive: []
            }
        }
        var held: [String: [String]] = [:]
        for shape in spec.shapes {
            held[shape.name.value, default: []] += (shape.fields.map(\.type.value) + (shape.items.map { [$0.value] } ?? [])).flatMap(named)
        }
        for union in spec.unions { held[union.name.value, default: []] += union.variants.map(\.type.value).flatMap(named) }
        return held
    }

    /// The shapes, list shapes and unions (`names`) that hold a field `holds` takes (one with URLs, or with text), or
    /// a list shape's items or a union's variant `partHolds` takes (text: `{one: string, many: '[string]'}`), through
    /// fields, lists, maps, list shapes and union variants, and that a shape with credentials holds the same way:
    /// printing that message hides its credentials in them (a callback URL repeating the API key, a key pasted into a
    /// packet's text). `credentialHolders`: the shapes with credentials (`MessageCredentials`).
    private static func typesHeld(
        by credentialHolders: [String], holdingFieldsWhere holds: (FieldSpec) -> Bool,
        orPartsWhere partHolds: (TypeExpression) -> Bool = { _ in false }, in spec: ProviderSpec, names: Set<String>
    ) -> Set<String> {
        let held = heldTypes(in: spec, names: names)
        var heldBy: [String: [String]] = [:]
        for (holder, names) in held { for name in names { heldBy[name, default: []].append(holder) } }
        var frontier = spec.shapes.filter { shape in shape.fields.contains(where: holds) || shape.items.map { partHolds($0.value) } == true }
            .map(\.name.value) + spec.unions.filter { $0.variants.contains { partHolds($0.type.value) } }.map(\.name.value)
        var holding = Set(frontier)
        while let name = frontier.popLast() {
            for holder in heldBy[name] ?? [] where holding.insert(holder).inserted { frontier.append(holder) }
        }
        return typesReachable(from: credentialHolders.flatMap { held[$0] ?? [] }, in: spec, names: names).intersection(holding)
    }

    /// The list shapes and unions of `validated` that hold one of its shapes with fields, through lists, maps, list
    /// shapes and unions: found backwards from those shapes, so types that hold themselves are each visited once.
    private static func holdersOfValidatedShapes(_ validated: Set<String>, in spec: ProviderSpec) -> Set<String> {
        let holders = Set(spec.shapes.filter { $0.items != nil }.map(\.name.value) + spec.unions.map(\.name.value)).intersection(validated)
        var heldBy: [String: [String]] = [:]
        for (holder, held) in heldTypes(in: spec, names: validated) where holders.contains(holder) {
            for name in held { heldBy[name, default: []].append(holder) }
        }
        var frontier = spec.shapes.filter { $0.items == nil && validated.contains($0.name.value) }.map(\.name.value)
        var found = Set<String>()
        while let name = frontier.popLast() {
            for holder in heldBy[name] ?? [] where found.insert(holder).inserted { frontier.append(holder) }
        }
        return found
    }

    /// `enumCases`: each enum's Swift case names by wire value; `tables`: each table by name.
    private func fields(
        of shape: ShapeSpec, enumCases: [String: [String: String]], tables: [String: TableModel], cyclic: Set<String>
    ) -> [FieldModel] {
        let names = shape.fields.map { Self.propertyName(of: $0, namespace: namespace) }
        let models = shape.fields.map { written in
            // A code no document shows is no document's answer to the rule either (a user's validate said "would
            // answer 013" of such a row): inferred, wherever the link is shown.
            var field = written
            field.constraints.providerCodes = written.constraints.providerCodes.map { code in
                let parts = code.code.value.split(separator: ":", maxSplits: 1).map(String.init)
                guard !code.isInferred, parts.count == 2, tables[parts[0]]?.isSpecsOwn(coded: parts[1]) == true else { return code }
                return ProviderCodeSpec(rule: code.rule, code: code.code, isInferred: true)
            }
            let type = resolve(field)
            let sibling = field.constraints.substitute?.lengthFrom.flatMap { source in shape.fields.firstIndex { $0.wireName.value == source.value } }
            return FieldModel(
                spec: field, swiftName: Self.propertyName(of: field, namespace: namespace),
                type: type, defaultValue: field.defaultValue.flatMap { defaultValue($0, of: type, enumCases: enumCases) },
                providerCodes: field.constraints.providerCodes.compactMap { written in
                    providerCode(written, tables: tables).map { (written.rule.value, $0) }
                },
                isIndirect: !field.required && type.directShapes.contains { name in cyclic.contains(name) && shapeNames.contains(name) },
                substituteLength: sibling.map { (names[$0], !shape.fields[$0].required && shape.fields[$0].defaultValue == nil) },
                separatedList: field.separator.flatMap { separator in
                    if case .array(let element) = type { (element, separator.value) } else { nil }
                })
        }
        // A field that holds its own shape again is stored under a second name (`_reply`), which no field may have.
        let storage = models.compactMap { model in
            model.indirectStorageName.map { ($0, model.spec.location, "the storage of field '\(model.spec.wireName.value)' (it holds its own shape)") }
        }
        checkCollisions(
            models.map { ($0.swiftName, $0.spec.location, "field '\($0.spec.wireName.value)'") } + storage, in: "shape '\(shape.name.value)'",
            fix: "give one a 'name'")
        for model in models where Naming.isNotIdentifier(model.swiftName) {
            reportNotIdentifier(model.swiftName, given: model.spec.swiftName, of: "field '\(model.spec.wireName.value)'", kind: "property",
                key: "name", derivedAt: model.spec.location)
        }
        return models
    }

    /// The Swift value of a default the validator has checked against the field's type (`checkDefault`); lint stops
    /// at any default it refuses, so none of those is rendered.
    private func defaultValue(_ value: Located<String>, of type: ResolvedType, enumCases: [String: [String: String]]) -> DefaultValue? {
        switch type {
        case .string, .secret: return .string(value.value)
        case .bool: return value.value == "true" ? .bool(true) : value.value == "false" ? .bool(false) : nil
        case .int, .int64: return Int64(value.value).map { .number(String($0)) }
        case .double: return Double(value.value).map { .number(SwiftLiteral.double($0)) }
        case .decimal: return .decimal(value.value)
        case .enumeration(let type):
            return enumCases[type.swiftName]?[value.value].map { .enumCase($0) }
        case .array: return value.value == "[]" ? .emptyList : nil
        default: return nil
        }
    }

    /// The table entry a `Table:code` reference names; the validator reports one that names nothing.
    private func providerCode(_ written: ProviderCodeSpec, tables: [String: TableModel]) -> ProviderCode? {
        let parts = written.code.value.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let table = tables[parts[0]] else { return nil }
        return table.entry(coded: parts[1]).map {
            ProviderCode(table: table.swiftName, caseName: $0.swiftName, isInferred: written.isInferred)
        }
    }

    private func resolve(_ field: FieldSpec) -> ResolvedType {
        if field.secret { return .secret }
        if field.type.value == .primitive(.date) { return .timestamp(formats: field.formats.map(\.value), timeZone: field.timeZone?.value) }
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
            if tableNames.contains(name) { return .table(reference(to: name)) }
            if enumNames.contains(name) { return .enumeration(reference(to: name)) }
            if unionNames.contains(name) { return .union(reference(to: name)) }
            return .shape(reference(to: name))
        case .array(let element): return .array(resolve(element))
        case .map(let value): return .map(resolve(value))
        }
    }

    /// A declared type by its spec name (the validator has reported names that declare nothing). A list shape is a type
    /// alias of `[T]`, which validates as its elements do (`ValidatableMessage`'s conformance of `Array`).
    private func reference(to name: String) -> TypeReference {
        let isShapeWithFields = shapesByName[name].map { $0.items == nil } ?? false
        var reference = TypeReference(
            swiftName: name, hasValidator: (isShapeWithFields && validatedShapes.contains(name)) || validatedHolders.contains(name))
        reference.hidesHolderSecrets = secretHidingTypes.contains(name)
        reference.hidesRepeatedSecrets = repeatedSecretHidingTypes.contains(name)
        return reference
    }

    private func enumeration(_ spec: EnumSpec) -> EnumModel {
        let cases = spec.values.map { value in
            (value: value.value.value, swiftName: caseName(value.swiftName?.value ?? Naming.memberName(value.value.value)),
             summary: value.summary)
        }
        checkCollisions(
            zip(cases, spec.values).map { ($0.swiftName, $1.value.location, "value '\($1.value.value)'") },
            in: "enum '\(spec.name.value)'", fix: "give one a 'name'")
        for (item, value) in zip(cases, spec.values) where Naming.isNotIdentifier(item.swiftName) {
            reportNotIdentifier(item.swiftName, given: value.swiftName, of: "value '\(value.value.value)'", kind: "case", key: "name",
                derivedAt: value.value.location)
        }
        return EnumModel(spec: spec, swiftName: spec.name.value, cases: cases)
    }

    private func table(_ spec: TableSpec) -> TableModel {
        let entries = spec.entries.map { entry in
            let category = entry.category.flatMap { ErrorCategory(rawValue: $0.value) } ?? .unknown
            return TableEntryModel(
                spec: entry, swiftName: caseName(entry.swiftName?.value ?? Naming.memberName(entry.name)), category: category,
                outcome: entry.outcome.flatMap { Outcome(rawValue: $0.value) } ?? .failure,
                retryable: entry.retryable ?? category.defaultRetryable)
        }
        checkCollisions(
            entries.map { ($0.swiftName, $0.spec.location, "code \(spec.codeType.shown($0.spec.code.value))") },
            in: "table '\(spec.name.value)'", fix: "give one a 'case' name")
        for entry in entries where Naming.isNotIdentifier(entry.swiftName) {
            reportNotIdentifier(entry.swiftName, given: entry.spec.swiftName, of: "code \(spec.codeType.shown(entry.spec.code.value))",
                kind: "case", key: "case", derivedAt: entry.spec.location)
        }
        let resolved = StatusTable(
            resolving: spec, entries: entries, provider: self.spec.id.value, sources: sources, diagnostics: diagnostics)
        return TableModel(spec: spec, swiftName: spec.name.value, entries: entries, resolved: resolved)
    }

    /// A Swift name that is no identifier: at the spec's own `name` or `case` when it gave one (asking for one there
    /// would ask for what it already did), else where the name was derived from.
    private func reportNotIdentifier(
        _ swiftName: String, given: Located<String>?, of owner: String, kind: String, key: String, derivedAt location: SourceLocation
    ) {
        if let given {
            diagnostics.error(
                "the '\(key)' of \(owner), '\(given.value)', is not a Swift \(kind) name: use letters, digits and '_', not a digit first",
                at: given.location)
        } else {
            let fix = key == "case" ? "set 'case'" : "give the \(owner.prefix { $0 != " " }) a 'name'"
            let problem = swiftName == "_" ? "\(owner) has no letter or digit to name a Swift \(kind) after" : "'\(swiftName)' is not a Swift \(kind) name"
            diagnostics.error("\(problem); \(fix)", at: location)
        }
    }

    private func union(
        _ spec: UnionSpec, isIndirect: Bool, isReadOncePerPlace: Bool, kinds: [String: Set<JSONKind>], coverage: VariantCoverage
    ) -> UnionModel {
        let variants = spec.variants.map { variant in
            let type = resolve(variant.type.value)
            return (caseName: caseName(Naming.memberName(variant.name.value)), type: type, reads: type.jsonKinds(named: kinds))
        }
        checkCollisions(
            zip(variants, spec.variants).map { ($0.caseName, $1.name.location, "variant '\($1.name.value)'") },
            in: "union '\(spec.name.value)'", fix: "rename one")
        for (variant, given) in zip(variants, spec.variants) where Naming.isNotIdentifier(variant.caseName) {
            diagnostics.error(
                variant.caseName == "_"
                    ? "variant '\(given.name.value)' of union '\(spec.name.value)' has no letter or digit to name a Swift case after; rename it"
                    : "variant '\(given.name.value)' of union '\(spec.name.value)' is not a Swift case name ('\(variant.caseName)'); rename it",
                at: given.name.location)
        }
        let repeated = checkVariantTypes(variants.map(\.type), of: spec, listShapes: coverage.listShapes)
        let shadowed = checkShadowedVariants(variants.map { ($0.type, $0.reads) }, of: spec, skipping: repeated, coverage: coverage)
        checkVariantsReadBack(variants.map(\.type), of: spec, skipping: repeated.union(shadowed), coverage: coverage)
        return UnionModel(
            spec: spec, swiftName: spec.name.value, variants: variants, isIndirect: isIndirect, isReadOncePerPlace: isReadOncePerPlace,
            isValidated: validatedHolders.contains(spec.name.value), hidesHolderSecrets: secretHidingTypes.contains(spec.name.value),
            hidesRepeatedSecrets: repeatedSecretHidingTypes.contains(spec.name.value), discriminated: nil)
    }

    /// A union whose variant a field names: the shapes' cases as a callback's are (`discriminated`), each read
    /// alone, so no variant can shadow another, and none is read twice however deep it lies.
    private func discriminatedUnion(
        _ spec: UnionSpec, _ discriminator: DiscriminatorSpec, isIndirect: Bool, shapes: [String: ShapeModel], codes: CodeSpellings
    ) -> UnionModel {
        let discriminated = self.discriminated(discriminator, of: "union '\(spec.name.value)'", shapes: shapes, codes: codes)
        return UnionModel(
            spec: spec, swiftName: spec.name.value,
            variants: discriminated.variants.map { (caseName: $0.caseName, type: .shape($0.shape), reads: [.object]) },
            isIndirect: isIndirect, isReadOncePerPlace: false, isValidated: validatedHolders.contains(spec.name.value),
            hidesHolderSecrets: secretHidingTypes.contains(spec.name.value),
            hidesRepeatedSecrets: repeatedSecretHidingTypes.contains(spec.name.value), discriminated: discriminated)
    }

    /// A variant of the same Swift type as an earlier one never reads a value (the earlier one reads it first), so a
    /// value made with it would decode as the other: a round trip that changes the value. A list shape is the list
    /// it aliases, and a date is a `Timestamp` whatever its formats.
    /// Types are compared by a spelling that marks the spec's own (`*Int`, the enum `Int`), which are never the
    /// standard type of that name (`Int`).
    /// The variants it reports, by index.
    private func checkVariantTypes(_ types: [ResolvedType], of union: UnionSpec, listShapes: [String: ResolvedType]) -> Set<Int> {
        func spelling(_ type: ResolvedType, depth: Int = 0, marked: Bool) -> String {
            switch type {
            case .shape(let reference):
                // A cycle of list shapes is an error of its own; the depth ends the walk along one.
                guard let element = listShapes[reference.swiftName], depth < 32 else { return (marked ? "*" : "") + type.swiftType }
                return "[\(spelling(element, depth: depth + 1, marked: marked))]"
            case .array(let element): return "[\(spelling(element, depth: depth + 1, marked: marked))]"
            case .map(let value): return "[String: \(spelling(value, depth: depth + 1, marked: marked))]"
            case .enumeration, .table, .union: return (marked ? "*" : "") + type.swiftType
            default: return type.swiftType
            }
        }
        var first: [String: String] = [:]
        var reported = Set<Int>()
        for (index, (type, variant)) in zip(types, union.variants).enumerated() {
            let swiftType = spelling(type, marked: false)
            if let earlier = first[spelling(type, marked: true)] {
                diagnostics.error(
                    "variant '\(variant.name.value)' of union '\(union.name.value)' has the type of variant '\(earlier)' (\(swiftType)), "
                        + "which reads every value first, so a '\(variant.name.value)' value would decode as '\(earlier)'; "
                        + "remove one or give it another type",
                    at: variant.type.location)
                reported.insert(index)
            } else {
                first[spelling(type, marked: true)] = variant.name.value
            }
        }
        return reported
    }

    /// A variant every value of which earlier variants read first never reads one either: by kind (`readsEvery`:
    /// `{kind: Kind, text: string}` read "zzz" as `.kind(unknown)`, never `.text`), or one earlier variant at a time
    /// (`covers`: `{d: decimal, i: int}` read 5 as `.d(5)`). (Variants of one Swift type are `checkVariantTypes`'s.)
    /// At most `maximumComparedVariants` earlier variants are compared one at a time, so a union of thousands of
    /// variants checks in linear time. The variants it reports, by index.
    private func checkShadowedVariants(
        _ variants: [(type: ResolvedType, reads: Set<JSONKind>)], of union: UnionSpec, skipping repeated: Set<Int>, coverage: VariantCoverage
    ) -> Set<Int> {
        var reported = Set<Int>()
        var readers: [JSONKind: (name: String, type: ResolvedType, what: String)] = [:]
        var earlierTypes = Set<String>()
        for (index, (variant, spec)) in zip(variants, union.variants).enumerated() {
            let shadowing = variant.reads.compactMap { readers[$0] }
            let reader = shadowing.count == variant.reads.count ? shadowing.first : variants.indices.prefix(min(index, Self.maximumComparedVariants))
                .first { coverage.covers(variants[$0].type, variant.type) }
                .map { (union.variants[$0].name.value, variants[$0].type, "which reads every value of \(variant.type.swiftType)") }
            if !variant.reads.isEmpty, !repeated.contains(index), !earlierTypes.contains(variant.type.swiftType), let reader {
                diagnostics.error(
                    "variant '\(spec.name.value)' of union '\(union.name.value)' never reads a value: variant '\(reader.name)' "
                        + "(\(reader.type.swiftType), \(reader.what)) comes first and reads every value it would; "
                        + "put '\(spec.name.value)' first, or remove one",
                    at: spec.type.location)
                reported.insert(index)
            }
            earlierTypes.insert(variant.type.swiftType)
            let every = coverage.readsEvery(variant.type)
            for kind in every.kinds where readers[kind] == nil { readers[kind] = (spec.name.value, variant.type, every.what) }
        }
        return reported
    }

    /// A variant that writes a value it read as a kind of JSON value an earlier variant reads (`VariantCoverage.kindChange`:
    /// `{b: bool, flag: Sent}` read `"false"` as `.flag(false)`, wrote `false`, and read that back as `.b(false)`) turns
    /// a value into another on its way through. Compared with the first `maximumComparedVariants`, as above.
    private func checkVariantsReadBack(_ types: [ResolvedType], of union: UnionSpec, skipping reported: Set<Int>, coverage: VariantCoverage) {
        var unread = Set(JSONKind.allCases)
        for (index, (type, spec)) in zip(types, union.variants).enumerated() {
            defer { unread.subtract(coverage.readsEvery(type).kinds) }
            guard !reported.contains(index) else { continue }
            for earlier in types.indices.prefix(min(index, Self.maximumComparedVariants)) {
                guard let change = coverage.kindChange(readBackBy: types[earlier], from: type, unread: unread) else { continue }
                let name = spec.name.value, other = union.variants[earlier].name.value
                let fix = change.fix
                    ?? "remove '\(other)' (a table or enum reads any text, number or boolean itself, one it does not list as unknown) or '\(name)'"
                diagnostics.error(
                    "variant '\(name)' of union '\(union.name.value)' writes back what variant '\(other)' (\(types[earlier].swiftType)) reads "
                        + "first: the payload \(change.read) reads as '\(name)' (\(type.swiftType)) and is written \(change.written), which reads back "
                        + "as '\(other)', another value; \(fix)",
                    at: spec.type.location)
                break
            }
        }
    }

    /// How many earlier variants of a union `checkShadowedVariants` compares a variant with one at a time.
    static let maximumComparedVariants = 64

    /// A shape that carries the discriminator reads the event's kind as its own field too, and writes it back as that
    /// field's type writes it: an `int`, `int64` or `bool` field writes `1`, `true`, so a value spelled otherwise (`01`,
    /// `1.0`, `yes`) read back from its own payload as another value — another shape's, or none (`unknown`); a value
    /// the field cannot hold at all (`abc` for a number, anything for a list, a map or a shape) never decoded as the
    /// shape. (Random specs' payloads through their generated types found the lists.) A table field writes a code it
    /// documents in the table's spelling, a `wire: number` enum field a listed value in plain digits: `02` for an
    /// int table's 2 came back as `2`, another value's shape (`CodeSpellings`).
    private func checkDiscriminatorValuesReadBack(
        _ discriminator: DiscriminatorSpec, of owner: String, variants: [DiscriminatedVariant], codes: CodeSpellings
    ) {
        let fields = Dictionary(variants.map { ($0.shape.swiftName, $0.discriminatorField) }, uniquingKeysWith: { first, _ in first })
        for variant in discriminator.variants {
            guard let field = fields[variant.shape.value] ?? nil else { continue }
            let value = variant.value.value
            let written: String?
            switch field.type {
            // Foundation reads a zero fraction or an exponent as the integer it equals (`1.0`, `1e0`).
            case .int, .int64: written = (Int64(value) ?? Double(value).flatMap { Int64(exactly: $0) }).map(String.init)
            case .bool: written = ["true", "false"].contains(value) ? value : nil
            case .decimal, .double: written = Double(value) != nil ? value : nil
            case .array, .map, .shape: written = nil
            // A documented code is written in its table's or enum's spelling (`2` for `02`); any other as it came.
            case .table, .enumeration: written = codes.written(value, as: field.type) ?? value
            case .string, .secret, .timestamp, .json, .union: continue
            }
            guard written != value else { continue }
            let subject = "value '\(value.abbreviated)' of discriminator '\(discriminator.field.value)' of \(owner)"
            let type = field.type.swiftType.replacingOccurrences(of: "Swift.", with: "")
            diagnostics.error(
                written.map {
                    "\(subject) names shape '\(variant.shape.value)', whose \(type) field writes it back as \($0), which reads as another "
                        + "value: write the value as \($0)"
                } ?? "\(subject) names shape '\(variant.shape.value)', whose field reads it as \(type), which '\(value.abbreviated)' is not: "
                    + "no such payload decodes as the shape; make the field a string or enum",
                at: variant.value.location)
        }
    }

    /// A variant whose discriminator field is a table is also chosen by any spelling of its values' codes, as that
    /// field reads them: their codes in the table, which the generated decoder looks a kind up by.
    private func addTableCodes(to variants: inout [DiscriminatedVariant], codes: CodeSpellings) {
        for index in variants.indices {
            guard let reference = variants[index].discriminatorTable, let table = codes.tables[reference.swiftName] else { continue }
            var seen: Set<String> = []
            variants[index].tableCodes = variants[index].values.compactMap { table.resolved.entry(for: $0)?.code }.filter { seen.insert($0).inserted }
        }
    }

    /// The kinds of JSON value each list shape and union reads (see `ResolvedType.jsonKinds`): a union reads what its
    /// variants read. Worked out without recursion, as a spec may chain thousands of unions: a union whose kinds grow
    /// puts the unions holding it back to work, and kinds only grow, so this ends after a few passes over each.
    private func namedKinds() -> [String: Set<JSONKind>] {
        var kinds: [String: Set<JSONKind>] = [:]
        for shape in spec.shapes where shape.items != nil { kinds[shape.name.value] = [.array] }
        let variants = Dictionary(
            spec.unions.map { ($0.name.value, $0.variants.map { resolve($0.type.value) }) }, uniquingKeysWith: { first, _ in first })
        var holders: [String: [String]] = [:]
        for union in spec.unions {
            for case .union(let held) in variants[union.name.value] ?? [] { holders[held.swiftName, default: []].append(union.name.value) }
        }
        var work = spec.unions.map(\.name.value)
        while let name = work.popLast() {
            let read = (variants[name] ?? []).reduce(into: Set<JSONKind>()) { $0.formUnion($1.jsonKinds(named: kinds)) }
            if read != kinds[name, default: []] {
                kinds[name] = read
                work += holders[name] ?? []
            }
        }
        return kinds
    }

    /// The callbacks, each receiver's name in `Receivers` its own.
    private func callbacks(shapes: [String: ShapeModel], codes: CodeSpellings) -> [CallbackModel] {
        let callbacks = spec.callbacks.map { callback($0, shapes: shapes, codes: codes) }
        checkCollisions(
            callbacks.map { ($0.memberName, $0.spec.name.location, "callback '\($0.spec.name.value)'") }, in: "Receivers",
            fix: "rename one")
        return callbacks
    }

    private func callback(_ spec: CallbackSpec, shapes: [String: ShapeModel], codes: CodeSpellings) -> CallbackModel {
        let discriminated = spec.discriminator.map { self.discriminated($0, of: "callback '\(spec.name.value)'", shapes: shapes, codes: codes) }
        return CallbackModel(
            spec: spec, swiftName: spec.name.value, memberName: memberName(Naming.memberName(spec.name.value)),
            messageType: spec.shape.map { reference(to: $0.value).swiftName } ?? spec.name.value, discriminated: discriminated,
            signature: spec.signature?.value,
            acknowledgement: spec.acknowledgement.map { AcknowledgementModel($0, decisions: self.spec.allDecisions) } ?? .inferred)
    }

    /// The cases of a callback or union a field tells apart: one per shape, as several values may carry one shape.
    /// `subject`: "callback 'Events'", "union 'Content'".
    private func discriminated(
        _ discriminator: DiscriminatorSpec, of subject: String, shapes: [String: ShapeModel], codes: CodeSpellings
    ) -> DiscriminatedModel {
        let field = discriminator.field.value
        var variants: [DiscriminatedVariant] = []
        var locations: [SourceLocation] = []
        var indexOfShape: [String: Int] = [:]
        for variant in discriminator.variants {
            let shape = variant.shape.value
            if let index = indexOfShape[shape] {
                variants[index].values.append(variant.value.value)
            } else {
                indexOfShape[shape] = variants.count
                variants.append(
                    DiscriminatedVariant(
                        values: [variant.value.value], caseName: caseName(Naming.memberName(shape)), shape: reference(to: shape),
                        discriminatorField: shapes[shape]?.fields.first { $0.spec.wireName.value == field }))
                locations.append(variant.shape.location)
            }
        }
        checkCollisions(
            zip(variants, locations).map { ($0.caseName, $1, "shape '\($0.shape.swiftName)'") }, in: subject,
            fix: "rename one of the shapes")
        // The case is named after the shape: `__` makes `case _`, which Swift refuses (a union's variant is checked alike).
        for (variant, location) in zip(variants, locations) where Naming.isNotIdentifier(variant.caseName) {
            diagnostics.error(
                variant.caseName == "_"
                    ? "shape '\(variant.shape.swiftName)' of \(subject) has no letter or digit to name its Swift case after; rename the shape"
                    : "shape '\(variant.shape.swiftName)' of \(subject) names no Swift case ('\(variant.caseName)'); rename the shape",
                at: location)
        }
        // A shape several values share is re-encoded as it is: only its own field can say which value it was.
        for (variant, location) in zip(variants, locations) where variant.values.count > 1 && variant.discriminatorField == nil {
            diagnostics.error(
                "shape '\(variant.shape.swiftName)' stands for several values of '\(field)' (\(variant.values.joined(separator: ", "))), "
                    + "so it needs a field '\(field)' to keep which one it was",
                at: location)
        }
        checkDiscriminatorValuesReadBack(discriminator, of: subject, variants: variants, codes: codes)
        addTableCodes(to: &variants, codes: codes)
        // The label of `unknown(<key>:payload:)`: a discriminator named `payload` would label both alike.
        // A field named with no letter or digit (`#`) labels it `kind`.
        let key = caseName(Naming.memberName(field))
        return DiscriminatedModel(field: field, variants: variants, swiftKey: key == "payload" ? key + "_" : key == "_" ? "kind" : key)
    }

    /// The operations, each member name in `Operations` (and method of the client) its own: ids that differ can
    /// still meet once a reserved name is renamed (`self` → `self_` beside an operation `self_`).
    private func operations() -> [OperationModel] {
        let codeFields = answerCodeFields()
        let answerShapes = spec.operations.flatMap { $0.responses.compactMap(\.shape?.value) }
        let unionsByName = Dictionary(spec.unions.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        // A plain-text answer's too: the client reads them in the fields of the form that read it.
        let reasons = Dictionary(
            answerShapes.map { ($0, FailureReasons.paths(in: $0, shapes: shapesByName, unions: unionsByName)) }, uniquingKeysWith: { first, _ in first })
        // Where a JSON answer read by the codes other answers carry (`codeFields`) may say why: any JSON answer's reason.
        var anyAnswersReasons: [[String]] = []
        for shape in answerShapes where answerWire(of: shape) != .text {
            for path in reasons[shape] ?? [] where !anyAnswersReasons.contains(path) { anyAnswersReasons.append(path) }
        }
        let operations = spec.operations.map { operation($0, answerCodeFields: codeFields, reasons: { shape, readsOthers in
            var paths = shape.flatMap { reasons[$0] } ?? []
            // Not where the answer's own shape holds something else (its `descricao` a delivery status, where other
            // answers' `descricao` is the reason: a user's look-up would have thrown its status as the reason).
            let own = Set(shape.flatMap { shapesByName[$0] }?.fields.map(\.wireName.value) ?? [])
            if readsOthers {
                for path in anyAnswersReasons where !paths.contains(path) && !(path.first.map(own.contains) ?? false) { paths.append(path) }
            }
            return paths
        }) }
        checkCollisions(
            operations.map { ($0.swiftName, $0.spec.id.location, "operation '\($0.spec.id.value)'") }, in: "Operations", fix: "rename one")
        for operation in operations where operation.swiftName == "_" {
            diagnostics.error(
                "operation '\(operation.spec.id.value)' has no letter or digit to name a Swift member after; rename it", at: operation.spec.id.location)
        }
        return operations
    }

    /// `reasons`: the paths of the reasons an answer of a shape (or none) gives, and, when its codes may be read
    /// where other answers carry them, theirs after its own.
    private func operation(
        _ spec: OperationSpec, answerCodeFields: [String: [(order: Int, name: String)]], reasons: (String?, Bool) -> [[String]]
    ) -> OperationModel {
        let name = memberName(Naming.memberName(spec.id.value))
        let results = results(of: spec)
        var codeFields: [String: [String]] = [:]
        // A code is read from a JSON object's members: not from an answer in plain text, which the client reads by its
        // text forms alone (an answer that matches none is undecodable, its code unread: the doc said it was thrown).
        for response in spec.responses where !response.tables.isEmpty && !response.noCodeDecides
            && response.shape.map({ answerWire(of: $0.value) }) != .text
        {
            // Each field once, in the order the answer shapes give them; not one the answer's own shape holds as
            // something else (its `status` text, where another answer's `status` is a code).
            let tables = Set(response.tables.map(\.value))
            let own = response.shape.flatMap { shapesByName[$0.value] }.map { shape in
                Dictionary(shape.fields.map { ($0.wireName.value, $0) }, uniquingKeysWith: { first, _ in first })
            } ?? [:]
            var seen = Set<String>()
            let fields = tables.flatMap { answerCodeFields[$0] ?? [] }.sorted { $0.order < $1.order }.map(\.name).filter { name in
                guard let field = own[name] else { return seen.insert(name).inserted }
                guard field.placement == .body, case .named(let type) = field.type.value, tables.contains(type) else { return false }
                return seen.insert(name).inserted
            }
            if !fields.isEmpty { codeFields[response.key] = fields }
        }
        var reasonPaths: [String: [[String]]] = [:]
        for response in spec.responses {
            let paths = reasons(response.shape?.value, codeFields[response.key] != nil)
            if !paths.isEmpty { reasonPaths[response.key] = paths }
        }
        return OperationModel(
            spec: spec, swiftName: name == "all" ? "all_" : name, requestType: spec.request?.value,
            encoding: encoding(of: spec), results: results, answers: answers(of: spec, results: results),
            codeFields: codeFields, reasonPaths: reasonPaths, headers: headers(of: spec), obtainedCredential: obtainedCredential(by: spec))
    }

    /// The credential a login's answer gives, and its expiry, by the properties down to them (lint allows one each).
    private func obtainedCredential(by operation: OperationSpec) -> ObtainedCredential? {
        let properties = { (found: ObtainedCredentials.Found) in
            found.path.map { (Self.propertyName(of: $0, namespace: namespace), !($0.required || $0.defaultValue != nil)) }
        }
        return ObtainedCredentials.found(by: operation, shapes: shapesByName).first.map { found in
            let expiry = ObtainedCredentials.found(by: operation, playing: .credentialExpiry, shapes: shapesByName).first.map { expiry in
                ObtainedCredential.Expiry(properties: properties(expiry), wirePath: expiry.wirePath, unit: expiry.field.unit?.value)
            }
            return ObtainedCredential(properties: properties(found), wirePath: found.wirePath, expiry: expiry)
        }
    }

    /// The provider's headers, each replaced by the operation's of the same name in any case, then the operation's others.
    private func headers(of operation: OperationSpec) -> [FixedHeaderSpec] {
        let own = Dictionary(operation.headers.map { ($0.name.value.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let provider = spec.headers.map { own[$0.name.value.lowercased()] ?? $0 }
        let replaced = Set(spec.headers.map { $0.name.value.lowercased() })
        return provider + operation.headers.filter { !replaced.contains($0.name.value.lowercased()) }
    }

    /// By the type they hold (a table's name), the wire names of the top-level body fields of the spec's answer shapes,
    /// each once with its place in the spec's order: where an answer of the provider carries a code of that table.
    /// Worked out once for the spec; each response merges its tables' lists (per response, every shape was read again:
    /// 3,000 responses took 48 s).
    private func answerCodeFields() -> [String: [(order: Int, name: String)]] {
        let answerShapes = Set(spec.operations.flatMap { $0.responses.compactMap(\.shape?.value) })
        var fields: [String: [(order: Int, name: String)]] = [:]
        var seen = Set<[String]>()
        var order = 0
        for shape in spec.shapes where answerShapes.contains(shape.name.value) && answerWire(of: shape.name.value) != .text {
            for field in shape.fields where field.placement == .body {
                guard case .named(let type) = field.type.value, seen.insert([type, field.wireName.value]).inserted else { continue }
                fields[type, default: []].append((order, field.wireName.value))
                order += 1
            }
        }
        return fields
    }

    /// Every shape or union an answer of the operation carries, once, in the spec's order, with the client's answer
    /// case it becomes (none for a shape only failure answers carry: its codes are reported, not returned).
    private func answers(of operation: OperationSpec, results: [OperationResult]) -> [AnswerMessage] {
        var seen = Set<String>()
        return operation.responses.compactMap { response in
            guard let name = response.shape?.value, seen.insert(name).inserted else { return nil }
            return AnswerMessage(
                name: name, swiftType: reference(to: name).swiftName, result: results.first { $0.shape == name }, wire: answerWire(of: name))
        }
    }

    /// The encodings a callback's payload may come in besides its `encoding`: its other body encodings, and a GET's
    /// query when GET is among several methods.
    private static func otherEncodings(of callback: CallbackSpec) -> [EncodingKind] {
        callback.payloadEncodings.filter { $0 != callback.encoding }
    }

    /// How an answer of this shape is written: plain text when the shape has `text` forms or is a list of such
    /// answers, one per line, else JSON.
    private func answerWire(of shape: String) -> EncodingKind {
        shapesByName[shape]?.isTextAnswer(in: shapesByName) == true ? .text : .json
    }

    /// The operation's own encoding, else none when nothing would go in a body — no request, or a GET or DELETE
    /// whose request has only path, query and header fields (those methods carry no body: a `{}` or an empty form with
    /// its content type is what a server may refuse) — else the provider's.
    private func encoding(of operation: OperationSpec) -> EncodingKind {
        operation.sentEncoding(request: operation.request.flatMap { shapesByName[$0.value] }, provider: spec.encoding)
    }

    /// The 2xx answers, or the catch-all answer when no 2xx status is listed, once per shape; each case name its own
    /// (shapes `Self` and `self`, or `Undocumented` beside an answer without a shape, would meet).
    private func results(of operation: OperationSpec) -> [OperationResult] {
        let chosen = operation.successfulResponses
        var results: [OperationResult] = []
        var named: [(name: String, location: SourceLocation, what: String)] = []
        for response in chosen where !results.contains(where: { $0.shape == response.shape?.value }) {
            let shape = response.shape?.value
            let caseName = shape.map { Naming.unreserved($0.prefix(1).lowercased() + $0.dropFirst()) } ?? "undocumented"
            results.append(OperationResult(shape: shape, swiftType: shape.map { reference(to: $0).swiftName }, caseName: caseName))
            let what = shape.map { "the answer shape '\($0)'" } ?? "an answer without a shape"
            named.append((caseName, response.shape?.location ?? response.location, what))
        }
        if results.count > 1 {
            checkCollisions(named, in: "the client's answer cases of operation '\(operation.id.value)'", fix: "rename one of the shapes")
        }
        return results.isEmpty ? [OperationResult(shape: nil, swiftType: nil, caseName: "undocumented")] : results
    }

    // MARK: Messages

    private func messages() -> [MessageModel] {
        var messages: [MessageModel] = []
        var listed = Set<String>()
        func add(_ name: String, _ kind: String, _ wire: EncodingKind) {
            guard listed.insert(name).inserted, let shape = shapesByName[name] else { return }
            messages.append(MessageModel(name: name, swiftType: name, kind: kind, summary: DisplayText.redactingUserinfo(shape.summary ?? ""), wire: wire))
        }
        for operation in spec.operations {
            // A request with no field in its body (a GET of query or path fields) travels as its URL's query: users
            // read `form` or `json` for it (two users).
            guard let request = operation.request?.value else { continue }
            let bodyless = shapesByName[request].map { !$0.fields.contains { $0.placement.isInBody } } ?? false
            add(request, "request", bodyless ? .query : operation.encoding ?? spec.encoding)
        }
        for operation in spec.operations {
            for response in operation.responses { if let shape = response.shape?.value { add(shape, "response", answerWire(of: shape)) } }
        }
        // A union an operation answers with (seven.io's answer object or bare code) is a message of its own, read as JSON.
        for union in spec.answeredUnions {
            messages.append(
                MessageModel(
                    name: union.name.value, swiftType: union.name.value, kind: "response",
                    summary: DisplayText.redactingUserinfo(union.summary ?? ""), wire: .json))
        }
        for callback in spec.callbacks {
            let added = messages.count
            if let shape = callback.shape?.value, shape == callback.name.value {
                add(shape, "callback", callback.encoding)
                if let index = messages.firstIndex(where: { $0.name == shape && $0.kind == "callback" }) { messages[index].methods = callback.methods }
            } else if listed.insert(callback.name.value).inserted {
                messages.append(
                    MessageModel(
                        name: callback.name.value, swiftType: callback.name.value, kind: "callback",
                        summary: DisplayText.redactingUserinfo(callback.summary ?? ""), wire: callback.encoding, methods: callback.methods))
            }
            for variant in callback.discriminator?.variants ?? [] { add(variant.shape.value, "callback", callback.encoding) }
            // Each message the callback listed may come in any of its encodings, a GET's query among them (a user's
            // GET inbound was read as JSON by `decode`, and listed as JSON only).
            for index in added..<messages.count { messages[index].otherEncodings = Self.otherEncodings(of: callback) }
        }
        // A shape only callbacks named otherwise carry (ASPSMS's `Notification`, posted as `Delivered`, `Buffered`, …)
        // comes as the first of them does: it was listed as JSON, and read so, where it is a query.
        for shape in spec.shapes where !listed.contains(shape.name.value) {
            if let callback = spec.callbacks.first(where: { $0.shape?.value == shape.name.value }) {
                add(shape.name.value, "shape", callback.encoding)
                messages[messages.count - 1].otherEncodings = Self.otherEncodings(of: callback)
            } else {
                add(shape.name.value, "shape", answerWire(of: shape.name.value))
            }
        }
        return messages
    }
}

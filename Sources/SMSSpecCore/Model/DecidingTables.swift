/// A response that lists tables is judged by their codes alone (a generated client throws when one of them reports a
/// failure, and reads any other code as data: a looked-up message's delivery status). A table its shape carries
/// and does not list would report failures that change nothing, so each such table is an error at the response —
/// but a delivery-status table, whose codes say what happened to a message rather than to the request.
enum DecidingTables {
    static func check(
        _ operations: [OperationSpec], shapes: [ShapeModel], unions: [UnionModel], tables: [TableModel], diagnostics: DiagnosticCollector
    ) {
        let shapes = Dictionary(shapes.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        let unions = Dictionary(unions.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        let tables = Dictionary(tables.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        var carried: [String: [String]] = [:]
        for operation in operations {
            for response in operation.responses where !response.tables.isEmpty {
                guard let shape = response.shape?.value, let first = response.tables.first else { continue }
                if carried[shape] == nil { carried[shape] = tablesCarried(by: shape, shapes: shapes, unions: unions) }
                let listed = Set(response.tables.map(\.value))
                let missing = (carried[shape] ?? []).filter { name in
                    !listed.contains(name) && tables[name].map { !$0.spec.isDeliveryStatus } ?? false
                }
                guard !missing.isEmpty else { continue }
                let status = response.httpStatus.map(String.init) ?? "default"
                let names = missing.map { "'\($0)'" }.joined(separator: ", ")
                diagnostics.error(
                    "response \(status) of operation '\(operation.id.value)' lists its tables, but its shape '\(shape)' also carries "
                        + "codes of \(missing.count == 1 ? "table" : "tables") \(names), whose failures would then not make the request fail: "
                        + "add \(missing.count == 1 ? "it" : "them") to 'tables' (a delivery-status table, 'deliveryStatus: true', may stay "
                        + "out: its codes are what the answer reports)",
                    at: first.location)
            }
        }
    }

    /// The tables whose codes a value of shape `name` can hold, through fields, lists, maps, shapes and unions, in
    /// the order first met; without recursion, as a spec may nest shapes thousands deep.
    static func tablesCarried(by name: String, shapes: [String: ShapeModel], unions: [String: UnionModel]) -> [String] {
        var found: [String] = []
        var seen: Set<String> = [name]
        var pending: [ResolvedType] = [.shape(TypeReference(swiftName: name, hasValidator: false))]
        /// Each shape and union once; the first of `types` next.
        func visit(_ types: [ResolvedType]) {
            for type in types.reversed() where type.declaredName.map({ seen.insert($0).inserted }) ?? true { pending.append(type) }
        }
        while let type = pending.popLast() {
            switch type {
            case .table(let table) where !found.contains(table.swiftName): found.append(table.swiftName)
            case .array(let element), .map(let element): visit([element])
            case .shape(let reference): visit((shapes[reference.swiftName].map { $0.fields.map(\.type) + ($0.listElement.map { [$0] } ?? []) }) ?? [])
            case .union(let reference): visit(unions[reference.swiftName]?.variants.map(\.type) ?? [])
            default: continue
            }
        }
        return found
    }
}

extension ResolvedType {
    /// The shape or union a type names, to visit each once; nil for any other type.
    fileprivate var declaredName: String? {
        switch self {
        case .shape(let reference), .union(let reference): reference.swiftName
        default: nil
        }
    }
}

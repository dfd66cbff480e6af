/// A response that lists tables is judged by their codes alone (a generated client throws when one of them reports a
/// failure, and reads any other code as data: a looked-up message's delivery status). A table its shape carries
/// and does not list would report failures that change nothing, so each such table is an error at the response —
/// but a delivery-status table, whose codes say what happened to a message rather than to the request.
enum DecidingTables {
    static func check(
        _ operations: [OperationSpec], shapes: [ShapeModel], unions: [UnionModel], tables: [TableModel], diagnostics: DiagnosticCollector
    ) {
        let order = Dictionary(tables.enumerated().map { ($1.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        let deciding = Set(tables.filter { !$0.spec.isDeliveryStatus }.map(\.swiftName))
        let carried = TablesCarried(shapes: shapes, unions: unions)
        for operation in operations {
            for response in operation.responses where !response.tables.isEmpty {
                guard let shape = response.shape?.value, let first = response.tables.first else { continue }
                let listed = Set(response.tables.map(\.value))
                let missing = carried.tables(ofShape: shape).filter { deciding.contains($0) && !listed.contains($0) }
                    .sorted { order[$0, default: .max] < order[$1, default: .max] }
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
}

/// The tables whose codes a value of each shape or union can hold, through fields, lists, maps, shapes and unions:
/// worked out once for all of them (Tarjan's strongly connected components, without recursion, as a spec may nest
/// shapes thousands deep and answer with each), so thousands of responses cost time linear in the spec, not a walk
/// of every nested shape per response.
struct TablesCarried {
    private var nodes: [String: Int] = [:]
    private var children: [[Int]] = []
    private var own: [Set<String>] = []
    private var carried: [Set<String>] = []

    init(shapes: [ShapeModel], unions: [UnionModel]) {
        var types: [[ResolvedType]] = []
        for shape in shapes where nodes["s:" + shape.swiftName] == nil {
            nodes["s:" + shape.swiftName] = types.count
            types.append(shape.fields.map(\.type) + (shape.listElement.map { [$0] } ?? []))
        }
        for union in unions where nodes["u:" + union.swiftName] == nil {
            nodes["u:" + union.swiftName] = types.count
            types.append(union.variants.map(\.type))
        }
        for fieldTypes in types {
            var tables: Set<String> = []
            var next: [Int] = []
            var pending = fieldTypes
            while let type = pending.popLast() {
                switch type {
                case .table(let table): tables.insert(table.swiftName)
                case .array(let element), .map(let element): pending.append(element)
                case .shape(let reference): if let node = nodes["s:" + reference.swiftName] { next.append(node) }
                case .union(let reference): if let node = nodes["u:" + reference.swiftName] { next.append(node) }
                default: continue
                }
            }
            own.append(tables)
            children.append(next)
        }
        carried = Array(repeating: [], count: types.count)
        computeComponents()
    }

    /// The tables a value of shape `name` can carry; none for a name no shape has.
    func tables(ofShape name: String) -> Set<String> {
        nodes["s:" + name].map { carried[$0] } ?? []
    }

    /// Tarjan's algorithm with an explicit stack: a component is complete when its root is left, after every
    /// component it reaches, so its tables are its members' own and those of the components it reaches.
    private mutating func computeComponents() {
        let count = children.count
        var index = Array(repeating: -1, count: count), low = Array(repeating: 0, count: count)
        var onStack = Array(repeating: false, count: count)
        var stack: [Int] = []
        var next = 0
        for root in 0..<count where index[root] < 0 {
            var calls: [(node: Int, child: Int)] = [(root, 0)]
            index[root] = next; low[root] = next; next += 1
            stack.append(root); onStack[root] = true
            while let (node, child) = calls.last {
                if child < children[node].count {
                    calls[calls.count - 1].child += 1
                    let target = children[node][child]
                    if index[target] < 0 {
                        index[target] = next; low[target] = next; next += 1
                        stack.append(target); onStack[target] = true
                        calls.append((target, 0))
                    } else if onStack[target] {
                        low[node] = min(low[node], index[target])
                    }
                    continue
                }
                calls.removeLast()
                if let parent = calls.last?.node { low[parent] = min(low[parent], low[node]) }
                guard low[node] == index[node] else { continue }
                var members: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    members.append(member)
                    if member == node { break }
                }
                var tables: Set<String> = []
                for member in members {
                    tables.formUnion(own[member])
                    // A child outside the component is complete already; one inside adds nothing more.
                    for target in children[member] where !onStack[target] { tables.formUnion(carried[target]) }
                }
                for member in members { carried[member] = tables }
            }
        }
    }
}

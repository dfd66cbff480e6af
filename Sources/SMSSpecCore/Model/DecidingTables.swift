/// A response that lists tables is judged by their codes alone (a generated client throws when one of them reports a
/// failure, and reads any other code as data: a looked-up message's delivery status). A table its shape carries
/// and does not list would report failures that change nothing, so each such table is an error at the response —
/// but a delivery-status table, whose codes say what happened to a message rather than to the request. `tables: []`
/// says no code decides (a looked-up message whose status and error are both data), so nothing is left out.
enum DecidingTables {
    static func check(
        _ operations: [OperationSpec], shapes: [ShapeModel], unions: [UnionModel], tables: [TableModel], diagnostics: DiagnosticCollector
    ) {
        let order = Dictionary(tables.enumerated().map { ($1.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        let deciding = Set(tables.filter { !$0.spec.isDeliveryStatus }.map(\.swiftName))
        let carried = TablesCarried(shapes: shapes, unions: unions)
        let carriedOutsideEntries = TablesCarried(shapes: shapes, unions: unions, throughEntries: false)
        // Tables an answer holds at its top: listed where the answer's own shape holds none, they read an error envelope
        // in its place (the client's `codeFields`: a 2xx `{"code": 104}` that is no `SendAnswer`).
        let answerShapes = Set(operations.flatMap { $0.responses.compactMap(\.shape?.value) })
        let atTopOfAnswers = Set(shapes.filter { answerShapes.contains($0.swiftName) }.flatMap { shape in
            shape.fields.compactMap { field -> String? in
                guard field.spec.placement == .body, case .named(let type) = field.spec.type.value else { return nil }
                return type
            }
        })
        let textShapes = Set(shapes.filter { !$0.spec.textForms.isEmpty }.map(\.swiftName))
        for operation in operations {
            for response in operation.responses where !response.tables.isEmpty {
                // What a shape reaching an undeclared type carries is unknown, and a table listed that is not declared
                // may be the one it carries, misspelt: the validator's errors say so, and nothing is judged here.
                guard let shape = response.shape?.value, let first = response.tables.first, carried.isKnown(shape),
                    (response.tables + response.reports).allSatisfy({ order[$0.value] != nil })
                else { continue }
                let listed = Set((response.tables + response.reports).map(\.value))
                let carriedByShape = carried.tables(of: shape)
                // A reported table is one the answer holds; naming another reports nothing, harmless but most likely a slip
                // (an unknown one is the validator's).
                for reported in response.reports where order[reported.value] != nil && !carriedByShape.contains(reported.value) {
                    diagnostics.warning(
                        "table '\(reported.value)' is in the 'reports' of response \(response.key) of operation '\(operation.id.value)', but its "
                            + "\(carried.described(shape)) carries no code of it: 'reports' names the tables whose codes the answer holds as data",
                        at: reported.location)
                }
                // A table in both lists decides by its codes outside lists and maps: one the answer holds only in entries
                // would never decide.
                // Walked only for a table in both lists: a walk per response of thousands down a deep chain took time in its square.
                let both = response.reportedInEntries
                let outsideEntries = carriedOutsideEntries.tables(of: shape), inEntries = both.isEmpty ? [] : carried.tablesInEntries(of: shape)
                for table in both where carriedByShape.contains(table) {
                    guard let reported = response.reports.first(where: { $0.value == table }) else { continue }
                    let listedTwice = "table '\(table)' is in both the 'tables' and the 'reports' of response \(response.key) of operation "
                        + "'\(operation.id.value)', so its codes decide outside lists and maps and are reported inside them, but its "
                        + carried.described(shape)
                    if !outsideEntries.contains(table) {
                        // With no other deciding table, 'reports' alone is refused ('reports' but no 'tables'): a user
                        // followed the advice into that error, then into a warning; 'tables: []' is the form meant.
                        // Another such table (in both lists, carried only inside entries) would move to 'reports' too (a review).
                        let decidesNothing = Set(both.filter { carriedByShape.contains($0) && !outsideEntries.contains($0) })
                        let othersDecide = response.tables.contains { $0.value != table && !decidesNothing.contains($0.value) }
                        let asData = othersDecide ? "keep it in 'reports' alone" : "write 'tables: []' (no code of the answer decides)"
                        diagnostics.warning(
                            listedTwice + " carries its codes only inside a list or a map: none decides; \(asData) when each "
                                + "entry's code is data, or keep it in 'tables' alone when any entry's failure means the request failed",
                            at: reported.location)
                    } else if !inEntries.contains(table) {
                        diagnostics.warning(
                            listedTwice + " carries none of its codes inside a list or a map: 'reports' changes nothing; remove it there",
                            at: reported.location)
                    }
                }
                // A listed table the answer does not carry decides by the HTTP status alone (`401` in a table of statuses):
                // one with no such code never matches (a user's int table of report errors, 30, 60, 70, listed for a send),
                // nor one whose codes are statuses this answer never has (a user's Octopush codes 100–122 under `2XX`:
                // a 1xx status is interim, never an answer) — unless another answer holds it at its top, where an error
                // envelope in this one's place is read for it.
                // A text answer is read by its own forms alone, never as another answer's envelope (a user's smsmode
                // `61 | SMS not found` read as a delivery status 61, a refused look-up returned as a success).
                let statuses = response.httpStatus.map { $0...$0 } ?? response.statusClass.map { ($0 * 100)...($0 * 100 + 99) } ?? 200...599
                let readsEnvelopes = !textShapes.contains(shape)
                for table in response.tables where !carriedByShape.contains(table.value) && !(readsEnvelopes && atTopOfAnswers.contains(table.value)) {
                    guard let model = order[table.value].map({ tables[$0] }),
                        !statuses.contains(where: { model.resolved.entry(for: String($0)) != nil })
                    else { continue }
                    // The statuses named (a user's table of HTTP statuses under a 201 answer read as holding none).
                    let looked = response.httpStatus.map { "\($0), this answer's status" }
                        ?? response.statusClass.map { "a \($0)xx status, this answer's" } ?? "an HTTP status the client would look up in it"
                    diagnostics.warning(
                        "table '\(table.value)' is in the 'tables' of response \(response.key) of operation '\(operation.id.value)', but its "
                            + "\(carried.described(shape)) carries no code of it, and none of its codes is \(looked): it never decides; list the "
                            + "tables whose codes the answer holds, or write 'tables: []' when none of them says the request failed",
                        at: table.location)
                }
                let missing = carriedByShape.filter { deciding.contains($0) && !listed.contains($0) }
                    .sorted { order[$0, default: .max] < order[$1, default: .max] }
                guard !missing.isEmpty else { continue }
                let status = response.key
                let names = missing.map { "'\($0)'" }.joined(separator: ", ")
                let (it, its) = missing.count == 1 ? ("it", "its") : ("them", "their")
                let advice: String
                if missing.allSatisfy({ !outsideEntries.contains($0) }) {
                    // Codes one per entry (a recipient's status): the advice that fits first (a user followed 'reports'
                    // into two warnings before reaching 'tables: []').
                    // A listed table decides by codes outside entries, or by the HTTP status when the shape carries none of it.
                    let listedDecide = response.tables.contains { outsideEntries.contains($0.value) || !carriedByShape.contains($0.value) }
                    advice = "\(its) codes sit only inside a list or a map (one per entry)"
                        + (listedDecide
                            ? ": add \(it) to 'reports' when each entry's code is data (a part's failure beside parts that were sent), or to "
                                + "'tables' when any entry's failure means the request failed"
                            : ", as the listed tables' do: write 'tables: []' when each entry's code is data (every code is still among the "
                                + "result's failures), or add \(it) to 'tables' when any entry's failure means the request failed")
                } else {
                    advice = "add \(it) to 'tables', or to 'reports' when \(its) codes are data (a part's failure beside parts that were sent); a "
                        + "delivery-status table, 'deliveryStatus: true', may stay out: its codes are what the answer reports; write 'tables: []' "
                        + "when no code of this answer says the request failed"
                }
                diagnostics.error(
                    "response \(status) of operation '\(operation.id.value)' lists its tables, but its \(carried.described(shape)) also carries "
                        + "codes of \(missing.count == 1 ? "table" : "tables") \(names), whose failures would then not make the request fail: "
                        + advice,
                    at: first.location)
            }
        }
        warnOfLookupsDecidedByDeliveryStatus(operations, tables: tables, carried: carried, diagnostics: diagnostics)
        warnOfProviderCodesNoAnswerHolds(operations, shapes: shapes, carried: carried, diagnostics: diagnostics)
    }

    /// A rule's provider code says what the provider answers a request that breaks it. One of a table that no answer
    /// of an operation sending the request carries or lists (a user's Zenziva `LegacyStatus:1`, a table of an older
    /// API) is a code `validate()` promises and no answer can hold: the sandbox logged it as answered over an empty
    /// body. Checked for the fields of request shapes.
    private static func warnOfProviderCodesNoAnswerHolds(
        _ operations: [OperationSpec], shapes: [ShapeModel], carried: TablesCarried, diagnostics: DiagnosticCollector
    ) {
        var answerable: [String: (tables: Set<String>, operations: [String])] = [:]
        for operation in operations {
            guard let request = operation.request?.value else { continue }
            var tables = answerable[request]?.tables ?? []
            for response in operation.responses {
                if let shape = response.shape?.value { tables.formUnion(carried.tables(of: shape)) }
                tables.formUnion((response.tables + response.reports).map(\.value))
            }
            answerable[request] = (tables, (answerable[request]?.operations ?? []) + [operation.id.value])
        }
        for shape in shapes {
            guard let (tables, senders) = answerable[shape.spec.name.value] else { continue }
            for field in shape.fields {
                for code in field.spec.constraints.providerCodes {
                    guard let table = code.code.value.split(separator: ":", maxSplits: 1).first.map(String.init), !tables.contains(table)
                    else { continue }
                    let operations: String = (senders.count == 1 ? "operation " : "operations ") + senders.map { "'\($0)'" }.joined(separator: ", ")
                    let subject: String = "provider code '\(code.code.value)' of field '\(field.spec.wireName.value)' of shape '\(shape.spec.name.value)'"
                    diagnostics.warning(
                        "\(subject) names a table no answer of \(operations) carries or lists: validate() would say the provider answers it, "
                            + "and no answer can hold it; name a code of a table the answers carry",
                        at: code.code.location)
                }
            }
        }
    }

    /// A GET whose answer carries a delivery-status table, and lists no `tables`, most likely looks
    /// a message up: every code decides there, so an undelivered message would throw instead of being returned
    /// (Semaphore's lookup did). A warning, not an error: a send by GET that answers with a first delivery status
    /// means it, and says so by listing its tables.
    private static func warnOfLookupsDecidedByDeliveryStatus(
        _ operations: [OperationSpec], tables: [TableModel], carried: TablesCarried, diagnostics: DiagnosticCollector
    ) {
        // Every delivery-status table: one that lists no failure still throws on a status it does not list (an
        // undocumented code is a failure: a user's "Failed" beside the documented Sent and Delivered).
        let statusTables = tables.filter(\.spec.isDeliveryStatus)
        for operation in operations where operation.method.value.uppercased() == "GET" {
            // A failure status throws whatever its codes say: only an answer that may be a success (`default` too) loses
            // a looked-up message.
            for response in operation.responses
            where response.tables.isEmpty && !response.noCodeDecides && response.representativeStatus.map({ $0 / 100 == 2 }) ?? true {
                guard let shape = response.shape?.value else { continue }
                let statuses = carried.tables(of: shape)
                guard let table = statusTables.first(where: { statuses.contains($0.swiftName) }) else { continue }
                let listsFailures = table.entries.contains { $0.outcome == .failure }
                diagnostics.warning(
                    "response \(response.key) of operation '\(operation.id.value)' lists no 'tables', so every code in its \(carried.described(shape)) "
                        + "decides, the delivery statuses of table '\(table.spec.name.value)' too: looking up a message "
                        + (listsFailures ? "that failed" : "in a status the table does not list (an undocumented code is a failure)")
                        + " would throw rather than return it; write 'tables: []' when the answer reports a message's status (no code says the request "
                        + "failed), or list the tables whose codes do",
                    at: response.location)
            }
        }
    }
}

/// The tables whose codes a value of each shape or union can hold, through fields, lists, maps, shapes and unions:
/// worked out once for all of them, component by component of the graph of types (`Cycles`, without recursion, as a
/// spec may nest shapes thousands deep and answer with each), so thousands of responses cost time linear in the spec,
/// not a walk of every nested shape per response.
struct TablesCarried {
    private var carried: [String: Set<String>] = [:]
    /// The shapes and unions that reach a type the spec does not declare (reported by the validator): what they carry
    /// is unknown, so no finding rests on it (a misspelt table name was also said to be a table the answer never carries).
    private var reachesUndeclared: Set<String> = []
    /// The shapes and unions the spec declares (`s:Name`, `u:Name`).
    private var declared: Set<String> = []
    /// Each node's tables inside a list or map of its own fields, the nodes it holds there, and those it holds outside
    /// any: what `tablesInEntries` walks.
    private var entryTables: [String: Set<String>] = [:], entryTargets: [String: [String]] = [:], directTargets: [String: [String]] = [:]

    /// `throughEntries: false` follows no list or map (a list shape is one): what a value carries in its own fields
    /// and the shapes they hold, where a table listed in both `tables` and `reports` decides.
    init(shapes: [ShapeModel], unions: [UnionModel], throughEntries: Bool = true) {
        var own: [String: Set<String>] = [:], edges: [String: [String]] = [:]
        func read(_ node: String, _ types: [ResolvedType]) {
            guard edges[node] == nil else { return }
            var tables: Set<String> = [], next: [String] = []
            var inEntries: Set<String> = [], heldInEntries: [String] = [], heldDirectly: [String] = []
            var pending = types.map { ($0, false) }
            while let (type, inEntry) = pending.popLast() {
                switch type {
                case .table(let table):
                    tables.insert(table.swiftName)
                    if inEntry { inEntries.insert(table.swiftName) }
                case .array(let element), .map(let element): if throughEntries { pending.append((element, true)) }
                case .shape(let reference), .union(let reference):
                    let target: String
                    if case .union = type { target = "u:" + reference.swiftName } else { target = "s:" + reference.swiftName }
                    next.append(target)
                    if inEntry { heldInEntries.append(target) } else { heldDirectly.append(target) }
                default: continue
                }
            }
            own[node] = tables
            edges[node] = next
            (entryTables[node], entryTargets[node], directTargets[node]) = (inEntries, heldInEntries, heldDirectly)
        }
        for shape in shapes {
            // A list shape's elements are entries.
            let elements = throughEntries ? shape.listElement.map { [ResolvedType.array($0)] } ?? [] : []
            read("s:" + shape.swiftName, shape.fields.map(\.type) + elements)
        }
        for union in unions { read("u:" + union.swiftName, union.variants.map(\.type)) }
        declared = Set(edges.keys)
        // Each component comes after every one it reaches: its members carry their own tables and those of the
        // components they reach, complete by then.
        for component in Cycles(edges: edges).components {
            let members = Set(component)
            var tables: Set<String> = []
            var undeclared = false
            for member in component {
                tables.formUnion(own[member] ?? [])
                for target in edges[member] ?? [] where !members.contains(target) {
                    tables.formUnion(carried[target] ?? [])
                    undeclared = undeclared || edges[target] == nil || reachesUndeclared.contains(target)
                }
            }
            for member in component {
                carried[member] = tables
                if undeclared { reachesUndeclared.insert(member) }
            }
        }
    }

    /// Whether what a value of the shape or union `name` carries is known: it is declared, and reaches no undeclared
    /// type (a misspelt answer shape drew "never decides" beside its error: a review).
    func isKnown(_ name: String) -> Bool {
        (declared.contains("s:" + name) || declared.contains("u:" + name))
            && !reachesUndeclared.contains("s:" + name) && !reachesUndeclared.contains("u:" + name)
    }

    /// The tables a value of the shape or union `name` can carry; none for a name neither has (shapes and unions share
    /// one namespace).
    func tables(of name: String) -> Set<String> {
        carried["s:" + name] ?? carried["u:" + name] ?? []
    }

    /// The tables a value of the shape or union `name` can carry inside an element of a list or a value of a map, at
    /// any depth (a list shape's elements too): where a table listed in both `tables` and `reports` is reported.
    func tablesInEntries(of name: String) -> Set<String> {
        var found: Set<String> = [], seen: Set<String> = []
        var pending = [entryTables["s:" + name] != nil ? "s:" + name : "u:" + name]
        while let node = pending.popLast() {
            guard seen.insert(node).inserted else { continue }
            found.formUnion(entryTables[node] ?? [])
            for target in entryTargets[node] ?? [] { found.formUnion(carried[target] ?? []) }
            pending += directTargets[node] ?? []
        }
        return found
    }

    /// `shape 'Sent'` or `union 'SendAnswer'`: what an answer names (a union of forms, seven.io's object or bare code).
    func described(_ name: String) -> String {
        (carried["u:" + name] != nil ? "union" : "shape") + " '\(name)'"
    }
}

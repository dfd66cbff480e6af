/// Renders `StatusCarrying` for every shape, union and callback that holds status codes, directly or in nested
/// parts (lists, maps, shapes, union variants), so `failures` finds a failed part under a successful envelope — an
/// element of a bulk answer that is a message or an error (Exotel's) too.
struct StatusWalkRenderer {
    let context: RenderContext

    /// The shapes and unions that carry codes (`s:Name`, `u:Name`): those with a table field or variant (in lists and
    /// maps too), and every one holding one of those. Found from the tables up, each once, so a chain declared
    /// outermost first costs one pass, not a pass per link (a fixed point over every shape took time quadratic in the
    /// spec).
    var carryingTypes: Set<String> {
        var holders: [String: [String]] = [:]
        var carrying = Set<String>()
        var pending: [String] = []
        func read(_ node: String, _ types: [ResolvedType]) {
            for var type in types {
                while true {
                    if case .array(let element) = type { type = element } else if case .map(let element) = type { type = element } else { break }
                }
                switch type {
                case .table: if carrying.insert(node).inserted { pending.append(node) }
                case .shape(let held): holders["s:" + held.swiftName, default: []].append(node)
                case .union(let held): holders["u:" + held.swiftName, default: []].append(node)
                default: break
                }
            }
        }
        for shape in context.model.shapes { read("s:" + shape.swiftName, shape.fields.map(\.type) + (shape.listElement.map { [$0] } ?? [])) }
        for union in context.model.unions { read("u:" + union.swiftName, union.variants.map(\.type)) }
        while let held = pending.popLast() {
            for holder in holders[held] ?? [] where carrying.insert(holder).inserted { pending.append(holder) }
        }
        return carrying
    }

    private func carries(_ type: ResolvedType, _ carrying: Set<String>) -> Bool {
        switch type {
        case .table: true
        case .shape(let type): carrying.contains("s:" + type.swiftName)
        case .union(let type): carrying.contains("u:" + type.swiftName)
        case .array(let element), .map(let element): carries(element, carrying)
        default: false
        }
    }

    func render(into printer: inout CodePrinter) {
        let carrying = carryingTypes
        let access = context.access
        // A list shape is a type alias of an array: `StatusReports.collect` walks it element by element.
        for shape in context.model.shapes where carrying.contains("s:" + shape.swiftName) && shape.listElement == nil {
            let fields = shape.fields.filter { carries($0.type, carrying) }
            printer.line()
            printer.block("extension \(context.member(shape.swiftName)): SMSSpecRuntime.StatusCarrying") { printer in
                printer.block("\(access)func statusReports(at path: Swift.String) -> [SMSSpecRuntime.StatusReport]") { printer in
                    let parts = fields.map { field in
                        "SMSSpecRuntime.StatusReports.collect(self.\(Naming.escaped(field.swiftName)), at: SMSSpecRuntime.MessagePath.join(path, \(SwiftLiteral.wireName(field.spec.wireName.value))))"
                    }
                    printer.line(parts.joined(separator: "\n    + "))
                }
            }
        }
        // A union's codes are its variant's, where the union stands (a variant adds no step to the path).
        for union in context.model.unions where carrying.contains("u:" + union.swiftName) {
            printer.line()
            printer.block("extension \(context.member(union.swiftName)): SMSSpecRuntime.StatusCarrying") { printer in
                printer.block("\(access)func statusReports(at path: Swift.String) -> [SMSSpecRuntime.StatusReport]") { printer in
                    printer.block("switch self") { printer in
                        let carried = union.variants.filter { carries($0.type, carrying) }
                        for variant in carried {
                            printer.line("case .\(Naming.escaped(variant.caseName))(let value): SMSSpecRuntime.StatusReports.collect(value, at: path)")
                        }
                        // A discriminated union's `unknown` case carries no code (a lint-clean spec whose every variant
                        // carried one did not compile: the switch missed it, a user).
                        if carried.count < union.variants.count || union.discriminated != nil { printer.line("default: []") }
                    }
                }
            }
        }
        for callback in context.model.callbacks where !callback.variants.isEmpty {
            let carried = callback.variants.filter { carrying.contains("s:" + $0.shape.swiftName) }
            guard !carried.isEmpty else { continue }
            printer.line()
            printer.block("extension \(context.member(callback.swiftName)): SMSSpecRuntime.StatusCarrying") { printer in
                printer.block("\(access)func statusReports(at path: Swift.String) -> [SMSSpecRuntime.StatusReport]") { printer in
                    printer.block("switch self") { printer in
                        for variant in carried {
                            printer.line("case .\(Naming.escaped(variant.caseName))(let event): event.statusReports(at: path)")
                        }
                        printer.line("default: []")
                    }
                }
            }
        }
    }
}

/// Renders `StatusCarrying` for every shape and callback that holds status codes, directly or in nested parts,
/// so `failures` finds a failed part under a successful envelope.
struct StatusWalkRenderer {
    let context: RenderContext

    /// The shapes that carry codes: those with a table field (or a list of them), and every shape holding one of
    /// those. Found from the tables up, each shape once, so a chain of shapes declared outermost first costs one
    /// pass, not a pass per shape of the chain (a fixed point over every shape took time quadratic in the spec).
    var carryingShapes: Set<String> {
        var holders: [String: [String]] = [:]
        var carrying = Set<String>()
        var pending: [String] = []
        for shape in context.model.shapes {
            for var type in shape.fields.map(\.type) + (shape.listElement.map { [$0] } ?? []) {
                while case .array(let element) = type { type = element }
                switch type {
                case .table: if carrying.insert(shape.swiftName).inserted { pending.append(shape.swiftName) }
                case .shape(let held): holders[held.swiftName, default: []].append(shape.swiftName)
                default: break
                }
            }
        }
        while let held = pending.popLast() {
            for holder in holders[held] ?? [] where carrying.insert(holder).inserted { pending.append(holder) }
        }
        return carrying
    }

    private func carries(_ type: ResolvedType, _ carrying: Set<String>) -> Bool {
        switch type {
        case .table: true
        case .shape(let type): carrying.contains(type.swiftName)
        case .array(let element): carries(element, carrying)
        default: false
        }
    }

    func render(into printer: inout CodePrinter) {
        let carrying = carryingShapes
        let access = context.access
        // A list shape is a type alias of an array: `StatusReports.collect` walks it element by element.
        for shape in context.model.shapes where carrying.contains(shape.swiftName) && shape.listElement == nil {
            let fields = shape.fields.filter { carries($0.type, carrying) }
            printer.line()
            printer.block("extension \(context.member(shape.swiftName)): SMSSpecRuntime.StatusCarrying") { printer in
                printer.block("\(access)func statusReports(at path: Swift.String) -> [SMSSpecRuntime.StatusReport]") { printer in
                    let parts = fields.map { field in
                        "SMSSpecRuntime.StatusReports.collect(self.\(Naming.escaped(field.swiftName)), at: SMSSpecRuntime.MessagePath.join(path, \(SwiftLiteral.string(field.spec.wireName.value))))"
                    }
                    printer.line(parts.joined(separator: "\n    + "))
                }
            }
        }
        for callback in context.model.callbacks where !callback.variants.isEmpty {
            let carried = callback.variants.filter { carrying.contains($0.shape.swiftName) }
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

/// Renders `StatusCarrying` for every shape and callback that holds status codes, directly or in nested parts,
/// so `failures` finds a failed part under a successful envelope.
struct StatusWalkRenderer {
    let context: RenderContext

    /// The shapes that carry codes: a fixed point over field types.
    var carryingShapes: Set<String> {
        var carrying = Set<String>()
        var changed = true
        while changed {
            changed = false
            for shape in context.model.shapes where !carrying.contains(shape.swiftName) {
                let types = shape.fields.map(\.type) + (shape.listElement.map { [$0] } ?? [])
                if types.contains(where: { carries($0, carrying) }) {
                    carrying.insert(shape.swiftName)
                    changed = true
                }
            }
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

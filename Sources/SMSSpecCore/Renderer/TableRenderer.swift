/// Renders a status table as an open enum conforming to `StatusCode`, with the table's rows as data.
struct TableRenderer {
    let context: RenderContext
    let table: TableModel

    private var rawType: String { table.spec.codeType == .int ? "Swift.Int" : "Swift.String" }

    func render(into printer: inout CodePrinter) {
        let access = context.access
        let spec = table.spec
        printer.doc(
            context.documentation(
                summary: "\(spec.title)." + (spec.summary.map { "\n\n" + $0 } ?? ""), source: spec.source,
                decisions: spec.decisions))
        printer.block("\(access)enum \(Naming.escaped(table.swiftName)): SMSSpecRuntime.StatusCode") { printer in
            for entry in table.entries {
                printer.doc(caseDocumentation(entry))
                printer.line("case \(Naming.escaped(entry.swiftName))")
            }
            printer.doc("A code the documents do not list, kept as sent.")
            printer.line("case unknown(\(rawType))")
            printer.line()
            renderInitializer(into: &printer)
            printer.line()
            renderRawCode(into: &printer)
            printer.line()
            renderTable(into: &printer)
        }
    }

    private func caseDocumentation(_ entry: TableEntryModel) -> [String] {
        let spec = entry.spec
        let name = spec.name == spec.code.value ? "" : " \(spec.name)"
        var facts = ["`\(spec.code.value)`\(name) — \(spec.summary)"]
        if let cause = spec.cause { facts.append("Cause: \(cause)") }
        if !spec.httpStatuses.isEmpty { facts.append("HTTP status: \(spec.httpStatuses.map { String($0.value) }.joined(separator: ", ")).") }
        for meaning in spec.perOperation {
            facts.append("In `\(meaning.operation.value)`: \(meaning.summary)" + (meaning.httpStatus.map { " (HTTP \($0))" } ?? "") + ".")
        }
        facts.append("Outcome: \(entry.outcome); category: \(entry.category)\(entry.retryable ? "; retryable" : "").")
        return facts + [context.sourceLine(spec.source) ?? ""] + context.decisionLines(spec.decisions)
    }

    private func literal(_ code: String) -> String {
        table.spec.codeType == .int ? String(Int(code) ?? 0) : SwiftLiteral.string(code)
    }

    private func renderInitializer(into printer: inout CodePrinter) {
        printer.block("\(context.access)init(rawCode: \(rawType))") { printer in
            printer.block("switch rawCode") { printer in
                for entry in table.entries {
                    // Numeric aliases ("000") canonicalize on decoding; textual aliases are matched here.
                    let aliases = table.spec.codeType == .string ? entry.spec.aliases.map(\.value) : []
                    let patterns = ([entry.spec.code.value] + aliases).map(literal).joined(separator: ", ")
                    printer.line("case \(patterns): self = .\(Naming.escaped(entry.swiftName))")
                }
                printer.line("default: self = .unknown(rawCode)")
            }
        }
    }

    private func renderRawCode(into printer: inout CodePrinter) {
        printer.block("\(context.access)var rawCode: \(rawType)") { printer in
            printer.block("switch self") { printer in
                for entry in table.entries {
                    printer.line("case .\(Naming.escaped(entry.swiftName)): \(literal(entry.spec.code.value))")
                }
                printer.line("case .unknown(let code): code")
            }
        }
    }

    private func renderTable(into printer: inout CodePrinter) {
        let spec = table.spec
        let wire = spec.wire == .number ? ".number" : ".string(minimumDigits: \(spec.padding))"
        let tableSource = context.sourceText(spec.source) ?? ""
        printer.line("\(context.access)static let table = SMSSpecRuntime.StatusTable(")
        printer.line("    provider: \(SwiftLiteral.string(context.model.id)), id: \(SwiftLiteral.string(table.swiftName)),")
        printer.line("    title: \(SwiftLiteral.string(spec.title)), isNumeric: \(spec.codeType == .int), wireFormat: \(wire),")
        printer.line("    entries: [")
        for entry in table.entries {
            let item = entry.spec
            let meanings = item.perOperation.map {
                "SMSSpecRuntime.OperationMeaning(operation: \(SwiftLiteral.string($0.operation.value)), description: \(SwiftLiteral.string($0.summary)), "
                    + "cause: \(SwiftLiteral.optionalString($0.cause)), httpStatus: \(SwiftLiteral.optionalInt($0.httpStatus)))"
            }
            let source = item.source.flatMap(context.sourceText) ?? tableSource
            printer.line("        SMSSpecRuntime.StatusEntry(")
            printer.line("            provider: \(SwiftLiteral.string(context.model.id)), table: \(SwiftLiteral.string(table.swiftName)), code: \(SwiftLiteral.string(normalizedCode(item.code.value))),")
            printer.line("            aliases: \(SwiftLiteral.strings(item.aliases.map(\.value))), name: \(SwiftLiteral.string(item.name)),")
            printer.line("            description: \(SwiftLiteral.string(item.summary)),")
            printer.line("            cause: \(SwiftLiteral.optionalString(item.cause)),")
            printer.line("            httpStatuses: [\(item.httpStatuses.map { String($0.value) }.joined(separator: ", "))], outcome: .\(entry.outcome), category: .\(entry.category), retryable: \(entry.retryable),")
            printer.line("            deliveryState: \(item.deliveryState.map { "." + $0.value } ?? "nil"), isFinal: \(SwiftLiteral.optionalBool(item.isFinal)),")
            printer.line("            perOperation: [\(meanings.joined(separator: ", "))],")
            printer.line("            source: \(SwiftLiteral.string(source))),")
        }
        printer.line("    ])")
    }

    private func normalizedCode(_ code: String) -> String {
        table.spec.codeType == .int ? (Int(code).map(String.init) ?? code) : code
    }
}

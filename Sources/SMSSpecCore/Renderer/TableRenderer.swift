import SMSSpecVocabulary

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
            printer.doc("A code the documents do not list, kept exactly as sent (its JSON kind and text).")
            printer.line("case unknown(SMSSpecRuntime.WireCode)")
            printer.line()
            printer.line("\(access)typealias RawCode = \(rawType)")
            printer.line()
            renderInitializer(into: &printer)
            printer.line()
            renderWireCode(into: &printer)
            printer.line()
            renderTable(into: &printer)
        }
    }

    private func caseDocumentation(_ entry: TableEntryModel) -> [String] {
        let spec = entry.spec
        let name = spec.name == spec.code.value ? "" : " \(spec.name)"
        var facts = ["`\(spec.code.value)`\(name) — \(spec.summary)"]
        if let cause = spec.cause { facts.append("Cause: \(cause)") }
        if let explanation = spec.explanation { facts.append("Explanation (ours, not the document's): \(explanation.value)") }
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

    /// A documented code as it goes on the wire: a number, or text zero-padded to the table's width.
    private func wireLiteral(_ code: String) -> String {
        let spec = table.spec
        guard spec.codeType == .int, let number = Int(code) else { return SwiftLiteral.string(code) }
        guard spec.wire == .string else { return String(number) }
        return SwiftLiteral.string(CodeWireFormat.paddedText(number, minimumDigits: spec.padding))
    }

    /// Matches the value's key (the integer it spells, or its trimmed text) against the documented codes once.
    private func renderInitializer(into printer: inout CodePrinter) {
        printer.block("\(context.access)init(wireCode: SMSSpecRuntime.WireCode)") { printer in
            printer.block("guard let key = RawCode.key(of: wireCode) else") { printer in
                printer.line("self = .unknown(wireCode)")
                printer.line("return")
            }
            printer.block("switch key") { printer in
                for entry in table.entries {
                    // Numeric aliases ("000") are matched by their integer; textual aliases are matched here.
                    let aliases = table.spec.codeType == .string ? entry.spec.aliases.map(\.value) : []
                    let patterns = ([entry.spec.code.value] + aliases).map(literal).joined(separator: ", ")
                    printer.line("case \(patterns): self = .\(Naming.escaped(entry.swiftName))")
                }
                printer.line("default: self = .unknown(wireCode)")
            }
        }
    }

    private func renderWireCode(into printer: inout CodePrinter) {
        printer.block("\(context.access)var wireCode: SMSSpecRuntime.WireCode") { printer in
            printer.block("switch self") { printer in
                for entry in table.entries {
                    printer.line("case .\(Naming.escaped(entry.swiftName)): \(wireLiteral(entry.spec.code.value))")
                }
                printer.line("case .unknown(let code): code")
            }
        }
    }

    /// Prints the table value the model stage builds (`StatusTable(_:of:)`), the same one the registry exports.
    private func renderTable(into printer: inout CodePrinter) {
        let built = StatusTable(table, of: context.model)
        let wire = switch built.wireFormat {
        case .number: ".number"
        case .string(let digits): ".string(minimumDigits: \(digits))"
        }
        printer.line("\(context.access)static let table = SMSSpecRuntime.StatusTable(")
        printer.line("    provider: \(SwiftLiteral.string(built.provider)), id: \(SwiftLiteral.string(built.id)),")
        printer.line("    title: \(SwiftLiteral.string(built.title)), source: \(SwiftLiteral.string(built.source)),")
        printer.line("    isNumeric: \(built.isNumeric), wireFormat: \(wire),")
        printer.line("    entries: [")
        for entry in built.entries {
            let meanings = entry.perOperation.map {
                "SMSSpecRuntime.OperationMeaning(operation: \(SwiftLiteral.string($0.operation)), description: \(SwiftLiteral.string($0.description)), "
                    + "cause: \(SwiftLiteral.optionalString($0.cause)), httpStatus: \(SwiftLiteral.optionalInt($0.httpStatus)))"
            }
            printer.line("        SMSSpecRuntime.StatusEntry(")
            printer.line("            provider: \(SwiftLiteral.string(entry.provider)), table: \(SwiftLiteral.string(entry.table)), code: \(SwiftLiteral.string(entry.code)),")
            printer.line("            aliases: \(SwiftLiteral.strings(entry.aliases)), name: \(SwiftLiteral.string(entry.name)),")
            printer.line("            description: \(SwiftLiteral.string(entry.description)),")
            printer.line("            cause: \(SwiftLiteral.optionalString(entry.cause)), explanation: \(SwiftLiteral.optionalString(entry.explanation)),")
            printer.line("            httpStatuses: [\(entry.httpStatuses.map(String.init).joined(separator: ", "))], outcome: .\(entry.outcome), category: .\(entry.category), retryable: \(entry.retryable),")
            printer.line("            deliveryState: \(entry.deliveryState.map { ".\($0)" } ?? "nil"), isFinal: \(SwiftLiteral.optionalBool(entry.isFinal)),")
            printer.line("            perOperation: [\(meanings.joined(separator: ", "))],")
            printer.line("            source: \(SwiftLiteral.string(entry.source))),")
        }
        printer.line("    ])")
    }
}

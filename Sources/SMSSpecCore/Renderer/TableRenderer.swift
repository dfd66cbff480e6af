import SMSSpecVocabulary

/// Renders a status table as an open enum conforming to `StatusCode`: one case per row, the table as data the runtime
/// indexes (`StatusTable`), and one switch giving each case's wire code. It prints the model's resolved table.
struct TableRenderer {
    let context: RenderContext
    let table: TableModel

    private var resolved: StatusTable { table.resolved }

    func render(into printer: inout CodePrinter) {
        let access = context.access
        let spec = table.spec
        // The table's source, where a reviewer reads (a user missed it: `table` below holds it for tools); a table no
        // document shows says so (its rows' words read as a document's, a user).
        let own = spec.source == nil ? "\n\n" + StatusTable.noDocumentRows : ""
        printer.doc(
            context.documentation(
                // The title is the document's; the summary is how the spec reads the table (ours, as the codes page says:
                // a user read it as the document's words).
                summary: "\(spec.title)." + (spec.summary.map { "\n\nOur summary: " + $0 } ?? "") + own, source: spec.source, decisions: spec.decisions))
        printer.block("\(access)enum \(Naming.escaped(table.swiftName)): SMSSpecRuntime.StatusCode") { printer in
            for (model, entry) in zip(table.entries, resolved.entries) {
                printer.doc([caseDocumentation(entry)] + [RenderContext.renamedCaseNote(model.swiftName)].compactMap { $0 } + context.decisionLines(model.spec.decisions))
                printer.line("case \(Naming.escaped(model.swiftName))")
            }
            printer.doc("A code the documents do not list, kept exactly as sent (its JSON kind and text).")
            printer.line("case unknown(SMSSpecRuntime.WireCode)")
            printer.line()
            printer.line("\(access)typealias RawCode = Swift.\(table.spec.codeType.rawCodeType)")
            printer.line()
            renderCases(into: &printer)
            printer.line()
            renderWireCode(into: &printer)
            printer.line()
            renderTable(into: &printer)
        }
    }

    /// The runtime finds a wire value's row in `table`; a switch on the row's position picks the case. (A switch, not
    /// a stored array of the cases: the module interface skips function bodies but type-checks stored initializers.)
    /// The type is named, not `Self`: a spec type called `Self` would be found first.
    private func renderCases(into printer: inout CodePrinter) {
        let type = context.member(table.swiftName)
        printer.doc("The documented case whose row in `table` matches `wireCode` (any spelling or alias), or `unknown(wireCode)`.")
        printer.block("\(context.access)init(wireCode: SMSSpecRuntime.WireCode)") { printer in
            printer.block("switch \(type).table.row(of: wireCode)") { printer in
                for (row, entry) in table.entries.enumerated() {
                    printer.line("case \(row)?: self = .\(Naming.escaped(entry.swiftName))")
                }
                printer.line("default: self = .unknown(wireCode)")
            }
        }
    }

    private func renderWireCode(into printer: inout CodePrinter) {
        printer.block("\(context.access)var wireCode: SMSSpecRuntime.WireCode") { printer in
            printer.block("switch self") { printer in
                for (entry, spelling) in zip(table.entries, resolved.wireSpellings) {
                    printer.line("case .\(Naming.escaped(entry.swiftName)): return \(literal(spelling))")
                }
                printer.line("case .unknown(let code): return code")
            }
        }
    }

    private func literal(_ spelling: WireSpelling) -> String {
        switch spelling {
        case .number(let number): String(number)
        case .text(let text): SwiftLiteral.string(text)
        case .boolean(let flag): String(flag)
        }
    }

    /// The table once: provider, id, title and source, then one `.row(…)` per entry with only what differs from
    /// `StatusTable.Row`'s defaults. The rows are built in a function, so only compiling this file type-checks them:
    /// the module interface (rebuilt after any edit in the target) sees a typed `table` and skips the function's body.
    /// A table of more rows than one literal holds (`CodePrinter.maximumLiteralElements`) builds them in several.
    private func renderTable(into printer: inout CodePrinter) {
        let wire = switch resolved.wireFormat {
        case .number: ".number"
        case .string(let digits): ".string(minimumDigits: \(digits))"
        case .boolean: ".boolean"
        }
        printer.line("\(context.access)static let table: SMSSpecRuntime.StatusTable = makeTable()")
        printer.line()
        let long = resolved.entries.count > CodePrinter.maximumLiteralElements
        printer.block("private static func makeTable() -> SMSSpecRuntime.StatusTable") { printer in
            if long {
                printer.arrayInLiterals(
                    "rows", of: "SMSSpecRuntime.StatusTable.Row", count: resolved.entries.count,
                    element: { index, printer in renderRow(index, indent: "", into: &printer) }, result: "return SMSSpecRuntime.StatusTable(")
            } else {
                printer.line("SMSSpecRuntime.StatusTable(")
            }
            printer.line(
                "    provider: \(SwiftLiteral.string(resolved.provider)), id: \(SwiftLiteral.string(resolved.id)), "
                    + "title: \(SwiftLiteral.string(resolved.title)),")
            printer.line("    source: \(SwiftLiteral.string(resolved.source)),")
            printer.line("    isNumeric: \(resolved.isNumeric), wireFormat: \(wire),")
            guard !long else { return printer.line("    rows: rows)") }
            printer.line("    rows: [")
            for row in resolved.entries.indices { renderRow(row, into: &printer) }
            printer.line("    ])")
        }
    }

    /// A case's first doc line: the code as the provider sends it (Bind's `000`, not `0`), the document's name and
    /// description, and where they exist its cause, our explanation (marked ours), its meanings in other operations and
    /// a source other than the table's: what Quick Help shows of the row.
    private func caseDocumentation(_ entry: StatusEntry) -> String {
        let name = [entry.code, entry.codeAsSent].contains(entry.name) ? "" : " \(entry.name)"
        var parts = ["`\(entry.codeAsSent)`\(name) — \(entry.description)"]
        if let cause = entry.cause { parts.append("Cause: \(cause)") }
        if let explanation = entry.explanation { parts.append("Our explanation: \(explanation)") }
        parts += entry.perOperation.map { "In `\($0.operation)`: \($0.description)" + ($0.cause.map { " — \($0)" } ?? "") }
        if entry.source != resolved.source { parts.append("Source: \(entry.source)") }
        // Each part ends a sentence before the next begins; the last is left as written.
        return parts.enumerated().map { index, part in
            index == parts.count - 1 || part.last.map({ ".!?…".contains($0) }) == true ? part : part + "."
        }.joined(separator: " ")
    }

    /// One line per row; a long one keeps code, name and description on its first line and wraps the facts after it.
    private func renderRow(_ row: Int, indent: String = "        ", into printer: inout CodePrinter) {
        let entry = resolved.entries[row]
        let width = 140
        let (head, facts) = (rowHead(entry, row: row), rowFacts(entry))
        let whole = indent + ".row(\((head + facts).joined(separator: ", "))),"
        guard whole.count > width, !facts.isEmpty else { return printer.line(whole) }
        var lines = [indent + ".row(\(head.joined(separator: ", ")),"]
        var current = ""
        for fact in facts {
            if !current.isEmpty, indent.count + 4 + current.count + fact.count + 2 > width {
                lines.append(indent + "    " + current + ",")
                current = ""
            }
            current += current.isEmpty ? fact : ", " + fact
        }
        lines.append(indent + "    " + current + "),")
        lines.forEach { printer.line($0) }
    }

    /// The code, its other spellings, the document's name when it differs, and the description.
    private func rowHead(_ entry: StatusEntry, row: Int) -> [String] {
        let code = resolved.writtenCode(ofRow: row)
        var arguments = [SwiftLiteral.string(code)]
        if !entry.aliases.isEmpty { arguments.append("aliases: \(SwiftLiteral.strings(entry.aliases))") }
        if entry.name != code { arguments.append("name: \(SwiftLiteral.string(entry.name))") }
        return arguments + [SwiftLiteral.string(entry.description)]
    }

    /// Everything else, where it differs from `StatusTable.Row`'s defaults.
    private func rowFacts(_ entry: StatusEntry) -> [String] {
        var arguments: [String] = []
        if let cause = entry.cause { arguments.append("cause: \(SwiftLiteral.string(cause))") }
        if let explanation = entry.explanation { arguments.append("ourExplanation: \(SwiftLiteral.string(explanation))") }
        if !entry.httpStatuses.isEmpty { arguments.append("http: [\(entry.httpStatuses.map(String.init).joined(separator: ", "))]") }
        if entry.outcome != StatusTable.Row.defaultOutcome { arguments.append("outcome: .\(entry.outcome)") }
        if entry.category != StatusTable.Row.defaultCategory { arguments.append("category: .\(entry.category)") }
        if entry.retryable != entry.category.defaultRetryable { arguments.append("retryable: \(entry.retryable)") }
        if let state = entry.deliveryState { arguments.append("deliveryState: .\(state)") }
        if let isFinal = entry.isFinal { arguments.append("final: \(isFinal)") }
        if !entry.perOperation.isEmpty { arguments.append("perOperation: [\(entry.perOperation.map(meaning).joined(separator: ", "))]") }
        if entry.source != resolved.source { arguments.append("source: \(SwiftLiteral.string(entry.source))") }
        return arguments
    }

    private func meaning(_ meaning: OperationMeaning) -> String {
        var arguments = ["operation: \(SwiftLiteral.string(meaning.operation))", "description: \(SwiftLiteral.string(meaning.description))"]
        if let cause = meaning.cause { arguments.append("cause: \(SwiftLiteral.string(cause))") }
        if let status = meaning.httpStatus { arguments.append("httpStatus: \(status)") }
        return ".init(\(arguments.joined(separator: ", ")))"
    }
}

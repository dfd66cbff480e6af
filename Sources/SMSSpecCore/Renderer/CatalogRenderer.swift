import SMSSpecVocabulary

/// Renders a provider's catalog output: what tools need and apps do not, every message by name (so `smsspec decode`
/// can decode any of them) and the documents' example payloads.
struct ProviderCatalogRenderer {
    let context: RenderContext

    private var model: ProviderModel { context.model }

    func render(into printer: inout CodePrinter) {
        printer.block("extension \(context.namespace)") { printer in
            renderExamples(into: &printer)
            printer.line()
            renderCatalog(into: &printer)
        }
    }

    /// Each example names its source by id (the provider descriptor states the sources once), or says it is the
    /// spec's own; payloads with several lines are printed as the documents show them.
    private func renderExamples(into printer: inout CodePrinter) {
        let ownExamples = model.examples.contains { $0.spec.source == nil }
            ? "; one without a source is the spec's own, which no document shows" : ""
        printer.doc("The example payloads of \(model.spec.name)'s documents, corrected where a document's version is broken\(ownExamples).")
        printer.line("\(context.access)static var examples: [SMSSpecRuntime.ExamplePayload] {")
        printer.line("    [")
        for redacted in model.examples {
            let example = redacted.spec
            var lines = ["name: \(SwiftLiteral.string(example.name.value)), message: \(SwiftLiteral.string(example.message.value)), format: .\(example.format.rawValue),"]
            if let source = example.source {
                lines.append("source: \(SwiftLiteral.string(source.source.value))" + (source.section.map { ", section: \(SwiftLiteral.string($0))" } ?? "") + ",")
            } else {
                lines.append("// The spec's own example: no document shows it.")
            }
            lines += example.corrections.flatMap { CodePrinter.commentLines($0).filter { !$0.isEmpty }.map { "// Corrected: " + $0 } }
            if !redacted.redactedFields.isEmpty {
                let fields = redacted.redactedFields.map { "`\($0)`" }.joined(separator: ", ")
                let verb = redacted.redactedFields.count == 1 ? "is a credential" : "are credentials"
                let note = "Redacted: \(fields) \(verb); the value here is \(DisplayText.redactedUserinfo), not the document's."
                lines += CodePrinter.commentLines(note).map { "// " + $0 }
            }
            if redacted.userinfoRedacted {
                lines.append("// Redacted: a URL's user information is \(DisplayText.redactedUserinfo), not the document's.")
            }
            lines.append("payload: \(TextLiteral.swift(example.payload))" + (example.verbatim == nil ? ")," : ","))
            if let verbatim = example.verbatim { lines.append("verbatim: \(TextLiteral.swift(verbatim))),") }
            printer.line("        .init(")
            printer.line(lines.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "            " + $0 }.joined(separator: "\n"))
        }
        printer.line("    ]")
        printer.line("}")
    }

    private func renderCatalog(into printer: inout CodePrinter) {
        printer.doc("Everything tools need to know about \(model.spec.name): its operations, messages, tables and examples.")
        printer.block("\(context.access)static var catalog: SMSSpecRuntime.ProviderCatalog") { printer in
            printer.line("SMSSpecRuntime.ProviderCatalog(")
            printer.line("    provider: \(context.member("provider")), operations: \(context.member("Operations.all")),")
            printer.line("    messages: [")
            for message in model.messages {
                let methods = (message.methods.isEmpty ? "" : ", methods: [\(message.methods.map(SwiftLiteral.string).joined(separator: ", "))]")
                    + (message.otherEncodings.isEmpty ? "" : ", otherEncodings: [\(message.otherEncodings.map { ".\($0.rawValue)" }.joined(separator: ", "))]")
                printer.line("        .init(\(context.member(message.swiftType)).self, name: \(SwiftLiteral.string(message.name)), kind: .\(message.kind), summary: \(SwiftLiteral.string(message.summary)), wire: .\(message.wire.rawValue)\(methods)),")
            }
            printer.line("    ],")
            printer.line("    tables: [\(model.tables.map { context.member($0.swiftName) + ".table" }.joined(separator: ", "))],")
            let (decisions, summaries) = (model.tableDecisions, model.tableSummaries.sorted { $0.key < $1.key })
            printer.line("    examples: \(context.member("examples"))" + (decisions.isEmpty && summaries.isEmpty ? ")" : ","))
            if !decisions.isEmpty {
                printer.line("    decisions: [")
                for decision in decisions {
                    let code = decision.code.map { "code: \(SwiftLiteral.string($0)), " } ?? ""
                    printer.line("        .init(table: \(SwiftLiteral.string(decision.table)), \(code)id: \(SwiftLiteral.string(decision.id)),")
                    printer.line("              decision: \(SwiftLiteral.string(decision.decision)),")
                    printer.line("              issue: \(SwiftLiteral.string(decision.issue))),")
                }
                printer.line("    ]" + (summaries.isEmpty ? ")" : ","))
            }
            guard !summaries.isEmpty else { return }
            printer.line("    tableSummaries: [")
            for (table, summary) in summaries { printer.line("        \(SwiftLiteral.string(table)): \(SwiftLiteral.string(summary)),") }
            printer.line("    ])")
        }
    }
}

/// The target's catalog enum (`namespace`): one registry over every provider's status tables (with the `codes`
/// output) and every provider's catalog (with the `catalog` output). A target that imports the module declaring it
/// extends it.
struct CatalogRenderer {
    let providers: [ProviderClaim]
    let options: GeneratorOptions

    func render() -> GeneratedFile {
        var printer = CodePrinter()
        let access = options.accessLevel.declarationPrefix
        FileHeader.render(description: "The catalog of every provider generated into this target.", into: &printer)
        let listsRegistry = options.outputs.contains(.codes), listsProviders = options.outputs.contains(.catalog)
        guard listsRegistry || listsProviders else {
            printer.line("// The catalog lists the providers' status tables and catalogs, outputs turned off in smsspec-config.yaml.")
            return GeneratedFile(name: OutputLayout.catalogFile, contents: printer.text)
        }
        FileHeader.imports(options, foundation: true, into: &printer) // `caseInsensitiveCompare`
        let catalog = Naming.escaped(options.namespace)
        let sorted = providers.sorted { $0.id < $1.id }
        if options.declaresNamespaces {
            printer.doc("Every provider generated into this module: one registry over all of their status tables"
                + (listsProviders ? ", and their catalogs." : "; their catalogs are the `catalog` output, turned off here."))
        }
        printer.block(options.declaresNamespaces ? "\(access)enum \(catalog)" : "extension \(catalog)") { printer in
            if listsRegistry {
                printer.doc("Every code of every table of every provider, looked up in constant time.")
                printer.line("\(access)static let registry = SMSSpecRuntime.StatusRegistry(tables: [")
                for provider in sorted where !provider.tables.isEmpty {
                    let namespace = Naming.escaped(provider.namespace)
                    printer.line("    " + provider.tables.map { "\(namespace).\(Naming.escaped($0)).table," }.joined(separator: " "))
                }
                printer.line("])")
            }
            if listsRegistry && listsProviders { printer.line() }
            if listsProviders {
                printer.doc("The providers' catalogs, by id.")
                // Stored: built once, the first time a tool asks, from the providers' computed catalogs.
                printer.line("\(access)static let providers: [SMSSpecRuntime.ProviderCatalog] = [\(sorted.map { "\(Naming.escaped($0.namespace)).catalog" }.joined(separator: ", "))]")
                printer.line()
                printer.doc("The catalog of the provider with this id (case-insensitive), or nil.")
                printer.block("\(access)static func provider(_ id: Swift.String) -> SMSSpecRuntime.ProviderCatalog?") { printer in
                    printer.line("\(catalog).providers.first { $0.provider.id.caseInsensitiveCompare(id) == .orderedSame }")
                }
            }
        }
        return GeneratedFile(name: OutputLayout.catalogFile, contents: printer.text)
    }
}

/// A text as a Swift string literal a reviewer can read: text of several lines, or one long line, as a multi-line raw
/// string shown as it is (a long line wrapped after a space or comma, with a line continuation); anything a multi-line
/// literal would change or could not hold (carriage returns, control characters, whitespace at a line's end, which
/// editors strip) as an ordinary escaped literal.
enum TextLiteral {
    /// Lines longer than this are wrapped.
    static let width = 100

    static func swift(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard text.contains("\n") || text.count > width, text.unicodeScalars.allSatisfy(isShownAsIs),
            !lines.contains(where: { $0.last == " " || $0.last == "\t" })
        else { return SwiftLiteral.string(text) }
        // More `#` than any run in the text, so neither `"""` nor `\` in it can end the literal or start an escape.
        // Counted in scalars: the lexer reads `"""#` in `"""#\u{301}`, where the `Character` is `#\u{301}`.
        let longestRun = text.unicodeScalars.split { $0 != "#" }.map(\.count).max() ?? 0
        let hashes = String(repeating: "#", count: longestRun + 1)
        let shown = lines.flatMap { line in
            let parts = wrapped(line)
            return parts.enumerated().map { index, part in index < parts.count - 1 ? part + "\\" + hashes : part }
        }
        return "\(hashes)\"\"\"\n" + shown.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n") + "\n    \"\"\"\(hashes)"
    }

    /// A line cut after spaces and commas into parts of at most `width` characters where it can be.
    private static func wrapped(_ line: Substring) -> [Substring] {
        var parts: [Substring] = []
        var rest = line
        let isBreak: (Character) -> Bool = { $0 == " " || $0 == "," }
        while rest.count > width {
            let limit = rest.index(rest.startIndex, offsetBy: width)
            guard let cut = rest[..<limit].lastIndex(where: isBreak) ?? rest[limit...].firstIndex(where: isBreak),
                rest.index(after: cut) < rest.endIndex
            else { break }
            parts.append(rest[...cut])
            rest = rest[rest.index(after: cut)...]
        }
        return parts + [rest]
    }

    private static func isShownAsIs(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" || scalar == "\t" { return true }
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { return false }
        return ![0x2028, 0x2029, 0xFEFF].contains(scalar.value) && scalar.properties.generalCategory != .format
    }
}

import ArgumentParser
import Foundation
import SMSProviderCatalog
import SMSProviders
import SMSSpecCore

public struct Registry: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        abstract: "Prints every status and error code of the bundled providers, with category and retry advice.",
        discussion: "--provider also takes a spec file of your own (acme.yaml), or a folder of them (every spec generate would read there): their tables, as their generated registry would hold them.")

    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case json, markdown, table
    }

    @Option(name: .long, help: "Only this provider: its id, a spec file (acme.yaml), or a folder of specs.")
    var provider: String?

    @Option(name: .long, help: "json (a versioned document), markdown or table.")
    var format: Format = .table

    public func validate() throws {
        if let provider, !ProviderSource.isSpecFile(provider), !ProviderSource.isSpecFolder(provider) { _ = try Lookup.provider(provider) }
    }

    public func run() throws {
        let sources = try provider.map { provider in
            try ProviderSource.isSpecFolder(provider) ? ProviderSource.all(inFolder: provider) : [ProviderSource.named(provider)]
        } ?? SMSSpecCatalog.providers.map(ProviderSource.init)
        Output.standardOutput(Self.render(sources, format: format), terminator: "", isJSON: format == .json)
    }

    /// The compiled-in registry of `catalogs`, rendered as `generate` renders it from specs.
    public static func render(_ catalogs: [ProviderCatalog], format: Format) -> String {
        render(catalogs.map(ProviderSource.init), format: format)
    }

    static func render(_ sources: [ProviderSource], format: Format) -> String {
        let tables = sources.flatMap(\.tables)
        switch format {
        case .json: return RegistryRenderer.json(tables)
        case .table: return RegistryRenderer.table(tables.flatMap(\.entries))
        case .markdown:
            return sources.map { RegistryRenderer.markdown(provider: $0.id, name: $0.name, tables: $0.tables, decisions: $0.decisions, summaries: $0.tableSummaries) }.joined(separator: "\n")
        }
    }
}

struct LookupCode: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup", abstract: "Explains a code: every entry it has in the provider's tables, with its advice.",
        usage: "smsspec lookup <provider> <code> [--table <table>] [--format <format>]",
        discussion: "Exits 3 when no table of the provider documents the code. A spec file of your own (acme.yaml) in place of the provider id explains its codes.")

    @Argument(help: "The provider id, or a spec file (acme.yaml).")
    var provider: String

    /// Collected with `.allUnrecognized` so a negative code (`-63`) is a code, not an unknown option.
    @Argument(
        parsing: .allUnrecognized,
        help: ArgumentHelp("The code as the provider sent it (000, 44, OUT_OF_BALANCE, -63), without a JSON string's quotes.", valueName: "code"))
    var codes: [String] = []

    var code: String { givenCodes.first ?? "" }

    /// The codes given, without a `--` before them (`lookup fortytwo -- -63`, as other tools take a value that
    /// starts with `-`), which `.allUnrecognized` collects as a code.
    private var givenCodes: [String] { codes.first == "--" ? Array(codes.dropFirst()) : codes }

    @Option(name: .long, help: "Only this table.")
    var table: String?

    @Option(name: .long, help: "How to print the entries: text (the default) or json.")
    var format: Validate.Format?

    @Flag(name: .long, help: ArgumentHelp("The same as --format json.", visibility: .hidden))
    var json = false

    /// Names are checked here, not in `run()`: an error thrown here is followed by this command's usage.
    func validate() throws {
        if json && format == .text { throw ValidationError("--json and --format text ask for two formats; give one.") }
        guard givenCodes.count == 1 else {
            throw ValidationError(
                givenCodes.isEmpty ? "Give the code to explain." : "Give one code; got \(DisplayText.escapedExcerpt(givenCodes.joined(separator: " "))).")
        }
        // A spec file is read in `run()`, whose errors are printed without this command's usage.
        guard !ProviderSource.isSpecFile(provider) else { return }
        try checkTable(of: ProviderSource(Lookup.provider(provider)))
    }

    private func checkTable(of source: ProviderSource) throws {
        guard let table else { return }
        let ids = source.tables.map(\.id)
        guard ids.contains(where: { $0.caseInsensitiveCompare(table) == .orderedSame }) else {
            throw ValidationError("\(source.id) has no table '\(DisplayText.escapedExcerpt(table))'\(Suggestions.hint(for: table, in: ids)). Tables: \(ids.joined(separator: ", ")).")
        }
    }

    /// The entries `code` names in the provider's tables (in `--table` alone, when given).
    private func lookup(_ code: String, in source: ProviderSource) -> [StatusEntry] {
        let found = StatusRegistry(tables: source.tables).lookup(provider: source.id, code: code)
        guard let table else { return found }
        return found.filter { $0.table.caseInsensitiveCompare(table) == .orderedSame }
    }

    func run() throws {
        let source = try ProviderSource.named(provider)
        do { try checkTable(of: source) } catch let error as ValidationError { throw InputError(error.message) }
        var code = self.code
        var found = lookup(code, in: source)
        // A code given with a JSON string's quotes (`'"016"'`, as a payload writes it: a user) is the code inside them,
        // where no code holds the quotes.
        if found.isEmpty, code.count >= 2, code.hasPrefix("\""), code.hasSuffix("\""), !lookup(String(code.dropFirst().dropLast()), in: source).isEmpty {
            code = String(code.dropFirst().dropLast())
            found = lookup(code, in: source)
            Output.standardError("note: read as \(DisplayText.codeExcerpt(code)), the code inside the quotes (no code of \(source.id) holds them).")
        }
        guard !found.isEmpty else {
            // Text codes match in their own case, as payloads are read: `success` is no `SUCCESS`, but likely meant.
            // A number near another is another code, no typo.
            let trimmed = code.trimmingCharacters(in: .whitespaces)
            let codes = source.tables.filter { table == nil || $0.id.caseInsensitiveCompare(table!) == .orderedSame }
                .flatMap(\.entries).flatMap { [$0.code] + $0.aliases }.filter { Int($0) == nil }
            // A name a provider sends beside its code (TurboSMS's `SUCCESS_MESSAGE_ACCEPTED` beside 800): the codes named so.
            let named = source.tables.filter { table == nil || $0.id.caseInsensitiveCompare(table!) == .orderedSame }
                .flatMap { table in table.entries.filter { $0.name != $0.code && $0.name.caseInsensitiveCompare(trimmed) == .orderedSame }.map { (table, $0) } }
            let hint = Int(trimmed) != nil || trimmed.isEmpty ? "" : Suggestions.hint(for: trimmed, in: Array(Set(codes)).sorted())
            let names = named.prefix(5).map { table, entry in
                "\(table.id)'s code \(entry.codeAsSent) (smsspec lookup \(Generate.shellQuoted(provider)) \(Generate.shellQuoted(entry.codeAsSent)))"
            }
            let noCode = "\(source.id) documents no code \(DisplayText.codeExcerpt(code))\(table.map { " in \(DisplayText.escapedExcerpt($0))" } ?? "")"
            Output.standardError(
                names.isEmpty || !hint.isEmpty
                    ? "\(noCode)\(hint): treat it as category unknown, not retryable, and log the raw code."
                    : "\(noCode); it is the name of \(names.joined(separator: ", "))")
            throw ExitCode(3)
        }
        // `27.0` is code 27 as a JSON number; as text (`"27.0"`) a payload keeps it as sent, an undocumented code.
        let trimmed = code.trimmingCharacters(in: .whitespaces)
        if let integer = StatusRegistry.integerText(ofNumber: code), !found.contains(where: { $0.code == trimmed || $0.aliases.contains(trimmed) }) {
            Output.standardError(
                "note: \(DisplayText.codeExcerpt(code)) is explained as the JSON number it spells (\(integer)); sent as text, "
                    + "\(DisplayText.quotedExcerpt(trimmed)), a payload keeps it as sent: a code no table documents.")
        }
        if json || format == .json {
            let tables = source.tables.filter { table in found.contains { $0.table == table.id } }
            Output.standardOutput(RegistryRenderer.json(tables: tables, entries: found), terminator: "", isJSON: true)
            return
        }
        for entry in found {
            // A description that only repeats the code's name says nothing more (a user's `DELIVERED: DELIVERED`).
            let said = entry.description == entry.name || entry.description == entry.code ? "" : ": \(entry.description)"
            Output.standardOutput("\(entry.provider) \(entry.table) \(entry.code)\(entry.name == entry.code ? "" : " \(entry.name)")\(said)")
            if let sentAs = entry.sentAs { Output.standardOutput("  sent as:  \(DisplayText.quotedExcerpt(sentAs)) (as the table writes its codes)") }
            // Found by another spelling (a user's `ACCEPT` printed `ACCEPTD` without a word why).
            if let alias = entry.aliases.first(where: { $0 == trimmed }) {
                Output.standardOutput("  alias:    \(DisplayText.quotedExcerpt(alias)) is a spelling of this code")
            }
            if let cause = entry.cause { Output.standardOutput("  cause:    \(cause)") }
            if let explanation = entry.explanation { Output.standardOutput("  ours:     \(explanation)") }
            if !entry.httpStatuses.isEmpty { Output.standardOutput("  HTTP:     \(entry.httpStatuses.map(String.init).joined(separator: ", "))") }
            for meaning in entry.perOperation {
                Output.standardOutput("  in \(meaning.operation): \(meaning.description)\(meaning.httpStatus.map { " (HTTP \($0))" } ?? "")")
            }
            Output.standardOutput("  outcome:  \(entry.outcome.rawValue)")
            Output.standardOutput("  category: \(entry.category.rawValue)")
            Output.standardOutput("  advice:   \(entry.deliveryState == nil ? entry.retryAdvice.description : entry.retryAdvice.descriptionForDeliveryReport)")
            if let state = entry.deliveryState { Output.standardOutput("  delivery: \(state.rawValue)\(entry.isFinal == true ? " (final)" : " (may still change)")") }
            Output.standardOutput("  source:   \(entry.source)")
            // The spec's decisions on the code, then on its table: ours, not the documents' words. A code given its
            // table's own decision (`decisions: [E2]` on the entry) says it once, as the code's.
            let ofTable = source.decisions.filter { $0.table == entry.table }
            let ofCode = ofTable.filter { $0.code == entry.code }
            let decided = ofCode + ofTable.filter { decision in decision.code == nil && !ofCode.contains { $0.text == decision.text } }
            for decision in decided { Output.standardOutput("  \(decision.code == nil ? "table decision" : "decision"): \(decision.text)") }
        }
    }
}

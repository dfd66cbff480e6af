import Foundation
import SMSSpecVocabulary

/// The registry as a versioned JSON document, a Markdown page per provider, and a plain-text table.
public enum RegistryRenderer {
    /// Bumped when the document's layout changes; entries may be added without a bump. Version 2 added `tables`
    /// and each entry's `explanation` and `perOperation`, version 3 each entry's `advice` (docs/registry.md).
    public static let formatVersion = 3

    /// The whole registry of `tables`.
    public static func json(_ tables: [StatusTable]) -> String {
        json(tables: tables, entries: tables.flatMap(\.entries))
    }

    /// `entries` (all rows of `tables`, or the ones a lookup found) with the tables they belong to.
    public static func json(tables: [StatusTable], entries: [StatusEntry]) -> String {
        let providers = Array(Set(tables.map(\.provider))).sorted()
        let document: JSONWriter.Value = .object([
            ("formatVersion", .int(formatVersion)),
            ("note", .string(GeneratedHeader.jsonNote)),
            ("providers", .array(providers.map(JSONWriter.Value.string))),
            ("categories", .array(ErrorCategory.allCases.map { JSONWriter.Value.string($0.rawValue) })),
            ("tables", .array(tables.map(tableObject))),
            ("entries", .array(entries.map(object))),
        ])
        return JSONWriter.render(document)
    }

    private static func tableObject(_ table: StatusTable) -> JSONWriter.Value {
        .object([
            ("provider", .string(table.provider)), ("table", .string(table.id)), ("title", .string(table.title)),
            ("source", .string(table.source)),
        ])
    }

    private static func meaningObject(_ meaning: OperationMeaning) -> JSONWriter.Value {
        .object([
            ("operation", .string(meaning.operation)), ("description", .string(meaning.description)),
            ("cause", meaning.cause.map(JSONWriter.Value.string) ?? .null),
            ("httpStatus", meaning.httpStatus.map(JSONWriter.Value.int) ?? .null),
        ])
    }

    private static func object(_ entry: StatusEntry) -> JSONWriter.Value {
        var members: [(String, JSONWriter.Value)] = [
            ("provider", .string(entry.provider)),
            ("table", .string(entry.table)),
            ("code", .string(entry.code)),
            ("aliases", .array(entry.aliases.map(JSONWriter.Value.string))),
            ("name", .string(entry.name)),
            ("description", .string(entry.description)),
            ("cause", entry.cause.map(JSONWriter.Value.string) ?? .null),
            ("explanation", entry.explanation.map(JSONWriter.Value.string) ?? .null),
            ("httpStatus", entry.httpStatuses.first.map(JSONWriter.Value.int) ?? .null),
            ("httpStatuses", .array(entry.httpStatuses.map(JSONWriter.Value.int))),
            ("outcome", .string(entry.outcome.rawValue)),
            ("category", .string(entry.category.rawValue)),
            ("retryable", .bool(entry.retryable)),
            ("advice", .string(entry.retryAdvice.rawValue)),
        ]
        if let state = entry.deliveryState { members.append(("deliveryState", .string(state.rawValue))) }
        if let isFinal = entry.isFinal { members.append(("final", .bool(isFinal))) }
        members.append(("perOperation", .array(entry.perOperation.map(meaningObject))))
        members.append(("source", .string(entry.source)))
        return .object(members)
    }

    /// A readable page of one provider's tables, so a spec change shows up in review as a table diff. `decisions`: the
    /// spec's decisions on its tables and codes, listed under each table, each naming its code.
    /// A provider's page of codes: each table with its source, the spec's summary of it (`summaries`, by table id),
    /// its rows and the decisions on it.
    public static func markdown(
        provider: String, name: String, tables: [StatusTable], decisions: [TableDecision] = [], summaries: [String: String] = [:]
    ) -> String {
        var lines = [
            GeneratedHeader.markdown,
            "# \(line(MarkdownText.prose(name))) — status and error codes", "",
            "Provider id `\(provider)`. Outcome, category, retry advice, delivery state and final are SMSSpec's normalized",
            "reading of each code (docs/registry.md), ours. Name, description, cause and HTTP status are the document's words",
            "(Name is empty where it is the code itself, HTTP where the document gives no status), unless a decision under the",
            "table says otherwise; the explanation column, a table's summary and the decisions are ours, never the document's.",
        ]
        for table in tables {
            let decided = decisions.filter { $0.table == table.id }
            let rows = table.entries
            let isDelivery = rows.contains { $0.deliveryState != nil }
            let hasExplanations = rows.contains { $0.explanation != nil }
            let hasMeanings = rows.contains { !$0.perOperation.isEmpty }
            let hasOwnSources = rows.contains { $0.source != table.source }
            lines += ["", "## \(line(table.id)): \(line(MarkdownText.prose(table.title)))", "", "Source: \(line(MarkdownText.prose(table.source))).", ""]
            if table.source == StatusTable.noDocument { lines += [StatusTable.noDocumentRows, ""] }
            if let summary = summaries[table.id] { lines += ["Summary: \(line(MarkdownText.prose(summary)))", ""] }
            // Codes as the provider writes them (Bind's `000`): a padded table says so, and that any padding reads.
            if table.isNumeric, case .string(let digits) = table.wireFormat, digits > 0 {
                lines += ["Codes are written as text, zero-padded to \(digits) digits (as the Code column shows them); any padding reads as the code.", ""]
            }
            var header = ["Code", "Name", "Description", "Cause"]
            if hasExplanations { header.append("Explanation (ours)") }
            header += ["HTTP", "Outcome", "Category", "Retry"]
            if isDelivery { header += ["Delivery state", "Final"] }
            if hasMeanings { header.append("Per operation") }
            if hasOwnSources { header.append("Row source") }
            lines.append("| " + header.joined(separator: " | ") + " |")
            lines.append("|" + header.map { _ in "---|" }.joined())
            for row in rows {
                let code = ([row.codeAsSent] + row.aliases).map(MarkdownText.code).joined(separator: ", ")
                var cells = [code] + [[row.code, row.codeAsSent].contains(row.name) ? "" : row.name, row.description, row.cause ?? ""].map(MarkdownText.prose)
                if hasExplanations { cells.append(MarkdownText.prose(row.explanation ?? "")) }
                cells += [row.httpStatuses.map(String.init).joined(separator: ", "), row.outcome.rawValue, row.category.rawValue, row.retryable ? "yes" : "no"]
                if isDelivery { cells += [row.deliveryState?.rawValue ?? "", row.isFinal.map { $0 ? "yes" : "no" } ?? ""] }
                if hasMeanings { cells.append(MarkdownText.prose(row.perOperation.map(meaningText).joined(separator: "; "))) }
                if hasOwnSources { cells.append(MarkdownText.prose(row.source == table.source ? "" : row.source)) }
                lines.append("| " + cells.map(cell).joined(separator: " | ") + " |")
            }
            if !decided.isEmpty { lines += [""] + decisionLines(decided) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Aligned plain text for a terminal.
    public static func table(_ entries: [StatusEntry]) -> String {
        let header = ["PROVIDER", "TABLE", "CODE", "NAME", "HTTP", "OUTCOME", "CATEGORY", "RETRY"]
        let rows = entries.map { entry in
            [entry.provider, entry.table, entry.code, entry.name, entry.httpStatuses.map(String.init).joined(separator: ","),
             entry.outcome.rawValue, entry.category.rawValue, entry.retryable ? "yes" : "no"]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }

    /// "- Decision B3 (the table): … The issue: …", "- Decision EZ5 (code `token-invalid`): …": each decision once, with
    /// everything it is given to ("the table; codes `DELIVRD`, `ACCEPTD`"), in the order first given (a user's Jasmin
    /// page said one decision's whole text eight times).
    private static func decisionLines(_ items: [TableDecision]) -> [String] {
        var groups: [(first: TableDecision, subjects: [String?])] = []
        for item in items {
            if let index = groups.firstIndex(where: { $0.first.id == item.id && $0.first.decision == item.decision && $0.first.issue == item.issue }) {
                groups[index].subjects.append(item.code)
            } else {
                groups.append((item, [item.code]))
            }
        }
        return groups.map { group in
            let codes = group.subjects.compactMap { $0 }.map(MarkdownText.code)
            let subject = (group.subjects.contains(nil) ? ["the table"] : []) + (codes.isEmpty ? [] : ["\(codes.count == 1 ? "code" : "codes") \(codes.joined(separator: ", "))"])
            let decision = group.first
            return line("- Decision \(MarkdownText.prose(decision.id)) (\(subject.joined(separator: "; "))): \(MarkdownText.prose(decision.decision)) The issue: \(MarkdownText.prose(decision.issue))")
        }
    }

    /// "in `validateCode`: Valid — When the code is valid. (HTTP 200)"
    private static func meaningText(_ meaning: OperationMeaning) -> String {
        "in `\(meaning.operation)`: \(meaning.description)" + (meaning.cause.map { " — \($0)" } ?? "")
            + (meaning.httpStatus.map { " (HTTP \($0))" } ?? "")
    }

    /// A table cell: one `line`, its pipes escaped.
    private static func cell(_ text: String) -> String {
        line(text.replacingOccurrences(of: "|", with: "\\|"))
    }

    /// Spec text on one line of the page (a heading, a cell): line breaks as spaces, so it cannot end its line and
    /// start another (a forged heading or row), and what `DisplayText` escapes (ESC, a bidirectional override) written
    /// as `\u{…}`, as generated Swift writes it, so the page reads in review and a terminal as it is.
    private static func line(_ text: String) -> String {
        var shown = ""
        for (scalar, escaped) in DisplayText.marked(text) {
            switch scalar {
            case "\n", "\r": shown += " "
            case _ where escaped: shown += "\\u{\(String(scalar.value, radix: 16))}"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}

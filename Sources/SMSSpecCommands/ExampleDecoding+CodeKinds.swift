import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSSpecCore

/// The documented codes of a spec's JSON examples, each in the JSON kind the document writes it and the kind its table
/// writes it back in: a table whose codes the documents write only in another kind (KudiSMS's `"errno": "103"` in an
/// int table) is written by the generated code, `decode` and the sandbox as the provider never writes it. A table the
/// documents write in both kinds (OCA's `17` and `"39"`) is read either way and says nothing.
struct CodeKindObservations {
    private var changes: [(example: ExampleSpec, change: CodeKindChange)] = []
    /// The tables some example writes a code of as the table writes it.
    private var writtenAlike: Set<String> = []

    mutating func read(_ value: DecodedValue, payload: String, in example: ExampleSpec) {
        guard let original = try? JSONPayload.decode(JSONValue.self, from: Data(payload.utf8)) else { return }
        var observed: [CodeKindChange] = []
        CodeKindChange.collect(value, original, path: "", into: &observed)
        for change in observed {
            if change.readKind == change.writtenKind { writtenAlike.insert(change.table) } else { changes.append((example, change)) }
        }
    }

    func warn(model: ProviderModel, quoting: ExampleQuoting, diagnostics: DiagnosticCollector) {
        let unlike = changes.filter { !writtenAlike.contains($0.change.table) }
        for (_, changes) in Dictionary(grouping: unlike, by: { $0.example.name.value }).sorted(by: { $0.key < $1.key }) {
            let example = changes[0].example, first = changes[0].change
            let table = model.spec.tables.first { $0.name.value == first.table }
            let more = changes.count > 1 ? " (and \(changes.count - 1) more)" : ""
            let message =
                "example '\(example.name.value)' writes code \(first.read) at `\(first.path)` as \(first.readKind.phrase), where table "
                + "'\(first.table)' writes \(first.writtenKind.plural), and no example writes its codes so: the generated code, "
                + "`smsspec decode` and the sandbox write \(first.written)\(more)"
                + (table.flatMap { Self.fix(writing: first.readKind, in: $0) }.map { "; if the provider writes its codes so, \($0)" } ?? "")
            diagnostics.warning(quoting.redacting(message, quoting: example), at: example.location)
        }
    }

    /// The table key that writes codes in `kind`, when one does.
    private static func fix(writing kind: CodeKindChange.Kind, in table: TableSpec) -> String? {
        switch (kind, table.codeType) {
        case (.text, .int): "give the table `wire: string`" + (table.padding > 0 ? "" : " (and `padding` if it pads them with zeros)")
        case (.text, .bool): "give the table `wire: string`"
        case (.number, .int): "remove the table's `wire: string`"
        case (.number, .string): "make it an int table (`codeType: int`) if every code is a number"
        case (.boolean, .bool): "give the table `wire: boolean`"
        default: nil
        }
    }
}

/// One documented code of an example: the JSON kind it was read from and the kind it is written back in.
struct CodeKindChange {
    enum Kind {
        case text, number, boolean, other

        init(_ value: JSONValue) {
            switch value {
            case .string: self = .text
            case .number: self = .number
            case .bool: self = .boolean
            default: self = .other
            }
        }

        var phrase: String {
            switch self {
            case .text: "text"
            case .number: "a number"
            case .boolean: "a boolean"
            case .other: "another value"
            }
        }

        var plural: String {
            switch self {
            case .text: "text"
            case .number: "numbers"
            case .boolean: "booleans"
            case .other: "other values"
            }
        }
    }

    let path: String, table: String
    let read: String, written: String
    let readKind: Kind, writtenKind: Kind

    /// Walks a decoded value beside the JSON it was read from, by wire name and position.
    static func collect(_ value: DecodedValue, _ original: JSONValue, path: String, into changes: inout [CodeKindChange]) {
        switch (value, original) {
        case (.code(let code), _):
            guard code.entry != nil, let written = try? JSONValue(encoding: DecodedValue.code(code)) else { return }
            let readKind = Kind(original), writtenKind = Kind(written)
            guard readKind != .other, writtenKind != .other else { return }
            changes.append(
                CodeKindChange(
                    path: path, table: code.table.id, read: Self.shown(original), written: Self.shown(written),
                    readKind: readKind, writtenKind: writtenKind))
        case (.list(let items), .array(let originals)):
            for (index, (item, original)) in zip(items, originals).enumerated() {
                collect(item, original, path: "\(path)[\(index)]", into: &changes)
            }
        case (.object(let fields), .object(let members)):
            for (key, field) in fields { if let member = members[key] { collect(field, member, path: MessagePath.join(path, key), into: &changes) } }
        case (.map(let entries), .object(let members)):
            for (key, entry) in entries { if let member = members[key] { collect(entry, member, path: MessagePath.entry(path, key), into: &changes) } }
        case (.unionVariant(let inner, _), _), (.unknownKind(let inner, _, _, _), _):
            collect(inner, original, path: path, into: &changes)
        case (.jsonText(let inner), .string(let text)):
            guard let nested = try? JSONPayload.decode(JSONValue.self, from: Data(text.utf8)) else { return }
            collect(inner, nested, path: path, into: &changes)
        default: return
        }
    }

    /// A JSON scalar as lint shows a code: text in double quotes, a number or boolean bare.
    private static func shown(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): DisplayText.quotedExcerpt(text)
        case .number(let number): number.description
        case .bool(let flag): String(flag)
        default: "a value"
        }
    }
}

extension JSONValue {
    /// What an encoder writes of `value`, read back as JSON.
    fileprivate init(encoding value: some Encodable) throws {
        let data = try JSONEncoder().encode(value)
        self = try JSONPayload.decode(JSONValue.self, from: data)
    }
}

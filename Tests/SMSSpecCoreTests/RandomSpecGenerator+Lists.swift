@testable import SMSSpecCore
import SMSSpecVocabulary

/// What the random specs gained after their first year: a list of a table's codes joined into one text, counted
/// maps and lists, `default: []`, and a callback whose discriminator is a table with aliases and padded codes. Each
/// is drawn from a stream of its own, so every other choice of a seed stays as it was.
extension RandomSpecGenerator {
    /// What `make` has drawn that the additions refer to.
    struct Drawn {
        let namespace: String
        let tables: [String]
        /// Each table's codes and aliases, as the spec writes them.
        let tableSpellings: [[String]]
        let shapes: [String]
        let callbacks: [String]
        /// The indexes of `shapes` sent as a form or query, where lint refuses a separator a form reads otherwise.
        let formShapes: Set<Int>
    }

    /// Separators lint takes (printable ASCII, no letter or digit), among them what a literal must escape.
    static let codeSeparators = [",", ";", " ", "|", "-", "\"", "\\", "'", "+", "/", ":", "*", "#", "$", "."]

    /// A separator no spelling of `spellings` holds (lint refuses one that a code or an alias holds), and in a form
    /// or query none that reads otherwise there unescaped (`+`, a space).
    static func separator(from stream: inout SeededRandom, avoiding spellings: [String], inForm: Bool) -> String {
        let usable = codeSeparators.filter { separator in
            !spellings.contains { $0.contains(separator) } && !(inForm && SpecValidator.formSyntaxSeparators[separator] != nil)
        }
        return usable.isEmpty ? "," : stream.pick(usable)
    }

    /// Counts on a map or a list (`case 7`, `8`, `13` of `make`): a payload holds one element, which they let pass.
    static func itemBounds(from stream: inout SeededRandom) -> String? {
        guard stream.chance(50) else { return nil }
        let minimum = stream.pick(["0", "1", nil]), maximum = stream.pick(["1", "3", "9223372036854775807", nil])
        let bounds = [minimum.map { "minItems: \($0)" }, maximum.map { "maxItems: \($0)" }].compactMap { $0 }
        return bounds.isEmpty ? nil : "constraints: {\(bounds.joined(separator: ", "))}"
    }

    /// Adds to `out` (a whole spec) a request field and a body field that are a table's codes joined into one text,
    /// and a callback chosen by a field that is a table.
    mutating func addSeparatedCodesAndTabledCallback(to out: inout [String], _ drawn: Drawn) {
        var lists = SeededRandom(seed: seed ^ 0x11575)
        let table = lists.count(0...(drawn.tables.count - 1))
        let type = Self.quoted("[" + drawn.tables[table] + "]")
        let placement = lists.pick(["query", "path", "header", "body"])
        // The request's field (the first shape's) in its place, and the second shape's body field.
        let inForm = placement == "query" || (placement == "body" && drawn.formShapes.contains(0)) || drawn.formShapes.contains(1)
        let separator = Self.quoted(Self.separator(from: &lists, avoiding: drawn.tableSpellings[table], inForm: inForm))
        let required = placement == "path" || lists.chance(40)
        let empty = !required && lists.chance(50) ? ", default: []" : ""
        // The line that starts a shape: the shapes' section, not a callback named like one.
        let shapeLine = { (out: [String], shape: String) in out.firstIndex(of: "shapes:").flatMap { out[$0...].firstIndex(of: "  \(Self.quoted(shape)):") } }
        if let end = shapeLine(out, drawn.shapes[1]) {
            out.insert("      joined_codes: {type: \(type), separator: \(separator), in: \(placement), required: \(required)\(empty)}", at: end)
        }
        if placement == "path", let path = out.firstIndex(where: { $0.hasPrefix("    path: /v1/send") }) {
            out[path] += "/{joined_codes}"
        }
        // In a body: the send's answer, which is also a callback's payload and an event's.
        if let end = shapeLine(out, drawn.shapes[2]) {
            out.insert("      status_list: {type: \(type), separator: \(separator), required: false\(lists.chance(50) ? ", default: []" : "")}", at: end)
        }
        addTabledCallback(to: &out, drawn)
    }

    /// A callback whose discriminator field is a table: an int table (padded as text, or a number) or a text one,
    /// each code with an alias; a value per code in the table's spelling, and one no table lists.
    private mutating func addTabledCallback(to out: inout [String], _ drawn: Drawn) {
        var tabled = SeededRandom(seed: seed ^ 0x7AB1E)
        let table = typeName("Kinds", avoiding: drawn.namespace, drawingFrom: &tabled)
        let first = typeName("KindOne", avoiding: drawn.namespace, drawingFrom: &tabled)
        var second = typeName("KindTwo", avoiding: drawn.namespace, drawingFrom: &tabled)
        let caseName = { (shape: String) in Naming.unreservedCase(Naming.memberName(shape)) }
        if caseName(first) == caseName(second) { second = "KindTwo\(seed)" }
        var callback = typeName("Tabled", avoiding: drawn.namespace, drawingFrom: &tabled)
        let receiver = { (name: String) in Naming.unreserved(name.prefix(1).lowercased() + name.dropFirst()) }
        if drawn.callbacks.map(receiver).contains(receiver(callback)) { callback = "TabledFor\(seed)" }
        let field = tabled.pick(["kind", "type", "default", "self", "status", "payload", "unknown", "event"])

        let isInt = tabled.chance(60)
        let padding = isInt && tabled.chance(50) ? tabled.count(2...4) : nil
        let codes: [String], aliases: [String], spellings: [String]
        if isInt {
            let numbers = [0, 1, 2, 30].shuffled(using: &tabled).prefix(3)
            codes = numbers.map(String.init)
            aliases = numbers.map { "00000" + String($0) }
            spellings = numbers.map { number in padding.map { CodeWireFormat.paddedText(number, minimumDigits: $0) } ?? String(number) }
        } else {
            let texts = Self.hostileWireNames.filter { !$0.contains("{") }.shuffled(using: &tabled)
            codes = Array(texts.prefix(3))
            // Its code in capitals (`DLR` for `dlr`), unless a code or an alias already has that spelling.
            var spelled = Set(codes)
            aliases = codes.map { code in
                let upper = code.uppercased()
                return spelled.insert(upper).inserted ? upper : code + "_alias"
            }
            spellings = codes
        }
        let rows = zip(codes, aliases).enumerated().map { index, code in
            "      - {code: \(Self.quoted(code.0)), aliases: [\(Self.quoted(code.1))], name: \(Self.quoted(Self.hostileWireNames[index * 7])), "
                + "case: kind\(index), summary: A kind., outcome: \(["success", "pending", "failure"][index]), "
                + "category: \(index == 2 ? "networkError" : "none")}"
        }
        let tableLines = ["  \(Self.quoted(table)):", "    title: Kinds of event", "    source: {source: doc}", "    codeType: \(isInt ? "int" : "string")"]
            + (padding.map { ["    wire: string", "    padding: \($0)"] } ?? []) + ["    entries:"] + rows
        if let end = out.firstIndex(where: { $0 == "unions:" || $0 == "shapes:" }) { out.insert(contentsOf: tableLines, at: end) }

        let encoding = tabled.pick(["json", "form"])
        let listSeparator = Self.quoted(Self.separator(from: &tabled, avoiding: codes + aliases + spellings, inForm: encoding == "form"))
        let shapeLines = [
            "  \(Self.quoted(first)):", "    fields:", "      \(Self.quoted(field)): \(Self.quoted(table))",
            "      note: {type: string, required: false}",
            "  \(Self.quoted(second)):", "    fields:", "      \(Self.quoted(field)): {type: \(Self.quoted(table)), required: \(tabled.chance(50))}",
            "      kinds: {type: \(Self.quoted("[" + table + "]")), separator: \(listSeparator), required: false}",
        ]
        if let end = out.firstIndex(of: "operations:") { out.insert(contentsOf: shapeLines, at: end) }

        let undocumented = isInt ? "77" : "zz undocumented"
        let variants = [(spellings[0], first), (spellings[1], second), (spellings[2], first), (undocumented, second)]
        let callbackLines = ["  \(Self.quoted(callback)):", "    summary: Events told apart by a table's code.", "    encoding: \(encoding)",
            "    discriminator:", "      field: \(Self.quoted(field))", "      variants:"]
            + variants.map { "        \(Self.quoted($0.0)): \(Self.quoted($0.1))" }
        if let end = out.firstIndex(of: "examples:") { out.insert(contentsOf: callbackLines, at: end) }
    }
}

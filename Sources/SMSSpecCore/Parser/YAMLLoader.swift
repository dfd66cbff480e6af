import Yams

/// Loads YAML text into a node tree, turning syntax errors and broken limits into located diagnostics.
enum YAMLLoader {
    static func load(_ text: String, file: String, diagnostics: DiagnosticCollector) -> Node? {
        // A byte-order mark may start a YAML stream (Notepad saves UTF-8 with one); Yams, which tells libyaml the
        // encoding, read it as text ("did not find expected <document start>"). Columns are then an editor's.
        let text = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        if let problem = YAMLPreflight(file: file).problem(in: text) {
            diagnostics.error(problem.message, at: problem.location)
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: text) else {
                diagnostics.error("the file is empty; a spec starts with a 'provider:' mapping", at: .init(file: file, line: 1, column: 1))
                return nil
            }
            reportDroppedByteOrderMarks(text: text, file: file, diagnostics: diagnostics)
            warnOfCommentsCuttingText(node, text: text, file: file, diagnostics: diagnostics)
            return refusingMergeKeys(node, file: file, diagnostics: diagnostics)
        } catch let error as YamlError {
            report(error, file: file, text: text, diagnostics: diagnostics)
            return nil
        } catch {
            diagnostics.error("cannot read YAML: \(error)", at: .init(file: file, line: 1, column: 1))
            return nil
        }
    }

    /// The tree, or nil after an error at each merge key (`<<: *base`): the composer keeps `<<` as a key like any
    /// other, and a spec read it as a field, value or code named "<<" ("field '<<' … is missing the required key
    /// 'type'") that said nothing of merging.
    private static func refusingMergeKeys(_ node: Node, file: String, diagnostics: DiagnosticCollector) -> Node? {
        var pending = [node], found = false
        while let next = pending.popLast() {
            switch next {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    if key.tag.rawValue == Tag.Name.merge.rawValue || (key.scalar?.string == "<<" && key.scalar?.style == .plain) {
                        diagnostics.error(
                            "YAML merge keys ('<<: *anchor') are not supported: write the keys out (an alias of a whole value, '*anchor', works)",
                            at: key.location(in: file))
                        found = true
                    }
                    pending.append(value)
                }
            case .sequence(let sequence): pending.append(contentsOf: sequence)
            case .scalar, .alias: break
            }
        }
        return found ? nil : node
    }

    /// A warning at each plain value of several words that a `#` right after a space cuts short: YAML reads ` #` as a
    /// comment's start, so playSMS's `…, @usernames or #groupcodes.` became "…, @usernames or" (a user). A comment
    /// written as one (`# …`, a space after the `#`) is left alone.
    private static func warnOfCommentsCuttingText(_ node: Node, text: String, file: String, diagnostics: DiagnosticCollector) {
        var lines: [Substring]?
        var pending = [node]
        while let next = pending.popLast() {
            switch next {
            case .mapping(let mapping): pending += mapping.map(\.value)
            case .sequence(let sequence): pending += sequence
            case .alias: break
            case .scalar(let scalar):
                guard scalar.style == .plain, scalar.string.contains(" "), let mark = scalar.mark else { continue }
                if lines == nil { lines = text.split(separator: "\n", omittingEmptySubsequences: false) }
                guard let lines, mark.line >= 1, mark.line <= lines.count,
                    let written = lines[mark.line - 1].range(of: scalar.string)
                else { continue }
                let after = lines[mark.line - 1][written.upperBound...]
                let comment = after.drop { $0 == " " || $0 == "\t" }
                guard comment.count < after.count, comment.first == "#",
                    let first = comment.dropFirst().first, !first.isWhitespace, first != "#"
                else { continue }
                diagnostics.warning(
                    "YAML reads '\(comment.prefix(24))' as a comment, so this value ends at '…\(scalar.string.suffix(24))'; if the '#' is "
                        + "part of the text, quote the value",
                    at: SourceLocation(file: file, line: mark.line, column: mark.column))
            }
        }
    }

    private static func report(_ error: YamlError, file: String, text: String, diagnostics: DiagnosticCollector) {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        func describe(_ context: YamlError.Context?, _ problem: String) -> String {
            guard let context else { return problem }
            return "\(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            diagnostics.error("YAML syntax: \(describe(context, problem))", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Each repetition, where it is: that is the one to remove or rename.
            let located = YAMLPreflight(file: file).duplicateKeys(Set(duplicates), firstAt: (context.mark.line, context.mark.column), in: text)
            guard located.isEmpty else { return located.forEach { diagnostics.error($0.message, at: $0.location) } }
            diagnostics.error(
                "duplicate key\(duplicates.count > 1 ? "s" : "") \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in this mapping",
                at: at(context.mark))
        case .reader(let problem, _, _, _):
            diagnostics.error("YAML reader: \(problem)", at: .init(file: file, line: 1, column: 1))
        default:
            diagnostics.error("YAML: \(error)", at: .init(file: file, line: 1, column: 1))
        }
    }
}

extension Node {
    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// How the node looks to a person reading the error.
    var kindDescription: String {
        switch self {
        case .scalar(let scalar): scalar.string.isEmpty ? "an empty value" : "the value '\(scalar.string.abbreviated)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// The type a person wrote without quotes, where YAML read a list (`[Part]`) or a mapping of one key and no value
    /// (`{string}`) instead: `: YAML reads [Part] unquoted as a list; quote the type: '[Part]'`, or "" when the node
    /// does not look like a type.
    var unquotedTypeHint: String {
        guard let type = unquotedType else { return "" }
        return ": YAML reads \(type) unquoted as \(kindDescription); quote the type: '\(type)'"
    }

    private var unquotedType: String? {
        switch self {
        case .scalar(let scalar) where scalar.style == .plain && !scalar.string.isEmpty && !scalar.string.contains(" "):
            return scalar.string
        case .sequence(let items) where items.count == 1:
            return items.first?.unquotedType.map { "[\($0)]" }
        case .mapping(let pairs) where pairs.count == 1:
            guard let pair = pairs.first, case .scalar(let value) = pair.value, value.style == .plain,
                ["", "~", "null"].contains(value.string), let key = pair.key.unquotedType
            else { return nil }
            return "{\(key)}"
        default:
            return nil
        }
    }
}

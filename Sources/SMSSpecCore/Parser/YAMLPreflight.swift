import CYaml  // libyaml, which Yams is built on; Yams exposes no event stream.
import SMSSpecVocabulary

/// One pass over libyaml's events before Yams builds a tree: enforces `SpecLimits` in time and memory linear in the
/// text (an alias counts as every node and every byte of text it stands for, so an alias bomb stops here instead of
/// hanging Yams' duplicate-key check or blowing up the output), and locates syntax errors where a person would look
/// for them.
struct YAMLPreflight {
    let file: String

    /// The first problem of `text`, or nil when Yams can build its tree safely.
    func problem(in text: String) -> Diagnostic? {
        guard text.utf8.count <= SpecLimits.maximumBytes else {
            return Diagnostic(at: location(line: 1, column: 1), "the file is larger than \(TextFile.describe(bytes: SpecLimits.maximumBytes))")
        }
        guard let problem = Self.withParser(reading: text, { parser in walk(&parser, text: text) }) else {
            return Diagnostic(at: location(line: 1, column: 1), "out of memory reading YAML")
        }
        return problem
    }

    /// `body`'s result on a libyaml parser reading `text`, or nil when libyaml cannot start one.
    static func withParser<Result>(reading text: String, _ body: (inout yaml_parser_t) -> Result) -> Result? {
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return body(&parser)
        }
    }

    /// What a node stands for once its aliases are expanded.
    private struct Size {
        var nodes = 0
        /// Bytes of scalar text.
        var text = 0

        static func - (a: Size, b: Size) -> Size { Size(nodes: a.nodes - b.nodes, text: a.text - b.text) }
        static func += (a: inout Size, b: Size) { a = Size(nodes: a.nodes + b.nodes, text: a.text + b.text) }
    }

    private struct Open {
        let anchor: String?
        /// What was counted before this collection began.
        let sizeBefore: Size
    }

    private func walk(_ parser: inout yaml_parser_t, text: String) -> Diagnostic? {
        var count = Size()
        var open: [Open] = []
        var anchorSizes: [String: Size] = [:]
        var lastScalar: (style: yaml_scalar_style_t, start: yaml_mark_t, end: yaml_mark_t)?
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return syntaxError(parser, lastScalar: lastScalar, text: text) }
            defer { yaml_event_delete(&event) }
            let mark = event.start_mark
            if let tag = Self.tag(of: event) {
                return Diagnostic(
                    at: location(mark),
                    "YAML tags ('\(tag.abbreviated)') are not supported: a spec reads a value by where it stands, so the tag would be ignored "
                        + "('!!str 9' read as the number 9); write the value without it, quoted for text")
            }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                let scalar = Size(nodes: 1, text: event.data.scalar.length)
                count += scalar
                if let anchor = Self.string(event.data.scalar.anchor) { anchorSizes[anchor] = scalar }
                if let startsWithASpace = unreadSpace(startingPlain: event, text: text) { return startsWithASpace }
                if let value = event.data.scalar.value,
                    StreamSafeText.firstExcess(inUTF8: UnsafeBufferPointer(start: value, count: event.data.scalar.length)) != nil
                {
                    return Diagnostic(at: location(mark), SpecLimits.combiningMarksReason)
                }
                lastScalar = (event.data.scalar.style, event.start_mark, event.end_mark)
            case YAML_ALIAS_EVENT:
                let name = Self.string(event.data.alias.anchor) ?? ""
                guard let size = anchorSizes[name] else {
                    return Diagnostic(at: location(mark), "alias '*\(name.abbreviated)' names no anchor '&\(name.abbreviated)' defined before it")
                }
                count += size
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor = Self.string(event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor)
                open.append(Open(anchor: anchor, sizeBefore: count))
                count.nodes += 1
                if open.count > SpecLimits.maximumNesting {
                    return Diagnostic(
                        at: location(mark),
                        "lists and mappings nest more than \(SpecLimits.maximumNesting) deep here; a spec needs a handful of levels")
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let closed = open.popLast(), let anchor = closed.anchor { anchorSizes[anchor] = count - closed.sizeBefore }
            default:
                break
            }
            if count.nodes > SpecLimits.maximumNodes {
                return Diagnostic(
                    at: location(mark),
                    "the spec has more than \(SpecLimits.maximumNodes) YAML values (each alias counting as all it repeats); "
                        + "a real spec has a few thousand")
            }
            if count.text > SpecLimits.maximumText {
                return Diagnostic(
                    at: location(mark),
                    "the spec has more than \(TextFile.describe(bytes: SpecLimits.maximumText)) of text (each alias counting as all "
                        + "the text it repeats); a real spec has about 25 KB")
            }
        }
    }

    /// A plain value or key starting with a character that looks like a space but is text to YAML (`\u{A0}path:` read
    /// as the key ' path'), which would silently be a different key or value.
    private func unreadSpace(startingPlain event: yaml_event_t, text: String) -> Diagnostic? {
        let scalar = event.data.scalar
        guard scalar.style == YAML_PLAIN_SCALAR_STYLE, scalar.length > 0, scalar.value[0] >= 0x80,
            let first = String(decoding: UnsafeBufferPointer(start: scalar.value, count: min(scalar.length, 4)), as: UTF8.self).unicodeScalars.first,
            let space = YAMLCharacters.unreadSpace(first)
        else { return nil }
        let source = YAMLCharacters(text), start = Int(event.start_mark.index)
        let placement = source.firstNonBlank(ofLineAt: start) == start ? "this line is indented with" : "this value starts with"
        return Diagnostic(
            at: location(event.start_mark),
            "YAML syntax: \(placement) \(space), which YAML reads as text, not as a space: type plain spaces in its place")
    }

    /// The keys of a mapping that repeat, each at its repetition with the line of its first occurrence: Yams says which
    /// keys of which mapping repeat (`keys`, and where the first of them starts), but only where that key first is.
    func duplicateKeys(_ keys: Set<String>, firstAt first: (line: Int, column: Int), in text: String) -> [Diagnostic] {
        Self.withParser(reading: text) { parser in duplicateKeys(keys, firstAt: first, parser: &parser) } ?? []
    }

    /// An open list or mapping, and for a mapping its scalar keys so far.
    private struct Collection {
        let isMapping: Bool
        var nextIsKey = true
        var keys: [(key: String, mark: yaml_mark_t)] = []
    }

    private func duplicateKeys(_ keys: Set<String>, firstAt first: (line: Int, column: Int), parser: inout yaml_parser_t) -> [Diagnostic] {
        var open: [Collection] = []
        var event = yaml_event_t()
        /// A key or value is complete: in a mapping, what comes next is the other one.
        func completed() {
            if let last = open.indices.last, open[last].isMapping { open[last].nextIsKey.toggle() }
        }
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return []
            case YAML_SCALAR_EVENT:
                if let last = open.indices.last, open[last].isMapping, open[last].nextIsKey {
                    let scalar = event.data.scalar
                    let key = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                    open[last].keys.append((key, event.start_mark))
                }
                completed()
            case YAML_ALIAS_EVENT:
                completed()
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                open.append(Collection(isMapping: event.type == YAML_MAPPING_START_EVENT))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return [] }
                completed()
                guard closed.keys.contains(where: { Int($0.mark.line) + 1 == first.line && Int($0.mark.column) + 1 == first.column }) else {
                    continue
                }
                var firstLines: [String: Int] = [:]
                var found: [Diagnostic] = []
                for (key, mark) in closed.keys where keys.contains(key) {
                    if let line = firstLines[key] {
                        found.append(Diagnostic(at: location(mark), "duplicate key '\(key.abbreviated)' (first at line \(line))"))
                    } else {
                        firstLines[key] = Int(mark.line) + 1
                    }
                }
                return found
            default:
                break
            }
        }
        return []
    }

    /// Where the byte at `offset` is, as libyaml counts lines (`\r\n`, `\r`, `\n`, NEL, LS and PS each end one) and
    /// columns (in scalars): a reader error has only its offset.
    func location(ofByte offset: Int, in text: String) -> SourceLocation {
        var line = 1, column = 1
        var previous: Unicode.Scalar?
        for scalar in String(decoding: text.utf8.prefix(offset), as: UTF8.self).unicodeScalars {
            defer { previous = scalar }
            if ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar) {
                if !(scalar == "\n" && previous == "\r") { line += 1 }
                column = 1
            } else {
                column += 1
            }
        }
        return location(line: line, column: column)
    }

    func location(_ mark: yaml_mark_t) -> SourceLocation { location(line: Int(mark.line) + 1, column: Int(mark.column) + 1) }

    func location(line: Int, column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }

    /// The tag a value is written with (`!!str`, `!custom`), if any, as written: libyaml gives only an explicit one,
    /// with `!!` expanded.
    private static func tag(of event: yaml_event_t) -> String? {
        let tag: String? =
            switch event.type {
            case YAML_SCALAR_EVENT: string(event.data.scalar.tag)
            case YAML_SEQUENCE_START_EVENT: string(event.data.sequence_start.tag)
            case YAML_MAPPING_START_EVENT: string(event.data.mapping_start.tag)
            default: nil
            }
        let core = "tag:yaml.org,2002:"
        return tag.map { $0.hasPrefix(core) ? "!!" + $0.dropFirst(core.count) : $0 }
    }

    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

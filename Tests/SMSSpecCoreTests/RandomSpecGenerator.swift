@testable import SMSSpecCore
import SMSSpecVocabulary

/// SplitMix64: a small seeded generator, so a failing spec is made again from its seed alone.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &self) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
    mutating func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
}

/// One random spec: its YAML, the configuration it is generated with, and the Swift namespaces it declares.
struct RandomSpec {
    let seed: UInt64
    let yaml: String
    let config: String
    let namespace: String
    let catalogNamespace: String
}

/// Makes valid specs that use every construct of the format, every access level, every allowed `outputs` subset,
/// and names chosen to collide with what generated code refers to: standard-library, Foundation and runtime types,
/// keywords, wire names with digits first, dashes, dots, spaces, non-ASCII letters, names differing only in case.
struct RandomSpecGenerator {
    /// Type names generated code must never be confused by.
    static let hostileTypeNames = [
        "Result", "String", "Data", "Date", "URL", "Error", "Decimal", "Type", "Self", "Int", "Int64", "Double", "Bool",
        "Optional", "Array", "Dictionary", "Set", "Codable", "Decoder", "Encoder", "CodingKeys", "CodingKey", "Sendable",
        "Hashable", "Equatable", "Void", "Never", "Any", "Protocol", "DecodingError", "Timestamp", "Secret", "JSONValue",
        "StatusTable", "StatusEntry", "StatusCode", "OpenEnum", "Validation", "ValidationViolation", "MessagePath",
        "ProviderCatalog", "OperationDescriptor", "ProviderDescriptor", "SegmentCapacities", "PhoneNumberRules",
        "MessageDescriptor", "ExamplePayload", "SourceDocument", "ResponseDescriptor", "StatusRegistry", "StatusCarrying",
        "StatusReport", "StatusReports", "ValidatableMessage", "ProviderRequest", "ProviderMessage", "OperationMeaning",
        "SMSSpecRuntimeVersion1", "DiscriminatorKey", "WireCode", "Undocumented", "class", "in", "is", "default", "init", "self", "Ünïcode",
        "名前",
    ]

    /// Swift 6.3's keywords, reserved and contextual (swift-syntax's `Keyword`, the reference's lists, accessor
    /// introducers): generated code must escape each one the compiler would misread where it puts a name.
    static let swiftKeywords = [
        "__consuming", "__owned", "__setter_access", "__shared", "_alignment", "_backDeploy", "_borrow",
        "_borrowing", "_BridgeObject", "_cdecl", "_Class", "_compilerInitialized", "_const", "_consuming",
        "_documentation", "_dynamicReplacement", "_effects", "_expose", "_forward", "_implements", "_linear",
        "_local", "_modify", "_move", "_mutating", "_NativeClass", "_NativeRefCountedObject", "_noMetadata",
        "_nonSendable", "_objcImplementation", "_objcRuntimeName", "_opaqueReturnTypeOf", "_optimize",
        "_originallyDefinedIn", "_PackageDescription", "_private", "_projectedValueProperty", "_read",
        "_RefCountedObject", "_semantics", "_specialize", "_spi", "_spi_available",
        "_swift_native_objc_runtime_base", "_Trivial", "_TrivialAtMost", "_TrivialStride", "_typeEraser",
        "_unavailableFromAsync", "_underlyingVersion", "_UnknownLayout", "_version", "accesses", "actor",
        "addressWithNativeOwner", "addressWithOwner", "any", "Any", "as", "assignment", "associatedtype",
        "associativity", "async", "attached", "autoclosure", "availability", "available", "await", "backDeployed",
        "before", "block", "borrowing", "break", "canImport", "case", "catch", "class", "compiler", "consume",
        "copy", "consuming", "continue", "convenience", "convention", "cType", "default", "defer", "deinit",
        "dependsOn", "deprecated", "derivative", "didSet", "differentiable", "distributed", "do", "dynamic", "each",
        "else", "enum", "escaping", "exclusivity", "exported", "extension", "fallthrough", "false", "file",
        "fileprivate", "final", "for", "discard", "forward", "func", "freestanding", "get", "guard", "higherThan",
        "if", "import", "in", "indirect", "infix", "init", "initializes", "inline", "inout", "internal",
        "introduced", "is", "isolated", "kind", "lazy", "left", "let", "line", "linear", "lowerThan", "macro",
        "message", "metadata", "module", "mutableAddressWithNativeOwner", "mutableAddressWithOwner", "mutating",
        "nil", "noasync", "noDerivative", "noescape", "none", "nonisolated", "nonmutating", "objc", "obsoleted",
        "of", "open", "operator", "optional", "override", "package", "postfix", "precedencegroup", "preconcurrency",
        "prefix", "private", "Protocol", "protocol", "public", "reasync", "renamed", "repeat", "required",
        "rethrows", "retroactive", "return", "reverse", "right", "safe", "scoped", "self", "sending", "Self",
        "Sendable", "set", "some", "sourceFile", "spi", "spiModule", "static", "struct", "subscript", "super",
        "swift", "switch", "target", "then", "throw", "throws", "transpose", "true", "try", "Type", "typealias",
        "unavailable", "unchecked", "unowned", "unsafe", "unsafeAddress", "unsafeMutableAddress", "var",
        "visibility", "weak", "where", "while", "willSet", "witness_method", "wrt", "yield", "_copy", "_forget",
        "_consume", "borrow", "forget", "move", "read", "modify", "mutate", "yielding", "nonsending",
        "_resultDependsOn", "lifetime", "_lifetime", "addressable", "using", "inlinable",
    ]

    /// The keywords a spec type can be named: type expressions (`[T]`, `{T}`) take no name starting with `_`.
    static let keywordTypeNames = swiftKeywords.filter { !$0.hasPrefix("_") }

    /// Names that are not Swift identifiers as they are: a combining mark first (it cannot start one), U+2E2F
    /// (a letter no identifier can hold), control characters.
    static let nonIdentifierNames = [
        "\u{0345}x", "\u{0301}ab", "\u{20D0}\u{FE20}z", "a\u{2E2F}b", "\u{2E2F}", "del\u{7F}x", "cr\rlf", "crlf\r\nx", "nul\u{0}x",
    ]

    /// Wire names that mix lookalike alphabets (`Naming.mixedAlphabets`): Cyrillic `а`, Greek `ο`, Armenian `օ`
    /// among Latin letters. Like a hidden character, they keep such a wire name only with an explicit Swift name.
    static let lookalikeNames = ["st\u{430}tus", "\u{3BF}k", "c\u{585}de", "\u{41C}ix\u{435}d"]

    /// Wire names and enum values that make awkward Swift members.
    static let hostileWireNames = [
        "default", "class", "in", "is", "self", "Self", "Type", "init", "2fa", "404", "a-b", "x.y", "with space", "ünïcödé",
        "名前", "Id", "id", "ID", "value", "path", "container", "decoder", "encoder", "violations", "validation", "customMirror", "kind",
        "newValue", "event", "payload", "unknown", "CodingKeys", "hashValue", "description", "validate", "encode",
        "operation", "pathFields", "table", "entry", "rawCode", "wireCode", "wireValue", "knownCases", "isKnown", "String",
        "Int", "_private", "$ref", "@type", "status_code", "messageID", "message_id", "x", "X", "hash", "catalog",
        "textForms", "RawCode", "__", "_reply", "_value",
    ]

    /// Characters that do not show (`Naming.isInvisible`): a wire name holding one keeps it only with an explicit Swift
    /// name, and lands in string literals escaped; lint refuses it in any name a Swift name comes from.
    static let invisibleCharacters: [Unicode.Scalar] = ["\u{200B}", "\u{200D}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{FEFF}", "\u{00AD}", "\u{E0041}"]

    /// The outputs that compile together (docs/plugin.md).
    static let outputSubsets: [[String]] = [[], ["models", "codes"], ["models", "codes", "operations"], ["models", "codes", "operations", "validation"]]

    var random: SeededRandom
    /// Where wire names hide a character that does not show: a stream of its own, so every other choice of a seed stays.
    private var invisibles: SeededRandom
    /// Features added after the generator's first specs (formBooleans, number enums, `tables: []`, Unix times, long
    /// patterns, …): a stream of their own, so every other choice of a seed stays.
    private var features: SeededRandom
    /// Servers with variables (`Servers` functions): a stream of their own too.
    private var servers: SeededRandom
    let seed: UInt64
    var typeNames: [String] = []
    private var decisionCount = 0

    init(seed: UInt64) {
        self.seed = seed
        random = SeededRandom(seed: seed)
        invisibles = SeededRandom(seed: seed ^ 0xBEEF)
        features = SeededRandom(seed: seed ^ 0xFEA7)
        servers = SeededRandom(seed: seed ^ 0x5E4F)
    }

    // MARK: Names

    /// A pattern as long as lint takes (`SpecLimits.maximumPatternLength`), of what string literals must escape:
    /// quotes, `#`, backslashes. It matches any value (its group is optional), so defaults stay valid.
    static let longestPattern: String = {
        let open = "(?:", close = ")?", chunk = "\"#\\(\\)\\\\"
        let body = String(repeating: chunk, count: (SpecLimits.maximumPatternLength - open.count - close.count) / chunk.count)
        return open + body + String(repeating: "a", count: SpecLimits.maximumPatternLength - open.count - close.count - body.count) + close
    }()

    /// `text` as a YAML scalar: single-quoted, or double-quoted with escapes when it holds control characters.
    /// Scalar by scalar: a quote followed by a combining mark is one `Character` that is not a quote.
    static func quoted(_ text: String) -> String {
        let isControl = { (scalar: Unicode.Scalar) in scalar.properties.generalCategory == .control || Naming.isInvisible(scalar) }
        let double = text.unicodeScalars.contains(where: isControl)
        var quoted = ""
        for scalar in text.unicodeScalars {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            switch scalar {
            case "'" where !double: quoted += "''"
            case "\\" where double, "\"" where double: quoted += "\\" + String(scalar)
            case _ where isControl(scalar) && scalar.value > 0xFFFF: quoted += "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
            case _ where isControl(scalar) && scalar.value > 0xFF: quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            case _ where isControl(scalar): quoted += "\\x" + (hex.count < 2 ? "0" : "") + hex
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return double ? "\"" + quoted + "\"" : "'" + quoted + "'"
    }

    /// Prose that ends `//` comments and holds what a comment must not show raw: CR, CR LF, NUL, DEL.
    private static let hostileText = "\rlet x = 1 +\r\nlet y = 2 +\u{0}\u{7F}\u{85}."

    /// A fresh type name: hostile when possible, unique in the spec, never the namespace.
    private mutating func typeName(_ fallback: String, avoiding namespace: String) -> String {
        var stream = random
        defer { random = stream }
        return typeName(fallback, avoiding: namespace, drawingFrom: &stream)
    }

    /// A fresh type name drawn from `random`, a stream of the caller's.
    mutating func typeName(_ fallback: String, avoiding namespace: String, drawingFrom random: inout SeededRandom) -> String {
        for _ in 0..<4 {
            let candidate = random.chance(70) ? random.pick(random.chance(60) ? Self.hostileTypeNames : Self.keywordTypeNames) : fallback + String(random.count(0...99))
            if !typeNames.contains(candidate), candidate != namespace, !Naming.reservedTypeNames.contains(candidate),
                !Naming.metatypeNames.contains(candidate)
            {
                typeNames.append(candidate)
                return candidate
            }
        }
        let name = fallback + String(typeNames.count)
        typeNames.append(name)
        return name
    }

    /// Wire names (with explicit Swift names where the derived ones collide or are not identifiers).
    /// `fixed` gives the wire names instead (and draws nothing).
    private mutating func wireNames(_ count: Int = 0, fixed: [String]? = nil) -> [(wire: String, name: String?)] {
        var used = Set<String>()
        var wires = Set<String>()
        var result: [(String, String?)] = []
        for index in 0..<(fixed?.count ?? count) {
            var wire: String
            if let fixed {
                wire = fixed[index]
            } else {
                let hostile = random.pick([Self.hostileWireNames, Self.hostileWireNames, Self.swiftKeywords, Self.nonIdentifierNames, Self.lookalikeNames])
                wire = random.chance(60) ? random.pick(hostile) : "field_\(index)"
                if invisibles.chance(15) { wire.unicodeScalars.insert(invisibles.pick(Self.invisibleCharacters), at: wire.unicodeScalars.index(after: wire.unicodeScalars.startIndex)) }
            }
            if wires.contains(wire) { wire = "\(wire)_\(index)" }
            wires.insert(wire)
            let derived = Naming.unreserved(Naming.memberName(wire))
            if Naming.isIdentifier(derived), Naming.invisibleCharacter(in: wire) == nil, Naming.mixedAlphabets(in: wire) == nil,
                used.insert(derived).inserted
            {
                result.append((wire, nil))
            } else {
                let explicit = "renamed\(index)"
                used.insert(explicit)
                result.append((wire, explicit))
            }
        }
        return result
    }

    /// Half the time, an answer in plain text, from a stream of its own: two forms whose literals hold what a Swift
    /// literal escapes, fields of hostile wire names (`textForms` too, the static its type declares), one a code;
    /// half of those times also a list shape of such answers, one per line or joined by a `separator`.
    private mutating func plainTextShape(
        namespace: String, tables: [String]
    ) -> (name: String, lines: [String], example: String, listName: String?)? {
        var texts = SeededRandom(seed: seed ^ 0x7E47)
        guard texts.chance(50) else { return nil }
        func freshName(_ fallback: String) -> String {
            let name = texts.pick(Self.hostileTypeNames)
            let taken = typeNames.contains(name) || name == namespace || Naming.reservedTypeNames.contains(name) || Naming.metatypeNames.contains(name)
            typeNames.append(taken ? fallback : name)
            return taken ? fallback : name
        }
        let name = freshName("Plain\(seed)")
        let listName = texts.chance(50) ? freshName("PlainLines\(seed)") : nil
        let wires = Self.hostileWireNames.filter { !$0.contains("{") && !$0.contains("}") }
        let code = texts.chance(25) ? "textForms" : texts.pick(wires)
        var detail = texts.pick(wires)
        if detail == code { detail += "_2" }
        let literal = texts.pick(["OK: ", #"#"\(x) "#, "ÉTAT ", "\\n"])
        let separator = texts.pick(["; ", " | ", #"""#, ","])
        let forms = [literal + "{" + code + "}" + separator + "{" + detail + "}", "ERR {" + code + "}"]
        let codeType = tables.isEmpty || texts.chance(30) ? texts.pick(["int", "string", "int64"]) : Self.quoted(texts.pick(tables))
        let lines = [
            "  \(Self.quoted(name)):", "    summary: An answer in plain text.", "    text: [\(forms.map(Self.quoted).joined(separator: ", "))]",
            "    fields:", "      \(Self.quoted(code)): {type: \(codeType), name: plainCode}",
            "      \(Self.quoted(detail)): {type: string, required: false, name: plainDetail}",
        ] + (listName.map { ["  \(Self.quoted($0)):", "    summary: One answer per line.", "    items: \(Self.quoted(name))"] } ?? [])
            // Half those lists joined on one line, by a character no form, code or wire name holds.
            + (listName != nil && texts.chance(50) ? ["    separator: \(Self.quoted(texts.pick(["~", "^", "!"])))"] : [])
        return (name, lines, "ERR 7", listName)
    }

    private mutating func decisions(_ indent: String) -> [String] {
        guard random.chance(25) else { return [] }
        decisionCount += 1
        return [
            "\(indent)decisions:", "\(indent)  - id: D\(decisionCount)", "\(indent)    issue: The documents disagree ('\(decisionCount)').",
            "\(indent)    decision: We pick one.",
        ]
    }

    /// `baseURLs`: one plain URL, or now and then a server whose variables, and maybe its function, have hostile names
    /// (keywords, reserved member names, spaces, digits first, letters beyond ASCII) beside a plain one.
    private mutating func baseURLs(version: Int) -> [String] {
        let plain = "https://api.example/v\(version)"
        guard servers.chance(40) else { return ["  baseURLs: [\(plain)]"] }
        var parameters = Set<String>(), names: [String] = []
        for _ in 0..<servers.count(1...3) {
            let name = servers.pick(servers.pick([Self.hostileWireNames, Self.swiftKeywords]))
            let parameter = Naming.unreserved(Naming.memberName(name))
            guard !name.contains("{"), !name.contains("}"), Naming.isIdentifier(parameter), parameters.insert(Naming.skeleton(parameter)).inserted
            else { continue }
            names.append(name)
        }
        let url = "https://" + names.prefix(1).map { "{\($0)}." }.joined() + "api.example/" + names.dropFirst().map { "{\($0)}" }.joined(separator: "/")
        var lines = ["  baseURLs:"] + (servers.chance(50) ? ["    - \(plain)"] : [])
        lines.append("    - url: \(Self.quoted(url))")
        // Now and then a hostile function name (not an unnamed server's `serverN`).
        let function = servers.pick(servers.pick([Self.hostileWireNames, Self.swiftKeywords]))
        if servers.chance(50), Naming.isIdentifier(Naming.unreserved(Naming.memberName(function))), !Naming.memberName(function).hasPrefix("server") {
            lines.append("      name: \(Self.quoted(function))")
        }
        lines.append("      variables:" + (names.isEmpty ? " {}" : ""))
        for (index, name) in names.enumerated() {
            var value = servers.pick(["a", "eu", "v1", "x-y_z.~", "0", "Default"])
            let listed = servers.chance(50)
            // The first is in the host, where a value without an enum is one label.
            if index == 0, !listed { value = value.replacingOccurrences(of: ".", with: "") }
            // Now and then no default: a parameter every call passes.
            let required = servers.chance(25)
            lines += ["        \(Self.quoted(name)):"] + (required ? [] : ["          default: \(Self.quoted(value))"])
            if listed { lines.append("          enum: [\(Self.quoted(value)), b2]") }
            if required || servers.chance(50) { lines.append("          description: \(Self.quoted("Where it goes: \"\\(x)\" */" + Self.hostileText))") }
        }
        return lines
    }

    // MARK: The spec

    mutating func make(namespace: String?, catalogNamespace: String) -> RandomSpec {
        let id = "p\(seed)"
        let derivedNamespace = Naming.typeName(id)
        let namespace = namespace ?? derivedNamespace
        var out: [String] = ["smsspec: 1", "provider:", "  id: \(id)", "  name: Provider \(seed)"]
        if namespace != derivedNamespace { out.append("  namespace: \(Self.quoted(namespace))") }
        out.append("  summary: \(Self.quoted("A random provider." + Self.hostileText))")
        out += baseURLs(version: random.count(1...3))
        switch random.count(0...2) {
        case 0:
            // One draw either way: a key header with a scheme, or a key id and key in two headers.
            out.append(random.chance(50) ? "  auth: {type: header, name: X-API-KEY, scheme: Token}" : "  auth: {type: headers, headers: [X-Account-Id, X-API-KEY]}")
        case 1: out.append("  auth: {type: basic}")
        default: out.append("  auth: {type: fields, fields: [api_key]}")
        }
        let encoding = random.pick(["json", "form", "query"])
        // The provider's encoding, which `send` overrides when it differs.
        let providerEncoding = features.chance(70) ? encoding : features.pick(["json", "form", "query", "none"])
        out.append("  encoding: \(providerEncoding)")
        let formBooleans = features.pick([nil, "1/0", "true/false"])
        if let formBooleans { out.append("  formBooleans: \(formBooleans)") }
        // A charset of the provider's own, by the seed (drawing nothing): one that reads every byte, so that an example's
        // hostile text still reads as some text.
        if seed % 5 == 2 { out.append("  charset: \(seed % 2 == 0 ? "latin9" : "KOI8-R")") }
        // Headers every request carries, by the seed too.
        if seed % 7 == 3 { out.append("  headers: {Accept: application/json, X-Api-Version: '2'}") }
        if random.chance(40) { out.append("  segments: {gsm7Single: 160, gsm7Concatenated: 153, ucs2Single: 70, ucs2Concatenated: 67}") }
        out.append("  phoneNumbers:")
        out.append("    ID: {countryCode: '62', nationalPrefix: '0', mobile: '8[1-35-9][0-9]{7,10}'}")
        out += decisions("  ")
        out += decisions("")
        out += ["sources:", "  doc:", "    title: The API", "    url: https://api.example/docs", "  pdf:", "    title: The PDF", "    document: 001_api.txt"]

        // Types first, so fields can refer to all of them.
        let enums = (0..<random.count(1...2)).map { _ in typeName("Kind", avoiding: namespace) }
        let tables = (0..<random.count(1...2)).map { _ in typeName("Status", avoiding: namespace) }
        let unions = (0..<random.count(0...1)).map { _ in typeName("Either", avoiding: namespace) }
        let shapes = (0..<random.count(3...6)).map { _ in typeName("Shape", avoiding: namespace) }
        let listShape = typeName("List", avoiding: namespace)
        // Each table's code type: the first, which providerCodes name, int or string; another may be a success flag.
        // (Flags are drawn from a stream of their own: the other draws stay those of specs without them.)
        var flagged = SeededRandom(seed: seed ^ 0xF1A6)
        let tableCodes = tables.indices.map { index in
            let isInt = random.chance(50)
            return index > 0 && flagged.chance(20) ? "bool" : isInt ? "int" : "string"
        }

        out.append("enums:")
        for name in enums {
            out.append("  \(Self.quoted(name)):")
            out.append("    summary: An enum.")
            if random.chance(30) { out.append("    source: {source: doc, section: Enums}") }
            out += decisions("    ")
            let drawn = wireNames(random.count(1...5))
            let isIntegers = { (values: [(wire: String, name: String?)]) in values.allSatisfy { Int($0.wire).map(String.init) == $0.wire } }
            let drawnWire = isIntegers(drawn) ? random.pick(["number", "string"]) : nil
            // Integers alone, the provider's numbers (`-1`, `0`, large ones) or text that looks like them.
            let values = features.chance(35) ? wireNames(fixed: Array(["0", "-1", "1", "42", "9223372036854775807"].prefix(features.count(1...5)))) : drawn
            // Integers alone say how they travel (either way).
            if isIntegers(values) { out.append("    wire: \(drawnWire ?? features.pick(["number", "string"]))") }
            out.append("    values:")
            for (wire, explicit) in values {
                if let explicit {
                    out.append("      \(Self.quoted(wire)): {name: \(explicit), summary: A value.}")
                } else {
                    out.append("      \(Self.quoted(wire)): A value.")
                }
            }
        }

        out.append("tables:")
        var tableEntries: [[String]] = []
        for (tableIndex, (name, codeType)) in zip(tables, tableCodes).enumerated() {
            let isInt = codeType == "int"
            let delivery = random.chance(30)
            out.append("  \(Self.quoted(name)):")
            out.append("    title: \(Self.quoted("Codes of \(name)" + (random.chance(30) ? Self.hostileText : "")))")
            if features.chance(30) { out.append("    summary: \(Self.quoted("What the codes of \(name) mean." + Self.hostileText))") }
            out.append("    source: {source: \(random.pick(["doc", "pdf"])), section: Codes}")
            out.append("    codeType: \(codeType)")
            if isInt && random.chance(40) { out += ["    wire: string", "    padding: 3"] }
            let flagWire = codeType == "bool" && flagged.chance(60) ? flagged.pick(["boolean", "string"]) : nil
            if let flagWire { out.append("    wire: \(flagWire)") }
            // A flag written as a boolean goes into a form, query, path or header as 1 or 0 unless the provider says
            // true/false: its entries then read the digits back (lint refuses it otherwise).
            let flagWritesDigits = codeType == "bool" && flagWire != "string" && formBooleans != "true/false"
            if delivery { out.append("    deliveryStatus: true") }
            out += decisions("    ")
            out.append("    entries:")
            var codes: [String] = []
            var caseNames = Set<String>()
            let flags = flagged.pick([["true", "false"], ["false", "true"]])
            for (index, (wire, _)) in wireNames(random.count(1...5)).prefix(codeType == "bool" ? 2 : 5).enumerated() {
                let code = isInt ? String(index * 7 - 3) : codeType == "bool" ? flags[index] : "C\(index)-\(wire)"
                codes.append(code)
                let drawnOutcome = random.pick(["success", "pending", "failure"])
                // The code providerCodes name is a failure (lint refuses another).
                let namedByRules = tableIndex == 0 && index == 0
                let outcome = namedByRules ? "failure" : drawnOutcome
                let category = namedByRules && drawnOutcome != "failure"
                    ? "invalidRequest" : outcome == "failure" ? random.pick(ErrorCategory.allCases.map(\.rawValue).filter { $0 != "none" }) : "none"
                let derived = Naming.unreservedCase(Naming.memberName(wire))
                var entry = "      - {code: \(Self.quoted(code)), name: \(Self.quoted(wire)), summary: \(Self.quoted("Means '\(wire)'.")), outcome: \(outcome), category: \(category)"
                if !Naming.isIdentifier(derived) || Naming.invisibleCharacter(in: wire) != nil || Naming.mixedAlphabets(in: wire) != nil
                    || !caseNames.insert(derived).inserted
                {
                    entry += ", case: code\(index)"
                }
                if random.chance(30) { entry += ", httpStatus: [200, 400]" }
                if random.chance(20), outcome == "failure" { entry += ", retryable: true" }  // Only a failure is retried.
                if random.chance(20) { entry += ", cause: Something." }
                if features.chance(20) { entry += ", explanation: \(Self.quoted("Our reading: " + Self.hostileText))" }
                if features.chance(10) {
                    decisionCount += 1
                    entry += ", decisions: [{id: D\(decisionCount), issue: Unclear., decision: Read so.}]"
                }
                if random.chance(20) { entry += ", source: {source: doc, section: Entry}" }
                if isInt && index > 0 && random.chance(30) { entry += ", aliases: ['00\(index * 7 - 3)']" }
                if codeType == "bool" && (flagged.chance(30) || flagWritesDigits) { entry += ", aliases: [\(code == "true" ? "'1', 'yes'" : "'0', 'no'")]" }
                if random.chance(20) { entry += ", perOperation: {send: {summary: In send., httpStatus: 409}}" }
                if delivery {
                    // A state its outcome does not contradict (a success is never undelivered, a failure never delivered).
                    let contradicting: Set<DeliveryState> = outcome == "success" ? [.undelivered, .rejected, .expired, .cancelled] : [.delivered]
                    let states = DeliveryState.allCases.filter { !contradicting.contains($0) }.map(\.rawValue)
                    entry += ", deliveryState: \(random.pick(states)), final: \(random.chance(50))"
                }
                out.append(entry + "}")
            }
            tableEntries.append(codes)
        }

        if !unions.isEmpty { out.append("unions:") }
        for name in unions {
            out.append("  \(Self.quoted(name)):")
            out.append("    summary: One of several forms.")
            if features.chance(30) { out.append("    source: {source: pdf, section: Unions}") }
            if features.chance(30) { decisionCount += 1; out += ["    decisions:", "      - {id: D\(decisionCount), issue: Two forms., decision: Both read.}"] }
            out.append("    variants:")
            var used = Set<String>(), types = Set<String>()  // Two variants of one type are a lint error.
            for (wire, _) in wireNames(random.count(2...4)) {
                let derived = Naming.unreservedCase(Naming.memberName(wire))
                // Never the request (`shapes[0]`): only a request's path, query and header fields travel there, and a
                // value inside a message is read from its body.
                let type = random.pick(["string", "int", "[string]", "{int}", shapes[1], enums[0]])
                // An open enum reads any text or number, so a string or int after it would read nothing, and one after
                // them writes back what they read first; a shape after a map is written without what the map read (lint
                // errors, seeds 193, 245 and 291); nor a map after a shape, which reads an object of numbers the shape's
                // lenient flag refuses (`1.00000000000000001`) and writes one it reads (`1`: seeds 60186, 70209).
                let shadowed = ["string", "int"].contains(type) && types.contains(enums[0])
                    || type == enums[0] && (types.contains("string") || types.contains("int"))
                    || type == shapes[1] && types.contains("{int}") || type == "{int}" && types.contains(shapes[1])
                guard Naming.isIdentifier(derived), Naming.invisibleCharacter(in: wire) == nil, Naming.mixedAlphabets(in: wire) == nil,
                    !types.contains(type), !shadowed, used.insert(derived).inserted
                else { continue }
                types.insert(type)
                out.append("      \(Self.quoted(wire)): \(Self.quoted(type))")
            }
            if used.count < 2 {
                // After an open enum, only values it does not read: a list, an object.
                let shadows = types.contains(enums[0])
                if !types.contains(shadows ? "[string]" : "string") { out.append(shadows ? "      zList: '[string]'" : "      zText: string") }
                if !types.contains(shadows ? "{int}" : "int") { out.append(shadows ? "      zMap: '{int}'" : "      zNumber: int") }
            }
        }

        // Shapes: the first is the request of `send`, the second its response; the third holds itself.
        let discriminator = random.pick(["type", "kind", "default", "self", "event", "var", "let", "inout"])
        // Sent as a form or query, which spell no objects, maps or lists of them: the request unless sent as JSON,
        // the hook's payload (the third shape) in a query, the event callback's (the second and third) in a form.
        // The callbacks' encodings come from a stream of their own, so every other choice of a seed stays as it was.
        var encodings = SeededRandom(seed: seed ^ 0xC0DE)
        var placements = SeededRandom(seed: seed ^ 0xDA7E)
        let hookEncoding = encodings.pick(["json", "query"]), eventEncoding = encodings.pick(["json", "form"])
        let formShapes = Set((encoding == "json" ? [] : [0]) + (hookEncoding == "query" ? [2] : []) + (eventEncoding == "form" ? [1, 2] : []))
        out.append("shapes:")
        var collections = SeededRandom(seed: seed ^ 0xC011)
        var dateCodes = SeededRandom(seed: seed ^ 0xDA7C)
        let primitives = ["string", "int", "int64", "decimal", "double", "bool", "json"]
        for (index, name) in shapes.enumerated() {
            out.append("  \(Self.quoted(name)):")
            out.append("    summary: Shape \(index).")
            if random.chance(30) { out.append("    source: {source: pdf}") }
            out += decisions("    ")
            out.append("    fields:")
            let isRequest = index == 0
            var fields = wireNames(random.count(1...7))
            if index == 1, !fields.contains(where: { $0.wire == discriminator }) { fields.append((discriminator, "discriminatorField")) }
            if isRequest { fields += [("api_key", "apiKeyField"), ("msisdn", nil), ("template", nil), ("code_length", nil)] }
            for (fieldIndex, (wire, explicit)) in fields.enumerated() {
                var keys: [String] = []
                if let explicit { keys.append("name: \(explicit)") }
                let required = random.chance(60)
                if wire == "api_key" {
                    keys += ["type: string", "secret: true", "constraints: {pattern: '^[a-z]+$', minLength: 3, url: true}"]
                    if random.chance(50) { keys.append("required: false") }
                } else if wire == "template" {
                    keys += ["type: string", "constraints: {maxSegments: 1, substitute: {placeholder: '{#C}', lengthFrom: code_length, defaultLength: 6}}"]
                } else if wire == "code_length" {
                    keys += ["type: int", "required: \(random.chance(50))"]
                } else if wire == "msisdn" {
                    keys += ["type: string", "in: \(random.pick(["path", "query", "body"]))", "constraints: {phone: {country: ID, forms: [e164, national]}, providerCodes: {'*': \(random.chance(50) ? "{code: \(Self.quoted("\(tables[0]):\(tableEntries[0][0])")), inferred: true}" : Self.quoted("\(tables[0]):\(tableEntries[0][0])"))}}"]
                } else {
                    let choice = random.count(0...13)
                    switch choice {
                    case 0...3:
                        // An event's discriminator as an int or bool field would read back the values 'A' and 'a' as no
                        // number (lint refuses that): a string then, drawn alike so every other choice of a seed stays.
                        let drawn = random.pick(primitives)
                        let isDiscriminator = wire == discriminator && [1, 2].contains(index)
                        let primitive = isDiscriminator && ["int", "int64", "bool"].contains(drawn) ? "string" : drawn
                        keys.append("type: \(primitive)")
                        if primitive != "json" && random.chance(30) { keys.append("lenient: true") }
                        // A role, from what was drawn (drawing it would change every later choice of a seed).
                        if primitive == "string", wire.utf8.count % 3 == 0 {
                            // Not a login's credential or its expiry, which sit in a login's answer.
                            let roles = FieldRole.allCases.filter { ![.credential, .credentialExpiry].contains($0) }
                            keys.append("role: \(roles[wire.utf8.count / 3 % roles.count].rawValue)")
                        }
                        // The default, when there is one: within the bounds below (lint refuses one outside them).
                        var defaultValue: String?
                        if random.chance(30), primitive != "json" {
                            let value: String
                            switch primitive {
                            case "string": value = Self.quoted(random.pick(["", "it's", "\\n", "\"q\"", "ünï", Self.hostileText]))
                            case "int", "int64": value = random.pick(["0", "-12", "+7", "007"])
                            case "double": value = random.pick(["1.5", "1e5", "-0.25", "3", "1e-310", "-5e-324"])
                            case "decimal": value = random.pick(["12.50", "-0.01", "7", "0"])
                            default: value = random.pick(["true", "false"])
                            }
                            keys.append("default: \(value)")
                            defaultValue = value
                        }
                        if primitive == "string" && random.chance(40) {
                            let minLength = defaultValue == "''" ? 0 : 1
                            // Every default above keeps these rules (lint refuses one that does not): none holds U+0001,
                            // none is longer than 40 characters or 2 SMS (67 UTF-16 units at most), none holds '{#X}'.
                            keys.append("constraints: {minLength: \(minLength), maxLength: 40, pattern: '^[^\\x{1}]*$', maxSegments: 2, substitute: {placeholder: '{#X}', defaultLength: 4}}")
                        } else if primitive == "string" && features.chance(15) {
                            keys.append("constraints: {pattern: \(Self.quoted(Self.longestPattern))}")
                        }
                        if primitive == "int" && random.chance(40) { keys.append("constraints: {minimum: -12, maximum: 7, providerCodes: {maximum: \(Self.quoted("\(tables[0]):\(tableEntries[0][0])"))}}") }
                    case 4:
                        keys += ["type: date", random.pick(["format: iso8601", "format: 'yyyy-MM-dd HH:mm:ss'", "formats: [iso8601, yyyy-MM-dd]", "formats: [unixSeconds, iso8601]", "formats: [unixMilliseconds, 'yyyy-MM-dd HH:mm:ss']"])]
                        let unixOnly = ["format: unixSeconds", "format: unixMilliseconds", "formats: [unixMilliseconds]"]
                        if features.chance(30) { keys[keys.count - 1] = features.pick(unixOnly) }
                        // Only a pattern reads in a time zone (not Unix time, not iso8601, which names its offset).
                        if random.chance(50), keys[keys.count - 1].contains("yyyy") { keys.append("timeZone: Asia/Jakarta") }
                        // The code a date in none of its formats is answered with: drawn from a stream of its own.
                        if dateCodes.chance(50) { keys.append("constraints: {providerCodes: {format: \(Self.quoted("\(tables[0]):\(tableEntries[0][0])"))}}") }
                    case 5:
                        let enumeration = random.pick(enums)
                        keys.append("type: \(Self.quoted(enumeration))")
                    case 6: keys.append("type: \(Self.quoted(random.pick(tables)))")
                    // Other shapes hold any shape but the request (see the unions above).
                    case 7: keys.append("type: \(Self.quoted("[" + random.pick(Array(shapes.dropFirst())) + "]"))")
                    case 8: keys.append("type: \(Self.quoted("{" + random.pick(Array(shapes.dropFirst()) + enums + ["string"]) + "}"))")
                    case 9: keys.append("type: \(Self.quoted(unions.first ?? "string"))")
                    case 10: keys += ["type: \(Self.quoted("[" + random.pick(tables) + "]"))", "constraints: {minItems: 1, maxItems: 3}"]
                    case 11: keys += ["type: \(Self.quoted(shapes[max(1, (index + 1) % shapes.count)]))", "required: false"]  // may close a cycle
                    case 12: keys += ["type: \(Self.quoted(isRequest ? shapes[1] : name))", "required: false", "summary: The message this one replies to."]
                    default: keys += ["type: \(Self.quoted("[" + (isRequest ? shapes[1] : name) + "]"))", "summary: The replies."]
                    }
                    // Counts on maps and lists, and the empty list as a default, drawn from a stream of their own.
                    if [7, 8, 13].contains(choice), let bounds = Self.itemBounds(from: &collections) { keys.append(bounds) }
                    if [7, 13].contains(choice), !keys.contains(where: { $0.contains("minItems: 1") }), collections.chance(40) { keys.append("default: []") }
                    // A form or query has no spelling for objects, maps or lists of them: a list of codes instead.
                    if formShapes.contains(index) && [7, 8, 9, 11, 12, 13].contains(choice) {
                        keys = keys.filter { $0.hasPrefix("name:") } + ["type: \(Self.quoted("[" + tables[0] + "]"))", "required: false"]
                    }
                    // The events' own discriminator field reads the values that name their kind (`A`, `a`, `B`): text.
                    let readsText = ["type: string", "type: date", "type: json"] + (enums + tables).map { "type: \(Self.quoted($0))" }
                    if (index == 1 || index == 2) && wire == discriminator && !keys.contains(where: readsText.contains) {
                        keys = keys.filter { $0.hasPrefix("name:") || $0.hasPrefix("required") } + ["type: string"]
                    }
                    if !keys.contains(where: { $0.hasPrefix("required") }) && !required { keys.append("required: false") }
                    if isRequest && fieldIndex == 0 && choice <= 3 { keys.append("preEncoded: true") }
                }
                if random.chance(15), !keys.contains(where: { $0.hasPrefix("summary") }) { keys.append("summary: \(Self.quoted("A field: with \"quotes\" and */ comment closers." + (random.chance(50) ? Self.hostileText : "")))") }
                out.append("      \(Self.quoted(wire)): {\(keys.joined(separator: ", "))}")
                if wire != "api_key", random.chance(10) {
                    out.removeLast()
                    out.append("      \(Self.quoted(wire)):")
                    out.append(contentsOf: keys.map { "        " + $0.replacingOccurrences(of: ": {", with: ": {") })
                    out += decisions("        ")
                }
            }
        }
        // The request's date travels as its wire text wherever it is, and a query repeats a list: fields drawn from a
        // stream of their own, after the request's others, so every other choice of a seed stays as it was.
        if let end = out.lastIndex(of: "  \(Self.quoted(shapes[1])):") {
            out.insert(contentsOf: [
                "      sent_since: {type: date, format: iso8601, in: \(placements.pick(["query", "header", "body"])), required: false}",
                "      status_in: {type: \(Self.quoted("[" + tables[0] + "]")), in: \(placements.pick(["query", "body"])), required: false}",
            ], at: end)
        }
        // A list joined into one text (`separator:`), where a request field travels: drawn from a stream of its own.
        var separators = SeededRandom(seed: seed ^ 0x5E9A)
        if let end = out.lastIndex(of: "  \(Self.quoted(shapes[1])):") {
            let element = separators.pick(["string", "int", "int64"] + enums)
            let drawn = separators.pick([",", ";", " ", "|", "-", "\"", "\\", "'"])
            // Enum values hold spaces, '-', '.' (`hostileWireNames`): a separator one holds is refused by lint.
            let separator = Self.quoted(enums.contains(element) && !",;|".contains(drawn) ? "|" : drawn)
            let placement = separators.pick(["query", "header", "body"])
            // The value rules, which hold for each element.
            let code = Self.quoted("\(tables[0]):\(tableEntries[0][0])")
            let rules = switch element {
            case "string": ", constraints: {minItems: 1, maxItems: 5, uniqueItems: true, minLength: 1, maxLength: 20, pattern: '^[a-z0-9+]*$', url: true, "
                + "phone: {country: ID, forms: [e164]}, providerCodes: {'*': \(code)}}"
            // A negative element would hold a '-' separator (lint refuses the pair).
            case "int", "int64": ", constraints: {minimum: \(separator == "'-'" ? 0 : -3), maximum: 7, uniqueItems: true, providerCodes: {maximum: \(code), separator: \(code), uniqueItems: \(code)}}"
            default: ", constraints: {knownValues: true, providerCodes: {knownValues: \(code)}}"
            }
            out.insert(
                "      joined_list: {type: \(Self.quoted("[" + element + "]")), separator: \(separator), in: \(placement), "
                    + "required: \(separators.chance(50))\(separators.chance(60) || separator == "'-'" ? rules : "")}",
                at: end)
            // Fields given together: two optional fields and a rule on them.
            out.insert(contentsOf: ["      either_a: {type: string, required: false}", "      either_b: {type: '[int]', required: false}"], at: end)
            if let fields = out.firstIndex(of: "    fields:") {
                let rule = separators.pick(["exactlyOne", "atLeastOne", "atMostOne"])
                out.insert(separators.chance(50) ? "    \(rule): [either_a, either_b]" : "    \(rule): [[either_a, either_b], [either_b, either_a]]", at: fields)
            }
        }
        // A field whose text holds the JSON of its type (`contentType`), in the request (a form's field, the query or a
        // JSON body's member) and in the hook's payload (a query's or a JSON body's): drawn from a stream of
        // its own.
        var jsonTexts = SeededRandom(seed: seed ^ 0x750A)
        if jsonTexts.chance(70), let end = out.lastIndex(of: "  \(Self.quoted(shapes[1])):") {
            // Types whose JSON text the random payloads write as the generated code writes it back (`RandomPayloads`).
            let held = jsonTexts.pick(["[int]", "int", "bool", "[bool]", "int64"])
            let mediaType = jsonTexts.pick(["application/json", "application/vnd.acme+json", "'text/json; charset=utf-8'"])
            out.insert(
                "      json_text: {type: \(Self.quoted(held)), contentType: \(mediaType), in: \(jsonTexts.pick(["body", "body", "query"])), "
                    + "required: \(jsonTexts.chance(50))\(held == "[int]" ? ", constraints: {minItems: 1, maxItems: 4, minimum: 0}" : "")}",
                at: end)
        }
        if jsonTexts.chance(60), let shape = out.firstIndex(of: "shapes:").flatMap({ out[$0...].firstIndex(of: "  \(Self.quoted(shapes[2])):") }),
            let fields = out[shape...].firstIndex(of: "    fields:")
        {
            let held = jsonTexts.pick(["[int]", "int", "bool", "[bool]"])
            out.insert("      hook_json: {type: \(Self.quoted(held)), contentType: application/json, required: false}", at: fields + 1)
        }
        // A URL in a shape the request holds (a reply's report URL), which printing the request hides the request's
        // credential in (`URLUserinfoRedactable`): drawn from a stream of its own.
        var nestedURLs = SeededRandom(seed: seed ^ 0x0A11)
        if let replyEnd = out.lastIndex(of: "  \(Self.quoted(shapes[2])):"), nestedURLs.chance(70) {
            out.insert("      report_url: {type: string, required: false}", at: replyEnd)
            if !formShapes.contains(0), let end = out.lastIndex(of: "  \(Self.quoted(shapes[1])):") {
                let held = nestedURLs.pick(["", "[", "{"])
                let closing = held == "[" ? "]" : held == "{" ? "}" : ""
                out.insert("      held_reply: {type: \(Self.quoted(held + shapes[1] + closing)), required: false}", at: end)
                // A union of its own holding the reply, held by the request.
                if nestedURLs.chance(50), let unionsAt = out.firstIndex(of: "unions:") ?? out.firstIndex(of: "shapes:") {
                    out.insert("      held_either: {type: HeldEither, required: false}", at: end)
                    let union = ["  HeldEither:", "    summary: The reply or a note.", "    variants: {reply: \(Self.quoted(shapes[1])), note: string}"]
                    out.insert(contentsOf: out[unionsAt] == "unions:" ? union : ["unions:"] + union, at: out[unionsAt] == "unions:" ? unionsAt + 1 : unionsAt)
                }
                // A credential in a shape beside them (CM.com's `authentication.productToken`), which the URLs hide too.
                if nestedURLs.chance(50), let end = out.lastIndex(of: "  \(Self.quoted(shapes[1])):") {
                    out.insert("      held_auth: {type: HeldAuth, required: \(nestedURLs.chance(50))}", at: end)
                    out += ["  HeldAuth:", "    summary: A credential beside the URLs.", "    fields:", "      token: {type: string, secret: true}"]
                }
            }
        }
        out += ["  \(Self.quoted(listShape)):", "    summary: A JSON list.", "    items: \(Self.quoted(shapes[1]))"]
        let plainAnswer = plainTextShape(namespace: namespace, tables: tables)
        out += plainAnswer?.lines ?? []

        let request = shapes[0]
        // The request's path fields become placeholders of the path.
        let requestLines = out.filter { $0.contains("in: path") }
        let pathWire = requestLines.isEmpty ? nil : "msisdn"
        out.append("operations:")
        out.append("  send:")
        out.append("    summary: Sends.")
        out.append("    method: POST")
        out.append("    path: /v1/send\(pathWire.map { "/{\($0)}" } ?? "")")
        if providerEncoding != encoding { out.append("    encoding: \(encoding)") }
        // By the seed, drawing nothing: the other draws, and so every seed's spec, stay as they were.
        if seed % 4 == 1 { out.append("    idempotent: \(seed % 8 == 1)") }
        if seed % 6 == 5 { out.append("    auth: none") }
        if seed % 7 == 3 { out.append("    baseURL: https://send.example.com:8443/v2") }
        if seed % 5 == 2 { out.append("    headers: {accept: 'application/json, */*', X-Smsspec-Kind: send}") }
        out.append("    request: \(Self.quoted(request))")
        out.append("    responses:")
        // Every table decides: a response that lists tables must list each one its shape carries (`DecidingTables`).
        // The last may be reported only, with the others deciding.
        let reported = tables.count > 1 && flagged.chance(40) ? tables.suffix(1) : []
        let deciding = tables.dropLast(reported.count).map(Self.quoted).joined(separator: ", ")
        out.append("      200: {shape: \(Self.quoted(shapes[1])), tables: [\(deciding)]\(reported.isEmpty ? "" : ", reports: [\(Self.quoted(reported[reported.startIndex]))]")}")
        // A second successful answer makes the client's answer enum, one case per shape (`self_`, `in`, …): another
        // shape whose case differs, or an answer without a shape.
        let answerCase = { (shape: String) in Naming.unreserved(shape.prefix(1).lowercased() + shape.dropFirst()) }
        let other = shapes[random.count(2...(shapes.count - 1))]
        var answerCases = [answerCase(shapes[1])]
        if random.chance(40), answerCase(other) != answerCase(shapes[1]) {
            out.append("      202: {shape: \(Self.quoted(other))}")
            answerCases.append(answerCase(other))
        } else if random.chance(40), answerCase(shapes[1]) != "undocumented" {
            out.append("      201: {summary: Queued.}")
        }
        // Classes of statuses, as OpenAPI writes them: drawn from a stream of their own.
        var classes = SeededRandom(seed: seed ^ 0xC1A5)
        // An answer without a shape is the case `undocumented`, which no shape's case may be.
        if classes.chance(40), !answerCases.contains("undocumented") { out.append("      2XX: {summary: Accepted later.}") }
        if classes.chance(40) { out.append("      \(classes.pick(["4XX", "4xx", "5XX"])): {summary: Refused.}") }
        // An answer that is a union (seven.io's object or bare code): drawn from a stream of its own. A successful one is
        // a case of the answer enum, so its case may meet no other.
        var unionAnswers = SeededRandom(seed: seed ^ 0x0A15)
        if let union = unions.first, unionAnswers.chance(40) {
            let isResult = unionAnswers.chance(50) && ![answerCase(shapes[1]), answerCase(other), "undocumented"].contains(answerCase(union))
            out.append("      \(isResult ? 203 : 503): {shape: \(Self.quoted(union))}")
        }
        if let plainAnswer { out.append("      409: {shape: \(Self.quoted(plainAnswer.name))}") }
        if let lines = plainAnswer?.listName { out.append("      422: {shape: \(Self.quoted(lines))}") }
        // Documentation of the operation and the client's method (by the seed, drawing nothing).
        out.append("      default: {summary: \(Self.quoted("Anything else." + (seed % 2 == 0 ? Self.hostileText : "")))}")
        out.append("    source: {source: doc, section: Send}")
        out += decisions("    ")
        out += ["  \(Self.quoted(random.pick(["list", "all", "default", "init", "self", "2fa", "in"]))):", "    method: GET", "    path: /v1/list", "    responses:", "      200: {shape: \(Self.quoted(listShape))\(features.chance(40) ? ", tables: []" : "")}"]
        // A login answering the credential the provider's one-value auth sends (`role: credential`), with credentials
        // of its own or none: a stream of its own.
        var logins = SeededRandom(seed: seed ^ 0x1061)
        if out.contains("  auth: {type: header, name: X-API-KEY, scheme: Token}") || out.contains("  auth: {type: fields, fields: [api_key]}"),
            logins.chance(60), let shapesAt = out.firstIndex(of: "shapes:")
        {
            let answer = typeName("Token", avoiding: namespace, drawingFrom: &logins)
            let wire = logins.pick(["token", "access_token", "self", "init", "Type", "default", "data-token"])
            // When it expires, sometimes: a count with its unit, or a date, under a name that may take a Swift word's.
            let expiry = logins.chance(50)
                ? ["      \(Self.quoted(logins.pick(["expires_in", "in", "unit", "lifetime", "Int"]))): "
                    + logins.pick(["{type: int, role: credentialExpiry, unit: seconds}", "{type: int64, required: false, role: credentialExpiry, unit: days}",
                                   "{type: int, lenient: true, role: credentialExpiry, unit: minutes}", "{type: int64, role: credentialExpiry, unit: hours}",
                                   "{type: date, format: iso8601, required: false, role: credentialExpiry}"])]
                : []
            out.insert(contentsOf: ["  \(Self.quoted(answer)):", "    fields:", "      \(Self.quoted(wire)): {type: string, secret: true, role: credential}"] + expiry, at: shapesAt + 1)
            out += [
                "  \(Self.quoted(logins.pick(["login", "authenticate", "providerClient", "Login", "get_token"]))):", "    method: POST",
                "    path: /v1/login", "    auth: \(logins.pick(["{type: basic}", "none", "{type: header, name: X-Login-Key}"]))", "    responses:",
                "      200: {shape: \(Self.quoted(answer))}",
            ]
        }

        out.append("callbacks:")
        out += ["  \(Self.quoted(shapes[1])):", "    encoding: json", "    shape: \(Self.quoted(shapes[1]))"]
        if features.chance(40) { out += ["    summary: \(Self.quoted("A receipt." + Self.hostileText))", "    source: {source: doc}"] + decisions("    ") }
        // Receivers are the callbacks' names, first letter lowercased: two that differ only there (`Any`, `any`) collide.
        var alias = typeName("Hook", avoiding: namespace)
        if answerCase(alias) == answerCase(shapes[1]) { alias = "HookFor\(seed)" }
        // A callback whose payload a query spells may arrive by GET or by other methods (each reading its body as its
        // encoding says), drawn from a stream of its own.
        var methods = SeededRandom(seed: seed ^ 0x3E7D)
        let several = hookEncoding == "query" && methods.chance(50)
        let hookMethod = several ? methods.pick(["[GET, POST]", "[POST, GET]", "[PUT, GET, POST]"]) : hookEncoding == "query" ? "GET" : "POST"
        let hookWire = several ? methods.pick(["query", "form"]) : hookEncoding
        out += ["  \(Self.quoted(alias)):", "    method: \(hookMethod)", "    encoding: \(hookWire)", "    shape: \(Self.quoted(shapes[2]))"]
        // A signed hook, from a stream of its own: a query hook signs its URL, a JSON one either; the prefix holds
        // what a Swift literal must escape.
        var signatures = SeededRandom(seed: seed ^ 0x5167)
        // A text field the signature names, added to the hook's shape.
        func addSignedReference() {
            if let shape = out.firstIndex(of: "shapes:").flatMap({ out[$0...].firstIndex(of: "  \(Self.quoted(shapes[2])):") }),
                let fields = out[shape...].firstIndex(of: "    fields:")
            {
                out.insert("      signed_ref: {type: string, required: false}", at: fields + 1)
            }
        }
        if signatures.chance(60) {
            out += [
                "    signature:", "      header: \(signatures.pick(["X-Signature", "x-hook-sig", "Sig_1.v2"]))",
                "      algorithm: \(signatures.pick(["hmac-sha1", "hmac-sha256", "hmac-sha512"]))",
                "      signs: \(hookEncoding == "query" ? "url+sorted-form-params" : "body")",
                "      encoding: \(signatures.pick(["hex", "base64"]))", "      prefix: \(Self.quoted(signatures.pick(["", "sha256=", #"v1"\(x)#"#])))",
            ]
            // Or a composition with a signed timestamp and its replay window (seven.io's, Sinch's).
            if signatures.chance(50) {
                let signs = hookEncoding == "query" ? #"[url+sorted-form-params, {text: '|'}, {header: X-Ts}]"#
                    : #"[{header: X-Ts}, {text: ".\n"}, method, url, {digest: \#(signatures.pick(["md5", "sha256"]))}, body]"#
                out[out.count - 3] = "      signs: \(signs)"
                out += [
                    "      timestamp: {header: X-Ts, format: \(signatures.pick(["unixSeconds", "unixMilliseconds", "iso8601"]))}",
                    "      tolerance: \(signatures.pick([1, 30, 86_400]))",
                ]
            } else if signatures.chance(50) {
                // Or a code in a payload field over the sorted fields (Vonage's), a plain digest keyed by the secret; a
                // JSON payload's fields signed are named, text ones (its lists and objects cannot be signed: lint).
                out[out.count - 5] = "      field: \(signatures.pick(["sig", "sign", "'with space'"]))"
                out[out.count - 4] = "      algorithm: \(signatures.pick(["md5", "sha256", "hmac-md5"]))"
                let names = hookWire == "json" ? "names: [signed_ref], " : ""
                out[out.count - 3] = #"      signs: [{fields: {"# + names + #"pair: '&{name}={value}', separator: '"', replace: {'&': _, '=': '\u{0345}'}, omitEmpty: true}}, secret]"#
                if hookWire == "json" { addSignedReference() }
            } else if signatures.chance(60) {
                // Or chosen fields in their order (smsc.ru's id:phone:status), a field the shape gains; or the shared
                // secret itself (Telerivet's), which says no signs or encoding.
                out[out.count - 5] = "      field: \(signatures.pick(["sig", "'with space'"]))"
                if signatures.chance(50) {
                    out[out.count - 4] = "      algorithm: md5"
                    out[out.count - 3] = #"      signs: [{fields: {names: [signed_ref], pair: '{value}', separator: ':'}}, {text: ':'}, secret]"#
                    addSignedReference()
                } else {
                    out[out.count - 5] = "      field: hook_secret"  // no shape's field: one that is would be a `secret`
                    out[out.count - 4] = "      algorithm: secret"
                    out.remove(at: out.count - 3)
                    out.remove(at: out.count - 2)
                }
            }
            // An HMAC keyed with a digest of the secret (Telegram Gateway's), drawn last so every other choice stays.
            if out.last(where: { $0.hasPrefix("      algorithm: ") })?.hasPrefix("      algorithm: hmac-") == true, signatures.chance(40) {
                out.append("      keyDigest: \(signatures.pick(["sha256", "md5", "sha512"]))")
            }
            // Signed only for an account that sets a secret, from a stream of its own so every other choice stays.
            var optional = SeededRandom(seed: seed ^ 0x0971)
            if optional.chance(30) { out.append("      optional: true") }
        }
        // The answer the provider expects, from a stream of its own: a body holding what a Swift literal must escape
        // (the control characters a body may hold among them), or a status alone.
        var answers = SeededRandom(seed: seed ^ 0xAC4)
        if answers.chance(60) {
            let body = answers.pick(["OK", "<Response/>", "\rlet x = \"1\" +\r\n\\(x) #\"\"\"#\t\u{85}\u{202E}🎉\n", ""])
            out += answers.chance(25)
                ? ["    acknowledgement: {status: \(answers.pick([200, 202, 204])), decision: ACK1}",
                    "    decisions:", "      - {id: ACK1, issue: The documents say nothing of the answer., decision: \(Self.quoted("A status alone." + Self.hostileText))}"]
                : ["    acknowledgement:", "      status: \(answers.pick([200, 201, 299]))", "      contentType: \(Self.quoted(answers.pick(["text/plain", "text/xml; charset=\"utf-8\"", "application/json;x=y"])))",
                    "      body: \(Self.quoted(body))", "      source: {source: doc, section: \(Self.quoted("Answers" + Self.hostileText))}"]
        }
        var event = typeName("Event", avoiding: namespace)
        if [alias, shapes[1]].map(answerCase).contains(answerCase(event)) { event = "EventFor\(seed)" }
        // A form event may be posted as JSON too, told by its Content-Type (by the seed, drawing nothing).
        let eventEncodings = eventEncoding == "form" && seed % 3 == 1 ? "[form, json]" : eventEncoding
        out += ["  \(Self.quoted(event)):", "    summary: Several kinds of event.", "    encoding: \(eventEncodings)",
            "    method: \(eventEncoding == "form" && methods.chance(50) ? "[POST, GET]" : "POST")", "    source: {source: doc}", "    discriminator:"]
        out.append("      field: \(Self.quoted(discriminator))")
        out.append("      variants:")
        out.append("        A: \(Self.quoted(shapes[1]))")
        // Shapes whose names differ only in case ('Self', 'self') would make one case name: lint says so.
        if Naming.unreservedCase(Naming.memberName(shapes[1])) != Naming.unreservedCase(Naming.memberName(shapes[2])) {
            out.append("        B: \(Self.quoted(shapes[2]))")
        }
        out.append("        a: \(Self.quoted(shapes[1]))")  // several values for one shape
        out.append("examples:")
        out += ["  - name: empty", "    message: \(Self.quoted(shapes[1]))", "    payload: '{}'", "    source: {source: doc}"]
        if features.chance(50) {
            out += ["  - name: \(Self.quoted("broken" + Self.hostileText))", "    message: \(Self.quoted(shapes[1]))", "    format: json", "    payload: '{}'",
                "    verbatim: \(Self.quoted("{\"\"\"#\\(x)" + Self.hostileText))", "    corrections: [\(Self.quoted("Closed the brace. */" + Self.hostileText))]"]
        }
        if let plainAnswer {
            out += ["  - name: plain", "    message: \(Self.quoted(plainAnswer.name))", "    format: text", "    payload: \(Self.quoted(plainAnswer.example))"]
            if let lines = plainAnswer.listName {
                out += ["  - name: lines", "    message: \(Self.quoted(lines))", "    payload: \(Self.quoted(plainAnswer.example + "\r\n\n" + plainAnswer.example))"]
            }
        }
        // Every code and alias of each table ('00' before an int code, a superset of its aliases).
        let tableSpellings = tableEntries.map { codes in codes + codes.map { "00" + $0 } }
        let drawn = Drawn(
            namespace: namespace, tables: tables, tableSpellings: tableSpellings, shapes: shapes, callbacks: [shapes[1], alias, event], formShapes: formShapes)
        addSeparatedCodesAndTabledCallback(to: &out, drawn)
        addWholeBodyOperation(to: &out, drawn, listShape: listShape)
        if out.contains("  auth: {type: fields, fields: [api_key]}") { out = Self.sendingNoFieldCredentials(out) }
        var outputs = random.pick(Self.outputSubsets)
        let access = random.pick(GeneratorOptions.AccessLevel.allCases).rawValue
        // The typed client (a login's among its methods) and the receivers, over random names too: a stream of their
        // own, so every other choice of a seed stays.
        var typed = SeededRandom(seed: seed ^ 0xC1E7)
        if outputs.contains("operations"), typed.chance(60) { outputs.append("client") }
        if outputs.contains("models"), typed.chance(50) { outputs.append("receiver") }
        let config = "accessLevel: \(access)\nnamespace: \(catalogNamespace)\noutputs: [\(outputs.joined(separator: ", "))]\n"
        return RandomSpec(seed: seed, yaml: out.joined(separator: "\n") + "\n", config: config, namespace: namespace, catalogNamespace: catalogNamespace)
    }

    /// `out` with `auth: none` on every operation but `send`, whose request alone holds the `api_key` a provider's
    /// `auth: fields` sends (lint refuses an operation sending them without such a field), unless it says its `auth`.
    static func sendingNoFieldCredentials(_ out: [String]) -> [String] {
        guard var index = out.firstIndex(of: "operations:") else { return out }
        var result = Array(out[...index])
        index += 1
        while index < out.count, out[index].hasPrefix(" ") {
            let start = index
            index += 1
            while index < out.count, out[index].hasPrefix("    ") { index += 1 }
            let block = out[start..<index]
            result += block
            if block.first != "  send:", !block.contains(where: { $0.hasPrefix("    auth:") }) { result.insert("    auth: none", at: result.count - block.count + 1) }
        }
        return result + out[index...]
    }
}

/// How spec names become Swift names.
public enum Naming {
    /// Words written all in capitals inside a Swift name (`messageID`, `callbackURL`).
    static let acronyms: Set<String> = ["id", "ids", "url", "uri", "ip", "sms", "api", "dlr", "mo", "uid", "http", "json", "otp", "tfa", "uuid"]

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "protocol", "public", "rethrows", "static", "struct",
        "subscript", "typealias", "var", "break", "case", "continue", "default", "defer", "do", "else", "fallthrough",
        "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while", "as", "catch", "false", "is",
        "nil", "self", "Self", "super", "throw", "throws", "true", "try", "Type", "Protocol", "any", "some", "Any",
    ]

    /// Names a member or case cannot take even escaped, or that generated code declares in every struct and enum
    /// (`CodingKeys`, `hashValue`). A spec name equal to one of them gets a `_` appended, as swift-protobuf does.
    static let reservedMemberNames: Set<String> = [
        "self", "Self", "init", "Type", "Protocol", "super", "_", "CodingKeys", "DiscriminatorKey", "hashValue",
    ]

    /// What generated enums declare beside their cases: the case for undocumented values, an open enum's
    /// `wireValue`, a status table's `rawCode` and `entry`…; a case with one of these names gets a `_` too.
    static let reservedCaseNames: Set<String> = [
        "unknown", "knownCases", "wireValue", "isKnown", "rawCode", "wireCode", "table", "makeTable", "entry",
    ]

    /// Module names generated code qualifies its references with, and the names the generated namespace declares:
    /// a spec type or namespace with one of these names would hide what generated code refers to.
    public static let reservedTypeNames: Set<String> = [
        "Swift", "Foundation", "SMSSpecRuntime", "Operations", "PhoneRules", "provider", "examples", "catalog",
        // The client and receiver outputs (docs/client.md).
        "Client", "Receivers", "SMSSpecClient", "SMSSpecReceiver", "OpenAPIRuntime",
    ]

    /// Types generated code declares inside structs and enums: a namespace with one of these names would be hidden
    /// there.
    public static let nestedTypeNames: Set<String> = ["CodingKeys", "DiscriminatorKey"]

    /// Names no namespace can have: it would hide or be hidden by what generated code refers to through it.
    public static var forbiddenNamespaces: Set<String> {
        reservedTypeNames.union(metatypeNames).union(nestedTypeNames).union(["self", "Self"])
    }

    /// Names Swift reads as metatypes after a dot (`Acme.Type`), even escaped: no spec type can have them.
    public static let metatypeNames: Set<String> = ["Type", "Protocol"]

    /// `name`, or `name_` when generated code needs the name itself.
    public static func unreserved(_ name: String) -> String {
        reservedMemberNames.contains(name) ? name + "_" : name
    }

    /// A case name of a generated enum: `name`, or `name_` when generated code needs the name itself.
    public static func unreservedCase(_ name: String) -> String {
        reservedCaseNames.contains(name) ? name + "_" : unreserved(name)
    }

    /// Splits `message_id`, `srcAddr`, `UNKNOWN_SUBSCRIBER`, `Saldo Minus/Expired` into words.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previous = nil
                continue
            }
            if let previous, character.isUppercase, previous.isLowercase {
                words.append(current)
                current = ""
            }
            current.append(character)
            previous = character
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `message_id` → `messageID`, `UNKNOWN_SUBSCRIBER` → `unknownSubscriber`.
    public static func memberName(_ text: String) -> String {
        let parts = words(text)
        guard let first = parts.first else { return "_" }
        let head = first.lowercased()
        let tail = parts.dropFirst().map { word in
            acronyms.contains(word.lowercased()) ? word.uppercased() : capitalized(word)
        }
        return leadingDigitSafe(head + tail.joined())
    }

    /// `send_response` → `SendResponse`; names already in UpperCamelCase stay as they are.
    public static func typeName(_ text: String) -> String {
        let parts = words(text)
        let name = parts.map { word in
            acronyms.contains(word.lowercased()) && word.count <= 3 ? word.uppercased() : capitalizedKeepingCase(word)
        }.joined()
        return leadingDigitSafe(name.isEmpty ? "_" : name)
    }

    /// An identifier that may be a keyword, escaped for use as a declaration or member.
    public static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// An argument label: only `inout`, `var` and `let` need backticks there.
    public static func label(_ identifier: String) -> String {
        ["inout", "var", "let"].contains(identifier) ? "`\(identifier)`" : identifier
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard text != "_",  let first = text.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
    }

    private static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    /// `SendResponse` stays; `RESPONSE` becomes `Response`.
    private static func capitalizedKeepingCase(_ word: String) -> String {
        word == word.uppercased() ? capitalized(word) : word.prefix(1).uppercased() + word.dropFirst()
    }

    private static func leadingDigitSafe(_ name: String) -> String {
        guard let first = name.first, first.isNumber else { return name }
        return "n" + name
    }
}

/// How spec names become Swift names.
public enum Naming {
    /// Words written all in capitals inside a Swift name (`messageID`, `callbackURL`).
    static let acronyms: Set<String> = ["id", "url", "uri", "ip", "sms", "api", "dlr", "mo", "uid", "http", "https", "json", "otp", "tfa", "uuid"]

    /// Names generated code writes in backticks wherever it declares or uses them. Every keyword the Swift 6.3
    /// reference reserves (Lexical Structure, "Keywords and Punctuation"), and the contextual keywords the compiler
    /// misreads where generated code puts a name: at the start of an expression (`self.await = await`), of a type
    /// (`some`, `any`, `each`, `Type`, `Protocol`, `case x(sending.X)`) or of a computed property's body
    /// (`static var x: T { get.X }`).
    static let keywords: Set<String> = [
        // Declarations.
        "associatedtype", "borrowing", "class", "consuming", "deinit", "enum", "extension", "fileprivate", "func", "import",
        "init", "inout", "internal", "let", "nonisolated", "open", "operator", "precedencegroup", "private", "protocol",
        "public", "rethrows", "static", "struct", "subscript", "typealias", "var",
        // Statements.
        "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in",
        "repeat", "return", "switch", "throw", "where", "while",
        // Expressions and types.
        "Any", "as", "await", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        // Contextual: types.
        "any", "some", "each", "Type", "Protocol", "sending", "async",
        // Contextual: accessors.
        "get", "set", "didSet", "willSet", "_read", "_modify", "read", "modify", "borrow", "mutate", "unsafeAddress",
        "unsafeMutableAddress",
    ]

    /// Names a member or case cannot take even escaped, or that generated code declares in every struct and enum
    /// (`CodingKeys`, `hashValue`, a recursive shape's `customMirror`). A spec name equal to one of them gets a `_`
    /// appended, as swift-protobuf does. Not `_` (what a name with no letter or digit yields, and no identifier): lint
    /// reports it, where `__` compiled and meant nothing.
    /// The modules too: a member named `Swift` would hide the module in its type's body, where generated code writes
    /// `Swift.String`.
    static let reservedMemberNames: Set<String> = moduleNames.union([
        "self", "Self", "init", "Type", "Protocol", "super", "CodingKeys", "DiscriminatorKey", "hashValue",
        "customMirror",
    ])

    /// The modules generated code qualifies its references with (`Swift.String`, `SMSSpecRuntime.Timestamp`, a
    /// client's `OpenAPIRuntime.ClientTransport`).
    static let moduleNames: Set<String> = [
        "Swift", "Foundation", "SMSSpecRuntime", "SMSSpecClient", "SMSSpecReceiver", "OpenAPIRuntime",
    ]

    /// What generated enums declare beside their cases: the case for undocumented values, an open enum's
    /// `wireValue`, a status table's `rawCode` and `entry`…; a case with one of these names gets a `_` too.
    static let reservedCaseNames: Set<String> = [
        "unknown", "knownCases", "wireValue", "isKnown", "rawCode", "wireCode", "table", "makeTable", "entry",
        // A status enum's `typealias RawCode` (a case may be named as written, `case: RawCode`).
        "RawCode",
        // Optional's cases: where the enum is optional, `.none` is `nil` (a user's `duplicateCheck: .none` sent no
        // field at all, with only a warning about it).
        "none", "some",
    ]

    /// Module names generated code qualifies its references with, and the names the generated namespace declares:
    /// a spec type or namespace with one of these names would hide what generated code refers to.
    public static let reservedTypeNames: Set<String> = moduleNames.union([
        "Operations", "Servers", "PhoneRules", "provider", "examples", "catalog",
        // The client and receiver outputs (docs/client.md).
        "Client", "Receivers",
    ])

    /// Types generated code declares inside structs and enums: a namespace with one of these names would be hidden
    /// there.
    public static let nestedTypeNames: Set<String> = ["CodingKeys", "DiscriminatorKey"]

    /// Names no namespace can have: it would hide or be hidden by what generated code refers to through it.
    public static var forbiddenNamespaces: Set<String> {
        reservedTypeNames.union(metatypeNames).union(nestedTypeNames).union(reservedMemberNames).union(reservedCaseNames)
            .union(innerNames)
    }

    /// The parameters, locals and members of generated code's types and functions: a namespace of that name would be
    /// hidden where they are (`let kind = …` then `kind.Event(from: decoder)`, `encode.Kind` inside a struct).
    static let innerNames: Set<String> = [
        "decoder", "encoder", "container", "value", "path", "validation", "kind", "event", "payload", "code", "bodyOnly",
        "newValue", "request", "id", "encode", "validate", "statusReports", "hash",
        "description", "providerClient", "providers", "registry", "all", "headerFields", "pathFields", "queryFields",
        "preEncodedFields", "formBooleans", "operation",
        // A generated client's parameters, and its logins' parameter and locals (an attack: namespace `credentials`).
        "serverURL", "transport", "middlewares", "configuration", "credentials", "answer", "credential",
        // What generated types get from the runtime's protocols, in scope in their bodies: a status code's (`StatusCode`,
        // `DocumentedCode`), a message's that carries codes (`StatusCarrying`), a request's, a plain-text answer's.
        "RawCode", "name", "outcome", "category", "isSuccess", "isRetryable", "httpStatus", "retryAdvice", "failures",
        "allSucceeded", "httpRequest", "textForms", "listSeparator",
    ]

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

    /// Splits `message_id`, `srcAddr`, `UNKNOWN_SUBSCRIBER`, `Saldo Minus/Expired` into words. Capitals before a
    /// lowercase letter end with the last but one, which begins a word (`IYSAccount`: `IYS`, `Account`), unless they
    /// are an acronym we know (`acronyms`) and the capitals before the last are not (`DLRstatus`: `DLR`, `status`;
    /// `SMSCode`: `SMS`, `Code`); two capitals stay one word (`OKay`, `MHz`); an acronym keeps its plural's `s`
    /// (`URLsList`: `URLs`, `List`).
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        // A character that does not show separates words, as a space would (lint refuses it anyway).
        let visible = Array(String(String.UnicodeScalarView(text.unicodeScalars.map { isInvisible($0) ? " " : $0 })))
        func isWordCharacter(_ character: Character) -> Bool {
            (character.isLetter || character.isNumber) && character.unicodeScalars.allSatisfy(isIdentifierCharacter)
        }
        for (index, character) in visible.enumerated() {
            guard isWordCharacter(character) else {
                if !current.isEmpty { words.append(current) }
                current = ""
                continue
            }
            let previous = current.last
            let next = index + 1 < visible.count && isWordCharacter(visible[index + 1]) ? visible[index + 1] : nil
            let afterNext = index + 2 < visible.count && isWordCharacter(visible[index + 2]) ? visible[index + 2] : nil
            let isKnown = { (run: String) in acronyms.contains(run.lowercased()) }
            // A capital between capitals and a lowercase letter other than a plural's `s` (`IYSAccount`'s `A`).
            let beginsWord = previous?.isUppercase == true && character.isUppercase && next?.isLowercase == true
                && !(next == "s" && (afterNext == nil || afterNext?.isUppercase == true))
                && (isKnown(current) || (!isKnown(current + String(character)) && current.count >= 2))
            // A lowercase letter after an acronym we know that the capitals make whole (`DLRstatus`'s `s`).
            let endsAcronym = previous?.isUppercase == true && character.isLowercase && isKnown(current)
                && !(character == "s" && (next == nil || next?.isUppercase == true))
            if let previous, (character.isUppercase && previous.isLowercase) || beginsWord || endsAcronym {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `message_id` → `messageID`, `UNKNOWN_SUBSCRIBER` → `unknownSubscriber`.
    public static func memberName(_ text: String) -> String {
        let parts = words(text)
        guard let first = parts.first else { return "_" }
        let head = lowercased(first)
        let tail = parts.dropFirst().map { word in acronymCased(word) ?? capitalized(word) }
        return leadingDigitSafe(head + tail.joined())
    }

    /// An acronym in upper case, its plural's `s` kept (`messageIDs`, `callbackURLs`, as Swift's API guidelines write
    /// them; `messageIDS` was generated); nil for any other word.
    static func acronymCased(_ word: String) -> String? {
        let lower = word.lowercased()
        if acronyms.contains(lower) { return word.uppercased() }  // `SMS`, `HTTPS`: no plural
        if lower.count > 2, lower.hasSuffix("s"), acronyms.contains(String(lower.dropLast())) { return lower.dropLast().uppercased() + "s" }
        return nil
    }

    /// `send_response` → `SendResponse`; names already in UpperCamelCase stay as they are.
    public static func typeName(_ text: String) -> String {
        let parts = words(text)
        let name = parts.map { word in
            word.count <= 3 ? acronymCased(word) ?? capitalizedKeepingCase(word) : capitalizedKeepingCase(word)
        }.joined()
        return leadingDigitSafe(name.isEmpty ? "_" : name)
    }

    /// An identifier that may be a keyword, escaped for use as a declaration or member.
    public static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// A parameter's or associated value's label where it is declared: only `inout`, `var` and `let` need backticks.
    public static func label(_ identifier: String) -> String {
        ["inout", "var", "let"].contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// A label where a value is passed (a call, a case built, a tuple): only `inout` needs backticks; Swift warns
    /// of an escaped `var` or `let` there.
    public static func argumentLabel(_ identifier: String) -> String {
        identifier == "inout" ? "`inout`" : identifier
    }

    /// Whether `text` is a Swift identifier (keywords included): an identifier-head then identifier-characters.
    static func isIdentifier(_ text: String) -> Bool {
        guard text != "_", let first = text.unicodeScalars.first, isIdentifierHead(first) else { return false }
        return text.unicodeScalars.allSatisfy(isIdentifierCharacter)
    }

    /// Whether a spec name is no Swift identifier for a reason other than a character that does not show, which lint
    /// reports on its own, naming it (`SpecValidator.checkVisibleNames`).
    static func isNotIdentifier(_ text: String) -> Bool {
        invisibleCharacter(in: text) == nil && !isIdentifier(text)
    }

    /// A scalar that can start a Swift identifier: identifier-head of the Swift Language Reference ("Identifiers"),
    /// which is what the lexer's `isValidIdentifierStartCodePoint` accepts. Not `$`: no declaration can start with it.
    static func isIdentifierHead(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierCharacter(scalar) && !("0"..."9").contains(scalar) && !combiningMarks.contains { $0.contains(scalar.value) }
    }

    /// A scalar that can continue a Swift identifier: identifier-character of the reference, as the lexer's
    /// `isValidIdentifierContinuationCodePoint` (which stops at U+FFF8 where the reference says U+FFFD).
    /// Characters that do not show (`isInvisible`) are left out, though the lexer takes them.
    static func isIdentifierCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if isInvisible(scalar) { return false }
        if value < 0x80 { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" }
        if value >= 0x10000 { return value & 0xFFFF <= 0xFFFD && value < 0xF0000 }
        return identifierRanges.contains { $0.contains(value) }
    }

    /// A character that shows nothing or reorders what is around it: a format character (category Cf: zero-width
    /// spaces and joiners, bidi controls, U+FEFF, soft hyphen, tags) or another default-ignorable code point (Hangul
    /// fillers, variation selectors). Two names that differ by one look alike in review (Trojan Source), so no Swift
    /// name may hold one.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .format || scalar.properties.isDefaultIgnorableCodePoint
    }

    /// The first character of `text` that does not show (`isInvisible`), if any.
    public static func invisibleCharacter(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isInvisible)
    }

    /// `U+200B ZERO WIDTH SPACE`: how a message names a character that does not show.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let name = scalar.properties.name ?? scalar.properties.nameAlias
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + (name.map { " " + $0 } ?? "")
    }

    /// The combining marks that continue an identifier but cannot start one.
    private static let combiningMarks: [ClosedRange<UInt32>] = [0x0300...0x036F, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F]

    /// The identifier characters from U+0080 to U+FFFF: the reference's identifier-head ranges and the combining marks.
    private static let identifierRanges: [ClosedRange<UInt32>] = [
        0x00A8...0x00A8, 0x00AA...0x00AA, 0x00AD...0x00AD, 0x00AF...0x00AF, 0x00B2...0x00B5, 0x00B7...0x00BA,
        0x00BC...0x00BE, 0x00C0...0x00D6, 0x00D8...0x00F6, 0x00F8...0x00FF, 0x0100...0x167F, 0x1681...0x180D,
        0x180F...0x1FFF, 0x200B...0x200D, 0x202A...0x202E, 0x203F...0x2040, 0x2054...0x2054, 0x2060...0x206F,
        0x2070...0x218F, 0x2460...0x24FF, 0x2776...0x2793, 0x2C00...0x2DFF, 0x2E80...0x2FFF, 0x3004...0x3007,
        0x3021...0x302F, 0x3031...0x303F, 0x3040...0xD7FF, 0xF900...0xFD3D, 0xFD40...0xFDCF, 0xFDF0...0xFE44,
        0xFE47...0xFFF8,
    ]

    private static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + lowercased(word.dropFirst())
    }

    /// `word` in lower case, without the combining mark lowercasing adds to a dotted capital: Turkish `İ` is `i` and
    /// U+0307, a name no one types (a user's `İletildi` was `.i̇letildi`, never matched by `.iletildi`).
    static func lowercased(_ word: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for character in word {
            let lower = String(character).lowercased().unicodeScalars
            let added = lower.count > character.unicodeScalars.count
            scalars.append(contentsOf: lower.filter { !added || $0.properties.generalCategory != .nonspacingMark })
        }
        return String(scalars)
    }

    /// `SendResponse` stays; `RESPONSE` becomes `Response`.
    private static func capitalizedKeepingCase(_ word: String) -> String {
        word == word.uppercased() ? capitalized(word) : word.prefix(1).uppercased() + word.dropFirst()
    }

    /// `2fa` → `n2fa`: a name that cannot start an identifier (a digit, a combining mark) gets an `n` in front.
    private static func leadingDigitSafe(_ name: String) -> String {
        guard let first = name.first, let scalar = name.unicodeScalars.first, first.isNumber || !isIdentifierHead(scalar) else { return name }
        return "n" + name
    }
}

import Foundation
import SMSProviders
import SMSSpecCore
import SMSSpecInterpreter

/// One provider the sandbox emulates: its resolved model, its status tables as the runtime holds them, and, for a
/// bundled provider, the generated catalog whose validators check requests.
public struct SandboxProvider: @unchecked Sendable {  // The model is immutable once built.
    public let model: ProviderModel
    public let tables: [StatusTable]
    /// The delivery callback the sandbox posts, where the spec lists several (`SandboxConfiguration.deliveryCallbacks`);
    /// nil for the first that reports a delivery per recipient.
    public internal(set) var deliveryCallbackName: String? = nil
    /// The generated code of a bundled provider; nil for a spec given at run time, whose rules are interpreted.
    let catalog: ProviderCatalog?
    private let shapesByName: [String: ShapeModel]
    private let enumsByName: [String: EnumModel]
    private let unionsByName: [String: UnionModel]
    /// The separators of lists joined into one text (`separator:`), by wire name: how a recipient field's text
    /// (`dst=14155550001<14155550002`) splits into its recipients.
    let joinedListSeparators: [String: Unicode.Scalar]
    /// The spec's request rules, for a spec with no generated validators.
    let rules: RuleInterpreter
    /// The wire names (lowercased) of the fields that name a message's recipient, read by name (a request's, as
    /// JSON): those declared `role: recipient`, and the names guessed (`guessedRecipientNames`) no field declares
    /// another role for (`names(_:guessed:)`).
    let recipientNames: Set<String>
    /// The names a field declaring no role is taken for a recipient by: those named as one
    /// (`PayloadBuilder.recipientNames`), and any field with a `phone` rule or a Swift `name:` named as one (Mocean's
    /// `mocean-to`, `name: to`), a sender's aside. Our inference.
    let guessedRecipientNames: Set<String>
    /// The roles fields declare (`role:`), by their wire names, lowercased.
    let declaredRoles: [String: Set<FieldRole>]
    /// The role of a message's part (`sender`, `recipient`, `text`) the requests' fields of a wire name (lowercased)
    /// declare, where they declare one: an answer's or report's field of that name declaring none plays it
    /// (`plays(_:_:orIsNamed:)`).
    let requestRoles: [String: FieldRole]
    /// The date formats the spec declares (each with its field's time zone), text formats only, in the order first
    /// met, and ISO 8601: how a text field's example that is a date is written (SMSC.ru's `last_date`, a `string`
    /// written as its callback's `time` is, `dd.MM.yyyy HH:mm:ss` in Moscow).
    let dateFormats: [(format: String, timeZone: String?)]

    public init(model: ProviderModel, catalog: ProviderCatalog? = nil) {
        self.model = model
        self.rules = RuleInterpreter(model: model)
        self.tables = StatusTable.tables(of: model)
        self.catalog = catalog
        var shapes: [String: ShapeModel] = [:]
        for shape in model.shapes { shapes[shape.swiftName] = shape; shapes[shape.spec.name.value] = shape }
        self.shapesByName = shapes
        var enums: [String: EnumModel] = [:]
        for item in model.enums { enums[item.swiftName] = item; enums[item.spec.name.value] = item }
        self.enumsByName = enums
        var unions: [String: UnionModel] = [:]
        for item in model.unions { unions[item.swiftName] = item; unions[item.spec.name.value] = item }
        self.unionsByName = unions
        var separators: [String: Unicode.Scalar] = [:]
        for field in model.shapes.flatMap(\.fields) {
            guard let scalar = field.separatedList?.separator.unicodeScalars.first, separators[field.spec.wireName.value] == nil else { continue }
            separators[field.spec.wireName.value] = scalar
        }
        self.joinedListSeparators = separators
        let fields = model.shapes.flatMap(\.fields)
        var declared: [String: Set<FieldRole>] = [:]
        for field in fields { if let role = field.spec.role?.value { declared[field.spec.wireName.value.lowercased(), default: []].insert(role) } }
        self.declaredRoles = declared
        var requestDeclared: [String: Set<FieldRole>] = [:], seen: Set<String> = []
        var pending = model.operations.compactMap { $0.requestType.flatMap { shapes[$0] } }
        while let request = pending.popLast() {
            guard seen.insert(request.swiftName).inserted else { continue }
            for field in request.fields {
                pending += field.type.nestedShapeNames.compactMap { shapes[$0] }
                guard let role = field.spec.role?.value, [.sender, .recipient, .text].contains(role) else { continue }
                requestDeclared[field.spec.wireName.value.lowercased(), default: []].insert(role)
            }
        }
        self.requestRoles = requestDeclared.compactMapValues { $0.count == 1 ? $0.first : nil }
        let named = fields.filter { field in
            guard field.spec.role == nil else { return false }
            let names = [field.spec.wireName.value, field.spec.swiftName?.value ?? ""]
            // A sender's number has a phone rule too (`from_number`, `senderMsisdn`): no word of its names is a sender's.
            guard !names.flatMap(Self.words).contains(where: PayloadBuilder.senderNames.contains) else { return false }
            return field.spec.constraints.phone != nil || names.map { $0.lowercased() }.contains(where: PayloadBuilder.recipientNames.contains)
        }
        // A name guessed as a recipient's is none where a request gives a field of it, declaring no role, beside one
        // declaring `role: recipient` (our rule): that request says which field is the recipient, and the other is
        // the account's, in every request (a user's Mobily `mobile`, its user name, beside `numbers`: its balance.php
        // taking `mobile` alone was answered a count of 1 recipient, `1/734`, where the example says `1000/734`).
        var besideDeclared: Set<String> = []
        for request in model.operations.compactMap({ $0.requestType.flatMap { shapes[$0] } })
        where request.fields.contains(where: { $0.spec.role?.value == .recipient }) {
            for field in request.fields where field.spec.role == nil { besideDeclared.insert(field.spec.wireName.value.lowercased()) }
        }
        besideDeclared.subtract(declared.keys)
        self.guessedRecipientNames = PayloadBuilder.recipientNames.union(named.map { $0.spec.wireName.value.lowercased() }).subtracting(besideDeclared)
        self.recipientNames = Self.names(.recipient, guessed: guessedRecipientNames, declared: declared)
        var formats: [(format: String, timeZone: String?)] = []
        for field in fields {
            guard case .timestamp(let declared, let timeZone) = field.type else { continue }
            for format in declared where !["unixSeconds", "unixMilliseconds"].contains(format) && !formats.contains(where: { $0.format == format && $0.timeZone == timeZone }) {
                formats.append((format, timeZone))
            }
        }
        if !formats.contains(where: { $0.format == "iso8601" }) { formats.append(("iso8601", nil)) }
        self.dateFormats = formats
    }

    public var id: String { model.id }

    /// The names (lowercased) fields of `role` are read by where only a name is at hand (a request's or callback's
    /// values): those of the fields declaring it, and of `guessed` those no field declares another role for.
    func names(_ role: FieldRole, guessed: Set<String>) -> Set<String> {
        Self.names(role, guessed: guessed, declared: declaredRoles)
    }

    private static func names(_ role: FieldRole, guessed: Set<String>, declared: [String: Set<FieldRole>]) -> Set<String> {
        guessed.filter { declared[$0]?.contains(role) ?? true }.union(declared.filter { $0.value.contains(role) }.keys)
    }

    /// Whether `field` names a message's recipient: declared so, or declaring no role and named as one
    /// (`guessedRecipientNames`).
    func isRecipient(_ field: FieldModel) -> Bool {
        plays(field, .recipient, orIsNamed: guessedRecipientNames.contains)
    }

    /// Whether `field` is `role` (`FieldModel.plays`), where a field declaring none takes the role a request's field of
    /// its wire name declares (`requestRoles`) before any guess from its name: SMS.to's looked-up message `sender_id`
    /// is the sender its send's `sender_id` declares, where it was answered a fresh id, for its name.
    func plays(_ field: FieldModel, _ role: FieldRole, orIsNamed named: (String) -> Bool) -> Bool {
        field.plays(role) { name in requestRoles[name].map { $0 == role } ?? named(name) }
    }

    /// Whether a value named `name` is an id: its fields declare `role: messageID`, or, declaring no role, it is named
    /// as one (`PayloadBuilder.isIdentifier`).
    func isIdentifier(_ name: String) -> Bool {
        declaredRoles[name.lowercased()].map { $0.contains(.messageID) } ?? PayloadBuilder.isIdentifier(name)
    }

    /// Whether a value named `name` is an id or a list of them (`isIdentifier`, or `…ids`).
    func isIdentifierList(_ name: String) -> Bool {
        declaredRoles[name.lowercased()].map { $0.contains(.messageID) } ?? PayloadBuilder.isIdentifierList(name)
    }

    /// The words of a name, lowercased: split at anything but letters and digits, and before an upper-case letter
    /// that follows a lower-case one (`senderMsisdn`: `sender`, `msisdn`).
    static func words(_ name: String) -> [String] {
        var words: [String] = [], current = ""
        var previous: Character?
        for character in name {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                (current, previous) = ("", nil)
                continue
            }
            if character.isUppercase, previous?.isLowercase == true, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current += character.lowercased()
            previous = character
        }
        return current.isEmpty ? words : words + [current]
    }

    func shape(_ name: String) -> ShapeModel? { shapesByName[name] }
    func enumeration(_ name: String) -> EnumModel? { enumsByName[name] }
    func union(_ name: String) -> UnionModel? { unionsByName[name] }
    func table(_ name: String) -> StatusTable? { tables.first { $0.id == name } }
    /// Whether the table named `name` (its Swift name) is a delivery status (`deliveryStatus: true`).
    func isDeliveryStatusTable(_ name: String) -> Bool { model.tables.contains { $0.swiftName == name && $0.spec.isDeliveryStatus } }
    func shape(_ type: TypeReference) -> ShapeModel? { shapesByName[type.swiftName] }
    func enumeration(_ type: TypeReference) -> EnumModel? { enumsByName[type.swiftName] }
    func union(_ type: TypeReference) -> UnionModel? { unionsByName[type.swiftName] }

    /// A union's variants as a generated client tries them on one value: a variant that is a union stands, in its
    /// place, for its own variants (each union once).
    func variantsReading(_ union: UnionModel) -> [ResolvedType] {
        var read: [ResolvedType] = [], seen: Set<String> = [union.swiftName]
        var pending = Array(union.variants.map(\.type).reversed())
        while let type = pending.popLast() {
            guard case .union(let reference) = type, let held = self.union(reference) else {
                read.append(type)
                continue
            }
            if seen.insert(held.swiftName).inserted { pending += held.variants.map(\.type).reversed() }
        }
        return read
    }

    /// The table a spec names (`SendError`), by its spec name or Swift name.
    func table(specName: String) -> StatusTable? {
        if let table = table(specName) { return table }
        return model.tables.first { $0.spec.name.value == specName }.flatMap { table($0.swiftName) }
    }

    /// The runtime entry of a model's provider code.
    func entry(_ code: ProviderCode) -> StatusEntry? {
        guard let tableModel = model.tables.first(where: { $0.swiftName == code.table }),
            let row = tableModel.entries.first(where: { $0.swiftName == code.caseName })
        else { return nil }
        return table(code.table)?.entry(for: row.spec.code.value)
    }

    /// The examples of a message, by its spec or Swift name, parsed to JSON values.
    func examples(of names: [String]) -> [JSONValue] {
        model.examples.map(\.spec).filter { names.contains($0.message.value) }.compactMap { example in
            parsed(example).map { readingJSONText($0, of: shape(example.message.value)) }
        }
    }

    /// The payload of `example`, parsed to a JSON value as its format reads.
    func parsed(_ example: ExampleSpec) -> JSONValue? {
        switch example.format {
        // `JSONPayload`: a `JSONDecoder` alone rounds a number longer than `Decimal`.
        case .json: return try? JSONPayload.decode(JSONValue.self, from: Data(example.payload.utf8))
        // Plain text: the fields of the first of its shape's forms the text takes and whose values read as its
        // fields' types, as a client reads them (TextMarketer's `SUCCESS` is no `{credits}`, a number: read as its
        // credits, a success was answered `Error: ` in its place); a list of such answers, each line's.
        case .text:
            guard let shape = shape(example.message.value) else { return nil }
            if let line = shape.lineShape.flatMap(self.shape) {
                let reads = TextAnswerWriter(shape: line, booleans: model.spec.formBooleans).reads
                let lines = try? TextAnswer.decodeLines(
                    from: Data(example.payload.utf8), forms: line.answerForms, charset: .utf8, separator: line.listSeparator
                ) { fields in
                    guard reads(fields) else {
                        throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "The values do not read as the form's fields."))
                    }
                    return WirePayload.object(fromFields: fields)
                }
                return lines.map(JSONValue.array)
            }
            let reads = TextAnswerWriter(shape: shape, booleans: model.spec.formBooleans).reads
            return shape.answerForms.fields(in: example.payload, reads: reads).map(WirePayload.object(fromFields:))
        default: return (try? FormDecoder.parse(example.payload)).map(WirePayload.object(fromFields:))
        }
    }
}

extension StatusTable {
    /// The entry that means success, if any: of several, the first whose name or summary says nothing but success
    /// (`OK`, "Generic OK", "Success"), else the first (our rule). A user's Panacea balance, no example given, was
    /// answered 2 "API Request Key created", the first success of its alphabetical table, where 0 "Generic OK" is its
    /// plain success. An answer's example code comes before it (`PayloadBuilder.reported`).
    var successEntry: StatusEntry? {
        let successes = entries.filter { $0.outcome == .success }
        guard successes.count > 1 else { return successes.first }
        return successes.first { entry in
            [entry.name, entry.description].contains { (text: String) -> Bool in
                let words = SandboxProvider.words(text).filter { !$0.contains(where: \.isNumber) }
                return words.contains(where: Self.successWords.contains) && words.allSatisfy(Self.successWords.union(Self.plainSuccessWords).contains)
            }
        } ?? successes.first
    }

    /// Words saying success, and words that say nothing more beside them ("Generic OK", "Request successful").
    private static let successWords: Set<String> = ["ok", "okay", "success", "successful", "successfully", "succeeded", "succeed"]
    private static let plainSuccessWords: Set<String> = [
        "generic", "general", "the", "a", "is", "was", "request", "operation", "action", "call", "api", "result", "status", "code", "done",
    ]

    /// The entry of a code as a payload gives it: a JSON boolean by its word (`false`, a success flag's code), whose
    /// form text `0` is none of its codes (Fast2SMS's example `"return": false` reported no code, so a refusal built
    /// from it took the flag for a code it does not report and said its summary); any other scalar by its text.
    func entry(of value: JSONValue) -> StatusEntry? {
        if case .bool(let flag) = value, let entry = entry(for: String(flag)) { return entry }
        return FormEncoder.text(of: value).flatMap(entry(for:))
    }

    /// `entry`'s code as this table writes it on the wire.
    func wireValue(_ entry: StatusEntry) -> JSONValue {
        let spelling = entries.firstIndex { $0.code == entry.code }.map { wireSpellings[$0] } ?? .text(entry.code)
        switch spelling {
        case .number(let number): return .number(JSONNumber(integerLiteral: Int64(number)))
        case .text(let text): return .string(text)
        case .boolean(let flag): return .bool(flag)
        }
    }
}

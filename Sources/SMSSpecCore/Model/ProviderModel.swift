import SMSSpecVocabulary

/// A provider resolved for Swift: every name chosen, every reference resolved. The renderer reads only this.
public struct ProviderModel {
    public let spec: ProviderSpec
    /// The spec file's name without its extension: the stem of every output file of this provider.
    public let fileStem: String
    public let namespace: String
    public let shapes: [ShapeModel]
    public let enums: [EnumModel]
    public let tables: [TableModel]
    public let unions: [UnionModel]
    public let callbacks: [CallbackModel]
    public let operations: [OperationModel]
    public let messages: [MessageModel]
    /// The spec's examples, credentials redacted (`ExampleRedaction`).
    public let examples: [ExampleModel]
    /// The wire names whose values are credentials (`ExampleRedaction`'s: secret fields, `auth` fields, the `auth`
    /// header), sorted: a payload no shape reads (an unknown event's) is shown with their values redacted.
    public let secretMemberNames: [String]
    /// nil when the spec keeps the standard capacities.
    public let segmentCapacities: SegmentCapacitiesModel?

    /// Every source by id; the model builder has reported each reference that names no source.
    let sources: [String: SourceSpec]
    /// Each list shape's element type, by Swift name: `checkedType(of:)` runs for every field and checked value.
    private let listElements: [String: ResolvedType]
    /// The callbacks named as their one shape, by that name (`callback(namedAs:)` runs for every shape rendered).
    private let callbacksNamedAsTheirShapes: [String: CallbackModel]

    init(
        spec: ProviderSpec, fileStem: String, namespace: String, shapes: [ShapeModel], enums: [EnumModel], tables: [TableModel],
        unions: [UnionModel], callbacks: [CallbackModel], operations: [OperationModel], messages: [MessageModel],
        examples: [ExampleModel], secretMemberNames: [String], segmentCapacities: SegmentCapacitiesModel?, sources: [String: SourceSpec]
    ) {
        (self.spec, self.fileStem, self.namespace, self.shapes, self.enums, self.tables) = (spec, fileStem, namespace, shapes, enums, tables)
        (self.unions, self.callbacks, self.operations, self.messages) = (unions, callbacks, operations, messages)
        (self.examples, self.secretMemberNames, self.segmentCapacities, self.sources) = (examples, secretMemberNames, segmentCapacities, sources)
        listElements = Dictionary(
            shapes.compactMap { shape in shape.listElement.map { (shape.swiftName, $0) } }, uniquingKeysWith: { first, _ in first })
        callbacksNamedAsTheirShapes = Dictionary(
            callbacks.filter(\.sharesItsShapesName).map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var id: String { spec.id.value }

    /// A field's type as its value is checked: a list shape, a type alias of `[T]`, is the list `[T]` (its count and
    /// each element checked as a `[T]` field's are); any other type as it is.
    public func checkedType(of type: ResolvedType) -> ResolvedType {
        guard case .shape(let reference) = type, let element = listElements[reference.swiftName] else { return type }
        return .array(element)
    }

    /// A value of `type` may hold a credential the spec names (`secretMemberNames`) where no shape reads it as
    /// `Secret`: JSON kept whole, a map of text or of such values (its key may be the credential's name), a list of
    /// such values, a list shape of them. Generated code prints and writes it for people redacted (`JSONRedactable`).
    public func redactsCredentials(in type: ResolvedType) -> Bool {
        !secretMemberNames.isEmpty && holdsCredentials(type, through: [])
    }

    private func holdsCredentials(_ type: ResolvedType, through listShapes: Set<String>) -> Bool {
        switch type {
        case .json, .map(.string): return true
        case .map(let element), .array(let element): return holdsCredentials(element, through: listShapes)
        case .shape(let reference):
            guard let element = listElements[reference.swiftName], !listShapes.contains(reference.swiftName) else { return false }
            return holdsCredentials(element, through: listShapes.union([reference.swiftName]))
        default: return false
        }
    }

    /// The callback named as `shape`, its one shape: it declares no type of its own, so the shape's documentation
    /// says what the spec says of it.
    public func callback(namedAs shape: ShapeModel) -> CallbackModel? {
        callbacksNamedAsTheirShapes[shape.swiftName]
    }

    /// A field, list element or union variant is a Foundation type (`Decimal`), alone or in a list or map.
    public var usesFoundationTypes: Bool {
        shapes.contains { shape in
            shape.listElement?.isFoundationType == true || shape.fields.contains { $0.type.isFoundationType }
        } || unions.contains { union in union.variants.contains { $0.type.isFoundationType } }
    }

    /// "Bind HTTP A2P Messaging API, section "Error codes" (document 002_….txt)", or nil without a reference.
    public func sourceText(_ reference: SourceReference?) -> String? {
        reference.flatMap { Self.sourceText($0, in: sources) }
    }

    static func sourceText(_ reference: SourceReference, in sources: [String: SourceSpec]) -> String? {
        guard let source = sources[reference.source.value] else { return nil }
        let section = reference.section.map { ", section \"\($0)\"" } ?? ""
        return DisplayText.redactingUserinfo("\(source.title)\(section) (\(Self.location(of: source)))")
    }

    /// "document 002_….txt; https://…": where a source can be read, a URL's password redacted (docs behind Basic
    /// authentication).
    public static func location(of source: SourceSpec) -> String {
        DisplayText.redactingUserinfo([source.document.map { "document \($0)" }, source.url].compactMap { $0 }.joined(separator: "; "))
    }

    /// A source's title as generated code shows it, a URL's password redacted.
    public static func title(of source: SourceSpec) -> String { DisplayText.redactingUserinfo(source.title) }
}

public struct ShapeModel {
    public let spec: ShapeSpec
    public let swiftName: String
    public let fields: [FieldModel]
    /// For a list shape: the element type.
    public let listElement: ResolvedType?
    /// For a list shape of an answer in plain text, one line per element: the shape each line is.
    public let lineShape: String?
    /// For a shape with text forms that a list shape reads joined on one line (`separator: ','`): the text between
    /// two (`TextMessage.listSeparator`); nil when read one a line, or alone.
    public let listSeparator: String?
    /// The ids of the operations this shape is the request of.
    public let requestOf: [String]
    /// The member name in `Operations` of the one operation that sends this shape (it is then a `ProviderRequest`).
    public let singleOperation: String?
    /// A request shape, or a shape with fields inside one: it gets a validator (a list shape, a type alias, has none).
    public let isValidated: Bool
    /// A message with credentials holds this shape, which has URL fields at some depth: it hides that message's
    /// credentials in them when printed (`URLUserinfoRedactable`).
    public let hidesHolderSecrets: Bool
    /// A message with credentials holds this shape, which has text fields at some depth: printing the message shows
    /// them with its credentials hidden (`RepeatedSecretsHidable`).
    public let hidesRepeatedSecrets: Bool
    /// Its credentials, its own and those of the shapes it holds, which printing it and its violations never show.
    public let credentials: [CredentialPath]
    /// How many of each group of its optional fields a message gives.
    public let presence: [(rule: PresenceRule, fields: [FieldModel])]
    public var isRequest: Bool { !requestOf.isEmpty }
    /// An answer in plain text: its forms, in order (`OK: {id}`); empty for any other shape.
    public var textForms: [String] { spec.textForms.map(\.value) }
    /// The same forms, as `TextAnswer` reads and writes them.
    public var answerForms: TextForms { spec.answerForms }
}

public struct UnionModel {
    public let spec: UnionSpec
    public let swiftName: String
    /// In the spec's order, each with the kinds of JSON value its type reads.
    public let variants: [(caseName: String, type: ResolvedType, reads: Set<JSONKind>)]
    /// The union holds itself through a shape: its cases are stored indirectly.
    public let isIndirect: Bool
    /// The union lies below two variants of one union that read the same kind of value and both hold unions: it is
    /// read once per place of a payload, else nested such unions read a value once per variant tried above them
    /// (see `UnionNesting`).
    public let isReadOncePerPlace: Bool
    /// A request holds the union and a variant holds a shape with a validator: the union gets a validator, which
    /// validates the variant it holds.
    public let isValidated: Bool
    /// A message with credentials holds the union, and a variant holds URL fields at some depth: it passes that
    /// message's credentials to the variant it holds when printed (`URLUserinfoRedactable`).
    public let hidesHolderSecrets: Bool
    /// A message with credentials holds the union, and a variant holds text fields at some depth: printing the
    /// message hides its credentials in the variant it holds (`RepeatedSecretsHidable`).
    public let hidesRepeatedSecrets: Bool
    /// A union whose variant a field names: its cases (the same shapes as `variants`) and their values.
    public let discriminated: DiscriminatedModel?

    /// The forms a value no variant reads is said to lack: "`String` or `[FieldError]`".
    public var expectedForms: String { variants.map { "`\($0.type.swiftType)`" }.joined(separator: " or ") }

    /// The variant that read a value, as `smsspec decode` names it: `SendAnswer.answer (SendResponse)`.
    public func variantName(_ caseName: String, _ type: ResolvedType) -> String { "\(swiftName).\(caseName) (\(type.swiftType))" }

    /// A discriminated union's value of a kind the spec does not list, as `smsspec decode` names it: `Content.unknown`.
    public var unknownVariantName: String { "\(swiftName).unknown" }
}

/// A kind of JSON value, as the runtime's `JSONKinds` names it: what tells a union's variants apart when a value
/// fails them all (the variant reading the value's kind says why).
public enum JSONKind: String, CaseIterable, Hashable {
    case text, number, bool, array, object
}

public struct FieldModel {
    public let spec: FieldSpec
    public let swiftName: String
    public let type: ResolvedType
    /// The value when the field is absent, typed.
    public let defaultValue: DefaultValue?
    /// The status entries the provider answers broken rules with, by rule name (`*` for every rule).
    public let providerCodes: [(rule: String, code: ProviderCode)]
    /// The field holds a shape that holds this field's shape again (a message and its replies): it is stored in an
    /// array so the struct has a finite size.
    public let isIndirect: Bool
    /// Where an indirect field is stored: a private array property of the struct, `_<name>`.
    public var indirectStorageName: String? { isIndirect ? "_" + swiftName : nil }
    /// For `substitute.lengthFrom`: the sibling property giving the substituted length, and whether it is optional.
    public let substituteLength: (property: String, isOptional: Bool)?
    /// A list written as one text (`separator:`): its element type and the separator.
    public let separatedList: (element: ResolvedType, separator: String)?
    /// The property is non-optional: the field is required, or has a default.
    public var isNonOptional: Bool { spec.required || defaultValue != nil }
    /// The wire may lack the field: it is optional, or has a default that then applies.
    public var mayBeAbsent: Bool { !spec.required || defaultValue != nil }
    /// An optional credential expiry a login answers: a value that does not read as its type is absent, as one left out
    /// is (`3600.5`, past `Int64`: an attack's failed the whole login).
    public var readsUnreadableAsAbsent: Bool { spec.role?.value == .credentialExpiry && !isNonOptional }
    /// The field holds URLs as text (the `url` rule), or its name says so (`callbackurl`, `notify_url`, `webhook`,
    /// `redirect_uri`: RajaSMS's and Ginota's callback URLs have no rule, one documenting an empty text as "none"), or
    /// it is JSON kept whole, whose texts may be URLs whatever its name (a `metadata` object's report URL): a URL's user
    /// information (`https://user:password@…`) is a credential, which printing and output meant for people show
    /// redacted (runtime `URLUserinfoRedactable`); text that holds no URL prints as it is.
    public var redactsURLUserinfo: Bool { Self.holdsURLs(spec, swiftName: swiftName) }

    /// Whether a field of this spec and Swift name holds URLs as text (`redactsURLUserinfo`): text, or lists and
    /// maps of it at any depth (a `webhookUrls` map printed its URLs' passwords); or JSON, alone or in lists and maps.
    /// A text field (a string, or a list or map of them) that is no credential: one a credential may be pasted into.
    static func holdsText(_ spec: FieldSpec) -> Bool {
        !spec.secret && spec.type.value.isText
    }

    static func holdsURLs(_ spec: FieldSpec, swiftName: String) -> Bool {
        func isKept(as primitive: TypeExpression.Primitive, _ type: TypeExpression) -> Bool {
            switch type {
            case .primitive(let kept): kept == primitive
            case .array(let element), .map(let element): isKept(as: primitive, element)
            default: false
            }
        }
        guard !spec.secret else { return false }
        if isKept(as: .json, spec.type.value) { return true }
        guard isKept(as: .string, spec.type.value) else { return false }
        return spec.constraints.url?.value == true || namesAURL(spec.wireName.value) || namesAURL(swiftName)
    }

    /// Whether a field's name says it holds URLs: its ASCII letters, in any case, end in `url`, `urls`, `uri` or
    /// `uris` (`callbackurl`), hold `webhook` or `callback`, or one of its words is one of those four (`url_dlr`,
    /// `statusUrlV2`).
    static func namesAURL(_ name: String) -> Bool {
        let letters = String(String.UnicodeScalarView(name.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic })).lowercased()
        let endings = ["url", "urls", "uri", "uris"]
        return endings.contains { letters.hasSuffix($0) } || ["webhook", "callback"].contains { letters.contains($0) }
            || Naming.words(name).contains { endings.contains($0.lowercased()) }
    }

    /// The code the provider answers when `rule` is broken: the rule's own, else the field's `*` code.
    public func providerCode(for rule: String) -> ProviderCode? {
        (providerCodes.first { $0.rule == rule } ?? providerCodes.first { $0.rule == "*" })?.code
    }
}

/// A field's default, as the Swift value it becomes.
public enum DefaultValue: Hashable {
    case string(String)
    /// An integer or floating-point literal, already checked to parse.
    case number(String)
    case decimal(String)
    case bool(Bool)
    /// A case of the field's enum, by Swift case name.
    case enumCase(String)
    /// `[]`: a list field's one default.
    case emptyList
}

/// A status-table entry, resolved from a `Table:code` reference.
public struct ProviderCode: Hashable {
    /// The table's Swift type name.
    public let table: String
    /// The entry's Swift case name.
    public let caseName: String
    /// The provider's documents do not tie the rule to the code: the spec infers it.
    public let isInferred: Bool
}

/// A field type with its references resolved.
public indirect enum ResolvedType: Hashable {
    case string, int, int64, decimal, double, bool, json
    case secret
    case timestamp(formats: [String], timeZone: String?)
    case shape(TypeReference)
    case enumeration(TypeReference)
    case table(TypeReference)
    case union(TypeReference)
    case array(ResolvedType)
    case map(ResolvedType)

    /// The Swift spelling of the type inside the provider namespace.
    public var swiftType: String {
        switch self {
        case .string: "String"
        case .int: "Int"
        case .int64: "Int64"
        case .decimal: "Decimal"
        case .double: "Double"
        case .bool: "Bool"
        case .json: "JSONValue"
        case .secret: "Secret"
        case .timestamp: "Timestamp"
        case .shape(let type), .enumeration(let type), .table(let type), .union(let type): type.swiftName
        case .array(let element): "[\(element.swiftType)]"
        case .map(let value): "[String: \(value.swiftType)]"
        }
    }

    /// A list of strings or integers, whose value rules (`pattern`, `minimum`, …) apply to each element.
    public var isListOfScalars: Bool {
        switch self {
        case .array(.string), .array(.int), .array(.int64): true
        default: false
        }
    }

    /// Text, alone or in lists and maps: what a message may repeat its credentials in.
    public var isText: Bool {
        switch self {
        case .string: true
        case .array(let element), .map(let element): element.isText
        default: false
        }
    }

    /// A value of this type holds messages with validators: a shape or union that has one, alone or in lists and maps.
    public var holdsValidatedMessages: Bool {
        switch self {
        case .shape(let type), .union(let type): type.hasValidator
        case .array(let element), .map(let element): element.holdsValidatedMessages
        default: false
        }
    }

    /// The shapes and unions this type names, not counting those inside lists and maps (which are stored indirectly).
    /// The field holds, alone or in lists and maps, shapes that hide their holder's credentials in their URLs.
    public var hidesHolderSecrets: Bool {
        switch self {
        case .shape(let type), .union(let type): type.hidesHolderSecrets
        case .array(let element), .map(let element): element.hidesHolderSecrets
        default: false
        }
    }

    /// The field holds, alone or in lists and maps, shapes that hide their holder's credentials in their text.
    public var hidesRepeatedSecrets: Bool {
        switch self {
        case .shape(let type), .union(let type): type.hidesRepeatedSecrets
        case .array(let element), .map(let element): element.hidesRepeatedSecrets
        default: false
        }
    }

    public var directShapes: [String] {
        switch self {
        case .shape(let type), .union(let type): [type.swiftName]
        default: []
        }
    }

    /// A type Foundation declares, alone or as the element of a list or map.
    public var isFoundationType: Bool {
        switch self {
        case .decimal: true
        case .array(let element), .map(let element): element.isFoundationType
        default: false
        }
    }

    /// The kinds of JSON value this type reads; `named` gives those of a list shape or union by name (a shape it
    /// does not give is an object).
    public func jsonKinds(named: [String: Set<JSONKind>]) -> Set<JSONKind> {
        switch self {
        case .string, .secret, .timestamp: [.text]
        case .int, .int64, .decimal, .double: [.number]
        case .bool: [.bool]
        case .json: Set(JSONKind.allCases)
        case .enumeration, .table: [.text, .number, .bool]
        case .array: [.array]
        case .map: [.object]
        case .shape(let type): named[type.swiftName] ?? [.object]
        case .union(let type): named[type.swiftName] ?? []
        }
    }

    /// A scalar the runtime decodes leniently (number or text).
    public var isLenientScalar: Bool {
        switch self {
        case .string, .int, .int64, .decimal, .double, .bool: true
        default: false
        }
    }
}

/// A type the spec declares, as a field, variant or callback refers to it: resolved by the model, so renderers
/// print it and never look it up.
public struct TypeReference: Hashable {
    /// Its name inside the provider namespace.
    public let swiftName: String
    /// A type whose value has a `validate(at:)` with rules to check: a shape with fields in a request, or a list shape
    /// or union there that holds one.
    public let hasValidator: Bool
    /// A shape, list shape or union with URL fields, at any depth, that a message with credentials holds: it
    /// redacts them as that message's own URL fields do (`URLUserinfoRedactable`), its holder's credentials too.
    public var hidesHolderSecrets: Bool = false
    /// A shape, list shape or union with text fields, at any depth, that a message with credentials holds: printed
    /// from that message, it shows its text with the holder's credentials hidden (`RepeatedSecretsHidable`).
    public var hidesRepeatedSecrets: Bool = false
}

public struct EnumModel {
    public let spec: EnumSpec
    public let swiftName: String
    public let cases: [(value: String, swiftName: String, summary: String?)]
}

public struct TableModel {
    public let spec: TableSpec
    public let swiftName: String
    public let entries: [TableEntryModel]
    /// The table as generated code spells it and the registry exports it: canonical codes, sources as text.
    public let resolved: StatusTable
    /// Each entry's index by its canonical code (the first, where two spell one code alike).
    private let entryIndexByCode: [String: Int]

    init(spec: TableSpec, swiftName: String, entries: [TableEntryModel], resolved: StatusTable) {
        (self.spec, self.swiftName, self.entries, self.resolved) = (spec, swiftName, entries, resolved)
        entryIndexByCode = Dictionary(
            entries.indices.map { (StatusTable.canonicalCode(entries[$0].spec.code.value, isNumeric: spec.codeType == .int), $0) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The entry whose code is `code` ("000" is 0 in an integer table); aliases are not codes here.
    public func entry(coded code: String) -> TableEntryModel? {
        entryIndexByCode[StatusTable.canonicalCode(code, isNumeric: spec.codeType == .int)].map { entries[$0] }
    }

    /// Whether the entry of `code` is the spec's own, which no document shows (`source: none`, or a table without a
    /// source): what it says is our inference.
    public func isSpecsOwn(coded code: String) -> Bool {
        guard let index = entryIndexByCode[StatusTable.canonicalCode(code, isNumeric: spec.codeType == .int)] else { return false }
        return [StatusTable.noDocumentRow, StatusTable.noDocument].contains(resolved.entries[index].source)
    }
}

extension ProviderModel {
    /// The spec's summary of each table that has one, by table id (a URL's password redacted, as in the tables' prose).
    public var tableSummaries: [String: String] {
        Dictionary(tables.compactMap { table in table.spec.summary.map { (table.resolved.id, DisplayText.redactingUserinfo($0)) } }, uniquingKeysWith: { first, _ in first })
    }

    /// The spec's decisions on each table and on its codes (canonical), in table and row order; a URL's password in
    /// them redacted, as in the tables' prose.
    public var tableDecisions: [TableDecision] {
        let prose = DisplayText.redactingUserinfo
        func decision(_ spec: DecisionSpec, table: String, code: String?) -> TableDecision {
            TableDecision(table: table, code: code, id: prose(spec.id.value), decision: prose(spec.decision), issue: prose(spec.issue))
        }
        return tables.flatMap { table in
            table.spec.decisions.map { decision($0, table: table.resolved.id, code: nil) }
                + zip(table.resolved.entries, table.entries).flatMap { entry, model in
                    model.spec.decisions.map { decision($0, table: table.resolved.id, code: entry.code) }
                }
        }
    }
}

public struct TableEntryModel {
    public let spec: TableEntrySpec
    public let swiftName: String
    public let category: ErrorCategory
    public let outcome: Outcome
    public let retryable: Bool
}

public struct CallbackModel {
    public let spec: CallbackSpec
    public let swiftName: String
    /// Its receiver's name in `Receivers`: the type name in lowerCamelCase as a member name is made (`SMSEvent` →
    /// `smsEvent`), renamed as operations are where generated code needs the name itself (`Self` → `self_`).
    public let memberName: String
    /// The type a receiver decodes: the callback's one shape, or the callback's own enum.
    public let messageType: String
    /// For discriminated callbacks: its cases, chosen by the field.
    public let discriminated: DiscriminatedModel?
    /// How the provider signs it (the spec's `signature:`); nil for an unsigned callback.
    public let signature: CallbackSignature?
    /// What its receiver answers a callback that decodes: the spec's `acknowledgement`, else 200 with an empty body.
    public let acknowledgement: AcknowledgementModel

    /// For discriminated callbacks, one case per shape.
    public var variants: [DiscriminatedVariant] { discriminated?.variants ?? [] }
    /// The label of its `unknown` case's kind.
    public var discriminatorSwiftKey: String? { discriminated?.swiftKey }

    /// A callback named as its one shape declares no type of its own: its shape's documentation says what it does.
    var sharesItsShapesName: Bool { spec.shape != nil && messageType == swiftName }

    /// Each method it may arrive by, and each way a request by it may carry the payload.
    var deliveries: [(method: String, encoding: EncodingKind)] {
        spec.methods.flatMap { method in spec.encodings(for: method).map { (method, $0) } }
    }

    /// What its type's documentation says of its delivery: "Delivered as GET with a query string, or POST with a form
    /// body." A method with several encodings says how its receiver tells them apart.
    var deliveryDocumentation: String {
        let ways = spec.methods.map { method in
            let encodings = spec.encodings(for: method)
            let bodies = encodings.map { $0 == .json ? "a JSON body" : $0 == .query ? "a query string" : "a form body" }
            guard encodings.count > 1 else { return "\(method) with \(bodies[0])" }
            // When the Content-Type names neither: JSON for a body that is a JSON object or list, else the first
            // other (`PayloadEncoding.guessed`).
            let unlabelled = encodings.contains(.json)
                ? "when it names neither, a JSON body if it is a JSON object or list, else \(bodies.first { $0 != "a JSON body" } ?? bodies[0])"
                : "\(bodies[0]) when it names neither"
            return "\(method) with \(bodies.dropLast().joined(separator: ", ")) or \(bodies.last!), as its Content-Type says (\(unlabelled))"
        }
        return "Delivered as \(ways.joined(separator: ", or ")).\(spec.methods.count > 1 ? " Its receiver takes each; any other method is answered 405." : "")"
    }

    /// What its receiver's documentation starts with: each method and its payload's encoding (`GET query, POST form`).
    var deliverySummary: String { deliveries.map { "\($0.method) \($0.encoding.rawValue)" }.joined(separator: ", ") }

    /// What the documentation of its type and receiver says of its signature: nothing for an unsigned callback.
    var signatureDocumentation: [String] {
        signature.map { signature in
            signature.isOptional
                ? ["Signed when the account sets a secret: \(signature.summary). Its receiver given the secret (`verifying(with:)`) refuses a request without this signature; one without takes callbacks unsigned."]
                : ["Signed: \(signature.summary). Its receiver refuses a request without this signature (`verifying(with:)` gives it the secret)."]
        } ?? []
    }
}

/// The answer a callback's receiver gives a callback that decodes, and on what it rests.
public struct AcknowledgementModel {
    public let status: Int
    public let contentType: String?
    /// Sent as its UTF-8 bytes; empty for no body.
    public let body: String
    /// The provider's document that says it; nil when none does.
    public let source: SourceReference?
    /// The spec's decision it rests on, when it names one.
    public let decision: DecisionSpec?
    /// The spec says it; false: 200 with an empty body, which no document says.
    public let isDeclared: Bool
    /// The spec gives the body (`body:`, even empty); false: an empty body no document states beside a declared status.
    public let bodyIsDeclared: Bool

    /// What a callback without `acknowledgement` is answered (the runtime's `CallbackAnswer.accepted`).
    static var inferred: AcknowledgementModel {
        AcknowledgementModel(status: 200, contentType: nil, body: "", source: nil, decision: nil, isDeclared: false, bodyIsDeclared: false)
    }

    init(status: Int, contentType: String?, body: String, source: SourceReference?, decision: DecisionSpec?, isDeclared: Bool, bodyIsDeclared: Bool) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.source = source
        self.decision = decision
        self.isDeclared = isDeclared
        self.bodyIsDeclared = bodyIsDeclared
    }

    /// The spec's acknowledgement, its decision looked up among `decisions` (the validator reported one it lacks).
    init(_ spec: AcknowledgementSpec, decisions: [DecisionSpec]) {
        self.init(
            status: spec.status, contentType: spec.contentType, body: spec.body ?? "", source: spec.source,
            decision: spec.decision.flatMap { id in decisions.first { $0.id.value == id.value } }, isDeclared: true, bodyIsDeclared: spec.body != nil)
    }

    /// "200, Content-Type text/plain and the body "OK"", "200 and an empty body".
    public var summary: String {
        "\(status)\(contentType.map { ", Content-Type \($0)" } ?? "") and \(body.isEmpty ? "an empty body" : "the body \(DisplayText.quotedExcerpt(body))")"
    }
}

/// Where a login's successful answer holds the credential it gives.
public struct ObtainedCredential {
    /// The Swift properties from the answer down to the credential, itself last, each with whether it may be absent.
    public let properties: [(name: String, isOptional: Bool)]
    /// The wire names down to it, joined by `.` (`data.token`).
    public let wirePath: String
    /// Where the answer says when it expires, if it does.
    public let expiry: Expiry?

    /// A field of the login's answer saying when the credential expires (`role: credentialExpiry`).
    public struct Expiry {
        public let properties: [(name: String, isOptional: Bool)]
        public let wirePath: String
        /// The unit of a lifetime (`expires_in`); nil for a date, the instant it expires.
        public let unit: DurationUnit?
    }
}

public struct OperationModel {
    public let spec: OperationSpec
    public let swiftName: String
    public let requestType: String?
    /// The operation's own encoding, else the provider's for a request, else none.
    public let encoding: EncodingKind
    /// Whether sending the request twice acts once: the spec's `idempotent`, else as its method says (RFC 9110).
    public var isIdempotent: Bool { spec.idempotent?.value ?? IdempotentMethods.contains(spec.method.value) }
    /// Whether the provider's credentials go with the request: not with `auth: none` or credentials of its own.
    public var sendsCredentials: Bool { spec.auth == nil }
    /// The credentials it sends instead of the provider's (a login's Basic), if any.
    public var ownAuthentication: AuthenticationSpec? { spec.auth?.value.own }
    /// What its documentation starts with: "`GET /balance`", and the host of an operation sent to its own
    /// (`baseURL`), "`GET /api/balance` at https://auth.sms.to".
    var endpoint: String {
        "`\(spec.method.value) \(spec.path.value)`" + (spec.baseURL.map { " at \(DisplayText.redactingUserinfo($0.value))" } ?? "")
    }
    /// The successful answers' shapes (nil: a 2xx answer with no shape), once each in the spec's order: the 2xx
    /// answers, or the catch-all answer when no 2xx status is listed. Several become the client's answer enum.
    public let results: [OperationResult]
    /// Every shape any answer carries, once each in the spec's order: the client reads each by its name.
    public let answers: [AnswerMessage]
    /// For each answer that lists deciding tables (by its key, `200`), the top-level fields that carry those tables'
    /// codes in the spec's answers (Ginota's `status`): where the codes of an answer without a shape are read — our
    /// inference, since the documents describe no body; without it every such answer would read as a success — and of
    /// a 2xx answer that does not decode as its shape (an error envelope without the result's fields, under HTTP 200).
    public let codeFields: [String: [String]]
    /// For each answer that may say why it failed (by its key), the paths by wire name of its `role: reason` fields,
    /// those of the provider's other answers after them where its codes are read as theirs (`codeFields`).
    public let reasonPaths: [String: [[String]]]
    /// The headers its requests carry as written: the provider's, each replaced by the operation's of the same name
    /// (in any case), then the operation's others, in the spec's order.
    public let headers: [FixedHeaderSpec]
    /// The credential its successful answer gives (`role: credential`), which makes it a client's login.
    public let obtainedCredential: ObtainedCredential?

    /// The spec's summary as the descriptor holds it: a URL's password in it redacted.
    public var summary: String { DisplayText.redactingUserinfo(spec.summary ?? "") }

    /// What the operation's documentation says of its answers: each response's summary, in the spec's order
    /// (`Answers — 400: Invalid request. 404: No template with this id.`), and where the code of an answer without a
    /// documented body is read, our inference.
    public var answerNotes: [String] {
        let summaries = spec.responses.compactMap { response -> String? in
            // A summary of whitespace alone says nothing (it printed `407: .`).
            response.summary.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }.map { text in
                let key = response.httpStatus != nil || response.statusClass != nil ? response.key : "Any other"
                return "\(key): \(text)" + (text.last.map { ".!?".contains($0) } == true ? "" : ".")
            }
        }
        // One sentence for the answers of one shape read alike (a user's client said it for 200, then again for 201).
        var inferences: [String] = []
        var envelopes: [(keys: [String], shape: String, members: String)] = []
        for response in spec.responses {
            guard let fields = codeFields[response.key] else { continue }
            let members = fields.map { "`\($0)`" }.joined(separator: " or ")
            guard let shape = response.shape?.value else {
                inferences.append(
                    "Our inference: the \(response.key) answer's body is not documented; a code of "
                        + response.tables.map { "`\($0.value)`" }.joined(separator: " or ") + " is read from its \(members) member"
                        + ", where the provider's other answers carry one, so a refusal throws instead of reading as a success.")
                continue
            }
            // Only a 2xx answer is read so (a failure status is explained by its status).
            guard response.httpStatus.map({ (200..<300).contains($0) }) ?? (response.statusClass.map { $0 == 2 } ?? true) else { continue }
            if let index = envelopes.firstIndex(where: { $0.shape == shape && $0.members == members }) {
                envelopes[index].keys.append(response.key)
            } else {
                envelopes.append(([response.key], shape, members))
            }
        }
        inferences += envelopes.map { envelope in
            "Our inference: a \(envelope.keys.joined(separator: " or ")) answer that does not decode as `\(envelope.shape)` throws the failure "
                + "code its \(envelope.members) member holds, if any."
        }
        return (summaries.isEmpty ? [] : ["Answers — " + summaries.joined(separator: " ")]) + inferences + reportNotes
    }

    /// What a successful answer's reported codes (`reports`) do, which a reader of the method takes a returned 2xx
    /// for "all sent" without (a user's Smshosting `NOT_INSERTED` entry, returned): one sentence per answer.
    private var reportNotes: [String] {
        spec.responses.compactMap { response -> String? in
            guard !response.reports.isEmpty, response.httpStatus.map({ (200..<300).contains($0) }) ?? (response.statusClass.map { $0 == 2 } ?? true)
            else { return nil }
            let reported = response.reports.map { "`\($0.value)`" }.joined(separator: ", ")
            let deciding = Set(response.tables.map(\.value))
            let inEntries = response.reports.filter { deciding.contains($0.value) }.map { "`\($0.value)`" }
            return "A \(response.key) answer's codes of \(reported)" + (inEntries.isEmpty ? "" : " (\(inEntries.joined(separator: ", ")) inside a list's element or a map's value)")
                + " do not make the call throw: it returns, a failure among them in the answer's `failures`."
        }
    }
}

/// One kind of successful answer of an operation, and its case in the client's answer enum.
public struct OperationResult: Equatable {
    public let shape: String?
    /// The shape's Swift type; nil for an answer without a shape (the client's `UndocumentedAnswer`).
    public let swiftType: String?
    /// The shape's name with a lowercase first letter, or `undocumented`; unique among the operation's results.
    public let caseName: String
}

/// A shape or union an operation's answers carry, and the successful result it is, if it is one.
public struct AnswerMessage {
    public let name: String
    public let swiftType: String
    /// Nil for a shape only failure answers carry: the client reads its status codes and throws.
    public let result: OperationResult?
    /// JSON, or plain text for a shape with `text` forms.
    public let wire: EncodingKind
}

/// Segment capacities, the standard ones where the spec gives none.
public struct SegmentCapacitiesModel: Hashable {
    public let gsm7Single, gsm7Concatenated, ucs2Single, ucs2Concatenated: Int
}

/// A message tools can decode by name (`smsspec decode bind DeliveryReceipt …`).
public struct MessageModel {
    public let name: String
    public let swiftType: String
    public let kind: String
    public let summary: String
    public let wire: EncodingKind
    /// For a callback's own message: the methods it arrives by; empty for any other message.
    public var methods: [String] = []
    /// For a callback's message posted either way (`encoding: [json, form]`): the encodings besides `wire`.
    public var otherEncodings: [EncodingKind] = []
}

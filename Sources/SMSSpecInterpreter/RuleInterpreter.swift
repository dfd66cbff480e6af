import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSSpecCore

/// The rules of a spec given at run time, applied to a request's JSON by the runtime's own checks (`Validation`),
/// in the order the generated validators apply them. Nothing here re-implements a rule: the sandbox checks the
/// requests of a spec it has no generated code for with it, `smsspec validate` a spec file's, and lint the
/// documents' example requests.
public final class RuleInterpreter: @unchecked Sendable {  // The model is immutable once built (a class: the walk of a request copies no dictionaries).
    public let model: ProviderModel
    private let shapesByName: [String: ShapeModel]
    private let unionsByName: [String: UnionModel]
    private let enumsByName: [String: EnumModel]
    /// Each table's runtime entries by Swift table and case name, so a rule's provider code is one lookup.
    private let entries: [String: [String: StatusEntry]]
    /// Each runtime table by Swift name: a discriminator's kind spelled as its table field reads it.
    private let tables: [String: StatusTable]
    /// Each operation by its request shape's spec name (the first, where several share one).
    private let operationsByRequest: [String: OperationModel]
    /// The request shapes an operation sends as a form or query (in the provider's charset), by spec name.
    private let formEncodedRequests: Set<String>
    /// The unions no variant of which reads a value from empty text, by Swift name (see `readsNothingFromEmptyText`).
    private let unionsReadingNothingFromEmptyText: Set<String>

    public init(model: ProviderModel) {
        self.model = model
        var shapes: [String: ShapeModel] = [:]
        for shape in model.shapes { shapes[shape.swiftName] = shape; shapes[shape.spec.name.value] = shape }
        self.shapesByName = shapes
        unionsByName = Dictionary(model.unions.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        enumsByName = Dictionary(model.enums.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [String: [String: StatusEntry]] = [:]
        let tables = StatusTable.tables(of: model)
        self.tables = Dictionary(zip(model.tables.map(\.swiftName), tables), uniquingKeysWith: { first, _ in first })
        for (tableModel, table) in zip(model.tables, tables) {
            entries[tableModel.swiftName] = Dictionary(
                tableModel.entries.compactMap { row in table.entry(for: row.spec.code.value).map { (row.swiftName, $0) } },
                uniquingKeysWith: { first, _ in first })
        }
        self.entries = entries
        var operations: [String: OperationModel] = [:]
        for operation in model.operations {
            guard let request = operation.requestType.flatMap({ shapes[$0] })?.spec.name.value, operations[request] == nil else { continue }
            operations[request] = operation
        }
        self.operationsByRequest = operations
        formEncodedRequests = Set(model.operations.filter { [.form, .query].contains($0.encoding) }.compactMap(\.requestType))
        unionsReadingNothingFromEmptyText = Self.unionsReadingNothingFromEmptyText(model.unions)
    }

    /// Each union is worked out once (unions hold unions, each many times over); one met again while it is worked out
    /// (a union among its own variants, through a list) is taken to read empty text, so its field stays given.
    private static func unionsReadingNothingFromEmptyText(_ unions: [UnionModel]) -> Set<String> {
        let byName = Dictionary(unions.map { ($0.swiftName, $0) }, uniquingKeysWith: { first, _ in first })
        var known: [String: Bool] = [:]
        func readsNothing(union name: String) -> Bool {
            if let answer = known[name] { return answer }
            known[name] = false
            let answer = byName[name]?.variants.allSatisfy { readsNothingFromEmptyText($0.type, union: readsNothing(union:)) } ?? false
            known[name] = answer
            return answer
        }
        return Set(unions.map(\.swiftName).filter { readsNothing(union: $0) })
    }

    /// The shape of a spec or Swift name.
    public func shape(_ name: String) -> ShapeModel? { shapesByName[name] }

    /// The operation whose request `shape` is, if any: its encoding says how the request's values travel.
    public func operation(requesting shape: ShapeModel) -> OperationModel? { operationsByRequest[shape.spec.name.value] }

    /// The rules `value` breaks as a message of `shape`, at `path` (empty at the top).
    ///
    /// `jsonBody`: the operation's body is JSON, where (but in a `lenient` field) only a JSON number is a number and
    /// only a JSON boolean a boolean, as the generated decoding reads them; a form's, a query's, a path's or a
    /// header's text is read as text (`"5"`, `true`).
    public func violations(of value: JSONValue, shape: ShapeModel, path: String = "", jsonBody: Bool) -> [ValidationViolation] {
        // A request's patterns share one time, as a generated `validate()`'s do.
        Validation.sharingPatternTime { messageViolations(of: value, shape: shape, path: path, jsonBody: jsonBody) }
            + (path.isEmpty ? unwritableInCharset(value, shape: shape) : [])
    }

    /// The fields of a request whose form or query text the provider's charset cannot write, as the generated
    /// `validate()` names them (rule `charset`): its query's, and its body's where an operation sends it as a form or query.
    private func unwritableInCharset(_ value: JSONValue, shape: ShapeModel) -> [ValidationViolation] {
        guard model.spec.charset != .utf8, operation(requesting: shape) != nil, let members = value.members else { return [] }
        let formBody = formEncodedRequests.contains(shape.spec.name.value)
        let placements = Dictionary(shape.fields.map { ($0.spec.wireName.value, $0.spec) }, uniquingKeysWith: { first, _ in first })
        let inCharset = { (name: String) -> Bool in
            guard let field = placements[name] else { return formBody }
            return field.placement != .path && field.placement != .header && !field.preEncoded && (field.placement == .query || formBody)
        }
        guard let fields = try? FormEncoder.fields(ofObject: members, sentAsText: { _ in true }, booleans: model.spec.formBooleans) else { return [] }
        return model.spec.charset.unwritable(fields.filter { inCharset($0.name) })
    }

    private func messageViolations(of value: JSONValue, shape: ShapeModel, path: String, jsonBody: Bool) -> [ValidationViolation] {
        let members = value.members ?? [:]
        // The message's credentials, as its generated validator is given them.
        let secrets = shape.fields.filter { $0.type == .secret }.compactMap { field -> Secret? in
            if case .string(let text)? = members[field.spec.wireName.value] { Secret(text) } else { nil }
        }
        var validation = Validation(at: path, hiding: secrets)
        for field in shape.fields {
            let wireName = field.spec.wireName.value
            guard let fieldValue = members[wireName], fieldValue != .null, !isAbsentWhenEmpty(fieldValue, field: field, jsonBody: jsonBody) else {
                if field.spec.required && field.defaultValue == nil {
                    validation.record(field: wireName, rule: "required", code: code(field, "required"), "is missing")
                }
                continue
            }
            guard !field.spec.isJSONText else {
                checkJSONText(fieldValue, field: field, siblings: members, into: &validation)
                continue
            }
            check(fieldValue, as: field.type, field: field, siblings: members, jsonBody: jsonBody, into: &validation)
            if field.spec.placement == .path { checkPathSegment(fieldValue, field: field, into: &validation) }
        }
        for (rule, fields) in shape.presence {
            let given = fields.map { field in
                (name: field.spec.wireName.value, isGiven: members[field.spec.wireName.value].map { $0 != .null && !isAbsentWhenEmpty($0, field: field, jsonBody: jsonBody) } ?? false)
            }
            switch rule {
            case .exactlyOne: validation.exactlyOne(given)
            case .atLeastOne: validation.atLeastOne(given)
            case .atMostOne: validation.atMostOne(given)
            }
        }
        return validation.violations
    }

    /// An optional field (or one with a default) sent once and empty or blank as text (`units=`, as gateways leave a
    /// field they do not fill) is absent, as the generated decoding reads it, when its type reads no value from empty text: a
    /// number, a boolean, a list of them, a union of such. Text, a date, an enum value or a code keeps the empty text.
    private func isAbsentWhenEmpty(_ value: JSONValue, field: FieldModel, jsonBody: Bool) -> Bool {
        // Empty JSON text of an optional field is absent, as the generated `decodeJSONTextIfPresent` reads it.
        if field.spec.isJSONText { return value == .string("") && field.mayBeAbsent }
        // Empty text is the empty list of a list written as one text (`separator`): given.
        // A lenient one in a JSON body too (`"credit": ""`), as its generated decoding reads it (an attack).
        // Blank text too (`" "`), as the generated decoding trims a lenient number's text (a user's padded `textLength`).
        guard case .string(let text) = value, text.unicodeScalars.allSatisfy(\.properties.isWhitespace), !field.spec.required || field.defaultValue != nil, field.separatedList == nil,
            Self.travelsAsText(field, jsonBody: jsonBody) || field.spec.lenient
        else { return false }
        return Self.readsNothingFromEmptyText(field.type) { unionsReadingNothingFromEmptyText.contains($0) }
    }

    /// `knownValues`: the value is one the enum lists, as its generated `init(wireValue:)` reads it — a text value's
    /// exact text, a number value's integer in any spelling (7, "7", "07").
    private func checkKnown(_ value: JSONValue, of reference: TypeReference, field: FieldModel, name: String, into validation: inout Validation) {
        // A boolean is `true` as the generated enum quotes it, and no value of any enum (a review: read as "1", a
        // number enum's `1` took it).
        guard let enumeration = enumsByName[reference.swiftName], let text = Self.text(of: value) else { return }
        let listed = enumeration.cases.map(\.value)
        let isKnown: Bool
        if case .bool = value {
            isKnown = false
        } else if enumeration.spec.wire == .number {
            let integer = WireCode(stringLiteral: text).integerValue
            isKnown = integer != nil && listed.contains { Int($0) == integer }
        } else {
            isKnown = value == .string(text) && listed.contains { $0.isSameUTF8(as: text) }
        }
        if !isKnown { validation.unknownValue(text, listed: listed, field: name, code: code(field, "knownValues")) }
    }

    /// Whether a value of `type` is read from no text at all, `union` answering for a union by its Swift name.
    private static func readsNothingFromEmptyText(_ type: ResolvedType, union: (String) -> Bool) -> Bool {
        switch type {
        case .int, .int64, .double, .decimal, .bool: true
        case .array(let element): readsNothingFromEmptyText(element, union: union)
        case .union(let reference): union(reference.swiftName)
        default: false
        }
    }

    /// Whether the field's value travels as text: in a form or query body, or in the path, the query or a header.
    /// A field of JSON text is checked as the JSON its text holds (`checkJSONText`), where JSON's types hold.
    private static func travelsAsText(_ field: FieldModel, jsonBody: Bool) -> Bool {
        !field.spec.isJSONText && (!jsonBody || !field.spec.placement.isInBody)
    }

    /// A field whose text holds the JSON of its type (`contentType: application/json`): the text read as the generated
    /// `decodeJSONText` reads it (within every JSON payload's limits), then the value it holds checked as a JSON body's,
    /// its messages at paths through the field (`multi[1].to`).
    private func checkJSONText(_ value: JSONValue, field: FieldModel, siblings: [String: JSONValue], into validation: inout Validation) {
        let name = field.spec.wireName.value
        guard case .string(let text) = value else { return validation.record(field: name, rule: "type", "is not text holding JSON") }
        let held: JSONValue
        do {
            held = try JSONText.value(JSONValue.self, of: text, codingPath: [FieldKey(stringValue: name)])
        } catch {
            return validation.record(field: name, rule: "type", "is not JSON text: \(DecodingErrorDescription.describe(error))")
        }
        check(held, as: field.type, field: field, siblings: siblings, jsonBody: true, into: &validation)
    }

    /// A path parameter `httpRequest` refuses (rule `path`), as the generated `pathSegment` checks find it: the text
    /// sent, a list's joined by its separator, a credential's never quoted. `smsspec validate` of a spec file said
    /// "valid" for `..` that the generated `validate()` reports (a user's Orange `senderAddress`).
    private func checkPathSegment(_ value: JSONValue, field: FieldModel, into validation: inout Validation) {
        let name = field.spec.wireName.value
        let text: String?
        if let separator = field.separatedList?.separator, let items = value.items {
            let texts = items.compactMap(FormEncoder.text(of:))
            text = texts.count == items.count ? texts.joined(separator: separator) : nil
        } else {
            text = FormEncoder.text(of: value)
        }
        guard let text else { return }
        if field.spec.secret || field.type == .secret {
            validation.pathSegment(Secret(text), preEncoded: field.spec.preEncoded, field: name)
        } else {
            validation.pathSegment(text, preEncoded: field.spec.preEncoded, field: name)
        }
    }

    /// The runtime entry of the provider code a field's rule answers with, if the spec names one.
    private func code(_ field: FieldModel, _ rule: String) -> ExpectedProviderCode? {
        field.providerCode(for: rule).flatMap { code in
            entries[code.table]?[code.caseName].map { ExpectedProviderCode(entry: $0, isInferred: code.isInferred) }
        }
    }

    private func check(
        _ value: JSONValue, as type: ResolvedType, field: FieldModel, siblings: [String: JSONValue], jsonBody: Bool,
        into validation: inout Validation
    ) {
        let textual = Self.travelsAsText(field, jsonBody: jsonBody) || field.spec.lenient
        let constraints = field.spec.constraints
        let name = field.spec.wireName.value
        func typeViolation(_ expected: String) { validation.record(field: name, rule: "type", "is not \(expected)") }
        switch model.checkedType(of: type) {
        case .string, .secret:
            // In a JSON body a number or boolean is no text (`"to": 5`), as the generated decoding reads it; a lenient
            // one reads `true` as "true" (a form's `1` was checked: an attack).
            guard let text = Self.text(of: value), textual || value == .string(text) else { return typeViolation("text") }
            // As the generated validators do: a credential's violations never quote its value.
            if field.spec.secret || type == .secret {
                checkTexts(.one(Secret(text), name), field: field, siblings: siblings, into: &validation)
            } else {
                checkTexts(.one(text, name), field: field, siblings: siblings, into: &validation)
            }
        case .int, .int64:
            // A JSON `true` was read as 1, and `"5"` in a JSON body as 5, which the generated decoding refuses.
            guard let number = Self.integer(value, textual: textual) else { return typeViolation("an integer") }
            checkIntegers(.one(number, name), field: field, into: &validation)
        case .timestamp(let formats, let timeZone):
            guard let text = FormEncoder.text(of: value) else { return typeViolation("a date") }
            validation.timestamp(
                Timestamp(text: text, formats: formats, timeZone: timeZone), formats: formats, timeZone: timeZone, field: name,
                code: code(field, "format"))
        case .array(let element):
            let items: [JSONValue]
            if let list = field.separatedList, let separator = list.separator.unicodeScalars.first {
                // One text, split as the generated decoding splits it (which cannot make a list that breaks the
                // `separator` rule).
                guard let text = FormEncoder.text(of: value), textual || value == .string(text) else { return typeViolation("text") }
                items = SeparatedList.texts(of: text, separator: separator).map(JSONValue.string)
            } else if let list = value.items {
                items = list
            } else {
                // A form or query field sent once is a list of one, as the generated decoding reads it.
                guard Self.travelsAsText(field, jsonBody: jsonBody), FormEncoder.text(of: value) != nil else { return typeViolation("a list") }
                items = [value]
            }
            validation.count(items, min: constraints.minItems?.value, field: name, code: code(field, "minItems"))
            validation.count(items, max: constraints.maxItems?.value, field: name, code: code(field, "maxItems"))
            // The value rules of a list of strings or integers hold for each element, rule by rule.
            switch element {
            case .string:
                let texts = items.compactMap { item -> String? in
                    guard let text = FormEncoder.text(of: item), textual || item == .string(text) || field.separatedList != nil else { return nil }
                    return text
                }
                guard texts.count == items.count else { return typeViolation("a list of text") }
                if constraints.uniqueItems?.value == true { validation.unique(texts, field: name, code: code(field, "uniqueItems")) }
                checkTexts(CheckedValues(values: texts, name: name, isList: true), field: field, siblings: siblings, into: &validation)
            case .int, .int64:
                let numbers = items.compactMap { Self.integer($0, textual: textual || field.separatedList != nil) }
                guard numbers.count == items.count else { return typeViolation("a list of integers") }
                if constraints.uniqueItems?.value == true { validation.unique(numbers, field: name, code: code(field, "uniqueItems")) }
                checkIntegers(CheckedValues(values: numbers, name: name, isList: true), field: field, into: &validation)
            case .decimal, .double:
                let reads = items.allSatisfy { Self.readsNumber($0, as: element, textual: textual || field.separatedList != nil) }
                guard reads else { return typeViolation("a list of numbers") }
            case .enumeration(let reference) where constraints.knownValues?.value == true:
                validation.each(items, field: name) { validation, item, named in
                    checkKnown(item, of: reference, field: field, name: named, into: &validation)
                }
            default: break
            }
            validation.record(messageViolations(of: .array(items), as: type, path: MessagePath.join(validation.path, name), jsonBody: jsonBody))
        case .shape, .union:
            validation.record(messageViolations(of: value, as: type, path: MessagePath.join(validation.path, name), jsonBody: jsonBody))
        case .bool:
            guard Self.readsBool(value, lenient: field.spec.lenient, textual: textual) else { return typeViolation("a boolean") }
        case .enumeration(let reference):
            // Any scalar: a value the spec does not list is `unknown` to the generated enum, as Fortytwo documents
            // for its `code_type` (the provider uses numeric); a list or an object does not decode.
            guard FormEncoder.text(of: value) != nil else { return typeViolation("a single value") }
            if constraints.knownValues?.value == true { checkKnown(value, of: reference, field: field, name: name, into: &validation) }
        case .map:
            // Its entries, as a list's items are counted.
            guard let entries = value.members else { break }
            validation.count(entries, min: constraints.minItems?.value, field: name, code: code(field, "minItems"))
            validation.count(entries, max: constraints.maxItems?.value, field: name, code: code(field, "maxItems"))
            validation.record(messageViolations(of: value, as: type, path: MessagePath.join(validation.path, name), jsonBody: jsonBody))
        case .decimal, .double:
            // As the generated decoding reads it: a JSON number, or text where the field travels as text (an attack:
            // the sandbox took `dec=abc` and `1e999`, which `smsspec decode` refused).
            guard Self.readsNumber(value, as: model.checkedType(of: type), textual: textual) else { return typeViolation("a number") }
        case .json, .table:
            break
        }
    }

    /// Whether `value` reads as a `decimal` or `double` (`type`): a JSON number, or text where the field travels as
    /// text, whose digits `Decimal(wireText:)` or `Double(wireText:)` read (finite).
    private static func readsNumber(_ value: JSONValue, as type: ResolvedType, textual: Bool) -> Bool {
        let text: String
        switch value {
        case .number(let number): text = number.text
        case .string(let string) where textual: text = string
        default: return false
        }
        return type == .decimal ? Decimal(wireText: text) != nil : Double(wireText: text) != nil
    }

    /// The violations of the messages `value` holds as a `type`, as the generated validators find them: a shape's
    /// own, each element's of a list (`items[0].to`), each value's of a map by key (`m.a.to`), those of the variant a
    /// union reads (`u.to`); none in a scalar. Each level reads a level of the value, so a type that holds itself is
    /// walked as deep as the value goes.
    private func messageViolations(of value: JSONValue, as type: ResolvedType, path: String, jsonBody: Bool) -> [ValidationViolation] {
        switch model.checkedType(of: type) {
        case .shape(let reference):
            return shape(reference.swiftName).map { violations(of: value, shape: $0, path: path, jsonBody: jsonBody) } ?? []
        case .array(let element):
            guard Self.mayHoldMessages(element), let items = value.items else { return [] }
            return Validation.elementViolations(count: items.count, at: path) { index, named in
                messageViolations(of: items[index], as: element, path: named ? "\(path)[\(index)]" : path, jsonBody: jsonBody)
            }
        case .map(let element):
            guard Self.mayHoldMessages(element), let members = value.members else { return [] }
            let keys = members.keys.sorted()
            return Validation.elementViolations(count: keys.count, at: path) { index, named in
                members[keys[index]].map { messageViolations(of: $0, as: element, path: named ? MessagePath.entry(path, keys[index]) : path, jsonBody: jsonBody) } ?? []
            }
        case .union(let reference):
            guard let variant = unionsByName[reference.swiftName].flatMap({ variant(of: $0, reading: value, jsonBody: jsonBody) }) else { return [] }
            return messageViolations(of: value, as: variant, path: path, jsonBody: jsonBody)
        default:
            return []
        }
    }

    /// A shape or union, alone or in lists and maps: a type whose values may hold messages with rules.
    private static func mayHoldMessages(_ type: ResolvedType) -> Bool {
        switch type {
        case .shape, .union: true
        case .array(let element), .map(let element): mayHoldMessages(element)
        default: false
        }
    }

    /// The type of the variant of `union` that reads `value`, as the generated union tries them in the spec's order:
    /// the first that reads the value's kind, where it is an object the first shape whose required fields it gives
    /// (what reading one asks first); nil when none reads its kind.
    private func variant(of union: UnionModel, reading value: JSONValue, jsonBody: Bool) -> ResolvedType? {
        if let discriminated = union.discriminated { return variant(of: discriminated, reading: value) }
        let kind: JSONKind
        switch value {
        case .null: return nil
        case .bool: kind = .bool
        case .number: kind = .number
        case .string: kind = .text
        case .array: kind = .array
        case .object: kind = .object
        }
        let reading = union.variants.filter { $0.reads.contains(kind) }.map(\.type)
        guard let members = value.members else { return reading.first }
        // A required scalar of another kind fails the variant's decoding too (`group: 5` for a text `group`; an attack).
        return reading.first { type in
            guard case .shape(let reference) = type, let shape = shape(reference.swiftName) else { return true }
            return shape.fields.allSatisfy { field in
                guard field.spec.required, field.defaultValue == nil else { return true }
                guard let member = members[field.spec.wireName.value], member != .null else { return false }
                return scalarKindReads(member, field: field, jsonBody: jsonBody)
            }
        } ?? reading.first
    }

    /// Whether a required field's value is of a kind its type reads, where that type is a scalar (a shape, a list or a
    /// union is judged where it is read): a variant whose field is not fails its generated decoding.
    private func scalarKindReads(_ value: JSONValue, field: FieldModel, jsonBody: Bool) -> Bool {
        let textual = Self.travelsAsText(field, jsonBody: jsonBody) || field.spec.lenient
        switch model.checkedType(of: field.type) {
        case .string, .secret:
            if case .string = value { return true }
            return textual && Self.text(of: value) != nil
        case .int, .int64: return Self.integer(value, textual: textual) != nil
        case .bool: return Self.readsBool(value, lenient: field.spec.lenient, textual: textual)
        case .decimal, .double: return Self.readsNumber(value, as: model.checkedType(of: field.type), textual: textual)
        default: return true
        }
    }

    /// The shape a discriminated union's field names, as its generated enum chooses it (`DiscriminatedModel`): the
    /// field's text, or a number's digits; nil for a kind it keeps as `unknown`, whose payload has no rules, or a
    /// value it does not read.
    private func variant(of discriminated: DiscriminatedModel, reading value: JSONValue) -> ResolvedType? {
        let kind: String
        switch value.members?[discriminated.field] {
        case .string(let text)?: kind = text
        case .number(let number)?: kind = number.text
        // A boolean names `true` or `false`, as the generated decoding reads it (an attack: no variant was checked).
        case .bool(let flag)?: kind = flag ? "true" : "false"
        default: return nil
        }
        return discriminated.variant(forKind: kind, lookUp: { tables[$0]?.entry(for: $1)?.code }).map { .shape($0.shape) }
    }

    /// An integer as the generated decoding reads one: a JSON number, or text where the value travels as text, with
    /// any whitespace around it (a form's `ttl=+60`; `Int64(_:)` refused it, an attack).
    private static func integer(_ value: JSONValue, textual: Bool) -> Int64? {
        let readable = switch value {
        case .number: true
        case .string: textual
        default: false
        }
        return readable ? FormEncoder.text(of: value).flatMap { Int64(wireText: $0) } : nil
    }

    /// Whether the generated decoding reads `value` as a boolean: a JSON boolean, or in text `true`/`false`, `1`/`0`,
    /// `yes`/`no` (`ProvideFeedback=maybe` was accepted); a lenient one the JSON number 1 or 0 too.
    private static func readsBool(_ value: JSONValue, lenient: Bool, textual: Bool) -> Bool {
        switch value {
        case .bool: true
        case .number(let number): lenient && Bool(wireNumber: number.text) != nil
        case .string(let text): textual && Bool(wireText: text) != nil
        default: false
        }
    }

    /// A scalar's text as a text field reads it: a boolean as `true` or `false`, not as a form writes it.
    private static func text(of value: JSONValue) -> String? {
        if case .bool(let flag) = value { return flag ? "true" : "false" }
        return FormEncoder.text(of: value)
    }

    /// The rules of a text field, or of each element of a list of texts, rule by rule as the generated validators
    /// apply them.
    private func checkTexts<Text: ValidatedText>(
        _ texts: CheckedValues<Text>, field: FieldModel, siblings: [String: JSONValue], into validation: inout Validation
    ) {
        let constraints = field.spec.constraints
        if let min = constraints.minLength?.value { texts.apply(&validation) { $0.length($1, min: min, field: $2, code: code(field, "minLength")) } }
        if let max = constraints.maxLength?.value { texts.apply(&validation) { $0.length($1, max: max, field: $2, code: code(field, "maxLength")) } }
        if let pattern = constraints.pattern?.value {
            texts.apply(&validation) { $0.pattern($1, pattern, field: $2, code: code(field, "pattern")) }
        }
        if let max = constraints.maxSegments?.value {
            let substitute = constraints.substitute
            let length = substitute.map { substitute in
                substitute.lengthFrom.flatMap { siblings[$0.value].flatMap(FormEncoder.text(of:)).flatMap { Int(wireText: $0) } } ?? substitute.defaultLength
            } ?? 0
            let capacities = segmentCapacities
            texts.apply(&validation) {
                $0.segments(
                    $1, max: max, capacities: capacities, placeholder: substitute?.placeholder, substituteLength: length,
                    field: $2, code: code(field, "maxSegments"))
            }
        }
        if constraints.url?.value == true {
            texts.apply(&validation) { $0.url($1, field: $2, code: code(field, "url")) }
        }
        if let phone = constraints.phone, let rules = phoneRules(phone.country.value) {
            let forms = phone.forms.compactMap { PhoneForm(rawValue: $0.value) }
            texts.apply(&validation) { $0.phone($1, rules: rules, forms: forms, field: $2, code: code(field, "phone")) }
        }
    }

    /// The bounds of an integer field, or of each element of a list of integers, bound by bound.
    private func checkIntegers(_ numbers: CheckedValues<Int64>, field: FieldModel, into validation: inout Validation) {
        let constraints = field.spec.constraints
        if let min = constraints.minimum?.value { numbers.apply(&validation) { $0.range($1, min: min, field: $2, code: code(field, "minimum")) } }
        if let max = constraints.maximum?.value { numbers.apply(&validation) { $0.range($1, max: max, field: $2, code: code(field, "maximum")) } }
    }

    private var segmentCapacities: SegmentCapacities {
        guard let capacities = model.segmentCapacities else { return .standard }
        return SegmentCapacities(
            gsm7Single: capacities.gsm7Single, gsm7Concatenated: capacities.gsm7Concatenated,
            ucs2Single: capacities.ucs2Single, ucs2Concatenated: capacities.ucs2Concatenated)
    }

    private func phoneRules(_ country: String) -> PhoneNumberRules? {
        model.spec.phoneCountries.first { $0.country.value == country }.map {
            PhoneNumberRules(country: $0.country.value, countryCode: $0.countryCode, nationalPrefix: $0.nationalPrefix, mobilePattern: $0.mobile.value)
        }
    }
}

/// A field's value, or a list's elements, whose value rules hold for each (`to`, or `to[0]`, `to[1]`…).
private struct CheckedValues<Value> {
    let values: [Value]
    let name: String
    let isList: Bool

    static func one(_ value: Value, _ name: String) -> CheckedValues { CheckedValues(values: [value], name: name, isList: false) }

    /// One rule, on the value or, as the generated validators apply it, on each element (`Validation.each`).
    func apply(_ validation: inout Validation, _ rule: (inout Validation, Value, String) -> Void) {
        if isList {
            validation.each(values, field: name, rule)
        } else if let value = values.first {
            rule(&validation, value, name)
        }
    }
}

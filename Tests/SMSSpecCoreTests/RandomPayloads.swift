import Foundation
@testable import SMSSpecCore

/// JSON payloads made from a spec's model: every field present, each value in the form the generated code writes it
/// back (a date in its first format, an enum's first value, a table's first code in its wire form, a union's first
/// variant), so that decoding a payload with the generated type and encoding the value again must give the payload.
struct RandomPayloads {
    /// A payload of one message, and the places in it that hold a status code.
    struct Payload {
        let message: String
        let json: RandomJSON
        /// Each place a code of a table sits.
        let codePlaces: [CodePlace]
        /// The same payload with its kind, a table's code, spelled as the table also reads it (an alias, padded, a
        /// number as text): each chooses the same variant and is written back as `json`.
        var otherSpellings: [RandomJSON] = []
    }

    /// The keys and indexes from the top to a code; `isOptionalField` for a field that `null` leaves out (an optional
    /// code that is `null` is absent), where a required one or a list's element keeps it as `unknown(null)`.
    struct CodePlace {
        var steps: [PlaceStep]
        var isOptionalField = false
    }

    enum PlaceStep: Equatable, Sendable {
        case key(String), index(Int)
    }

    /// Shapes hold shapes (themselves too): below this depth only required fields are made, and a required field
    /// that needs more depth makes no payload.
    static let optionalDepth = 3, maximumDepth = 8

    private let model: ProviderModel
    private let shapes: [String: ShapeModel], enums: [String: EnumModel], tables: [String: TableModel]
    private let unions: [String: UnionModel], callbacks: [String: CallbackModel]

    init(_ model: ProviderModel) {
        self.model = model
        func byName<T>(_ items: [T], _ name: (T) -> String) -> [String: T] {
            Dictionary(items.map { (name($0), $0) }, uniquingKeysWith: { first, _ in first })
        }
        shapes = byName(model.shapes, \.swiftName)
        enums = byName(model.enums, \.swiftName)
        tables = byName(model.tables, \.swiftName)
        unions = byName(model.unions, \.swiftName)
        callbacks = byName(model.callbacks, \.swiftName)
    }

    /// A payload of each message the catalog lists that one can be made for.
    func payloads() -> [Payload] {
        model.messages.compactMap { message in
            var places: [CodePlace] = []
            if let callback = callbacks[message.swiftType], let variant = callback.variants.first,
                let field = callback.spec.discriminator?.field.value
            {
                guard let members = object(of: variant.shape.swiftName, depth: 0, at: [], places: &places) else { return nil }
                places.removeAll { $0.steps.first == .key(field) }
                let kinds = kindSpellings(variant.values[0], of: variant)
                let payloads = kinds.map { RandomJSON.object(members.filter { $0.key != field } + [(field, $0)]) }
                return Payload(message: message.name, json: payloads[0], codePlaces: places, otherSpellings: Array(payloads.dropFirst()))
            }
            let json = value(of: .shape(TypeReference(swiftName: message.swiftType, hasValidator: false)), bare: true, depth: 0, at: [], places: &places)
            return json.map { Payload(message: message.name, json: $0, codePlaces: places) }
        }
    }

    /// A discriminator's `value` as its variant's field writes it (a number when its table's codes are), then, when
    /// the field is a table listing it, each other spelling the field reads as the same code: aliases, the code
    /// padded with a zero, an int code as text.
    private func kindSpellings(_ value: String, of variant: DiscriminatedVariant) -> [RandomJSON] {
        guard let reference = variant.discriminatorTable, let table = tables[reference.swiftName]?.resolved,
            let row = table.wireSpellings.firstIndex(where: { $0 == .number(Int(value) ?? .min) || $0 == .text(value) })
        else { return [.string(value)] }
        let entry = table.entries[row]
        var others = entry.aliases.map(RandomJSON.string)
        if table.isNumeric, let number = Int(entry.code), number >= 0 { others.append(.string("0" + value)) }
        guard case .number = table.wireSpellings[row] else { return [.string(value)] + others }
        return [.number(value), .string(value)] + others
    }

    /// A form (or query) of each message sent as one, and the JSON its value must encode to: the fields of its shape
    /// as text, a list as the field repeated; a date stays text (a form has no numbers), every other scalar reads as
    /// its type. A message holding what a form cannot spell (an object, a union, JSON) makes none. Then the same form
    /// with each code replaced by each of `undocumentedCodes`, which is written back as the text it came as.
    func formPayloads(undocumentedCodes: [String]) -> [(message: String, form: String, expected: RandomJSON)] {
        baseFormPayloads().flatMap { base in
            [(base.message, Self.encoded(base.pairs), RandomJSON.object(base.members))] + base.codeFields.flatMap { index in
                undocumentedCodes.map { code in
                    var (pairs, members) = (base.pairs, base.members)
                    pairs[index].value = code
                    members[index].value = if case .array = members[index].value { .array([.string(code)]) } else { .string(code) }
                    return (base.message, Self.encoded(pairs), RandomJSON.object(members))
                }
            }
        }
    }

    private static func encoded(_ pairs: [(name: String, value: String)]) -> String {
        pairs.map { formEncoded($0.name) + "=" + formEncoded($0.value) }.joined(separator: "&")
    }

    /// Each form's fields, the JSON members they encode to (one each, in the same order), and which hold a code.
    private func baseFormPayloads() -> [(message: String, pairs: [(name: String, value: String)], members: [(key: String, value: RandomJSON)], codeFields: [Int])] {
        model.messages.compactMap { message in
            guard message.wire == .form || message.wire == .query else { return nil }
            var shapeName = message.swiftType, kind: (field: String, value: String, json: RandomJSON)?
            if let callback = callbacks[message.swiftType], let variant = callback.variants.first,
                let field = callback.spec.discriminator?.field.value
            {
                shapeName = variant.shape.swiftName
                kind = (field, variant.values[0], kindSpellings(variant.values[0], of: variant)[0])
            }
            guard let shape = shapes[shapeName], shape.listElement == nil else { return nil }
            var pairs: [(name: String, value: String)] = [], members: [(key: String, value: RandomJSON)] = [], codeFields: [Int] = []
            for field in shape.fields where field.spec.wireName.value != kind?.field {
                let wire = field.spec.wireName.value
                // A field of JSON text (`contentType`) is its value's JSON text, as the generated code writes it.
                if field.spec.isJSONText {
                    var places: [CodePlace] = []
                    guard let held = value(of: field.type, bare: false, depth: 0, at: [], places: &places) else { return nil }
                    pairs.append((wire, held.text))
                    members.append((wire, .string(held.text)))
                    continue
                }
                let (isList, type) = if case .array(let element) = field.type { (true, element) } else { (false, field.type) }
                guard let (text, value) = formValue(of: type) else { return nil }
                if case .table = type { codeFields.append(pairs.count) }
                pairs.append((wire, text))
                members.append((wire, !isList ? value : field.separatedList == nil ? .array([value]) : .string(text)))
            }
            if let kind {
                pairs.append((kind.field, kind.value))
                members.append((kind.field, kind.json))
            }
            return (message.name, pairs, members, codeFields)
        }
    }

    /// A scalar's form text, and the JSON its value encodes to.
    private func formValue(of type: ResolvedType) -> (text: String, json: RandomJSON)? {
        var places: [CodePlace] = []
        switch type {
        case .timestamp(let formats, _):
            guard case .string(let text) = Self.date(formats.first ?? "iso8601", asText: true) else { return nil }
            return (text, .string(text))
        case .bool: return (model.spec.formBooleans.text(true), .bool(true))
        case .string, .secret, .int, .int64, .double, .decimal, .enumeration, .table:
            guard let json = value(of: type, bare: false, depth: 0, at: [], places: &places) else { return nil }
            switch json {
            case .string(let text), .number(let text): return (text, json)
            default: return nil
            }
        case .json, .union, .array, .map, .shape: return nil
        }
    }

    private static func formEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    private func object(of shapeName: String, depth: Int, at path: [PlaceStep], places: inout [CodePlace]) -> [(key: String, value: RandomJSON)]? {
        guard let shape = shapes[shapeName], shape.listElement == nil, depth <= Self.maximumDepth else { return nil }
        var members: [(key: String, value: RandomJSON)] = []
        for field in shape.fields {
            guard field.isNonOptional || depth < Self.optionalDepth else { continue }  // a default is written back
            let wire = field.spec.wireName.value
            // A list's default, the empty list, as it is written back: deep down (a list of shapes would go on), or
            // when no element can be made.
            let emptyDefault: RandomJSON? = if !field.spec.required, field.spec.defaultValue != nil, case .array = field.type {
                field.separatedList == nil ? .array([]) : .string("")
            } else { nil }
            if depth >= Self.optionalDepth, let emptyDefault {
                members.append((wire, emptyDefault))
                continue
            }
            let placesBefore = places.count
            guard var value = value(of: field.type, bare: false, depth: depth + 1, at: path + [.key(wire)], places: &places) else {
                if field.spec.required { return nil }
                if let emptyDefault { members.append((wire, emptyDefault)) }
                continue
            }
            // A field of JSON text (`contentType`) is its value's compact JSON text, its codes none of the places.
            if field.spec.isJSONText {
                places.removeSubrange(placesBefore...)
                value = .string(value.text)
            }
            // A list with a separator is one text: its elements' texts joined; a table's codes with undocumented
            // ones and an empty one among them, each kept as sent (the places of its codes are in the text).
            if let list = field.separatedList, case .array(var items) = value {
                if case .table = list.element {
                    places.removeSubrange(placesBefore...)
                    items += [.string("zz"), .string(""), .string("0099999")]
                }
                value = .string(items.compactMap(\.scalarText).joined(separator: list.separator))
            }
            if case .table = field.type, !field.isNonOptional { places[placesBefore].isOptionalField = true }
            members.append((wire, value))
        }
        return members
    }

    /// A value of `type`; `bare` for a value outside a field (a list element, a map value, a union variant), which a
    /// date reads as text only.
    private func value(of type: ResolvedType, bare: Bool, depth: Int, at path: [PlaceStep], places: inout [CodePlace]) -> RandomJSON? {
        switch type {
        case .string: return .string("s")
        case .secret: return .string("k")
        case .int, .int64: return .number("7")
        case .double: return .number("1.5")
        case .decimal: return .number("12.5")
        case .bool: return .bool(true)
        case .json: return .object([("a", .array([.number("1"), .string("x")]))])
        case .timestamp(let formats, _): return Self.date(formats.first ?? "iso8601", asText: bare)
        case .enumeration(let reference):
            guard let enumeration = enums[reference.swiftName], let first = enumeration.spec.values.first?.value.value else { return nil }
            return enumeration.spec.wire == .number ? .number(first) : .string(first)
        case .table(let reference):
            guard let table = tables[reference.swiftName], !table.resolved.wireSpellings.isEmpty else { return nil }
            places.append(CodePlace(steps: path))
            switch table.resolved.wireSpellings[0] {
            case .number(let number): return .number(String(number))
            case .text(let text): return .string(text)
            case .boolean(let flag): return .bool(flag)
            }
        case .union(let reference):
            guard let union = unions[reference.swiftName], let first = union.variants.first else { return nil }
            // A discriminated union's first shape, saying its first value as its field writes it.
            if let discriminated = union.discriminated, let variant = discriminated.variants.first {
                guard let members = object(of: variant.shape.swiftName, depth: depth, at: path, places: &places) else { return nil }
                places.removeAll { $0.steps == path + [.key(discriminated.field)] }
                let kind = kindSpellings(variant.values[0], of: variant)[0]
                return .object(members.filter { $0.key != discriminated.field } + [(discriminated.field, kind)])
            }
            return value(of: first.type, bare: true, depth: depth, at: path, places: &places)
        case .array(let element):
            return value(of: element, bare: true, depth: depth, at: path + [.index(0)], places: &places).map { .array([$0]) }
        case .map(let element):
            return value(of: element, bare: true, depth: depth, at: path + [.key("k")], places: &places).map { .object([("k", $0)]) }
        case .shape(let reference):
            if let element = shapes[reference.swiftName]?.listElement {
                return value(of: element, bare: true, depth: depth + 1, at: path + [.index(0)], places: &places).map { .array([$0]) }
            }
            return object(of: reference.swiftName, depth: depth, at: path, places: &places).map(RandomJSON.object)
        }
    }

    /// 2024-01-02 03:04:05 UTC in `format`: a Unix time as a number (as text in a bare date), a pattern formatted.
    private static func date(_ format: String, asText: Bool) -> RandomJSON {
        let seconds = 1_704_164_645
        switch format {
        case "iso8601": return .string("2024-01-02T03:04:05Z")
        case "unixSeconds": return asText ? .string(String(seconds)) : .number(String(seconds))
        case "unixMilliseconds": return asText ? .string(String(seconds * 1000)) : .number(String(seconds * 1000))
        default:
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = format
            return .string(formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds))))
        }
    }
}

/// A JSON value as the payloads are written: members in order, numbers as their text.
indirect enum RandomJSON: Sendable {
    case string(String), number(String), bool(Bool), null
    case array([RandomJSON])
    case object([(key: String, value: RandomJSON)])

    /// Text or a number as its text; nil for anything else.
    var scalarText: String? {
        switch self {
        case .string(let text), .number(let text): text
        default: nil
        }
    }

    var text: String {
        switch self {
        case .string(let string): Self.quoted(string)
        case .number(let number): number
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .array(let items): "[" + items.map(\.text).joined(separator: ",") + "]"
        case .object(let members): "{" + members.map { Self.quoted($0.key) + ":" + $0.value.text }.joined(separator: ",") + "}"
        }
    }

    /// The value with the one at `place` replaced.
    func replacing(_ place: some Collection<RandomPayloads.PlaceStep>, with replacement: RandomJSON) -> RandomJSON {
        guard let step = place.first else { return replacement }
        switch (step, self) {
        case (.key(let key), .object(let members)):
            return .object(members.map { $0.key == key ? ($0.key, $0.value.replacing(place.dropFirst(), with: replacement)) : $0 })
        case (.index(let index), .array(var items)) where items.indices.contains(index):
            items[index] = items[index].replacing(place.dropFirst(), with: replacement)
            return .array(items)
        default:
            return self
        }
    }

    private static func quoted(_ string: String) -> String {
        var quoted = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case _ where scalar.value < 0x20: quoted += String(format: "\\u%04X", scalar.value)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}

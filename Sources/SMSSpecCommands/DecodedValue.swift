import Foundation
@_spi(Generated) import SMSSpecRuntime

/// A payload as a spec's model reads it (`ModelReader`), holding what the generated type would hold. Encoded, it
/// writes what that type's `encode(to:)` writes — a code in its table's wire form (annotated when the encoder asks),
/// a secret redacted when it asks — so `smsspec decode acme.yaml …` prints what `smsspec decode acme …` prints.
indirect enum DecodedValue: Encodable, Sendable, StatusCarrying {
    /// A value of a runtime or standard type, written as the generated type writes it: text, a number, a flag, a
    /// date, a secret, an open enum's value, JSON.
    case scalar(any Encodable & Sendable)
    case code(TableCode)
    /// Codes joined into one text (`separator:`): written as that text, or as a list of codes when the encoder
    /// annotates them, as the generated `encodeSeparatedCodes` writes them.
    case separatedCodes([TableCode], separator: String)
    /// A list, or a list shape.
    case list([DecodedValue])
    /// A shape's fields that are present (or defaulted), by wire name, in the spec's order.
    case object([(key: String, value: DecodedValue)])
    /// A map's entries.
    case map([(key: String, value: DecodedValue)])
    /// The variant of a union that read the value, and its name (`SendAnswer.answer (SendResponse)`), noted when the
    /// encoder asks as the generated union notes it.
    case unionVariant(DecodedValue, name: String)
    /// A callback's payload of a kind it does not list, kept whole, noted as the generated enum's unknown case notes it.
    case unknownKind(DecodedValue, kind: String, callback: String, field: String)
    /// A field's value read from the text of its JSON (`contentType: application/json`), written back as that text, as
    /// the generated `encodeJSONText` writes it.
    case jsonText(DecodedValue)

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .scalar(let value):
            // Through a container, as the generated code writes it: JSONEncoder writes a `Decimal` as a number there.
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .code(let code): try code.encode(to: encoder)
        case .separatedCodes(let codes, let separator):
            guard !StatusCodeCoding.asksForAnnotations(encoder.userInfo) else { return try DecodedValue.list(codes.map(DecodedValue.code)).encode(to: encoder) }
            var container = encoder.singleValueContainer()
            try container.encode(codes.map(\.wireCode.text).joined(separator: separator))
        case .list(let items):
            var container = encoder.unkeyedContainer()
            for item in items { try container.encode(item) }
        case .object(let fields), .map(let fields):
            var container = encoder.container(keyedBy: FieldKey.self)
            for (key, value) in fields { try container.encode(value, forKey: FieldKey(stringValue: key)) }
        case .unionVariant(let value, let name):
            UnionVariantNotes.note(name, to: encoder)
            try value.encode(to: encoder)
        case .unknownKind(let value, let kind, let callback, let field):
            UnionVariantNotes.noteUnknownKind(kind, of: callback, by: field, to: encoder)
            try value.encode(to: encoder)
        case .jsonText(let value):
            var container = encoder.singleValueContainer()
            try container.encode(JSONText.text(of: value, codingPath: encoder.codingPath, userInfo: encoder.userInfo))
        }
    }

    /// Every status code, as the generated `StatusCarrying` walks a message: through shapes' fields, lists (a
    /// message that is a list shape too: a Swift array of carriers carries their codes, `[1].code`), maps (in key
    /// order, `results.4477.status`) and a union's variant (no step of its own); paths by wire name
    /// (`packets[1].status`).
    func statusReports(at path: String) -> [StatusReport] {
        switch self {
        case .code(let code): [StatusReport(code, at: path)]
        case .separatedCodes(let codes, _): codes.enumerated().map { StatusReport($1, at: "\(path)[\($0)]") }
        case .list(let items): items.enumerated().flatMap { $1.statusReports(at: "\(path)[\($0)]") }
        case .object(let fields): fields.flatMap { $1.statusReports(at: MessagePath.join(path, $0)) }
        case .map(let entries): entries.sorted { $0.key < $1.key }.flatMap { $1.statusReports(at: MessagePath.entry(path, $0)) }
        case .unionVariant(let value, _), .unknownKind(let value, _, _, _), .jsonText(let value): value.statusReports(at: path)
        case .scalar: []
        }
    }
}

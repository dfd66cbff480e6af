import Foundation

/// A field whose value travels as text holding the JSON of its type (`contentType: application/json` in its spec):
/// Mandrill's form field `mandrill_events`, a JSON list of events; SUBMAIL's `multi`; in a JSON body, a string whose
/// content is JSON (`"result": "{\"a\":1}"`). The one definition both directions and the tools (`ModelReader`, the
/// rule interpreter, the sandbox) use: read through `JSONPayload` under every payload's limits, written compact with
/// sorted keys and unescaped slashes, the outer decoder's or encoder's `userInfo` carried to the nested value.
@_spi(Generated) public enum JSONText {
    /// The keys of one read's or write's own bookkeeping, which the nested read or write sets up for itself.
    private static let ownKeys: [CodingUserInfoKey] = [.jsonDocument, .integerAudit, .longNumberMark, .omitNonBodyFields]

    /// `userInfo` without the keys a read or write keeps for one payload.
    private static func carried(_ userInfo: [CodingUserInfoKey: Any]) -> [CodingUserInfoKey: Any] {
        userInfo.filter { key, _ in !ownKeys.contains(key) }
    }

    /// A coder's `userInfo` (`[CodingUserInfoKey: Any]`, as `Decoder` and `Encoder` give it) as Foundation's
    /// `JSONDecoder` and `JSONEncoder` take it. `any Sendable` is `Any` at run time (`Sendable` is a marker protocol:
    /// the two dictionaries are one type there), and every value this package puts in one is `Sendable`.
    static func sendable(_ userInfo: [CodingUserInfoKey: Any]) -> [CodingUserInfoKey: any Sendable] {
        unsafeBitCast(userInfo, to: [CodingUserInfoKey: any Sendable].self)
    }

    /// The value `text` holds as `Value`, read as any JSON payload is (size, depth, exact numbers, duplicate keys);
    /// an error's path starts at `codingPath`, the field's, and says the text is not JSON or not the type.
    public static func value<Value: Decodable>(
        _ type: Value.Type, of text: String, codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any] = [:]
    ) throws -> Value {
        let field = codingPath.last.map { " of field \(DisplayText.quotedExcerpt($0.stringValue))" } ?? ""
        let data = Data(text.utf8)
        guard data.count <= PayloadLimits.maximumBytes else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath,
                debugDescription: "The JSON text\(field) is \(data.count) bytes; the limit is \(PayloadLimits.maximumBytesText)."))
        }
        guard !text.isEmpty else {
            throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "The text\(field) is empty, not JSON."))
        }
        do {
            return try JSONPayload.decode(type, from: data, limitingDepth: true, userInfo: carried(userInfo))
        } catch let error as DecodingError {
            throw nested(error, at: codingPath, field: field)
        }
    }

    /// The compact JSON text of `value`: sorted keys, slashes unescaped, as a JSON body is written.
    public static func text<Value: Encodable>(of value: Value, codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any] = [:]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo = sendable(carried(userInfo))
        do {
            return String(decoding: try JSONPayload.encode(value, using: encoder), as: UTF8.self)
        } catch let EncodingError.invalidValue(value, context) {
            throw EncodingError.invalidValue(value, .init(
                codingPath: codingPath + context.codingPath, debugDescription: context.debugDescription, underlyingError: context.underlyingError))
        }
    }

    /// A nested read's error at the field's path: the text is not JSON (or is refused as any payload would be), or
    /// it is JSON but not of the field's type.
    private static func nested(_ error: DecodingError, at path: [any CodingKey], field: String) -> DecodingError {
        func moved(_ context: DecodingError.Context, _ words: String) -> DecodingError.Context {
            .init(codingPath: path + context.codingPath, debugDescription: words + context.debugDescription, underlyingError: context.underlyingError)
        }
        let notOfItsType = "The JSON text\(field) is not of its type: "
        switch error {
        case .dataCorrupted(let context): return .dataCorrupted(moved(context, "The text\(field) is not JSON it can read: "))
        case .typeMismatch(let type, let context): return .typeMismatch(type, moved(context, notOfItsType))
        case .valueNotFound(let type, let context): return .valueNotFound(type, moved(context, notOfItsType))
        case .keyNotFound(let key, let context): return .keyNotFound(key, moved(context, notOfItsType))
        @unknown default: return error
        }
    }
}

@_spi(Generated) extension KeyedDecodingContainer {
    /// A field whose text holds the JSON of `type` (`contentType: application/json`).
    public func decodeJSONText<Value: Decodable>(_ type: Value.Type, forKey key: Key, userInfo: [CodingUserInfoKey: Any] = [:]) throws -> Value {
        try JSONText.value(type, of: decode(String.self, forKey: key), codingPath: codingPath + [key], userInfo: userInfo)
    }

    /// `decodeJSONText`, or nil when the field is absent, null or empty text (as an empty form field is absent).
    public func decodeJSONTextIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key, userInfo: [CodingUserInfoKey: Any] = [:]) throws -> Value? {
        guard let text = try decodeIfPresent(String.self, forKey: key), !text.isEmpty else { return nil }
        return try JSONText.value(type, of: text, codingPath: codingPath + [key], userInfo: userInfo)
    }
}

@_spi(Generated) extension KeyedEncodingContainer {
    /// Writes `value` as the text of its JSON (`contentType: application/json`).
    public mutating func encodeJSONText<Value: Encodable>(_ value: Value, forKey key: Key, userInfo: [CodingUserInfoKey: Any] = [:]) throws {
        try encode(JSONText.text(of: value, codingPath: codingPath + [key], userInfo: userInfo), forKey: key)
    }

    /// `encodeJSONText`, or nothing when the value is nil.
    public mutating func encodeJSONTextIfPresent<Value: Encodable>(_ value: Value?, forKey key: Key, userInfo: [CodingUserInfoKey: Any] = [:]) throws {
        guard let value else { return }
        try encodeJSONText(value, forKey: key, userInfo: userInfo)
    }
}

@_spi(Generated) extension KeyedEncodingContainer where K == FieldKey {
    /// `encodeJSONText` of a value that may hold a credential (`JSONRedactable`): the values of the members named one
    /// of `names` redacted in the text when `userInfo` asks (`CodingUserInfoKey.redactSecrets`).
    public mutating func encodeJSONText<Value: JSONRedactable>(
        _ value: Value, forKey key: FieldKey, userInfo: [CodingUserInfoKey: Any], redactingMembersNamed names: [String]
    ) throws {
        try encodeJSONText(userInfo[.redactSecrets] as? Bool == true ? value.redactingMembers(named: names) : value, forKey: key, userInfo: userInfo)
    }

    public mutating func encodeJSONTextIfPresent<Value: JSONRedactable>(
        _ value: Value?, forKey key: FieldKey, userInfo: [CodingUserInfoKey: Any], redactingMembersNamed names: [String]
    ) throws {
        guard let value else { return }
        try encodeJSONText(value, forKey: key, userInfo: userInfo, redactingMembersNamed: names)
    }
}

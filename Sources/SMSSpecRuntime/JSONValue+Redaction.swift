import Foundation

/// A value that may hold the credentials a spec names (a webhook's `secret`, an API key) where no shape reads them as
/// `Secret`: JSON kept whole, a map whose key names a credential (`{"X-API-TOKEN": "…"}`), lists and maps of them,
/// an unknown event's payload. Printing, and output meant for people (`CodingUserInfoKey.redactSecrets`), show it
/// with those members' values redacted.
@_spi(Generated) public protocol JSONRedactable: Encodable, Sendable {
    /// This value with the value of every member named one of `names` (`CredentialNames`: in any case, at any
    /// depth, or as a part of a bracketed form name) replaced by `redactedPlaceholder`.
    func redactingMembers(named names: CredentialNames) -> Self
    /// What a credential's value of this type is shown as: `Secret.redacted`.
    static var redactedPlaceholder: Self { get }
}

extension JSONRedactable {
    /// `redactingMembers(named:)` with the spec's names as the generated code lists them.
    @_spi(Generated) public func redactingMembers(named names: [String]) -> Self {
        redactingMembers(named: CredentialNames(names))
    }

    /// Writes the value whole, or redacted as `redactingMembers(named:)` says when the encoder asks for secrets to be
    /// redacted (`CodingUserInfoKey.redactSecrets`, as `Secret` writes itself).
    @_spi(Generated) public func encode(to encoder: any Encoder, redactingMembersNamed names: [String]) throws {
        try (encoder.userInfo[.redactSecrets] as? Bool == true ? redactingMembers(named: names) : self).encode(to: encoder)
    }
}

@_spi(Generated) extension JSONValue: JSONRedactable {
    public static var redactedPlaceholder: JSONValue { .string(Secret.redacted) }

    public func redactingMembers(named names: CredentialNames) -> JSONValue { redactingMembers(named: names, textDepth: 0) }

    fileprivate func redactingMembers(named names: CredentialNames, textDepth: Int) -> JSONValue {
        switch self {
        case .object(let members):
            var redacted = members
            for (name, value) in members {
                redacted[name] = names.contains(name) ? Self.redactedPlaceholder : value.redactingMembers(named: names, textDepth: textDepth)
            }
            return .object(redacted)
        case .array(let items): return .array(items.map { $0.redactingMembers(named: names, textDepth: textDepth) })
        case .string(let text): return .string(text.redactingMembers(named: names, textDepth: textDepth))
        case .null, .bool, .number: return self
        }
    }
}

/// Text is redacted as a map's value under a credential's name; text holding a JSON object or list (a field's JSON
/// text kept as a string: an attack's `{"secret": …}` inside a `json` value printed) has its members redacted inside,
/// written back compact with its keys sorted, as far as `deepestJSONText` texts inside texts.
@_spi(Generated) extension String: JSONRedactable {
    public static var redactedPlaceholder: String { Secret.redacted }
    public func redactingMembers(named names: CredentialNames) -> String { redactingMembers(named: names, textDepth: 0) }

    /// JSON text inside JSON text read for credentials, at most: each level is a whole parse of its text.
    static let deepestJSONText = 8

    fileprivate func redactingMembers(named names: CredentialNames, textDepth: Int) -> String {
        guard textDepth < Self.deepestJSONText, !names.isEmpty,
            let first = utf8.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "{") || first == UInt8(ascii: "["),
            let value = try? JSONPayload.decode(JSONValue.self, from: Data(utf8))
        else { return self }
        let redacted = value.redactingMembers(named: names, textDepth: textDepth + 1)
        guard redacted != value else { return self }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(redacted)).flatMap { String(data: $0, encoding: .utf8) } ?? Secret.redacted
    }
}

@_spi(Generated) extension Optional: JSONRedactable where Wrapped: JSONRedactable {
    public static var redactedPlaceholder: Self { .some(Wrapped.redactedPlaceholder) }
    public func redactingMembers(named names: CredentialNames) -> Self { map { $0.redactingMembers(named: names) } }
}

@_spi(Generated) extension Array: JSONRedactable where Element: JSONRedactable {
    public static var redactedPlaceholder: Self { [Element.redactedPlaceholder] }
    public func redactingMembers(named names: CredentialNames) -> Self { map { $0.redactingMembers(named: names) } }
}

@_spi(Generated) extension Dictionary: JSONRedactable where Key == String, Value: JSONRedactable {
    public static var redactedPlaceholder: Self { [:] }

    public func redactingMembers(named names: CredentialNames) -> Self {
        var redacted = self
        for (name, value) in self {
            redacted[name] = names.contains(name) ? Value.redactedPlaceholder : value.redactingMembers(named: names)
        }
        return redacted
    }
}

/// A value kept as JSON, written by a generated `encode(to:)` through the nested encoder, which knows whether to redact.
private struct RedactableField<Value: JSONRedactable>: Encodable {
    let value: Value
    let names: [String]

    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder, redactingMembersNamed: names) }
}

@_spi(Generated) extension KeyedEncodingContainer where K == FieldKey {
    /// A field that may hold a credential (`JSONRedactable`) of a spec that names credentials: written whole, or with
    /// the values of the members named one of `names` redacted when the encoder asks (`CodingUserInfoKey.redactSecrets`).
    @_spi(Generated) public mutating func encode<Value: JSONRedactable>(
        _ value: Value, forKey key: FieldKey, redactingMembersNamed names: [String]
    ) throws {
        try encode(RedactableField(value: value, names: names), forKey: key)
    }

    @_spi(Generated) public mutating func encodeIfPresent<Value: JSONRedactable>(
        _ value: Value?, forKey key: FieldKey, redactingMembersNamed names: [String]
    ) throws {
        if let value { try encode(RedactableField(value: value, names: names), forKey: key) }
    }
}

@_spi(Generated) extension SingleValueEncodingContainer {
    /// A union's variant that may hold a credential, written as `KeyedEncodingContainer.encode(_:forKey:
    /// redactingMembersNamed:)` writes a field.
    @_spi(Generated) public mutating func encode<Value: JSONRedactable>(_ value: Value, redactingMembersNamed names: [String]) throws {
        try encode(RedactableField(value: value, names: names))
    }
}

/// A value kept as JSON — a `json` field, a list or map of them, an unknown event's payload — which may hold the
/// credentials a spec names (a webhook's `secret`, an API key) where no shape reads them as `Secret`: printing and
/// output meant for people (`CodingUserInfoKey.redactSecrets`) show it with those members' values redacted.
@_spi(Generated) public protocol JSONRedactable: Encodable, Sendable {
    /// This value with the value of every member named one of `names` (in any case, at any depth) replaced by
    /// `Secret.redacted`.
    func redactingMembers(named names: [String]) -> Self
}

@_spi(Generated) extension JSONValue: JSONRedactable {
    @_spi(Generated) public func redactingMembers(named names: [String]) -> JSONValue {
        redactingMembers(named: Set(names.map { $0.lowercased() }))
    }

    private func redactingMembers(named names: Set<String>) -> JSONValue {
        switch self {
        case .object(let members):
            var redacted = members
            for (name, value) in members {
                redacted[name] = Self.isNamed(name, among: names) ? .string(Secret.redacted) : value.redactingMembers(named: names)
            }
            return .object(redacted)
        case .array(let items): return .array(items.map { $0.redactingMembers(named: names) })
        case .null, .bool, .number, .string: return self
        }
    }

    /// A member named one of `names`, itself or as the last part of a bracketed form name (`data[api_key]`,
    /// `x[0][secret]`, as PHP-style forms nest fields).
    private static func isNamed(_ name: String, among names: Set<String>) -> Bool {
        let lowercased = name.lowercased()
        guard !names.contains(lowercased) else { return true }
        guard lowercased.hasSuffix("]"), let open = lowercased.lastIndex(of: "[") else { return false }
        return names.contains(String(lowercased[lowercased.index(after: open)..<lowercased.index(before: lowercased.endIndex)]))
    }
}

@_spi(Generated) extension Optional: JSONRedactable where Wrapped: JSONRedactable {
    public func redactingMembers(named names: [String]) -> Self { map { $0.redactingMembers(named: names) } }
}

@_spi(Generated) extension Array: JSONRedactable where Element: JSONRedactable {
    public func redactingMembers(named names: [String]) -> Self { map { $0.redactingMembers(named: names) } }
}

@_spi(Generated) extension Dictionary: JSONRedactable where Key == String, Value: JSONRedactable {
    public func redactingMembers(named names: [String]) -> Self { mapValues { $0.redactingMembers(named: names) } }
}

extension JSONRedactable {
    /// Writes the value whole, or redacted as `redactingMembers(named:)` says when the encoder asks for secrets to be
    /// redacted (`CodingUserInfoKey.redactSecrets`, as `Secret` writes itself).
    @_spi(Generated) public func encode(to encoder: any Encoder, redactingMembersNamed names: [String]) throws {
        try (encoder.userInfo[.redactSecrets] as? Bool == true ? redactingMembers(named: names) : self).encode(to: encoder)
    }
}

/// A value kept as JSON, written by a generated `encode(to:)` through the nested encoder, which knows whether to redact.
private struct RedactableField<Value: JSONRedactable>: Encodable {
    let value: Value
    let names: [String]

    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder, redactingMembersNamed: names) }
}

@_spi(Generated) extension KeyedEncodingContainer where K == FieldKey {
    /// A `json` field (or a list or map of them) of a spec that names credentials: written whole, or with the values
    /// of the members named one of `names` redacted when the encoder asks (`CodingUserInfoKey.redactSecrets`).
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
    /// A union's variant kept as JSON (or a list or map of them), written as `KeyedEncodingContainer.encode(_:forKey:
    /// redactingMembersNamed:)` writes a field.
    @_spi(Generated) public mutating func encode<Value: JSONRedactable>(_ value: Value, redactingMembersNamed names: [String]) throws {
        try encode(RedactableField(value: value, names: names))
    }
}

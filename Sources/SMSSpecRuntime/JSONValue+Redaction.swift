extension JSONValue {
    /// This value with the value of every member named one of `names` (in any case, at any depth) replaced by
    /// `Secret.redacted`: a payload no shape reads — an event of a kind the spec does not list — shown without the
    /// credentials the spec names (a webhook's `secret`, an API key) where a shape would hold them as `Secret`.
    @_spi(Generated) public func redactingMembers(named names: [String]) -> JSONValue {
        redactingMembers(named: Set(names.map { $0.lowercased() }))
    }

    private func redactingMembers(named names: Set<String>) -> JSONValue {
        switch self {
        case .object(let members):
            var redacted = members
            for (name, value) in members {
                redacted[name] = names.contains(name.lowercased()) ? .string(Secret.redacted) : value.redactingMembers(named: names)
            }
            return .object(redacted)
        case .array(let items): return .array(items.map { $0.redactingMembers(named: names) })
        case .null, .bool, .number, .string: return self
        }
    }

    /// Writes the value whole, or redacted as `redactingMembers(named:)` says when the encoder asks for secrets to be
    /// redacted (`CodingUserInfoKey.redactSecrets`, as `Secret` writes itself).
    @_spi(Generated) public func encode(to encoder: any Encoder, redactingMembersNamed names: [String]) throws {
        try (encoder.userInfo[.redactSecrets] as? Bool == true ? redactingMembers(named: names) : self).encode(to: encoder)
    }
}

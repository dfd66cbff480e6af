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

    /// Writes the value whole, or redacted as `redactingMembers(named:)` says when the encoder asks for secrets to be
    /// redacted (`CodingUserInfoKey.redactSecrets`, as `Secret` writes itself).
    @_spi(Generated) public func encode(to encoder: any Encoder, redactingMembersNamed names: [String]) throws {
        try (encoder.userInfo[.redactSecrets] as? Bool == true ? redactingMembers(named: names) : self).encode(to: encoder)
    }
}

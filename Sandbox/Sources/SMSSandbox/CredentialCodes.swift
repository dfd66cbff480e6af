import SMSSpecCore
import SMSSpecRuntime

/// A refusal that is not about credentials never says one of their codes (our rule): a user's Sakari send with no
/// contacts was answered 400 `{"error": {"code": "AUTH-001", …}}`, its one refusal example's authentication code
/// copied beside the invalid request's `HTTPStatus 400`, and the generated client reported bad credentials.
extension OperationResponder {
    /// Whether `entry` says the credentials are wrong or do not allow the request (authentication, authorization).
    static func isAboutCredentials(_ entry: StatusEntry) -> Bool { [.authentication, .authorization].contains(entry.category) }

    /// The example a refusal of `shape` is built from: for a refusal not about credentials, one holding no code about
    /// them in a table `codes` does not name, else the usual one with each such code left out — the optional member
    /// holding it, nearest to it —; nil when every such code sits where nothing is optional (the builder then writes
    /// the table's own code, or none).
    func refusalTemplate(for shape: ShapeModel, code: StatusEntry?, codes: [String: StatusEntry], aboutCredentials: Bool) -> JSONValue? {
        guard !aboutCredentials else { return builder.template(for: shape, code: code) }
        let clean = { (example: JSONValue) in self.withoutCredentialCodes(example, in: shape, keeping: codes) == example }
        if let example = builder.template(for: shape, code: code, matching: clean) { return example }
        guard let example = builder.template(for: shape, code: code) else { return nil }
        let kept = withoutCredentialCodes(example, in: shape, keeping: codes)
        return kept == .null ? example : kept
    }

    /// `value` (of `type`) without the credential codes of tables `codes` does not name: `.null` stands for a value
    /// that must go, which its nearest optional member takes out.
    private func withoutCredentialCodes(_ value: JSONValue, of type: ResolvedType, keeping codes: [String: StatusEntry]) -> JSONValue {
        switch type {
        case .table(let reference):
            guard codes[reference.swiftName] == nil, let entry = provider.table(reference.swiftName)?.entry(of: value), Self.isAboutCredentials(entry)
            else { return value }
            return .null
        case .array(let element):
            guard let items = value.items else { return value }
            // An element holding one goes (an error of a list of errors).
            return .array(items.compactMap { item in
                let kept = withoutCredentialCodes(item, of: element, keeping: codes)
                return kept == .null && item != .null ? nil : kept
            })
        case .shape(let reference):
            guard let shape = provider.shape(reference.swiftName) else { return value }
            return withoutCredentialCodes(value, in: shape, keeping: codes)
        default: return value
        }
    }

    private func withoutCredentialCodes(_ value: JSONValue, in shape: ShapeModel, keeping codes: [String: StatusEntry]) -> JSONValue {
        if let element = shape.listElement { return withoutCredentialCodes(value, of: .array(element), keeping: codes) }
        guard var members = value.members else { return value }
        for field in shape.fields {
            let name = field.spec.wireName.value
            guard let member = members[name], member != .null else { continue }
            let kept = withoutCredentialCodes(member, of: field.type, keeping: codes)
            guard kept != member else { continue }
            if kept != .null {
                members[name] = kept
            } else if field.spec.required {
                return .null
            } else {
                members[name] = nil
            }
        }
        return .object(members)
    }
}

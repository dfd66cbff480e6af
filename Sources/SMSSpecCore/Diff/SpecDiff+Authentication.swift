extension ProviderComparison {
    /// What a client is configured with and where its requests carry it: each change breaks running code, which
    /// compiles as before. A header added to `auth: headers` is a credential no configuration gives (every request
    /// throws), one removed a credential the client now refuses, one renamed both; another type, header, scheme or
    /// field sends the credentials where the provider no longer reads them. A header's name or scheme in another case
    /// is the same header (HTTP reads them in any case), and the headers in another order send the same request.
    func authenticationChanges() -> [SpecChange] {
        let (old, new) = (before.spec.authentication, after.spec.authentication)
        if let old, let new, old.kind == .headers, new.kind == .headers {
            return headerChanges(old.headers.map(\.value), new.headers.map(\.value))
        }
        guard Self.wire(of: old) != Self.wire(of: new) else { return [] }
        let why = old?.kind == new?.kind
            ? "clients send their credentials elsewhere"
            : "clients are given \(Self.credentials(of: new)) where they were given \(Self.credentials(of: old))"
        return [change(.changed, "auth", "\(Self.summary(of: old)) → \(Self.summary(of: new)): \(why)", .breaking)]
    }

    /// An operation's own credentials (a login's) given, removed or changed: its client is given others.
    func ownAuthenticationChanges(_ old: OperationModel, _ new: OperationModel) -> [SpecChange] {
        guard Self.wire(of: old.ownAuthentication) != Self.wire(of: new.ownAuthentication) || old.sendsCredentials != new.sendsCredentials
        else { return [] }
        let sent = { (operation: OperationModel) in
            operation.ownAuthentication.map { "its own (\(Self.summary(of: $0)))" } ?? (operation.sendsCredentials ? "the provider's" : "none (auth: none)")
        }
        return [change(
            .changed, "operation \(new.spec.id.value)",
            "credentials sent: \(sent(old)) → \(sent(new)): a client is given \(Self.credentials(of: new.ownAuthentication))"
                + (new.ownAuthentication == nil ? "" : " with its login") + " for it, where it was given "
                + (old.ownAuthentication == nil && old.sendsCredentials ? "the provider's" : Self.credentials(of: old.ownAuthentication)),
            .breaking)]
    }

    /// What a role change means: a client's error (`reason`), a login (`credential`, `credentialExpiry`), else what
    /// the sandbox reads.
    static func roleMeaning(_ old: FieldRole?, _ new: FieldRole?) -> String {
        [old, new].contains(.reason) ? "what a client's error says a failure is"
            : [old, new].contains(.credential) ? "the credential a login gives, which the generated client reads"
            : [old, new].contains(.credentialExpiry) ? "when a login's credential expires, which the generated client reads" : "what the sandbox reads the field as"
    }

    /// What a client is configured with (`Credentials`'s case), or that it needs none.
    private static func credentials(of auth: AuthenticationSpec?) -> String {
        switch auth?.kind {
        case nil: "no credentials"
        case .header: ".apiKey(…)"
        case .basic: ".basic(username:password:)"
        case .fields: ".fields([…])"
        case .headers: ".headers([…])"
        }
    }

    private func headerChanges(_ old: [String], _ new: [String]) -> [SpecChange] {
        let removed = old.filter { name in !new.contains { $0.lowercased() == name.lowercased() } }
        let added = new.filter { name in !old.contains { $0.lowercased() == name.lowercased() } }
        if removed.count == 1, added.count == 1 {
            return [change(.changed, "auth header \(removed[0])", "renamed \(added[0]): a client given \(removed[0]) sends no \(added[0])", .breaking)]
        }
        return removed.map { change(.removed, "auth header \($0)", "a client given its value is refused", .breaking) }
            + added.map { change(.added, "auth header \($0)", "every client must be given its value, or each request throws", .breaking) }
    }

    /// The auth as the wire has it: header names and schemes in lowercase.
    private static func wire(of auth: AuthenticationSpec?) -> String { summary(of: auth, lowercasingHeaders: true) }

    /// `header X-API-KEY`, `header Authorization scheme Bearer`, `basic`, `fields api_key, api_secret`, `none`.
    private static func summary(of auth: AuthenticationSpec?, lowercasingHeaders: Bool = false) -> String {
        guard let auth else { return "none" }
        let header = { (name: String) in lowercasingHeaders ? name.lowercased() : name }
        return switch auth.kind {
        case .header: "header \(header(auth.headerName ?? ""))" + (auth.scheme.map { " scheme \(header($0))" } ?? "")
        case .basic: "basic"
        case .fields: "fields " + auth.fields.map(\.value).joined(separator: ", ")
        case .headers: "headers " + auth.headers.map { header($0.value) }.joined(separator: ", ")
        }
    }
}

import SMSSpecVocabulary

extension SpecValidator {
    /// A `role: credential` field is the credential a login's successful answer gives, which a client sends as the
    /// provider's `auth` from then on (docs/client.md): it needs an operation that answers it and sends none of the
    /// provider's credentials, one credential per login, one shape of successful answer to read it from, and an `auth`
    /// of one value to send it as — an API key header (`Authorization: Bearer`) or one request field. A field saying
    /// when it expires (`role: credentialExpiry`) sits in the same answer, once.
    func checkObtainedCredentials() {
        var reached = Set<String>()
        var reachedExpiries = Set<String>()
        for operation in spec.operations {
            let found = ObtainedCredentials.found(by: operation, shapes: names.shapesByName)
            if !found.isEmpty {
                checkExpiries(ObtainedCredentials.found(by: operation, playing: .credentialExpiry, shapes: names.shapesByName), of: operation)
                    .forEach { reachedExpiries.insert($0) }
            }
            // A client gives an operation's own credentials to its login alone (`Login`): another's could never be sent.
            if found.isEmpty, let own = operation.auth, case .own = own.value {
                diagnostics.error(
                    "operation '\(operation.id.value)' has credentials of its own, which a client gives only to a login: mark the "
                        + "credential its answer gives 'role: credential'; remove 'auth' if it sends the provider's as they say; or, "
                        + "where it sends them elsewhere (the same key as query fields), write 'auth: none' and give its request "
                        + "those fields as `secret`s, which each call then fills",
                    at: own.location)
            }
            guard let first = found.first else { continue }
            let location = first.field.role?.location ?? first.field.wireName.location
            let subject = "operation '\(operation.id.value)'"
            for credential in found { reached.insert(credential.shape + "." + credential.field.wireName.value) }
            if found.count > 1 {
                diagnostics.error(
                    "\(subject) answers \(found.count) credentials (\(found.map { "'\($0.wirePath)'" }.joined(separator: ", "))): a login gives "
                        + "the one credential the provider's 'auth' sends; keep 'role: credential' on one",
                    at: found[1].field.role?.location ?? found[1].field.wireName.location)
            }
            if operation.auth == nil {
                diagnostics.error(
                    "\(subject) answers the credential '\(first.wirePath)' but sends the provider's credentials, which it obtains: "
                        + "give it 'auth: none', or its own ('auth: {type: basic}' for a login taking a user name and password)",
                    at: operation.id.location)
            }
            let shapes = Set(operation.successfulResponses.map { $0.shape?.value ?? "" })
            if shapes.count > 1 {
                diagnostics.error(
                    "\(subject) answers the credential '\(first.wirePath)', but its successful answers have \(shapes.count) shapes: a "
                        + "client reads a login's credential from one; give its 2xx answers one shape",
                    at: location)
            }
            if let why = whyCredentialIsUnsendable() {
                diagnostics.error("\(subject) answers the credential '\(first.wirePath)', \(why)", at: location)
            }
        }
        for (shape, field) in fields(playing: .credential, outside: reached) {
            diagnostics.error(
                "field '\(field.wireName.value.abbreviated)' of shape '\(shape.name.value.abbreviated)' has the role 'credential', "
                    + "the credential a login gives, but no operation's successful answer holds it: declare it in a login's answer "
                    + "shape or a shape that holds in a field, at most \(ObtainedCredentials.depth) levels down, not in a list, map or union",
                at: field.role?.location ?? field.wireName.location)
        }
        for (shape, field) in fields(playing: .credentialExpiry, outside: reachedExpiries) {
            diagnostics.error(
                "field '\(field.wireName.value.abbreviated)' of shape '\(shape.name.value.abbreviated)' has the role 'credentialExpiry', "
                    + "when a login's credential expires, but no login's successful answer holds it: declare it beside the "
                    + "'role: credential' field of a login's answer or in a shape that answer holds in a field, at most "
                    + "\(ObtainedCredentials.depth) levels down, not in a list, map or union",
                at: field.role?.location ?? field.wireName.location)
        }
    }

    /// A login's answer says when its credential expires in one field at most; returns the fields found.
    private func checkExpiries(_ expiries: [ObtainedCredentials.Found], of operation: OperationSpec) -> [String] {
        if expiries.count > 1 {
            diagnostics.error(
                "operation '\(operation.id.value)' answers \(expiries.count) expiries of its credential (\(expiries.map { "'\($0.wirePath)'" }.joined(separator: ", "))): "
                    + "a client reads one; keep 'role: credentialExpiry' on one",
                at: expiries[1].field.role?.location ?? expiries[1].field.wireName.location)
        }
        return expiries.map { $0.shape + "." + $0.field.wireName.value }
    }

    /// Why the provider's `auth` cannot send one obtained credential, or nil when it can.
    private func whyCredentialIsUnsendable() -> String? {
        guard let authentication = spec.authentication else {
            return "but the provider has no 'auth' to send it: say how every other operation sends it ({type: header, name: Authorization, scheme: Bearer})"
        }
        switch authentication.kind {
        case .header: return nil
        case .fields where authentication.fields.count == 1: return nil
        case .fields:
            return "but the provider's 'auth' sends \(authentication.fields.count) fields, of which one credential fills one: "
                + "a login's credential is an API key header or one field"
        case .basic, .headers:
            return "but the provider's 'auth' is \(authentication.kind.rawValue), which takes several values: a login's credential is "
                + "sent as an API key header ({type: header, name: Authorization, scheme: Bearer}) or one field"
        }
    }
}

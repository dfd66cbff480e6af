import SMSSpecVocabulary

extension SpecValidator {
    /// Credentials never print: every `auth: fields` field exists, and it and a field named as the auth header are a
    /// `secret` where it can be sent (plain text
    /// would print wherever its request does), and no secret has a default (its value would be written in the
    /// generated code).
    func checkCredentials() {
        // `auth: none` leaves out the provider's credentials: without any, it would change nothing.
        if spec.authentication == nil {
            for operation in spec.operations {
                guard let auth = operation.auth, case .none = auth.value else { continue }
                diagnostics.error(
                    "operation '\(operation.id.value)' says 'auth: none', but the provider has no 'auth': no operation sends "
                        + "credentials, so it changes nothing; remove it",
                    at: auth.location)
            }
        }
        let credentials = spec.credentialFieldNames
        checkCredentialFieldsAreCarried()
        let fieldNames = Set(spec.shapes.flatMap { $0.fields.map(\.wireName.value) })
        for field in credentials where !fieldNames.contains(field.value) {
            diagnostics.error(
                "auth field '\(field.value)' is not a field of any shape (auth fields are named as they are sent)"
                    + hint(for: field.value, in: fieldNames.sorted()),
                at: field.location)
        }
        // Named as a payload names a member, in any case or inside a bracketed form name (`data[apikey]`), as the
        // catalog and printing redact it: the auth fields, and the auth header, which documents show in bodies too.
        let credentialNames = CredentialNames(credentials.map(\.value) + spec.credentialHeaders)
        let onlyReceived = onlyReceivedShapes
        for shape in spec.shapes {
            for field in shape.fields {
                let subject = "field '\(field.wireName.value)' of shape '\(shape.name.value)'"
                let reportsOnIt = onlyReceived.contains(shape.name.value) && field.type.value != .primitive(.string)
                // Named otherwise than an auth field is (another case, a bracketed name, the header's), only text is
                // taken for the credential: `APIKEY: int` is a count of something.
                let named = credentialNames.credential(named: field.wireName.value)
                let isAuthField = credentials.contains { $0.value == field.wireName.value }
                if let credential = named, isAuthField || field.type.value == .primitive(.string), !field.secret, !reportsOnIt {
                    let which = credentials.contains { $0.value == credential } ? "auth fields" : "the auth header \(credential)"
                    let asText = [.primitive(.int), .primitive(.int64)].contains(field.type.value) ? ", typed `string` (only text can be secret)" : ""
                    diagnostics.error(
                        "\(subject) carries a credential (\(which)): mark it `secret: true`\(asText) so its value never prints",
                        at: field.wireName.location)
                } else if named == nil, !field.secret, field.type.value == .primitive(.string),
                    CredentialNames.folded(field.wireName.value).map(Self.credentialWords.contains) == true
                {
                    diagnostics.warning(
                        "\(subject) is named as a credential but is no `secret`: its value prints wherever its message does "
                            + "(`print`, errors, `smsspec decode`); mark it `secret: true`, or ignore this if it holds none",
                        at: field.wireName.location)
                }
                if field.secret, let value = field.defaultValue {
                    diagnostics.error(
                        "\(subject) is a credential ('secret'), so it has no default: its value would be written in the generated code",
                        at: value.location)
                }
            }
        }
    }

    /// An operation sending the provider's `auth: fields` credentials has a request that holds one of the fields at
    /// least, at its top or in a shape or union it holds (CM.com's `messages.authentication.productToken`): a client
    /// fills those it holds (iTexMo's send its `3` and `passwd`, its balance its `apicode`), and one holding none would
    /// go without credentials (an attack: a GET balance with no request, sent bare).
    private func checkCredentialFieldsAreCarried() {
        guard let authentication = spec.authentication, authentication.kind == .fields else { return }
        let fields = authentication.fields.map(\.value)
        for operation in spec.operations where operation.auth == nil {
            let held = operation.request.map { names(heldBy: $0.value) } ?? []
            guard !fields.contains(where: held.contains) else { continue }
            diagnostics.error(
                "operation '\(operation.id.value)' sends the provider's credentials, fields \(fields.map { "'\($0)'" }.joined(separator: ", ")), but "
                    + (operation.request.map { "its request '\($0.value)' holds none of them" } ?? "it has no request")
                    + " to carry them: give it such a field (a `secret`), or 'auth: none' if it needs none",
                at: operation.request?.location ?? operation.id.location)
        }
    }

    /// The wire names of the fields of `shape` and of the shapes, lists and unions it holds, at any depth.
    private func names(heldBy shape: String) -> Set<String> {
        var names = Set<String>(), visited = Set<String>()
        func walk(_ type: TypeExpression) {
            switch type {
            case .primitive: return
            case .array(let element), .map(let element): walk(element)
            case .named(let name):
                guard visited.insert(name).inserted else { return }
                if let shape = self.names.shapesByName[name] {
                    shape.items.map { walk($0.value) }
                    for field in shape.fields {
                        names.insert(field.wireName.value)
                        walk(field.type.value)
                    }
                } else if let union = self.names.unionsByName[name] {
                    union.variants.forEach { walk($0.type.value) }
                }
            }
        }
        walk(.named(shape))
        return names
    }

    /// Names that say a field holds a credential (`CredentialNames.words`).
    static var credentialWords: Set<String> { CredentialNames.words }

    /// Shapes the provider sends and no operation does: an answer's or a callback's payload, or a variant of a union an
    /// operation answers with (seven's `SendAnswer`, its answer object or a bare code). A field there named like an
    /// auth field that is no text is what the provider reports about it (Semaphore's 422 answer `{"apikey": ["The
    /// apikey field is required."]}`, a list of texts, which no `secret` can be), never the credential; a text there
    /// may be the credential echoed back, so it stays a `secret`.
    private var onlyReceivedShapes: Set<String> {
        let callbacks = spec.callbacks.flatMap { callback in
            [callback.shape?.value].compactMap { $0 } + (callback.discriminator?.variants.map(\.shape.value) ?? [])
        }
        return Set(spec.answersAndTheirVariants + callbacks).subtracting(spec.operations.compactMap(\.request?.value))
    }
}

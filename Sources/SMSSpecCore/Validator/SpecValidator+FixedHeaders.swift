import SMSSpecVocabulary

extension SpecValidator {
    /// The provider's `headers`, sent with every request as written, and each operation's, sent with its own: each an
    /// HTTP token with a value HTTP carries as is, named once, none a header the request writes itself, a credential's
    /// (the spec is no place for a key: `auth` is), or a field's of a request it goes with. `Content-Type` replaces the
    /// one a body's encoding writes, so it must name that encoding (`application/vnd.api+json` is JSON).
    func checkFixedHeaders() {
        let fieldHeaders = Set(spec.shapes.flatMap { $0.fields.filter { $0.placement == .header }.map { $0.wireName.value.lowercased() } })
        checkFixedHeaders(spec.headers, of: "the provider", fieldHeaders: fieldHeaders) { name in
            // The operations it goes with: those that do not replace it.
            spec.operations.filter { operation in !operation.headers.contains { $0.name.value.lowercased() == name } }
        }
        let providerHeaders = Dictionary(spec.headers.map { ($0.name.value.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        for operation in spec.operations where !operation.headers.isEmpty {
            let request = operation.request.flatMap { names.shapesByName[$0.value] }
            let ownFieldHeaders = Set(request?.fields.filter { $0.placement == .header }.map { $0.wireName.value.lowercased() } ?? [])
            checkFixedHeaders(operation.headers, of: "operation '\(operation.id.value)'", isOperation: true, fieldHeaders: ownFieldHeaders) { _ in
                [operation]
            }
            for header in operation.headers {
                guard let provider = providerHeaders[header.name.value.lowercased()], provider.value.value == header.value.value else { continue }
                diagnostics.warning(
                    "header '\(DisplayText.escapedExcerpt(header.name.value))' of operation '\(operation.id.value)' repeats the provider's "
                        + "(line \(provider.name.location.line)), which every request carries already; remove it",
                    at: header.name.location)
            }
        }
    }

    /// One owner's headers; `operations(name)` are the operations a header of that lowercased name goes with.
    private func checkFixedHeaders(
        _ headers: [FixedHeaderSpec], of owner: String, isOperation: Bool = false, fieldHeaders: Set<String>,
        operations: (String) -> [OperationSpec]
    ) {
        var seen: [String: Located<String>] = [:]
        for header in headers {
            let (name, value) = (header.name, header.value)
            let subject = "header '\(DisplayText.escapedExcerpt(name.value))' of \(owner)"
            guard HTTPToken.isValid(name.value) else {
                diagnostics.error("\(subject) is not an HTTP token; letters, digits and !#$%&'*+-.^_`|~ only", at: name.location)
                continue
            }
            let lowercased = name.value.lowercased()
            if let first = seen[lowercased] {
                diagnostics.error(
                    "\(subject) is written twice (as '\(first.value)' at line \(first.location.line)): HTTP reads a header's name in any "
                        + "case; write it once",
                    at: name.location)
            }
            seen[lowercased] = seen[lowercased] ?? name
            if lowercased != "content-type", let why = RequestHeaders.whyWrittenByTheRequest(name.value) {
                diagnostics.error("\(subject) cannot be sent as written: \(why); remove it", at: name.location)
            } else if isCredentialHeader(lowercased) {
                diagnostics.error(
                    "\(subject) would carry a credential written in the spec, which specs arrive in pull requests to show: "
                        + "declare it in 'auth' (auth: {type: header, name: \(name.value)}), and clients are given the value",
                    at: name.location)
            } else if fieldHeaders.contains(lowercased) {
                diagnostics.error(
                    "\(subject) is a request field's header too ('in: header'), so the header would be sent twice; keep one", at: name.location)
            }
            let scalars = value.value.unicodeScalars
            if scalars.isEmpty || scalars.first == " " || scalars.last == " " || scalars.first == "\t" || scalars.last == "\t"
                || scalars.contains(where: { !(0x20...0x7E).contains($0.value) && $0 != "\t" })
            {
                diagnostics.error(
                    "the value of \(subject) is \(DisplayText.quoted(value.value)): a header is sent as visible ASCII, spaces and tabs inside "
                        + "it, and is not empty",
                    at: value.location)
            } else if lowercased == "content-type" {
                checkFixedContentType(value, subject: subject, operations: operations(lowercased), isOperation: isOperation)
            }
        }
    }

    /// An auth header, or a name saying it holds a credential (`RequestHeaders.isCredentialNamed`): a review found
    /// run-together ones (`X-ApiKey`) passed.
    private func isCredentialHeader(_ lowercased: String) -> Bool {
        spec.credentialHeaders.contains(where: { $0.lowercased() == lowercased })
            || RequestHeaders.isCredentialNamed(lowercased)
    }

    /// `Content-Type` goes with every body the provider's requests send: each such operation's encoding must be the
    /// media type's (JSON for `application/json` and any `+json`, a form for `application/x-www-form-urlencoded`), and
    /// a charset it names the one the body is written in (JSON in UTF-8, a form in the provider's `charset`).
    /// `isOperation`: the header is one operation's, which must send a body.
    private func checkFixedContentType(_ value: Located<String>, subject: String, operations: [OperationSpec], isOperation: Bool) {
        guard let type = MediaType(value.value) else {
            return diagnostics.error("the value of \(subject) is no media type (type/subtype; parameters): \(DisplayText.quoted(value.value))", at: value.location)
        }
        if let repeated = type.repeatedParameter {
            return diagnostics.error(
                "the value of \(subject) names '\(repeated)' twice, which servers read differently (the first, the last, or neither); name it once",
                at: value.location)
        }
        let encoding = type.bodyEncoding.flatMap(EncodingKind.init(rawValue:))
        if let charset = type.charset, let encoding {
            let written = encoding == .json ? FormCharset.utf8 : spec.charset
            if FormCharset(name: charset) != written {
                diagnostics.error(
                    "the value of \(subject) says charset=\(charset), but \(encoding == .json ? "a JSON body is written in UTF-8" : "the provider's forms are written in \(written.rawValue)"): "
                        + "the provider would read other characters; name \(written.rawValue) or no charset",
                    at: value.location)
            }
        }
        // Every operation sending a body: in JSON or a form, as its descriptor says (`sentEncoding`).
        for operation in operations {
            let sent = operation.sentEncoding(request: operation.request.flatMap { names.shapesByName[$0.value] }, provider: spec.encoding)
            guard sent == .json || sent == .form else {
                // An operation's own Content-Type would never be sent (the provider's goes with those that have a body).
                if isOperation {
                    diagnostics.error(
                        "\(subject) labels a body, but the operation sends none (\(sent == .query ? "its request goes as a query" : "it writes no body")); "
                            + "Content-Type goes only with a body: remove it",
                        at: value.location)
                }
                continue
            }
            guard sent != encoding else { continue }
            diagnostics.error(
                "\(subject) says \(type.essence), but operation '\(operation.id.value)' sends a \(sent == .json ? "JSON" : "form") body: "
                    + "Content-Type names the body's encoding (\(sent == .json ? "application/json, a type ending in +json, or one whose subtype has the word json, as application/x-amz-json-1.0" : "application/x-www-form-urlencoded"))",
                at: value.location)
            return
        }
    }
}

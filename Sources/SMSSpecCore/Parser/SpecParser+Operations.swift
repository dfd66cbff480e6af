import SMSSpecVocabulary
import Yams

extension SpecParser {
    func operation(_ entry: (name: Located<String>, value: Node)) -> OperationSpec? {
        let subject = "operation '\(entry.name.value)'"
        guard let operation = MappingReader(entry.value, file: file, subject: subject, diagnostics: diagnostics) else { return nil }
        operation.checkKeys(SpecKeys.operation)
        // Each answer by the status it stands for ("200", "2XX", "default"): `'200'` beside `200` is one status twice.
        var answered: [String: SourceLocation] = [:]
        let responses = operation.namedEntries("responses", required: true).compactMap { response -> ResponseSpec? in
            var status: Int?, statusClass: Int?
            let key = response.name.value
            let standsFor = key.utf8.count == 3 && key.dropFirst().lowercased() == "xx" ? key.uppercased() : Int(key).map(String.init) ?? key
            if let earlier = answered[standsFor] {
                let what = standsFor.hasSuffix("XX") ? "the class \(standsFor) again" : "the status \(standsFor) again"
                diagnostics.error(
                    "response key '\(key)' of \(subject) is \(what) (line \(earlier.line)); remove one", at: response.name.location)
                return nil
            }
            answered[standsFor] = response.name.location
            if key == "default" {
                status = nil
            } else if let number = Int(key), String(number) != key, (200...599).contains(number) {
                diagnostics.error(
                    "response key '\(key)' of \(subject) must be written as the status's three digits: \(number)", at: response.name.location)
                return nil
            } else if key.first == "1", key.utf8.count == 3, Int(key) != nil || key.dropFirst().lowercased() == "xx" {
                // An interim answer (100 Continue, 103 Early Hints) is never the one a client reads.
                diagnostics.error(
                    "response key '\(key)' of \(subject) is an informational status, which HTTP never gives as an answer; "
                        + "document the final status the provider answers (200-599)",
                    at: response.name.location)
                return nil
            } else if let number = Int(key), (200...599).contains(number) {
                status = number
            } else if key.utf8.count == 3, let digit = key.first?.wholeNumberValue, (2...5).contains(digit), key.dropFirst().lowercased() == "xx" {
                // `2XX`, as OpenAPI writes a class of statuses.
                statusClass = digit
            } else {
                diagnostics.error(
                    "response key '\(key)' of \(subject) must be an HTTP status (200-599), a class of them (2XX) or 'default'",
                    at: response.name.location)
                return nil
            }
            if case .scalar(let shape) = response.value, !shape.string.isEmpty {
                // `200: Answer`: the shape alone, where the format wants `{shape: Answer}`.
                diagnostics.error(
                    "response \(response.name.value) of \(subject) must be a mapping, found \(response.value.kindDescription); "
                        + "write {shape: \(shape.string.abbreviated)}",
                    at: response.value.location(in: file))
                return nil
            }
            guard let reader = MappingReader(
                response.value, file: file, subject: "response \(response.name.value) of \(subject)", diagnostics: diagnostics)
            else { return nil }
            let bodyHint = "a response's body is its 'shape', a shape or union by name"
            reader.checkKeys(SpecKeys.response, hints: ["schema": bodyHint, "content": bodyHint, "body": bodyHint])
            let tables = reader.strings("tables")
            return ResponseSpec(
                httpStatus: status, statusClass: statusClass, shape: reader.string("shape"), tables: tables ?? [], noCodeDecides: tables?.isEmpty == true,
                reports: reader.strings("reports") ?? [], summary: reader.string("summary")?.value, location: response.name.location)
        }
        var spec = OperationSpec(
            id: entry.name,
            summary: operation.string("summary")?.value,
            // A missing or unknown method is reported here; "" then matches no method's rule (GET's among them).
            method: operation.choice("method", ["GET", "POST", "PUT", "PATCH", "DELETE"], required: true)
                ?? Located("", at: operation.location),
            path: operation.string("path", required: true) ?? Located("/", at: operation.location),
            encoding: operation.choice("encoding", EncodingKind.requestEncodings.map(\.rawValue), hints: Self.mediaTypeHints).flatMap { EncodingKind(rawValue: $0.value) },
            request: operation.string("request"),
            responses: responses,
            source: sourceReference(in: operation),
            decisions: decisions(in: operation))
        spec.encodingIsUnreadable = spec.encoding == nil && operation.node("encoding") != nil
        spec.idempotent = operation.bool("idempotent")
        spec.auth = operationAuth(in: operation, subject: subject)
        spec.baseURL = operationBaseURL(in: operation, subject: subject)
        spec.headers = fixedHeaders(of: operation, owner: subject)
        return spec
    }

    /// An operation's `baseURL`: the one plain URL it alone is sent to (SMS.to's balance on `auth.sms.to`), checked as
    /// the provider's `baseURLs` are. A list or a URL with variables is an error: the provider's servers are the choices.
    private func operationBaseURL(in operation: MappingReader, subject: String) -> Located<String>? {
        guard let node = operation.node("baseURL") else { return nil }
        guard case .scalar(let scalar) = node else {
            diagnostics.error(
                "'baseURL' of \(subject) is one URL, the host this operation alone is sent to; found \(node.kindDescription) "
                    + "(servers to choose among, with variables, are the provider's 'baseURLs')",
                at: node.location(in: file))
            return nil
        }
        if let names = ServerTemplate(scalar.string)?.variableNames, let first = names.first {
            diagnostics.error(
                "'baseURL' of \(subject) has the placeholder '{\(first)}': an operation's base URL is a plain URL "
                    + "(servers to choose among, with variables, are the provider's 'baseURLs')",
                at: node.location(in: file))
            return nil
        }
        return servers(operation, key: "baseURL").first?.url
    }

    /// An operation's `auth`: `none` (an operation that sends no credentials), or a mapping of its own credentials,
    /// read as the provider's `auth` is (a login taking HTTP Basic where every other call sends the token it answers).
    private func operationAuth(in operation: MappingReader, subject: String) -> Located<OperationAuthentication>? {
        if let node = operation.node("auth"), case .mapping = node {
            guard let auth = reader(node, "'auth' of \(subject)"), let own = authentication(auth) else { return nil }
            return Located(.own(own), at: own.location)
        }
        return operation.choice("auth", ["none"], hints: ["false": "write 'none'", "no": "write 'none'", "null": "write 'none'"])
            .map { Located(.none, at: $0.location) }
    }

    func callback(_ entry: (name: Located<String>, value: Node)) -> CallbackSpec? {
        let subject = "callback '\(entry.name.value)'"
        guard let callback = MappingReader(entry.value, file: file, subject: subject, diagnostics: diagnostics) else { return nil }
        callback.checkKeys(SpecKeys.callback)
        let discriminator = discriminator(in: callback, of: subject)
        let shape = callback.string("shape")
        if shape == nil, discriminator == nil {
            // Likely its payload is the shape of its name (a user's `StatusCallback` beside a shape `StatusCallback`).
            diagnostics.error(
                "\(subject) needs exactly one of 'shape' and 'discriminator', and gives neither; name its payload's shape "
                    + "(`shape: \(entry.name.value)` if it is the shape of its name)",
                at: callback.location)
        } else if shape != nil, discriminator != nil {
            diagnostics.error("\(subject) needs exactly one of 'shape' and 'discriminator', and gives both", at: callback.location)
        }
        let methods = callbackMethods(in: callback, subject: subject)
        // A callback always carries a payload: `none` is for requests without a body.
        let givenEncodings = callbackEncodings(in: callback, subject: subject)
        let given = givenEncodings?.first
        let encoding = given ?? .json
        // (An encoding it does not know is reported as such, not as a GET's.) A GET among several methods carries
        // the payload in its query, and `encoding` says how the others write it.
        if let methods, methods.count == 1, let method = methods.first, method.value == "GET", encoding != .query, given != nil || callback.node("encoding") == nil {
            // A receiver would read the body of a GET, which HTTP gives no meaning and clients do not send.
            diagnostics.error(
                "\(subject) is a GET, which carries no body, but says its payload is \((givenEncodings ?? [encoding]).map { $0 == .json ? "JSON" : "a form" }.joined(separator: " or ")) "
                    + "(encoding: \(givenEncodings.map { $0.count > 1 ? "[\($0.map(\.rawValue).joined(separator: ", "))]" : encoding.rawValue } ?? encoding.rawValue)\(callback.node("encoding") == nil ? ", the default" : "")): a GET's payload is its query; give it 'encoding: query'",
                at: method.location)
        }
        let methodNames = methods?.map(\.value) ?? ["POST"]
        // A payload that may arrive as JSON has no form fields to sign.
        let signedEncoding = givenEncodings?.contains(.json) == true ? .json : encoding
        let signature = signature(in: callback, subject: subject, encoding: signedEncoding, byGET: methodNames.count > 1 && methodNames.contains("GET"))
        var spec = CallbackSpec(
            name: entry.name,
            summary: callback.string("summary")?.value,
            methods: methodNames,
            encoding: encoding,
            otherEncodings: Array((givenEncodings ?? []).dropFirst()),
            shape: shape,
            discriminator: discriminator,
            signature: signature?.0,
            signatureSource: signature?.1,
            acknowledgement: acknowledgement(in: callback, subject: subject),
            source: sourceReference(in: callback),
            decisions: decisions(in: callback))
        spec.encodingIsUnreadable = given == nil && callback.node("encoding") != nil
        return spec
    }

    func example(_ node: Node) -> ExampleSpec? {
        guard let example = MappingReader(node, file: file, subject: "an example", diagnostics: diagnostics) else { return nil }
        example.checkKeys(SpecKeys.example)
        guard let name = example.string("name", required: true), let message = example.string("message", required: true),
            let payload = example.string("payload", required: true)
        else { return nil }
        // `none` is an operation's encoding (no body); a payload is JSON, a form, a query string or plain text.
        let formatValue = example.choice(
            "format", [EncodingKind.json, .form, .query, .text].map(\.rawValue),
            hints: ["none": "a payload is JSON, a form body, a query string or plain text; `none` is an operation's encoding"])
        let format = formatValue.flatMap { EncodingKind(rawValue: $0.value) }
        var spec = ExampleSpec(
            name: name, message: message, source: sourceReference(in: example),
            format: format ?? .json, formatIsDefault: example.node("format") == nil,
            payload: payload.value, verbatim: example.string("verbatim")?.value,
            corrections: example.strings("corrections")?.map(\.value) ?? [], location: example.location)
        spec.formatIsUnknown = format == nil && example.node("format") != nil
        spec.formatLocation = formatValue?.location
        return spec
    }
}

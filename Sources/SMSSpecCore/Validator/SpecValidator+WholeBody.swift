extension SpecValidator {
    /// A field `in: wholeBody` is the request's JSON body (BulkSMS's `[{"to": …, "body": …}]`), so nothing else goes
    /// in the body beside it, and it is always given: a request without it would send `null`.
    func checkWholeBody(of shape: ShapeSpec) {
        guard let body = shape.wholeBody else { return }
        let name = "field '\(body.wireName.value.abbreviated)'"
        for field in shape.fields where field.placement.isInBody && field.location != body.location {
            let subject = "field '\(field.wireName.value.abbreviated)' of shape '\(shape.name.value)'"
            diagnostics.error(
                field.placement == .wholeBody
                    ? "\(subject) is 'in: wholeBody', as \(name) is (line \(body.location.line)): a request has one body; keep one"
                    : "\(subject) travels in the body, which \(name) is whole ('in: wholeBody', line \(body.location.line)): nothing "
                        + "else goes in it; mark the field 'in: query', 'in: path' or 'in: header', or make it a field of the body's type",
                at: field.location)
        }
        let subject = "\(name) of shape '\(shape.name.value)'"
        if !body.required && body.defaultValue == nil {
            diagnostics.error(
                "\(subject) is 'in: wholeBody' but optional: a request without it has no body to send; make it required "
                    + "(a list may have 'default: []')",
                at: body.location)
        }
        if let separator = body.separator {
            diagnostics.error(
                "\(subject) is 'in: wholeBody', which is sent as its JSON value: a 'separator' would make the body one JSON text; "
                    + "remove it (a body that is one text is a string field)",
                at: separator.location)
        }
    }

    /// Only JSON writes a body that is one value: a form and a query are named fields, and a GET or `encoding: none`
    /// sends no body at all.
    func checkWholeBodyIsSent(_ body: FieldSpec, of request: ShapeSpec, by operation: OperationSpec) {
        guard !operation.encodingIsUnreadable, let reference = operation.request else { return }
        let field = "field '\(body.wireName.value.abbreviated)' of its request '\(request.name.value)' is its whole body ('in: wholeBody')"
        if operation.method.value == "GET" {
            return diagnostics.error(
                "operation '\(operation.id.value)' is a GET, which carries no body, but \(field): send it with the method the "
                    + "provider documents (POST, PUT or PATCH)",
                at: operation.method.location)
        }
        let encoding = operation.encoding ?? spec.encoding
        let given = operation.encoding == nil ? "the provider's encoding: \(encoding.rawValue)" : "encoding: \(encoding.rawValue)"
        let sent: String
        switch encoding {
        case .json, .text: return  // `text` is an answer's wire, which the parser refuses on an operation
        case .form: sent = "sends its request as a form (\(given)), whose body is named fields, never one value"
        case .query: sent = "sends its request in the URL's query (\(given)), which is named fields, never one value"
        case .none: sent = "sends no body (\(given))"
        }
        let fix = encoding == .none
            ? "give the operation the encoding the provider reads (json)"
            : "give the operation 'encoding: json', or, for a provider that reads a \(encoding == .form ? "form" : "query"), write the "
                + "fields it reads as the request's own fields (the body's type's fields, each in the body)"
        diagnostics.error("operation '\(operation.id.value)' \(sent), but \(field), which only JSON writes: \(fix)", at: reference.location)
    }
}

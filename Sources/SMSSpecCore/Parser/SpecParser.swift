import Foundation
import SMSSpecVocabulary
import Yams

/// Turns a spec file's text into a `ProviderSpec`, reporting every structural problem with its location.
public struct SpecParser {
    let file: String
    let diagnostics: DiagnosticCollector

    public init(file: String, diagnostics: DiagnosticCollector) {
        self.file = file
        self.diagnostics = diagnostics
    }

    /// nil when the file is too broken to describe a provider; the reasons are in `diagnostics`.
    public func parse(_ text: String) -> ProviderSpec? {
        guard let root = YAMLLoader.load(text, file: file, diagnostics: diagnostics),
            let document = reader(root, "the spec")
        else { return nil }
        // A target's settings written into a spec (a user's `outputs:`): say where they go.
        let configuration = "it is a setting of the target the spec is generated into: write it in smsspec-config.yaml beside the specs"
        document.checkKeys(
            SpecKeys.document, hints: Dictionary(GeneratorOptions.keys.filter { !SpecKeys.document.contains($0) }.map { ($0, configuration) }, uniquingKeysWith: { first, _ in first }))
        let section = { document.keyOrItsMisspelling($0, among: SpecKeys.document) }
        if let version = document.int("smsspec"), version.value != 1 {
            diagnostics.error("this generator reads spec format 1; the spec declares 'smsspec: \(version.value)'", at: version.location)
        }
        guard let provider = document.mapping("provider", subject: "'provider'", required: true) else { return nil }
        provider.checkKeys(SpecKeys.provider)
        let id = provider.string("id", required: true)
        if let id, id.value.range(of: "^[a-z][a-z0-9-]*$", options: .regularExpression) == nil {
            diagnostics.error("provider id '\(id.value)' must be lowercase letters, digits and '-', starting with a letter", at: id.location)
        }

        var spec = ProviderSpec(
            file: file,
            formatVersion: document.int("smsspec"),
            id: id ?? Located("", at: provider.location),
            name: provider.string("name", required: true)?.value ?? "",
            namespace: provider.string("namespace"),
            summary: provider.string("summary")?.value,
            servers: servers(provider),
            authentication: provider.mapping("auth", subject: "'auth'").flatMap(authentication),
            encoding: provider.choice("encoding", EncodingKind.requestEncodings.map(\.rawValue), hints: Self.mediaTypeHints).flatMap { EncodingKind(rawValue: $0.value) } ?? .json,
            formBooleans: provider.choice("formBooleans", FormBooleans.allCases.map(\.rawValue)).flatMap { FormBooleans(rawValue: $0.value) } ?? .digits,
            charset: charset(of: provider),
            headers: fixedHeaders(of: provider, owner: "the provider"),
            segments: provider.mapping("segments", subject: "'segments'").map(segments),
            phoneCountries: provider.namedEntries("phoneNumbers").compactMap(phoneCountry),
            sources: document.namedEntries(section("sources")).compactMap(source),
            // Decisions about the whole provider may sit under `provider` or at the top level.
            decisions: decisions(in: provider) + decisions(in: document),
            operations: document.namedEntries(section("operations"), of: .operation).compactMap(operation),
            shapes: document.namedEntries(section("shapes"), of: .shape).compactMap(shape),
            enums: document.namedEntries(section("enums"), of: .enumeration).compactMap(enumeration),
            tables: document.namedEntries(section("tables"), of: .table).compactMap(table),
            unions: document.namedEntries(section("unions"), of: .union).compactMap(union),
            callbacks: document.namedEntries(section("callbacks"), of: .callback).compactMap(callback),
            examples: document.list(section("examples")).compactMap(example),
            location: provider.location
        )
        // `source: none` on a table is the spec's own table, as one without `source` is (a user's was an unknown source),
        // unless the spec names a source `none`; as on a row.
        if !spec.sources.contains(where: { $0.id.value == "none" }) {
            for index in spec.tables.indices where spec.tables[index].source.map({ $0.source.value == "none" && $0.section == nil }) == true {
                spec.tables[index].source = nil
            }
        }
        // An example of a callback sent as a form or query is written as one unless it says otherwise, and an example
        // of an answer in plain text (one line, or one per element) is its text: its payload is what the receiver or client reads (`smsspec decode`
        // reads a message in its own wire format too).
        let shapesByName = Dictionary(spec.shapes.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        let textShapes = Set(spec.shapes.filter { $0.isTextAnswer(in: shapesByName) }.map(\.name.value))
        let callbacksByName = Dictionary(spec.callbacks.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        // So is a request every operation sends as one form or query, where the payload is no JSON object or list (one
        // written as JSON stays JSON, as it was read before): a user's query example was refused as no JSON.
        var requestEncodings: [String: Set<EncodingKind>] = [:]
        for operation in spec.operations {
            guard let request = operation.request?.value else { continue }
            requestEncodings[request, default: []].insert(operation.encoding ?? spec.encoding)
        }
        for index in spec.examples.indices where spec.examples[index].formatIsDefault {
            let message = spec.examples[index].message.value
            let payload = spec.examples[index].payload.trimmingCharacters(in: .whitespacesAndNewlines)
            if let callback = callbacksByName[message], callback.encodingIsUnreadable {
                spec.examples[index].formatIsUnknown = true
            } else if let callback = callbacksByName[message], let format = Self.exampleFormat(of: callback, payload: payload) {
                spec.examples[index].format = format
            } else if textShapes.contains(message) {
                spec.examples[index].format = .text
            } else if let encodings = requestEncodings[message], encodings.count == 1, let encoding = encodings.first,
                encoding == .form || encoding == .query, !payload.hasPrefix("{"), !payload.hasPrefix("[")
            {
                spec.examples[index].format = encoding
            }
        }
        return spec
    }

    /// `headers: {Accept: application/json}` of the provider or of an operation (`owner`): each value text sent as
    /// written.
    func fixedHeaders(of reader: MappingReader, owner: String) -> [FixedHeaderSpec] {
        reader.namedEntries("headers").compactMap { name, value in
            guard case .scalar(let scalar) = value else {
                diagnostics.error(
                    "header '\(DisplayText.escapedExcerpt(name.value))' of \(owner) must be text, the value sent as written; found \(value.kindDescription)",
                    at: value.location(in: file))
                return nil
            }
            return FixedHeaderSpec(name: name, value: Located(scalar.string, at: value.location(in: file)))
        }
    }

    /// The provider's `charset`: a charset forms and queries are read and written in (`ISO-8859-15`, `latin9`, …),
    /// UTF-8 when the spec names none.
    func charset(of provider: MappingReader) -> FormCharset {
        guard let name = provider.string("charset") else { return .utf8 }
        guard let charset = FormCharset(name: name.value) else {
            let names = FormCharset.allCases.map(\.rawValue)
            diagnostics.error(
                "'charset' of the provider must be one of \(names.joined(separator: ", ")) (or an alias of one: latin9, cp1252, …); "
                    + "found '\(DisplayText.escapedExcerpt(name.value))'" + Suggestions.hint(for: name.value, in: names),
                at: name.location)
            return .utf8
        }
        return charset
    }

    /// The form or query an example of `callback` is written as: its encoding's, or where it may arrive as JSON or a
    /// form by its Content-Type (`encoding: [json, form]`), the form's unless the payload is a JSON object or list.
    /// nil: JSON.
    static func exampleFormat(of callback: CallbackSpec, payload: String) -> EncodingKind? {
        let bodies = [callback.encoding] + callback.otherEncodings
        guard let form = bodies.first(where: { $0 == .form || $0 == .query }) else { return nil }
        return bodies.count == 1 || !(payload.hasPrefix("{") || payload.hasPrefix("[")) ? form : nil
    }

    /// What to say of an encoding written as the media type documents name (lowercased): which encoding it is.
    static let mediaTypeHints: [String: String] = {
        let form = "that media type is 'form'", json = "that media type is 'json'"
        let xml = "the format reads and writes no XML: JSON, forms and queries only"
        let plainText = "plain text is no encoding: an answer in plain text is a shape with 'text' forms (text: ['OK: {id}', 'ERR: {code}'])"
        return [
            "text": plainText, "text/plain": plainText,
            "application/x-www-form-urlencoded": form, "x-www-form-urlencoded": form, "urlencoded": form, "form-urlencoded": form,
            "application/json": json, "multipart/form-data": "multipart bodies have no encoding; 'form' is application/x-www-form-urlencoded",
            "xml": xml, "application/xml": xml, "text/xml": xml,
        ]
    }()

    func reader(_ node: Node, _ subject: String) -> MappingReader? {
        MappingReader(node, file: file, subject: subject, diagnostics: diagnostics)
    }

    func authentication(_ auth: MappingReader) -> AuthenticationSpec? {
        auth.checkKeys(SpecKeys.auth)
        let bearer = "a bearer token is an API key header: {type: header, name: Authorization, scheme: Bearer}"
        let query = "a key in the query is a request field with 'in: query', named in {type: fields, fields: [api_key]}"
        let apiKey = "an API key header is {type: header, name: X-API-KEY}; one sent as a request field is {type: fields, fields: [api_key]}"
        guard let kind = auth.choice(
            "type", AuthenticationSpec.Kind.allCases.map(\.rawValue), required: true,
            hints: ["bearer": bearer, "query": query, "apikey": apiKey, "api_key": apiKey])
            .flatMap({ AuthenticationSpec.Kind(rawValue: $0.value) })
        else { return nil }
        checkAuthKeysAreRead(auth, kind: kind)
        let name = auth.string("name", required: kind == .header), scheme = auth.string("scheme")
        let headers = auth.strings("headers", required: kind == .headers) ?? []
        // Each is written into the request as it is: `<name>: <scheme> <key>`, `<header>: <credential>`.
        for (key, value) in [("name", name), ("scheme", scheme)] + headers.map({ ("headers", $0) }) {
            guard let value, !HTTPToken.isValid(value.value) else { continue }
            // Not quoted: it may be a credential pasted whole (`Bearer <key>`, `X-Key: <key>`, a base64 token). Its first
            // wrong character and where it is say what to fix.
            let scalars = Array(value.value.unicodeScalars)
            let wrong = scalars.firstIndex { !HTTPToken.isValid(String($0)) }
            let detail = wrong.map { ": character \($0 + 1) is \(DisplayText.quoted(String(scalars[$0])))" } ?? ": it is empty"
            diagnostics.error(
                "auth '\(key)' is not an HTTP token\(detail); letters, digits and !#$%&'*+-.^_`|~ only", at: value.location)
        }
        for header in (kind == .header ? [name].compactMap { $0 } : kind == .headers ? headers : []) {
            guard let why = RequestHeaders.whyWrittenByTheRequest(header.value) else { continue }
            diagnostics.error(
                "auth header \(header.value) cannot carry a credential: \(why), so the credential would be sent twice or lost; "
                    + "name the header the provider reads the credential from",
                at: header.location)
        }
        checkAuthHeaders(headers, of: auth, kind: kind)
        // The key would go out as it is after `Basic `, where HTTP Basic sends user:password in base64.
        if kind == .header, let scheme, scheme.value.lowercased() == "basic" {
            diagnostics.error(
                "auth scheme \(DisplayText.quoted(scheme.value)) would send the API key as it is, where HTTP Basic sends a user name and password in base64: "
                    + "write auth: {type: basic}, and clients are given the user name and password; a provider that reads "
                    + "`Basic` and the base64 of the key alone (no user name, no ':') takes auth: {type: header, name: Authorization}, "
                    + "the key given as the whole value (`Basic ` and the encoded key)",
                at: scheme.location)
        }
        return AuthenticationSpec(
            kind: kind, headerName: name?.value, scheme: scheme?.value, fields: auth.strings("fields", required: kind == .fields) ?? [],
            headers: headers, location: auth.location)
    }

    /// `type: headers` sends each credential in its own header, so a name written twice (in any case: HTTP reads
    /// `X-Key` and `x-key` as one header) would send two values of one, and an empty list none.
    private func checkAuthHeaders(_ headers: [Located<String>], of auth: MappingReader, kind: AuthenticationSpec.Kind) {
        guard kind == .headers else { return }
        if headers.isEmpty, auth.has("headers") {
            diagnostics.error(
                "auth 'headers' lists no header; name each header a credential travels in: {type: headers, headers: [X-Account-Id, X-Api-Key]}",
                at: auth.keyLocation("headers"))
        }
        var seen: [String: Located<String>] = [:]
        for header in headers {
            if let first = seen[header.value.lowercased()] {
                diagnostics.error(
                    "auth header '\(header.value)' is listed twice (as '\(first.value)' at line \(first.location.line)): HTTP reads a header's "
                        + "name in any case; list it once",
                    at: header.location)
            } else {
                seen[header.value.lowercased()] = header
            }
        }
    }

    /// A key the auth type does not read would change nothing: `{type: basic, name: Authorization}`.
    private func checkAuthKeysAreRead(_ auth: MappingReader, kind: AuthenticationSpec.Kind) {
        let (read, writes): ([String], String) = switch kind {
        case .header: (["name", "scheme"], "sends the key in the header 'name'")
        case .basic: ([], "writes its own Authorization header")
        case .fields: (["fields"], "sends the credentials as the request fields 'fields' names")
        case .headers: (["headers"], "sends each credential as it is in its header of 'headers'")
        }
        for key in ["name", "scheme", "fields", "headers"] where !read.contains(key) && auth.has(key) {
            diagnostics.error(
                "'\(key)' of 'auth' is not read with type \(kind.rawValue), which \(writes); remove it", at: auth.keyLocation(key))
        }
    }

    private func segments(_ reader: MappingReader) -> SegmentsSpec {
        reader.checkKeys(SpecKeys.segments)
        for key in SpecKeys.segments {
            if let value = reader.int(key), !(1...SpecLimits.maximumSegmentCapacity).contains(value.value) {
                diagnostics.error(
                    "'\(key)' must be 1 to \(SpecLimits.maximumSegmentCapacity) characters (an SMS carries 140 octets, "
                        + "at most 160 GSM-7 characters); found \(value.value)",
                    at: value.location)
            }
        }
        return SegmentsSpec(
            gsm7Single: reader.int("gsm7Single")?.value, gsm7Concatenated: reader.int("gsm7Concatenated")?.value,
            ucs2Single: reader.int("ucs2Single")?.value, ucs2Concatenated: reader.int("ucs2Concatenated")?.value)
    }

    private func phoneCountry(_ entry: (name: Located<String>, value: Node)) -> PhoneCountrySpec? {
        guard let country = reader(entry.value, "phone numbering of '\(entry.name.value)'") else { return nil }
        country.checkKeys(SpecKeys.phoneCountry)
        if entry.name.value.range(of: "^[A-Z]{2}$", options: .regularExpression) == nil {
            diagnostics.error("'\(entry.name.value)' is not an ISO 3166 country code (two capital letters)", at: entry.name.location)
        }
        guard let code = country.string("countryCode", required: true), let mobile = country.string("mobile", required: true) else {
            return nil
        }
        if code.value.range(of: "^[1-9][0-9]{0,2}$", options: .regularExpression) == nil {
            diagnostics.error("countryCode '\(code.value)' must be 1 to 3 digits, not starting with 0", at: code.location)
        }
        let prefix = country.string("nationalPrefix")
        if let prefix, let problem = Self.nationalPrefixProblem(prefix.value, countryCode: code.value) {
            diagnostics.error("nationalPrefix '\(prefix.value)' of \(entry.name.value) \(problem)", at: prefix.location)
        }
        return PhoneCountrySpec(country: entry.name, countryCode: code.value, nationalPrefix: prefix?.value, mobile: mobile)
    }

    /// Why a national prefix is no prefix a number in national form could begin with: `validate()` would refuse every
    /// national number. One that begins as the country code does (NANP's `1`) is judged where a `national` form is
    /// named (`SpecValidator.nationalFormProblem`): e164 and international numbers read as themselves with it.
    static func nationalPrefixProblem(_ prefix: String, countryCode: String) -> String? {
        if prefix.range(of: "^[0-9]{1,3}$", options: .regularExpression) == nil {
            return "must be 1 to 3 digits, as a number in national form begins"
        }
        if prefix.hasPrefix("00") {
            return "begins with 00, which is read as the international '+', so no number in national form would read as one"
        }
        return nil
    }

    private func source(_ entry: (name: Located<String>, value: Node)) -> SourceSpec? {
        guard let source = reader(entry.value, "source '\(entry.name.value)'") else { return nil }
        source.checkKeys(SpecKeys.source)
        if !source.has("document") && !source.has("url") {
            diagnostics.error("source '\(entry.name.value)' needs a 'document' or a 'url'", at: source.location)
        }
        let document = source.string("document")
        return SourceSpec(
            id: entry.name, title: source.string("title", required: true)?.value ?? "", document: document?.value, url: source.string("url")?.value,
            documentLocation: document?.location)
    }

    func decisions(in element: MappingReader) -> [DecisionSpec] {
        element.list("decisions").compactMap { node in
            // An id alone names a decision recorded elsewhere (the validator checks that one is).
            if case .scalar(let scalar) = node {
                return DecisionSpec(id: Located(scalar.string, at: node.location(in: file)), issue: "", decision: "", isReference: true)
            }
            guard let decision = reader(node, "a decision of \(element.subject)") else { return nil }
            decision.checkKeys(SpecKeys.decision)
            guard let id = decision.string("id", required: true) else { return nil }
            return DecisionSpec(
                id: id, issue: decision.string("issue", required: true)?.value ?? "",
                decision: decision.string("decision", required: true)?.value ?? "")
        }
    }

    func sourceReference(in element: MappingReader) -> SourceReference? {
        guard let node = element.node("source") else { return nil }
        if case .scalar(let scalar) = node {
            return SourceReference(source: Located(scalar.string, at: node.location(in: file)), section: nil)
        }
        guard let reference = reader(node, "'source' of \(element.subject)") else { return nil }
        reference.checkKeys(SpecKeys.sourceReference)
        guard let source = reference.string("source", required: true) else { return nil }
        return SourceReference(source: source, section: reference.string("section")?.value)
    }
}

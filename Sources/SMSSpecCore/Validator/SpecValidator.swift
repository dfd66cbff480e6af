import Foundation
import SMSSpecVocabulary

/// Checks what a well-formed spec must also satisfy: references resolve, codes are unique, values make sense.
/// It reports every problem; it never stops at the first.
public struct SpecValidator {
    let spec: ProviderSpec
    let diagnostics: DiagnosticCollector
    /// The spec's names, built once so that every reference is checked in constant time.
    let names: SpecNames

    public init(spec: ProviderSpec, diagnostics: DiagnosticCollector) {
        self.spec = spec
        self.diagnostics = diagnostics
        self.names = SpecNames(spec)
    }

    public func validate() {
        checkExampleReads()
        checkUniqueNames()
        checkVisibleNames()
        checkSources()
        checkDecisions()
        spec.shapes.forEach(checkShape)
        for enumeration in spec.enums {
            for value in enumeration.values { checkEdges(of: value.value, "value of enum '\(enumeration.name.value)'") }
        }
        spec.tables.forEach(checkTable)
        spec.operations.forEach(checkOperation)
        checkRoutes()
        checkFormPayloads()
        for union in spec.unions {
            checkSourceReference(union.source)
            if let discriminator = union.discriminator {
                checkDiscriminator(discriminator, of: "union '\(union.name.value)'")
                continue
            }
            for variant in union.variants {
                for name in variant.type.value.referencedNames {
                    checkTypeReference(Located(name, at: variant.type.location))
                }
            }
        }
        spec.callbacks.forEach(checkCallback)
        checkExampleNames()
        let readAsJSONOnly = messagesReadAsJSONOnly
        for example in spec.examples { checkExample(example, readAsJSONOnly: readAsJSONOnly) }
        for country in spec.phoneCountries {
            if let problem = Self.mobileProblem(country.mobile.value) {
                diagnostics.error("invalid regular expression '\(country.mobile.value.abbreviated)' for the mobile numbers of \(country.country.value): \(problem)", at: country.mobile.location)
            } else if let problem = Self.backtrackingProblem(country.mobile.value, of: "the mobile numbers of \(country.country.value)") {
                diagnostics.error(problem, at: country.mobile.location)
            }
        }
        checkCredentials()
        checkObtainedCredentials()
        checkFixedHeaders()
        checkPlacementsAreRead()
        checkTextShapeUses()
        checkTextListSeparators()
        warnOfReasonsNoAnswerReaches()
    }

    /// Only a request's fields travel in the path, the query or a header. A shape read from a payload — an answer, a
    /// callback, or a value inside another message — is read from its body alone, where such a field never is: a
    /// callback's signature header as a required field made its receiver refuse every callback ("the required
    /// field is missing"), and an optional one was always empty.
    private func checkPlacementsAreRead() {
        var readAs: [String: (use: String, place: String)] = [:]
        func note(_ shape: String, _ use: @autoclosure () -> String) {
            if readAs[shape] == nil { readAs[shape] = (use(), "a body") }
        }
        // A callback's payload is read where its encoding puts it: the query of a GET callback (a user wrote
        // `in: query` on a field of one and was told it was read from a body).
        func note(_ shape: String, payloadOf callback: CallbackSpec, _ use: String) {
            guard readAs[shape] == nil else { return }
            let encodings = callback.payloadEncodings
            readAs[shape] = (use, encodings == [.query] ? "the URL's query" : encodings.contains(.query) ? "the URL's query or a body" : "a body")
        }
        for operation in spec.operations {
            for response in operation.responses {
                if let shape = response.shape { note(shape.value, "an answer of operation '\(operation.id.value)'") }
            }
        }
        for callback in spec.callbacks {
            if let shape = callback.shape { note(shape.value, payloadOf: callback, "the payload of callback '\(callback.name.value)'") }
            for variant in callback.discriminator?.variants ?? [] {
                note(variant.shape.value, payloadOf: callback, "a payload of callback '\(callback.name.value)'")
            }
        }
        for shape in spec.shapes {
            for name in shape.items?.value.referencedNames ?? [] { note(name, "the items of list shape '\(shape.name.value)'") }
            for field in shape.fields {
                for name in field.type.value.referencedNames { note(name, "held by field '\(field.wireName.value)' of shape '\(shape.name.value)'") }
            }
        }
        for union in spec.unions {
            for variant in union.variants {
                for name in variant.type.value.referencedNames { note(name, "a variant of union '\(union.name.value)'") }
            }
        }
        for shape in spec.shapes {
            guard let (use, place) = readAs[shape.name.value] else { continue }
            for field in shape.fields where field.placement != .body {
                if field.placement == .wholeBody {
                    diagnostics.error(
                        "field '\(field.wireName.value.abbreviated)' of shape '\(shape.name.value)' is 'in: wholeBody', but "
                            + "'\(shape.name.value)' is \(use), which is read as an object of its fields: only a request's field is its "
                            + "whole body (an answer or a callback's payload that is a bare JSON list is a list shape: items: T)",
                        at: field.location)
                    continue
                }
                diagnostics.error(
                    "field '\(field.wireName.value.abbreviated)' of shape '\(shape.name.value)' is 'in: \(field.placement.rawValue)', but "
                        + "'\(shape.name.value)' is \(use), which is read from \(place) as a whole: its fields are where it is, without "
                        + "'in'; only a request's fields travel apart, in the path, the query or a header (a callback's headers, such as a "
                        + "signature, are not read)",
                    at: field.location)
            }
        }
    }

    // MARK: Names and references

    var shapeNames: NameList { names.shapes }
    var typeNames: NameList { names.types }

    private func checkUniqueNames() {
        // By skeleton (`Naming.skeleton`): a name and its lookalike in another alphabet or font form are one name to a reader.
        var seen: [String: Located<String>] = [:]
        // A callback named after its payload shape marks the shape as a callback; it defines no new type. One giving
        // neither a shape nor a discriminator is that error alone (it was also "defined twice" beside a shape of its name).
        let callbackTypes = spec.callbacks.filter { $0.shape?.value != $0.name.value && ($0.shape != nil || $0.discriminator != nil) }
        let named = spec.shapes.map(\.name) + spec.enums.map(\.name) + spec.tables.map(\.name) + spec.unions.map(\.name) + callbackTypes.map(\.name)
        let callbacks = Dictionary(callbackTypes.map { ($0.name.location, $0) }, uniquingKeysWith: { first, _ in first })
        for name in named {
            if let first = seen[Naming.skeleton(name.value)] {
                diagnostics.error(
                    (first.value == name.value
                        ? "'\(name.value)' is defined twice (first at line \(first.location.line))"
                        : "'\(name.value)' looks the same as '\(first.value)' (line \(first.location.line)) "
                            + "\(Naming.lookalikeDifference(name.value, first.value)); rename one")
                        + (callbacks[name.location].map(Self.whyACallbackIsAType) ?? ""),
                    at: name.location)
            } else {
                seen[Naming.skeleton(name.value)] = name
            }
            if Naming.isNotIdentifier(name.value) {
                diagnostics.error("'\(name.value)' must be a Swift type name: letters, digits and '_', starting with a letter", at: name.location)
            } else if case let composed = CanonicalForm.precomposed(name.value), !composed.unicodeScalars.elementsEqual(name.value.unicodeScalars) {
                // References are matched as text, where both forms are one name; Swift's identifiers are not.
                diagnostics.error(
                    "'\(name.value)' is not written in Unicode's composed form (NFC): a reference written '\(composed)' would match it here "
                        + "but name another type in Swift; write the name composed",
                    at: name.location)
            }
        }
    }

    /// A callback declares a type of its name unless it is named like its payload shape (MSG91's `DeliveryReport`
    /// callback whose payload is the form `DeliveryReportForm`, beside a shape `DeliveryReport`).
    private static func whyACallbackIsAType(_ callback: CallbackSpec) -> String {
        let declares = callback.shape.map { "its payload is shape '\($0.value)'" } ?? "it is the enum of its events"
        return ": callback '\(callback.name.value)' declares a type of that name, as \(declares) (a callback named like its payload "
            + "shape declares none); rename the callback"
    }

    private func checkSources() {
        var seen = Set<String>()
        for source in spec.sources where !seen.insert(source.id.value).inserted {
            diagnostics.error("source '\(source.id.value)' is defined twice", at: source.id.location)
        }
    }

    /// Lint's messages, `smsspec decode` and the catalog name an example by its name: two of one name would be told
    /// apart by nothing.
    private func checkExampleNames() {
        var seen: [String: SourceLocation] = [:]
        for example in spec.examples {
            if let first = seen[example.name.value] {
                diagnostics.error("example '\(example.name.value.abbreviated)' is defined twice (first at line \(first.line)); rename one", at: example.name.location)
            } else {
                seen[example.name.value] = example.name.location
            }
        }
    }

    private func checkDecisions() {
        var seen: [String: SourceLocation] = [:]
        for decision in spec.allDecisions {
            if let first = seen[decision.id.value] {
                diagnostics.error(
                    "decision '\(decision.id.value)' is recorded twice (first at line \(first.line)); record it once, next to what it affects most",
                    at: decision.id.location)
            }
            seen[decision.id.value] = decision.id.location
        }
        let recorded = spec.allDecisions.map(\.id.value)
        for reference in spec.decisionReferences where seen[reference.id.value] == nil {
            diagnostics.error(
                "decision '\(reference.id.value)' is named here but recorded nowhere in the spec\(hint(for: reference.id.value, in: recorded)); "
                    + "record it once ({id, issue, decision}) next to what it affects most, and name it by its id elsewhere",
                at: reference.id.location)
        }
    }

    private func checkSourceReference(_ reference: SourceReference?) {
        guard let reference else { return }
        if !names.sources.contains(reference.source.value) {
            diagnostics.error(
                "unknown source '\(reference.source.value)'\(hint(for: reference.source.value, in: names.sources.ordered)); "
                    + "define it under 'sources'",
                at: reference.source.location)
        }
    }

    func checkReference(_ name: Located<String>, among candidates: NameList, kind: String) {
        guard !candidates.contains(name.value) else { return }
        if kind.hasPrefix("shape"), let other = otherKind(of: name.value) {
            return diagnostics.error("'\(name.value.abbreviated)' is \(other), not a \(kind): " + Self.whyNotAMessage(other, kind: kind), at: name.location)
        }
        diagnostics.error("'\(name.value.abbreviated)' is not a defined \(kind)\(hint(for: name.value, in: candidates.ordered))", at: name.location)
    }

    /// Why a union, enum or table cannot be a request, a callback's payload or an example (`kind` names what can).
    /// A message is a shape's fields; only an answer may be a union too, which reads a bare value as one of its forms
    /// (seven.io's refused key, the bare code `"900"`, beside the answer object).
    private static func whyNotAMessage(_ other: String, kind: String) -> String {
        let field = "(a field of it may be \(other == "a union" ? "the union" : "of that type"))"
        if kind == "shape or union" {
            return "an answer is read as a shape's fields or as one of a union's forms; an answer that is an object or a bare value "
                + "is a union with a variant of each (`{answer: Sent, code: Code}`) " + field
        }
        if other == "a union" && kind.hasSuffix("callback") {
            return "an example is read as a shape's fields, a callback's, or a union an operation answers with; name a shape, or "
                + "answer with the union " + field
        }
        return "a request, a callback's payload and an example are read as a shape's fields, so a body that is one bare value or "
            + "takes several forms is not supported (an answer may be a union); name a shape " + field
    }

    private func otherKind(of name: String) -> String? {
        names.unionsByName[name] != nil ? "a union" : names.enumsByName[name] != nil ? "an enum" : names.tablesByName[name] != nil ? "a table" : nil
    }

    /// A type a field, list or variant names: a shape, enum or table of the spec, with the built-in types among the
    /// suggestions of a lowercase name (`strin`: did you mean 'string'?; `State` is not taken for `date`).
    func checkTypeReference(_ name: Located<String>) {
        guard !typeNames.contains(name.value) else { return }
        let builtIn = name.value.first?.isLowercase == true ? TypeExpression.Primitive.allCases.map(\.rawValue) : []
        let candidates = typeNames.ordered + builtIn
        let lowercase = TypeExpression.Primitive(rawValue: name.value.lowercased()).map { " (types are lowercase: did you mean '\($0.rawValue)'?)" }
        // A type of the spec spelt in another case (`text` for a shape `Text`) is that type, whatever other formats call it.
        // Searched for the first problems only, as did-you-mean is.
        let sameLetters = diagnostics.diagnostics.count < Self.suggestedProblems
            ? typeNames.ordered.first { $0.lowercased() == name.value.lowercased() }.map { " (did you mean '\($0)'?)" } : nil
        let hint = sameLetters ?? Self.openAPITypeHints[name.value].map { " (\($0))" } ?? lowercase ?? hint(for: name.value, in: candidates)
        diagnostics.error("'\(name.value.abbreviated)' is not a defined shape, enum or table\(hint)", at: name.location)
    }

    /// What the format writes for the types OpenAPI, JSON Schema and programming languages name (`str` was offered a
    /// table `St`).
    static let openAPITypeHints = {
        let text = "text is string", list = "a list is written with its element type: '[string]'"
        let map = "a map of names to values is written with its value type: '{string}'", date = "a date is date, its wire form given by 'format'"
        return [
            "number": "a number is int, int64, decimal (money: exact) or double",
            "integer": "an integer is int, or int64", "long": "an integer is int, or int64", "int32": "an integer is int, or int64",
            "float": "a number with a fraction is double, or decimal (money: exact)",
            "boolean": "a boolean is bool",
            "array": list, "list": list,
            "object": "an object is a shape, by its name; a map of names to values is '{string}'; any JSON is json",
            "dict": map, "map": map,
            "str": text, "text": text, "uuid": text,
            "datetime": date, "timestamp": date, "date-time": date,
            "null": "a field that may be null is 'required: false'",
        ]
    }()

    /// Did-you-mean, for the first `suggestedProblems` problems: each costs a search of a list as long as the spec,
    /// so a spec with thousands of broken references still checks in linear time.
    func hint(for word: String, in candidates: [String]) -> String {
        diagnostics.diagnostics.count < Self.suggestedProblems ? Suggestions.hint(for: word, in: candidates) : ""
    }

    static let suggestedProblems = 100

    /// Lint decodes every example, reading each field of each object's shape: many examples of a shape of many fields
    /// took time in their product (4,000 of a 4,000-field shape, 84 s), and so would one list of many such objects.
    /// Each example counts, at most, its objects (`{` in its text, at least one) times the fields of the spec's
    /// largest shape — whatever its message names (a callback, a union, a list shape, in any case) — and the total
    /// is bounded; the example that crosses the bound is the error.
    private func checkExampleReads() {
        guard let widest = spec.shapes.max(by: { $0.fields.count < $1.fields.count }), !widest.fields.isEmpty else { return }
        var reads = 0
        for example in spec.examples {
            let objects = max(1, example.payload.utf8.count { $0 == UInt8(ascii: "{") })
            reads += objects * widest.fields.count
            guard reads > SpecLimits.maximumExampleFieldReads else { continue }
            diagnostics.error(
                "the examples up to this one may read more than \(SpecLimits.maximumExampleFieldReads) fields (lint decodes each, reading each "
                    + "field of each object's shape: this one has \(objects) object(s), and shape '\(widest.name.value.abbreviated)' has "
                    + "\(widest.fields.count) fields); a real spec's read a few thousand: keep fewer or smaller examples, or fewer fields in one shape",
                at: example.location)
            return
        }
    }

    // MARK: Elements

    private func checkOperation(_ operation: OperationSpec) {
        checkSourceReference(operation.source)
        checkSendingIdempotence(operation)
        let requestShape = operation.request.flatMap { names.shapesByName[$0.value] }
        if let request = operation.request { checkReference(request, among: shapeNames, kind: "shape") }
        for response in operation.responses {
            if let shape = response.shape { checkReference(shape, among: names.answers, kind: "shape or union") }
            // A table in both lists decides outside lists and maps and is reported inside them (DecidingTables).
            for (key, tables) in [("tables", response.tables), ("reports", response.reports)] {
                var listed = Set<String>()
                for table in tables {
                    checkReference(table, among: names.tables, kind: "table")
                    guard !listed.insert(table.value).inserted else { continue }
                    diagnostics.error("table '\(table.value.abbreviated)' is listed twice in this response's '\(key)'; remove one", at: table.location)
                }
            }
            if let first = response.reports.first, response.tables.isEmpty, !response.noCodeDecides {
                diagnostics.error(
                    "response \(response.key) of operation '\(operation.id.value)' has 'reports' but no 'tables': without 'tables' every code "
                        + "of the answer decides, the reported ones too; list the tables whose codes say the request failed in 'tables'",
                    at: first.location)
            } else if let first = response.reports.first, response.noCodeDecides {
                diagnostics.warning(
                    "'reports' of response \(response.key) of operation '\(operation.id.value)' changes nothing beside 'tables: []': no code of "
                        + "that answer decides, so every code it holds is reported already; remove 'reports'",
                    at: first.location)
            }
        }
        // A broken path's placeholders are not worth matching with fields.
        let pathIsValid = checkPath(operation)
        let placeholders = pathIsValid ? Self.pathParameters(operation.path.value) : []
        let pathFields = requestShape.map { names.fields(of: $0.name.value, .path) } ?? []
        // Sets: a path of 20,000 placeholders, each a field, took 27 s compared pairwise.
        let pathFieldNames = Set(pathFields.map(\.wireName.value)), placeholderNames = Set(placeholders)
        for placeholder in placeholders where !pathFieldNames.contains(placeholder) {
            diagnostics.error(
                "path parameter '{\(placeholder)}' of operation '\(operation.id.value)' needs a field '\(placeholder)' with 'in: path' in its request shape",
                at: operation.path.location)
        }
        let segments = operation.path.value.split(separator: "/")
        for field in pathFields where pathIsValid && !placeholderNames.contains(field.wireName.value) {
            let name = field.wireName.value
            // `/messages/:id`, as Express and many documents write a placeholder.
            let colonHint = segments.contains { $0 == ":" + name } ? " (a placeholder is written '{\(name)}', not ':\(name)')" : ""
            diagnostics.error(
                "field '\(name)' is 'in: path' but the path of operation '\(operation.id.value)' has no '{\(name)}'\(colonHint)",
                at: field.location)
        }
        // A path has no spelling for a value left out: a request without one could never be sent (the client threw
        // "the path parameter has no value" at run time).
        for field in pathFields where !field.required && field.defaultValue == nil {
            diagnostics.error(
                "field '\(field.wireName.value)' is 'in: path' but optional: a request without it has no path to go to; "
                    + "make it required (or give it a default)",
                at: field.location)
        }
        // An empty segment is refused by `httpRequest(…)` ("the path parameter is empty"): a default that writes one
        // (`''`, or `[]` joined into empty text) would fail every request leaving the field out.
        for field in pathFields {
            guard let value = field.defaultValue, value.value.isEmpty || value.value == "[]" else { continue }
            diagnostics.error(
                "default '\(value.value)' of field '\(field.wireName.value)' writes an empty path segment, which httpRequest refuses: "
                    + "every request leaving the field out could not be sent; give a default that is not empty, or make the field required",
                at: value.location)
        }
        checkBody(of: operation, request: requestShape)
    }

    /// `encoding: none` sends no body, so a request with body fields would lose them without a word; a GET carries no
    /// body (URLSession refuses one), so its request goes in the URL (`query`) or has no body fields (`none`).
    private func checkBody(of operation: OperationSpec, request: ShapeSpec?) {
        guard let request, let reference = operation.request else { return }
        // A list shape is a type alias of an array: generated code cannot make `[T]` a request that knows its
        // operation and validates itself (a conformance of Array, once for every element type).
        if request.items != nil {
            // A list of plain-text lines is an answer only, which `checkTextShapeUses` says.
            guard !request.isTextAnswer(in: names.shapesByName) else { return }
            diagnostics.error(
                "the request of operation '\(operation.id.value)' is '\(reference.value.abbreviated)', a list shape (a JSON array body), "
                    + "which cannot be a request: make the request a shape with fields whose one body field is the list, sent as the "
                    + "whole body (messages: {type: '\(reference.value.abbreviated)', in: wholeBody}); path, query and header fields may stand beside it",
                at: reference.location)
            return
        }
        if let body = names.fields(of: request.name.value, .wholeBody).first { return checkWholeBodyIsSent(body, of: request, by: operation) }
        let encoding = operation.encoding ?? spec.encoding
        // Named only when an error says them: every operation sending one shape of many fields named them all (quadratic).
        let bodyFields = names.fields(of: request.name.value, .body)
        if encoding == .none, !bodyFields.isEmpty {
            let quoted = bodyFields.prefix(4).map { "'\($0.wireName.value.abbreviated)'" }
            let shown = bodyFields.count > 4 ? quoted.prefix(3) + ["\(bodyFields.count - 3) more"] : quoted
            let names = shown.count == 1 ? "field \(shown[0])" : "fields \(shown.dropLast().joined(separator: ", ")) and \(shown.last!)"
            diagnostics.error(
                "operation '\(operation.id.value)' sends no body (encoding: none), but \(names) of its request '\(reference.value)' "
                    + "travel\(bodyFields.count == 1 ? "s" : "") in the body and would not be sent: mark \(bodyFields.count == 1 ? "it" : "them") "
                    + "'in: query', 'in: path' or 'in: header', or give the operation the encoding the provider reads (json, form or query)",
                at: reference.location)
        }
        // Without an encoding of its own, a GET whose request has no body fields sends none (the model's `encoding`).
        let sendsBody = operation.encoding != nil || !bodyFields.isEmpty
        if operation.method.value == "GET", !operation.encodingIsUnreadable, encoding == .json || encoding == .form, sendsBody {
            let sent = encoding == .json ? "JSON" : "a form"
            let given = operation.encoding == nil ? "the provider's encoding: \(encoding.rawValue)" : "encoding: \(encoding.rawValue)"
            let fix = bodyFields.isEmpty
                ? "give it 'encoding: none', since its request has only path, query and header fields"
                : "give it 'encoding: query' to send the request's fields in the URL"
            diagnostics.error(
                "operation '\(operation.id.value)' is a GET, which carries no body, but sends its request as \(sent) (\(given)): \(fix)",
                at: operation.method.location)
        }
    }

    /// The path is written after the base URL as it is, its placeholders filled: it must start with `/` and hold
    /// only what a URL path holds, or the request goes to another URL (`/sms.do?format=json` gained a second `?` before
    /// the query, `v2/messages` ran into the host).
    @discardableResult
    private func checkPath(_ operation: OperationSpec) -> Bool {
        let path = operation.path.value
        // Shown without a query: a credential pasted there (`?key=…`) would be printed.
        let scalars = path.unicodeScalars
        let shownPath = scalars.firstIndex(of: "?").map { String(String.UnicodeScalarView(scalars[...$0])) + "…" } ?? path
        let subject = "path '\(shownPath.abbreviated)' of operation '\(operation.id.value)'"
        var problem: String?
        if !path.hasPrefix("/") {
            problem = "must start with '/' (it is written after the base URL)"
        } else if path.contains("?") {
            problem = "holds a query: a path has none; make each query parameter a request field with 'in: query' (a fixed one with a 'default')"
        } else if path.contains("#") {
            problem = "holds a fragment ('#'), which is never sent"
        } else {
            // Outside placeholders: RFC 3986 path characters (unreserved, sub-delims, ':', '@', '/', %XX escapes).
            var rest = Substring(path)
            while problem == nil, let scalar = rest.unicodeScalars.first {
                if scalar == "{" {
                    guard let close = rest.firstIndex(of: "}"), rest[rest.index(after: rest.startIndex)..<close].allSatisfy({ $0 != "{" && $0 != "/" }),
                        close > rest.index(after: rest.startIndex)
                    else {
                        problem = "has a '{' that opens no '{name}' placeholder"
                        break
                    }
                    rest = rest[rest.index(after: close)...]
                    continue
                }
                if scalar == "%" {
                    let escape = rest.unicodeScalars.dropFirst().prefix(2)
                    guard escape.count == 2, escape.allSatisfy(\.properties.isASCIIHexDigit) else {
                        problem = "has a '%' that starts no %XX escape"
                        break
                    }
                    rest = Substring(rest.unicodeScalars.dropFirst(3))
                    continue
                }
                if !(scalar.isASCII && Self.pathCharacters.contains(scalar)) {
                    problem = "holds \(DisplayText.quoted(String(scalar))), which a URL path does not: write it %-escaped as the provider expects it"
                    break
                }
                rest = Substring(rest.unicodeScalars.dropFirst())
            }
        }
        if let problem { diagnostics.error("\(subject) \(problem)", at: operation.path.location) }
        return problem == nil
    }

    private static let pathCharacters = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/")

    static func pathParameters(_ path: String) -> [String] { PathTemplateSegment(path).names }

    private func checkCallback(_ callback: CallbackSpec) {
        checkSourceReference(callback.source)
        checkSourceReference(callback.signatureSource)
        checkSignatureFields(callback)
        checkSourceReference(callback.acknowledgement?.source)
        if let decision = callback.acknowledgement?.decision {
            checkReference(decision, among: names.decisions, kind: "decision")
        }
        if let shape = callback.shape {
            checkReference(shape, among: shapeNames, kind: "shape")
            // A form or query is a set of named fields: a list has no such spelling, and its receiver would refuse
            // every callback ("A form body is a set of named fields, not a list").
            if let encoding = callback.formEncoding, names.shapesByName[shape.value]?.items != nil {
                let by = callback.origin(of: encoding)
                diagnostics.error(
                    "callback '\(callback.name.value)' is sent as \(encoding == .form ? "a form" : "a query") (\(by)), "
                        + "a set of named fields, so its payload cannot be '\(shape.value)', a list shape; give it a shape with fields",
                    at: shape.location)
            }
        }
        if let discriminator = callback.discriminator { checkDiscriminator(discriminator, of: "callback '\(callback.name.value)'") }
    }

    /// The messages that travel as JSON wherever they travel: answers, JSON requests and JSON callbacks (with their
    /// shapes), less any shape that is also sent as a form or query. A shape nothing sends is in none.
    private var messagesReadAsJSONOnly: Set<String> {
        let jsonCallbacks = spec.callbacks.filter { $0.formEncoding == nil }
        var json = Set(spec.answerNames)
        // A request all of whose fields travel in the query, path or headers (a GET's) has no JSON body.
        let hasBody = { (name: String) in names.shapesByName[name]?.fields.contains { $0.placement.isInBody } ?? true }
        json.formUnion(spec.operations.filter { ($0.encoding ?? spec.encoding) == .json }.compactMap(\.request?.value).filter(hasBody))
        json.formUnion(jsonCallbacks.flatMap { [$0.name, $0.shape].compactMap { $0?.value } + ($0.discriminator?.variants.map(\.shape.value) ?? []) })
        return json.subtracting(formSenders().keys)
    }

    /// `readAsJSONOnly`: the messages no operation or callback sends as a form or query (`messagesReadAsJSONOnly`).
    private func checkExample(_ example: ExampleSpec, readAsJSONOnly: Set<String>) {
        checkSourceReference(example.source)
        checkReference(example.message, among: names.messages, kind: "shape or callback")
        // A union is a message as an operation's answer, which a client reads as JSON (or plain text, which no union is).
        let message = example.message.value
        if example.format == .json, !example.formatIsUnknown, (try? JSONSerialization.jsonObject(with: Data(example.payload.utf8), options: [.fragmentsAllowed])) == nil {
            // `format: form` alone is refused for a message that travels as JSON only: the hint names what it needs too.
            let formHint = if !example.formatIsDefault || (names.unionsByName[message] != nil && names.messages.contains(message)) {
                ""
            } else if !readAsJSONOnly.contains(message) {
                ", or say 'format: form' or 'format: query' if it is a form body or query string"
            } else if spec.answerNames.contains(message) {
                // An answer is read as JSON, or as plain text by its shape's `text:` forms: never as a form.
                ", or say 'format: text' if the answer is plain text (its shape then reads it by its 'text:' forms)"
            } else {
                ", or, if the provider sends it as a form body or query string, give the operation or callback that sends '\(message)' "
                    + "'encoding: form' (or 'query') and say 'format: form' (or 'format: query') here"
            }
            diagnostics.error(
                "payload of example '\(example.name.value)' is not valid JSON; keep the document's broken text under 'verbatim' and a corrected payload here"
                    + formHint,
                at: example.location)
        }
        if example.format == .form || example.format == .query, names.unionsByName[message] != nil, names.messages.contains(message) {
            diagnostics.error(
                "example '\(example.name.value)' is written as \(example.format == .form ? "a form" : "a query") ('format: \(example.format.rawValue)'), "
                    + "but '\(message)' is a union an operation answers with, and a generated client reads such an answer as JSON only: "
                    + "write the payload as the JSON the provider answers (a shape variant's object, {\"status\": \"100\"}; a bare value as "
                    + "JSON text or a number, \"900\") and leave 'format' out",
                at: example.formatLocation ?? example.location)
        }
        if example.format == .form || example.format == .query, readAsJSONOnly.contains(message), names.unionsByName[message] == nil {
            diagnostics.error(
                "example '\(example.name.value)' is written as \(example.format == .form ? "a form" : "a query") ('format: \(example.format.rawValue)'), "
                    + "but no operation or callback sends '\(message)' as one: it travels as JSON, so write the payload as the JSON "
                    + "the provider sends, or give the operation or callback that sends it 'encoding: \(example.format.rawValue)'",
                at: example.formatLocation ?? example.location)
        }
    }
}

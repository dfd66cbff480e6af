import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

/// An operation matched to a request: its path parameters and the request's fields as one JSON object.
struct MatchedOperation {
    let operation: OperationModel
    let pathParameters: [String: String]
    /// The path parameters whose segment is no percent-encoded UTF-8 (`%FF`, `%zz`): taken as the raw segment, a
    /// look-up of `/batches/ab%FFc` answered the id `ab%FFc`, a value the request never sent.
    var undecodableParameters: [String] = []

    var id: String { operation.spec.id.value }
}

extension SandboxProvider {
    /// The operation at the request's method (any method with `anyMethod`) and path, with the path's parameters; of
    /// several there, the one a request field of one value names (`FixedFields`: VoIP.ms's `method=getBalance`).
    func match(_ request: WireRequest, anyMethod: Bool = false) -> MatchedOperation? {
        let candidates = matches(request, anyMethod: anyMethod)
        guard candidates.count > 1 else { return candidates.first }
        let values = RoutingValues(request)
        let fixed = { (candidate: MatchedOperation) in FixedFields(of: candidate.operation.requestType.flatMap(self.shape)?.spec) }
        return FixedFields.route(
            candidates, fixed: fixed,
            value: { candidate, key in
                if let given = values.value(at: key, encoding: candidate.operation.encoding) { return given }
                // A field of one value the request leaves out is its default, as the provider reads it, where the
                // request gives another of the operation's: a user's Tencent pull, `X-TC-Action:
                // PullSmsSendStatus` without `X-TC-Version` (default 2021-01-11), went to the first operation at
                // `POST /`, SendSms, refused as "X-TC-Action does not match ^SendSms$". A request giving none of
                // them still names no operation.
                let fields = fixed(candidate).values
                let givesAnother = fields.keys.contains { values.value(at: $0, encoding: candidate.operation.encoding) != nil }
                return givesAnother ? fields[key] : nil
            })
    }

    /// The operation under another method whose path the request's matches by more literal segments than the
    /// operation of the request's own method does, or matches where none of that method does: the resource the request
    /// names, asked by a method it does not take (a user's sipgate `GET /sessions/sms`, which `POST /sessions/sms` is,
    /// was `GET /{userId}/sms` with a `userId` of "sessions").
    func otherMethodsOperation(_ request: WireRequest) -> MatchedOperation? {
        let literal = { (matched: MatchedOperation) in
            Self.segments(matched.operation.spec.path.value).filter { PathTemplateSegment($0).names.isEmpty }.count
        }
        let own = match(request).map(literal) ?? -1
        return matches(request, anyMethod: true)
            .filter { $0.operation.spec.method.value.caseInsensitiveCompare(request.method) != .orderedSame && literal($0) > own }
            .max { literal($0) < literal($1) }
    }

    /// Where the operations at the request's method and path are told apart by fields of one value (`FixedFields`)
    /// and the request carries no operation's, each with its value (a field left out is its default only where the
    /// request gives another of the operation's, as `match` reads it): the request names no operation, and goes to
    /// the first, which refuses it as an invalid request naming that field, before its credentials are checked and
    /// without its default (our rule: `unroutedViolation`). Nil where it names one, or fewer than two are there.
    func unroutedViolation(_ request: WireRequest) -> ValidationViolation? {
        let candidates = matches(request, anyMethod: false)
        guard candidates.count > 1 else { return nil }
        let values = RoutingValues(request)
        let fixed = candidates.map { FixedFields(of: $0.operation.requestType.flatMap(self.shape)?.spec).values }
        guard fixed.allSatisfy({ !$0.isEmpty }) else { return nil }
        let carried = zip(candidates, fixed).contains { candidate, fields in
            let given = fields.keys.filter { values.value(at: $0, encoding: candidate.operation.encoding) != nil }
            return !given.isEmpty && given.allSatisfy { values.value(at: $0, encoding: candidate.operation.encoding) == fields[$0] }
        }
        guard !carried else { return nil }
        // The first field whose values tell the operations apart (of several alike, a version, the one that differs).
        var keys: [FixedFields.Key] = []
        for fields in fixed { for key in fields.keys.sorted(by: { $0.wireName < $1.wireName }) where !keys.contains(key) { keys.append(key) } }
        let telling = keys.filter { key in Set(fixed.compactMap { $0[key] }).count > 1 }
        guard let key = telling.first ?? keys.first else { return nil }
        let given = zip(candidates, fixed).lazy.compactMap { candidate, _ in values.value(at: key, encoding: candidate.operation.encoding) }.first
        var known: [String] = []
        for value in fixed.compactMap({ $0[key] }) where !known.contains(value) { known.append(value) }
        let list = known.map { "\"\($0)\"" }.joined(separator: ", ")
        guard let given else {
            return ValidationViolation(path: key.wireName, rule: "required", message: "is missing; it names the operation, one of \(list)")
        }
        return ValidationViolation(path: key.wireName, rule: "enum", message: "\"\(given)\" names no operation; it is one of \(list)")
    }

    /// Every operation at the request's method (any method with `anyMethod`) and path, in the spec's order.
    private func matches(_ request: WireRequest, anyMethod: Bool) -> [MatchedOperation] {
        let segments = Self.segments(request.path)
        var found: [MatchedOperation] = []
        for operation in model.operations where anyMethod || operation.spec.method.value.caseInsensitiveCompare(request.method) == .orderedSame {
            let template = Self.segments(operation.spec.path.value)
            guard template.count == segments.count else { continue }
            var parameters: [String: String] = [:]
            var undecodable: [String] = []
            var matches = true
            for (pattern, segment) in zip(template, segments) {
                guard let raw = PathTemplateSegment(pattern).rawValues(in: segment) else {
                    matches = false
                    break
                }
                for (name, value) in raw.sorted(by: { $0.key < $1.key }) {
                    if let decoded = value.removingPercentEncoding { parameters[name] = decoded } else { undecodable.append(name) }
                }
            }
            if matches { found.append(MatchedOperation(operation: operation, pathParameters: parameters, undecodableParameters: undecodable)) }
        }
        return found
    }

    /// The request's fields, wherever the spec says they travel (body, query, path, headers; a field `in: wholeBody` is
    /// the whole JSON body), as one JSON object by wire name;
    /// throws `UnreadableRequest` when a path parameter is no percent-encoded UTF-8, the body is not in the operation's encoding, or the query of an operation
    /// that takes its fields there is not a form (a value that is not UTF-8, more fields than a form may have): read
    /// leniently, one bad field lost them all, credentials included, and the answer said "bad credentials". A JSON body is read as the runtime
    /// reads every payload (`JSONPayload`): a key twice in one object is refused, as the provider's own reading of
    /// it is unknown (Foundation keeps the first, most servers the last).
    func requestFields(_ request: WireRequest, _ matched: MatchedOperation) throws(UnreadableRequest) -> JSONValue {
        if let name = matched.undecodableParameters.first {
            throw UnreadableRequest(reason: "the path segment of {\(name)} is not percent-encoded UTF-8", part: name)
        }
        var members: [String: JSONValue] = [:]
        let shape = matched.operation.requestType.flatMap(shape)
        switch matched.operation.encoding {
        case .json:
            // A request whose fields all travel in its path, query or headers has nothing to read from a body: an empty
            // one (curl's `-X POST` to Vonage's next_workflow) is no body, as `{}` is.
            let readsBody = shape.map { $0.fields.contains { $0.spec.placement.isInBody } } ?? false
            if request.body.isEmpty && !readsBody { break }
            guard !request.body.isEmpty else { throw UnreadableRequest(reason: "the body is empty; this operation takes JSON") }
            let body = try Self.json(of: request)
            if let whole = shape?.spec.wholeBody {
                // The body is one field's value (BulkSMS's bare list of messages), whatever JSON it is.
                members = [whole.wireName.value: body]
            } else {
                guard case .object(let object) = body else { throw UnreadableRequest(reason: "the body is JSON but not an object") }
                members = object
            }
        case .form:
            // A JSON body is no form: it was read as one with no fields, and answered as missing credentials (a user's
            // SerwerSMS 1001 "wrong login or password", logged "bad credentials", for the right ones).
            if !request.body.isEmpty, let type = request.header("Content-Type")?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased(),
                type == "application/json" || type.hasSuffix("+json")
            {
                throw UnreadableRequest(reason: "the body is \(type); this operation reads a form (application/x-www-form-urlencoded)", part: "body")
            }
            members = listsRead(WirePayload.object(fromFields: try Self.formFields(of: request)), shape: shape)
        case .query, .none, .text:  // `text` is an answer's wire, never a request's (the parser refuses it)
            _ = try Self.queryFields(of: request)
        }
        // A body holds only the fields the spec puts there: a `notify_url` it puts `in: query` was read from the body.
        members = members.filter { name, _ in shape?.fields.first { $0.spec.wireName.value == name }.map { $0.spec.placement.isInBody } ?? true }
        // An operation with a body reads from its query only the fields its spec puts there: a Bind send of `{}` with
        // `?to=…` was accepted, a request Bind, reading `to` from the body, refuses.
        let readsQuery = { (name: String) in
            matched.operation.encoding != .json && matched.operation.encoding != .form
                || shape?.fields.contains { $0.spec.wireName.value == name && $0.spec.placement == .query } == true
        }
        for (name, value) in listsRead(WirePayload.object(fromFields: request.queryFields), shape: shape) where members[name] == nil && readsQuery(name) {
            members[name] = value
        }
        for (name, value) in matched.pathParameters { members[name] = .string(value) }
        if let shape {
            for field in shape.fields where field.spec.placement == .header {
                if let value = request.header(field.spec.wireName.value) { members[field.spec.wireName.value] = .string(value) }
            }
        }
        return .object(members)
    }

    /// The request's fields with each field of JSON text (`contentType: application/json`, SUBMAIL's `multi`) read as
    /// the JSON it holds, as the generated decoding reads it (`JSONText`), so its roles are found inside it (`multi[].to`,
    /// the send's recipients); a text that is no JSON of its type stays text (checking the request refuses it). The
    /// request as sent is what its rules are checked on.
    func readingJSONText(_ fields: JSONValue, for operation: OperationModel) -> JSONValue {
        readingJSONText(fields, of: operation.requestType.flatMap(shape))
    }

    /// `fields`, a message of `shape`, with each of its fields of JSON text read as the JSON it holds (an example's
    /// too: Mandrill's `mandrill_events`, whose events' ids and numbers a report fills in).
    func readingJSONText(_ fields: JSONValue, of shape: ShapeModel?) -> JSONValue {
        guard var members = fields.members, let shape, shape.fields.contains(where: \.spec.isJSONText) else { return fields }
        for field in shape.fields where field.spec.isJSONText {
            let name = field.spec.wireName.value
            guard case .string(let text)? = members[name] else { continue }
            if text.isEmpty, field.mayBeAbsent {
                members[name] = nil
            } else if let held = try? JSONText.value(JSONValue.self, of: text, codingPath: [FieldKey(stringValue: name)]) {
                members[name] = held
            }
        }
        return .object(members)
    }

    /// A JSON body as the runtime reads every payload (`JSONPayload`), or why it is none.
    static func json(of request: WireRequest) throws(UnreadableRequest) -> JSONValue {
        do { return try JSONPayload.decode(JSONValue.self, from: request.body) } catch {
            throw UnreadableRequest(reason: "the body is not JSON this operation reads: \(DecodingErrorDescription.describe(error))")
        }
    }

    /// A form body's fields in the charset the request declares, the provider's when none, as the runtime's receivers
    /// read a form; or why it is none.
    static func formFields(of request: WireRequest) throws(UnreadableRequest) -> [(name: String, value: String)] {
        let declared = { try FormCharset(contentType: request.header("Content-Type"), body: request.body, escaped: true, otherwise: request.formCharset) }
        do { return try FormDecoder.parse(request.body, charset: declared()) } catch {
            throw UnreadableRequest(reason: "the body is not a form: \(DecodingErrorDescription.describe(error))")
        }
    }

    /// The query's fields, or why it is no form.
    static func queryFields(of request: WireRequest) throws(UnreadableRequest) -> [(name: String, value: String)] {
        do { return try request.parsedQueryFields() } catch {
            throw UnreadableRequest(reason: "the query is not a form: \(DecodingErrorDescription.describe(error))", part: "query")
        }
    }

    /// The request's fields the operation's request declares: a field it does not (a look-up's `?to=…`) names no
    /// recipient and no callback URL.
    func declaredFields(of request: JSONValue, for operation: OperationModel) -> JSONValue {
        let names = Set(operation.requestType.flatMap(shape)?.fields.map(\.spec.wireName.value) ?? [])
        return .object((request.members ?? [:]).filter { names.contains($0.key) })
    }

    /// Form or query fields with a list field given once as a list of that one value, as the runtime's form
    /// decoder reads them (the generated clients write a one-item list `to=1`): it was refused as "not a list". A
    /// list joined into one text (`separator:`) stays that text.
    private func listsRead(_ fields: JSONValue, shape: ShapeModel?) -> [String: JSONValue] {
        var members = fields.members ?? [:]
        // A field of JSON text (`contentType`) stays its text too: the JSON it holds is read by `readingJSONText`.
        for field in shape?.fields ?? [] where field.separatedList == nil && !field.spec.isJSONText {
            guard case .array = field.type, case .string(let text)? = members[field.spec.wireName.value] else { continue }
            members[field.spec.wireName.value] = .array([.string(text)])
        }
        return members
    }

    /// Why a request's body (or query) cannot be read as its operation's encoding.
    struct UnreadableRequest: Error {
        let reason: String
        /// What could not be read: `body`, `query`, or the path parameter's name; a refusal's map of errors by field
        /// names it.
        var part = "body"
    }

    static func segments(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }
}

/// A request's values that fields of one value are compared with (`FixedFields.route`), each part read once whatever
/// the number of operations at its path: read by each operation, a 420 KB body routed among 20 took 11 s (an attack).
private final class RoutingValues {
    private let request: WireRequest
    private lazy var query = Self.first(try? SandboxProvider.queryFields(of: request))
    private lazy var form = Self.first(try? SandboxProvider.formFields(of: request))
    private lazy var json: [String: String] = {
        guard case .object(let members)? = try? SandboxProvider.json(of: request) else { return [:] }
        return members.compactMapValues { if case .string(let text) = $0 { text } else { nil } }
    }()

    init(_ request: WireRequest) { self.request = request }

    /// The text at `key` as an operation of `encoding` reads its request (a body field in the query when the operation
    /// sends its body there); nil where the request has none.
    func value(at key: FixedFields.Key, encoding: EncodingKind) -> String? {
        switch key.placement {
        case .query: query[key.wireName]
        case .header: request.header(key.wireName)
        case .body:
            switch encoding {
            case .json: json[key.wireName]
            case .form: form[key.wireName]
            case .query, .text, .none: query[key.wireName]
            }
        case .path, .wholeBody: nil
        }
    }

    /// Each name's first value.
    private static func first(_ fields: [(name: String, value: String)]?) -> [String: String] {
        Dictionary((fields ?? []).map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}

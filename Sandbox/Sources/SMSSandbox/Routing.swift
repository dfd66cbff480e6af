import Foundation
import SMSSpecCore
import SMSSpecRuntime

/// An operation matched to a request: its path parameters and the request's fields as one JSON object.
struct MatchedOperation {
    let operation: OperationModel
    let pathParameters: [String: String]

    var id: String { operation.spec.id.value }
}

extension SandboxProvider {
    /// The operation at the request's method and path, with the path's parameters.
    func match(_ request: WireRequest) -> MatchedOperation? {
        let segments = Self.segments(request.path)
        for operation in model.operations where operation.spec.method.value.caseInsensitiveCompare(request.method) == .orderedSame {
            let template = Self.segments(operation.spec.path.value)
            guard template.count == segments.count else { continue }
            var parameters: [String: String] = [:]
            var matches = true
            for (pattern, segment) in zip(template, segments) {
                if pattern.hasPrefix("{") && pattern.hasSuffix("}") {
                    parameters[String(pattern.dropFirst().dropLast())] = segment.removingPercentEncoding ?? segment
                } else if pattern != segment {
                    matches = false
                    break
                }
            }
            if matches { return MatchedOperation(operation: operation, pathParameters: parameters) }
        }
        return nil
    }

    /// The request's fields, wherever they travel (body, query, path, headers), as one JSON object by wire name;
    /// nil when the body is not in the operation's encoding.
    func requestFields(_ request: WireRequest, _ matched: MatchedOperation) -> JSONValue? {
        var members: [String: JSONValue] = [:]
        switch matched.operation.encoding {
        case .json:
            guard !request.body.isEmpty,
                case .object(let body)? = try? JSONDecoder().decode(JSONValue.self, from: request.body)
            else { return nil }
            members = body
        case .form:
            guard let fields = try? FormDecoder.parse(request.body) else { return nil }
            members = WirePayload.object(fromFields: fields).members ?? [:]
        case .query, .none:
            break
        }
        for (name, value) in WirePayload.object(fromFields: request.queryFields).members ?? [:] where members[name] == nil {
            members[name] = value
        }
        for (name, value) in matched.pathParameters { members[name] = .string(value) }
        if let shape = matched.operation.requestType.flatMap(shape) {
            for field in shape.fields where field.spec.placement == .header {
                if let value = request.header(field.spec.wireName.value) { members[field.spec.wireName.value] = .string(value) }
            }
        }
        return .object(members)
    }

    static func segments(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }
}

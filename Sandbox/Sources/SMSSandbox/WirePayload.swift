import Foundation
import SMSSpecRuntime

/// An incoming HTTP request as the sandbox reads it, independent of the server that received it.
public struct WireRequest: Sendable {
    public var method: String
    public var path: String
    /// The raw query string, without `?`.
    public var query: String
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(method: String, path: String, query: String = "", headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    var queryFields: [(name: String, value: String)] { (try? FormDecoder.parse(query)) ?? [] }
}

/// JSON values of payloads in every encoding, so one walker reads JSON bodies, forms and queries alike.
enum WirePayload {
    /// Form or query fields as a JSON object of strings (the first of repeated names wins).
    static func object(fromFields fields: [(name: String, value: String)]) -> JSONValue {
        var members: [String: JSONValue] = [:]
        for field in fields where members[field.name] == nil { members[field.name] = .string(field.value) }
        return .object(members)
    }

    /// A scalar as form text; nil for objects, arrays and null.
    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): text
        case .number(let number): number.text
        case .bool(let flag): flag ? "1" : "0"
        default: nil
        }
    }

    /// The flat fields of an object, sorted by name, as form text.
    static func fields(of value: JSONValue) -> [(name: String, value: String)] {
        guard case .object(let members) = value else { return [] }
        return members.keys.sorted().compactMap { name in text(members[name]!).map { (name, $0) } }
    }

    static func json(_ value: JSONValue) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)) ?? Data("null".utf8)
    }
}

extension JSONValue {
    subscript(member name: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[name]
    }

    var members: [String: JSONValue]? {
        if case .object(let members) = self { members } else { nil }
    }

    var items: [JSONValue]? {
        if case .array(let items) = self { items } else { nil }
    }
}

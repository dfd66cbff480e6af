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
    /// The charset of the provider it is routed to (its spec's `charset`): its query, and a form body that declares
    /// none, are read in it.
    public var formCharset: FormCharset = .utf8

    public init(method: String, path: String, query: String = "", headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The field's value; a field sent more than once is its values joined with ", ", as swift-http-types gives
    /// the runtime's receivers one (RFC 9110 §5.3), so that two Content-Types that disagree are refused alike.
    public func header(_ name: String) -> String? {
        let values = headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    /// The query's fields, or why it is no form. `?` first: what follows is read as the query, never as a URL or
    /// path of its own (`/x?to=1` is one field).
    func parsedQueryFields() throws -> [(name: String, value: String)] { try FormDecoder.parse(Data(("?" + query).utf8), charset: formCharset) }

    var queryFields: [(name: String, value: String)] { (try? parsedQueryFields()) ?? [] }
}

/// JSON values of payloads in every encoding, so one walker reads JSON bodies, forms and queries alike.
enum WirePayload {
    /// Form or query fields as a JSON object of strings; a name given more than once is a list of its values.
    static func object(fromFields fields: [(name: String, value: String)]) -> JSONValue {
        var members: [String: JSONValue] = [:]
        for field in fields {
            switch members[field.name] {
            case nil: members[field.name] = .string(field.value)
            case .array(let values)?: members[field.name] = .array(values + [.string(field.value)])
            case let first?: members[field.name] = .array([first, .string(field.value)])
            }
        }
        return .object(members)
    }

    /// The fields of an object as form text (`FormEncoder.fields(ofObject:)`), booleans as the provider writes them;
    /// none for anything but an object.
    static func fields(of value: JSONValue, booleans: FormBooleans = .digits) throws -> [(name: String, value: String)] {
        guard case .object(let members) = value else { return [] }
        return try FormEncoder.fields(ofObject: members, booleans: booleans)
    }

    static func json(_ value: JSONValue) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // `JSONPayload.encode` writes a number longer than `Decimal` as it came (Foundation's encoder alone refuses it).
        return (try? JSONPayload.encode(value, using: encoder)) ?? Data("null".utf8)
    }
}

extension JSONValue {
    subscript(member name: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[name]
    }

}

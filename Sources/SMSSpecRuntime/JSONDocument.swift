import Foundation

/// The payload `JSONPayload.decode` is reading, parsed by us the first time a list or object kept as JSON asks for
/// it: through a `Decoder` alone, a `JSONValue` learns each value's kind from a failed read, which made nested lists
/// cost seconds per megabyte. With the document, a list or object is one lookup by its coding path.
///
/// Foundation's decoder has checked the structure by then, but reads a string or number only where something
/// decodes it, so this parse is as lenient as that scan, and a leaf Foundation would refuse (a bad escape, a
/// malformed number) is kept as a refusal that throws only if a value kept as JSON contains it.
final class JSONDocument: @unchecked Sendable {
    private let text: Data
    private let lock = NSLock()
    private var parsed: JSONDocumentNode??

    init(utf8 text: Data) { self.text = text }

    /// The value at `codingPath`, or nil when the document cannot say (then the decoder is asked, as without it).
    func value(at codingPath: [any CodingKey]) throws -> JSONValue? {
        guard var node = root() else { return nil }
        for key in codingPath {
            guard let child = node.child(key) else { return nil }
            node = child
        }
        var path = codingPath
        return try node.value(path: &path)
    }

    private func root() -> JSONDocumentNode? {
        lock.lock()
        defer { lock.unlock() }
        if let parsed { return parsed }
        let node = text.withUnsafeBytes { raw in
            var parser = JSONDocumentParser(raw.bindMemory(to: UInt8.self))
            return parser.document()
        }
        parsed = .some(node)
        return node
    }
}

extension CodingUserInfoKey {
    /// A `JSONDocument` of the payload being decoded (set by `JSONPayload.decode`).
    static let jsonDocument = CodingUserInfoKey(rawValue: "SMSSpecRuntime.jsonDocument")!
}

extension JSONValue {
    /// The list or object a decoder is at, from its payload's `JSONDocument` when there is one; nil without one.
    static func fromDocument(of decoder: any Decoder) throws -> JSONValue? {
        guard let document = decoder.userInfo[.jsonDocument] as? JSONDocument else { return nil }
        return try document.value(at: decoder.codingPath)
    }
}

/// One value of a `JSONDocument`.
indirect enum JSONDocumentNode {
    /// A value with nothing refused inside, read as `JSONValue(from:)` reads it; `height` is at least how many
    /// lists and objects deep it nests (0 for `null`, a boolean, a number or a string).
    case value(JSONValue, height: Int)
    /// A string or number Foundation's decoder refuses when it reads it, and why.
    case refused(String)
    /// A list or object with something refused inside.
    case array([JSONDocumentNode])
    /// `keysAreValid` is false when a key is a string Foundation refuses (the whole object is refused).
    case object([String: JSONDocumentNode], keysAreValid: Bool)

    func child(_ key: any CodingKey) -> JSONDocumentNode? {
        switch self {
        case .value(.array(let items), let height):
            guard let index = key.intValue, items.indices.contains(index) else { return nil }
            return .value(items[index], height: height - 1)
        case .value(.object(let members), let height):
            return members[key.stringValue].map { .value($0, height: height - 1) }
        case .array(let items):
            guard let index = key.intValue, items.indices.contains(index) else { return nil }
            return items[index]
        case .object(let members, let keysAreValid):
            return keysAreValid ? members[key.stringValue] : nil
        case .value, .refused: return nil
        }
    }

    /// The `JSONValue`, refusing what `JSONValue(from:)` refuses: a list or object nested too deep
    /// (`PayloadLimits.maximumJSONValueDepth`, counted from the payload's top) and a leaf Foundation refuses.
    func value(path: inout [any CodingKey]) throws -> JSONValue {
        switch self {
        case .value(let value, let height):
            if height > 0, path.count + height > PayloadLimits.maximumJSONValueDepth { try Self.checkDepth(of: value, path: &path) }
            return value
        case .refused(let reason):
            throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "Not valid JSON: \(reason)."))
        case .array(let items):
            try JSONValue.checkDepth(path)
            var values: [JSONValue] = []
            values.reserveCapacity(items.count)
            for (index, item) in items.enumerated() {
                path.append(PayloadKey.element(index))
                values.append(try item.value(path: &path))
                path.removeLast()
            }
            return .array(values)
        case .object(let members, let keysAreValid):
            guard keysAreValid else {
                throw DecodingError.dataCorrupted(.init(codingPath: path, debugDescription: "Not valid JSON: a key is not a valid JSON string."))
            }
            try JSONValue.checkDepth(path)
            var values: [String: JSONValue] = [:]
            values.reserveCapacity(members.count)
            for (key, member) in members {
                path.append(PayloadKey.field(key))
                values[key] = try member.value(path: &path)
                path.removeLast()
            }
            return .object(values)
        }
    }

    /// Throws where a list or object inside `value` sits deeper than `JSONValue(from:)` reads.
    private static func checkDepth(of value: JSONValue, path: inout [any CodingKey]) throws {
        switch value {
        case .array(let items):
            try JSONValue.checkDepth(path)
            for (index, item) in items.enumerated() {
                path.append(PayloadKey.element(index))
                try checkDepth(of: item, path: &path)
                path.removeLast()
            }
        case .object(let members):
            try JSONValue.checkDepth(path)
            for (key, member) in members {
                path.append(PayloadKey.field(key))
                try checkDepth(of: member, path: &path)
                path.removeLast()
            }
        case .null, .bool, .number, .string: break
        }
    }
}

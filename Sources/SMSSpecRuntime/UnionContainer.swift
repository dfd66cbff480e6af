/// The kinds of JSON value a union's variant reads: `.text` for a string or a date, `.number`, `.bool`, `.array` for
/// a list, `.object` for a shape or a map, `.scalar` for an enum or a table, `.any` for `json`.
@_spi(Generated) public struct JSONKinds: OptionSet, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let text = JSONKinds(rawValue: 1 << 0)
    public static let number = JSONKinds(rawValue: 1 << 1)
    public static let bool = JSONKinds(rawValue: 1 << 2)
    public static let array = JSONKinds(rawValue: 1 << 3)
    public static let object = JSONKinds(rawValue: 1 << 4)
    public static let scalar: JSONKinds = [.text, .number, .bool]
    public static let any: JSONKinds = [.scalar, .array, .object]

    /// The kind of the value `container` holds, from one read as text: Foundation's decoders (JSON and property
    /// lists) name any other kind in their error (`JSONValue.Found`). With a decoder that words it otherwise, the
    /// scalar kinds are tried in turn, then a list of texts (a form's repeated field, which no scalar reads); an
    /// object is no kind (nor is `null`).
    init(of container: any SingleValueDecodingContainer) {
        do {
            _ = try container.decode(String.self)
            self = .text
            return
        } catch DecodingError.typeMismatch(_, let context) {
            if let found = JSONValue.Found(context) {
                switch found {
                case .array: self = .array
                case .object: self = .object
                case .number: self = .number
                case .bool: self = .bool
                }
                return
            }
        } catch {}
        if container.decodeNil() { self = [] }
        else if (try? container.decode(Bool.self)) != nil { self = .bool }
        else if (try? container.decode(Double.self)) != nil { self = .number }
        else if (try? container.decode([String].self)) != nil { self = .array }
        else { self = [] }
    }
}

/// A union's value, read as each variant in the spec's order. A variant that fails leaves its error under the kinds
/// it reads, so when every variant fails, the value's kind (looked at once, then) picks the error thrown: the variant
/// reading that kind that got furthest into the value (the first of those) says what is wrong inside, where (a list
/// whose third element lacks a field is reported at that field). Only a value of a kind no variant reads is "Expected `A` or `B`.". A variant that succeeds costs
/// what `try? container.decode(_:)` does: the union holds the container alone (a copy of the decoder too would cost
/// as much again), and failures are kept, never decoded again.
@_spi(Generated) public struct UnionContainer {
    @usableFromInline let container: any SingleValueDecodingContainer
    /// The first failure of a variant reading each kind.
    @usableFromInline var text, number, bool, array, object: (any Error)?

    @inlinable public init(_ decoder: any Decoder) throws {
        container = try decoder.singleValueContainer()
    }

    /// The value as `type`, or nil when it is not one; `kinds` are the kinds of value `type` reads.
    @inlinable public mutating func decode<Value: Decodable>(_ type: Value.Type, reads kinds: JSONKinds) -> Value? {
        attempt(kinds) { try $0.decode(type) }
    }

    // The container's own method for each scalar a variant may be: its generic `decode` makes a nested decoder.
    @inlinable public mutating func decode(_ type: String.Type, reads kinds: JSONKinds) -> String? { attempt(kinds) { try $0.decode(type) } }
    @inlinable public mutating func decode(_ type: Int.Type, reads kinds: JSONKinds) -> Int? { attempt(kinds) { try $0.decode(type) } }
    @inlinable public mutating func decode(_ type: Int64.Type, reads kinds: JSONKinds) -> Int64? { attempt(kinds) { try $0.decode(type) } }
    @inlinable public mutating func decode(_ type: Double.Type, reads kinds: JSONKinds) -> Double? { attempt(kinds) { try $0.decode(type) } }
    @inlinable public mutating func decode(_ type: Bool.Type, reads kinds: JSONKinds) -> Bool? { attempt(kinds) { try $0.decode(type) } }

    @inlinable mutating func attempt<Value>(_ kinds: JSONKinds, _ read: (any SingleValueDecodingContainer) throws -> Value) -> Value? {
        do {
            return try read(container)
        } catch {
            keep(error, under: kinds)
            return nil
        }
    }

    /// Keeps, for each kind the variant reads, the error that got furthest into the value: a variant that read more of
    /// it before failing says more of what is wrong (of two envelopes, the one whose own key is there, failing inside,
    /// not the first one, missing its key). Of two that got as far, the first.
    @usableFromInline mutating func keep(_ error: any Error, under kinds: JSONKinds) {
        // Measured only against an error already kept: a union whose second variant reads the value measures nothing.
        var depth: Int?
        func keep(_ kept: inout (any Error)?) {
            guard let current = kept else { return kept = error }
            let measured = depth ?? Self.depth(of: error)
            depth = measured
            if Self.depth(of: current) < measured { kept = error }
        }
        if kinds.contains(.text) { keep(&text) }
        if kinds.contains(.number) { keep(&number) }
        if kinds.contains(.bool) { keep(&bool) }
        if kinds.contains(.array) { keep(&array) }
        if kinds.contains(.object) { keep(&object) }
    }

    /// How far into the value a failure was: the places of its coding path, a missing key counted as one more. Foundation's
    /// decoder throws an error of its own, at no place, for a number a field cannot hold (beyond `Int64`, 1.5 for an
    /// `Int`): that variant read the value down to a number, so it counts as furthest. (Counted as nowhere, it lost to a
    /// map variant's error, at a key of the map's hash order: the field named changed from run to run.)
    @usableFromInline static func depth(of error: any Error) -> Int {
        switch error as? DecodingError {
        case .keyNotFound(_, let context)?: context.codingPath.count + 1
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?: context.codingPath.count
        case nil: .max
        default: 0
        }
    }

    /// What to throw when no variant read the value: the error of the variant reading its kind that got furthest, else
    /// "Expected \(forms)." at the union. That is also said for an error that is no `DecodingError`, which names no
    /// place: Foundation's decoder throws one of its own for a number the variant cannot hold (1.5 for an `Int`).
    public func failure(expected forms: String) -> any Error {
        let kept: (any Error)? =
            switch JSONKinds(of: container) {
            case .text: text
            case .number: number
            case .bool: bool
            case .array: array
            case .object: object
            default: nil
            }
        return kept as? DecodingError ?? DecodingError.dataCorruptedError(in: container, debugDescription: "Expected \(forms).")
    }
}

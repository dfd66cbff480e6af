/// A provider-sent string enum that is open: values the spec does not list decode to `unknown(raw)`
/// and encode back unchanged.
public protocol OpenEnum: Codable, Hashable, Sendable, CustomStringConvertible {
    init(wireValue: String)
    var wireValue: String { get }
    /// The values the spec lists.
    static var knownCases: [Self] { get }
}

extension OpenEnum {
    public init(from decoder: any Decoder) throws {
        self.init(wireValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wireValue)
    }

    public var isKnown: Bool { Self.knownCases.contains(self) }
    public var description: String { wireValue }
}

/// Generated code checks it is built against the runtime version it was generated for.
public protocol SMSSpecRuntimeVersion1 {}

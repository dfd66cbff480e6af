/// A provider-sent enum that is open: values the spec does not list decode to `unknown(raw)` and encode back
/// unchanged. Any scalar decodes (see `WireCode`): a listed value matches by its exact text; a number, other text,
/// a boolean or `null` (for a required field) is `unknown`, kept with its JSON kind.
public protocol OpenEnum: Codable, Hashable, Sendable, CustomStringConvertible {
    init(wireValue: WireCode)
    var wireValue: WireCode { get }
    /// The values the spec lists.
    static var knownCases: [Self] { get }
}

extension OpenEnum {
    public init(from decoder: any Decoder) throws {
        self.init(wireValue: try WireCode.decode(from: decoder, preferNumber: false))
    }

    public func encode(to encoder: any Encoder) throws {
        try wireValue.encode(to: encoder)
    }

    public var isKnown: Bool { Self.knownCases.contains(self) }
    public var description: String { wireValue.text }
}

/// Generated code checks it is built against the runtime version it was generated for.
@_spi(Generated) public protocol SMSSpecRuntimeVersion1 {}

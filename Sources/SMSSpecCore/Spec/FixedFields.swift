/// A request's fields of one value (`FieldSpec.fixedValue`), by place and wire name: what tells apart operations at
/// one method and path (VoIP.ms's `method=getBalance`, SMSLink's `mode=credit`, an action header). A request goes to
/// the first such operation whose fields of one value it carries, each with its value; else to the first that has
/// none; else to the first (`route`). Lint warns of an operation no request reaches so; the sandbox routes so.
public struct FixedFields: Sendable {
    public struct Key: Hashable, Sendable {
        public let placement: FieldPlacement
        public let wireName: String
    }

    public let values: [Key: String]

    public init(of shape: ShapeSpec?) {
        values = Dictionary(
            (shape?.fields ?? []).compactMap { field in field.fixedValue.map { (Key(placement: field.placement, wireName: field.wireName.value), $0) } },
            uniquingKeysWith: { first, _ in first })
    }

    /// Whether a request of the later operation (`self`) is routed to it, not to the earlier one's.
    public func isRoutedPast(_ earlier: FixedFields) -> Bool {
        if values.isEmpty { return !earlier.values.isEmpty }
        return earlier.values.isEmpty || earlier.values.contains { key, value in values[key] != value }
    }

    /// The operation of `candidates` (at one method and path, in the spec's order) a request goes to; `value` reads the
    /// request's field at a key (nil when it has none there).
    public static func route<Candidate>(
        _ candidates: [Candidate], fixed: (Candidate) -> FixedFields, value: (Candidate, Key) -> String?
    ) -> Candidate? {
        guard candidates.count > 1 else { return candidates.first }
        let carried = candidates.first { candidate in
            let fields = fixed(candidate).values
            return !fields.isEmpty && fields.allSatisfy { value(candidate, $0.key) == $0.value }
        }
        return carried ?? candidates.first { fixed($0).values.isEmpty } ?? candidates.first
    }
}

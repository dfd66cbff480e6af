extension Bind {
    /// The `status` of a delivery receipt; a value the document does not list is kept.
    public enum DeliveryStatus: Codable, Hashable, Sendable {
        case delivered, expired, undeliverable, unknown, rejected
        case other(String)

        public init(from decoder: any Decoder) throws {
            let raw = try decoder.singleValueContainer().decode(String.self)
            switch raw {
            case "DELIVERED": self = .delivered
            case "EXPIRED": self = .expired
            case "UNDELIVERABLE": self = .undeliverable
            case "UNKNOWN": self = .unknown
            case "REJECTED": self = .rejected
            default: self = .other(raw)
            }
        }

        public var rawValue: String {
            switch self {
            case .delivered: "DELIVERED"
            case .expired: "EXPIRED"
            case .undeliverable: "UNDELIVERABLE"
            case .unknown: "UNKNOWN"
            case .rejected: "REJECTED"
            case .other(let raw): raw
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }
}

extension Bind {
    /// A delivery receipt; `error` is a zero-padded code ("000", "027").
    public struct DeliveryReceipt: Codable, Hashable, Sendable {
        public var errorCode: Int
        public var from: String
        public var messageID: String
        public var status: DeliveryStatus
        public var to: String

        enum CodingKeys: String, CodingKey {
            case errorCode = "error", from, messageID = "message_id", status, to
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            errorCode = try container.decodeDigits(forKey: .errorCode)
            from = try container.decode(String.self, forKey: .from)
            messageID = try container.decode(String.self, forKey: .messageID)
            status = try container.decode(DeliveryStatus.self, forKey: .status)
            to = try container.decode(String.self, forKey: .to)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(errorCode.padded(to: 3), forKey: .errorCode)
            try container.encode(from, forKey: .from)
            try container.encode(messageID, forKey: .messageID)
            try container.encode(status, forKey: .status)
            try container.encode(to, forKey: .to)
        }
    }

    /// A message a handset sent to one of the account's numbers.
    public struct InboundMessage: Codable, Hashable, Sendable {
        public var from: String
        public var messageID: String
        public var text: String
        public var to: String

        enum CodingKeys: String, CodingKey {
            case from, messageID = "message_id", text, to
        }
    }

    /// What Bind posts to the callback URL, told apart by `type`.
    public enum CallbackEvent: Codable, Hashable, Sendable {
        case deliveryReceipt(DeliveryReceipt)
        case inboundMessage(InboundMessage)
        case other(type: String)

        private enum TypeKey: String, CodingKey { case type }

        public init(from decoder: any Decoder) throws {
            let type = try decoder.container(keyedBy: TypeKey.self).decode(String.self, forKey: .type)
            switch type {
            case "DLR": self = .deliveryReceipt(try DeliveryReceipt(from: decoder))
            case "MO": self = .inboundMessage(try InboundMessage(from: decoder))
            default: self = .other(type: type)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: TypeKey.self)
            switch self {
            case .deliveryReceipt(let receipt):
                try receipt.encode(to: encoder)
                try container.encode("DLR", forKey: .type)
            case .inboundMessage(let message):
                try message.encode(to: encoder)
                try container.encode("MO", forKey: .type)
            case .other(let type):
                try container.encode(type, forKey: .type)
            }
        }
    }
}

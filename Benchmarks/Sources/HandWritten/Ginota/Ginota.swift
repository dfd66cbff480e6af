/// Ginota's send response and delivery receipt, written by hand from its HTTP API document.
public enum Ginota {
    /// The answer to a send; `status` is a code written as a string ("0", "44").
    public struct SendResponse: Codable, Hashable, Sendable {
        public var status: Int
        public var parts: Int?
        public var messageID: String?
        public var requestID: String?
        public var desc: String?

        enum CodingKeys: String, CodingKey {
            case status, parts, messageID = "messageId", requestID = "requestId", desc
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            status = try container.decodeDigits(forKey: .status)
            parts = try container.decodeIfPresent(Int.self, forKey: .parts)
            messageID = try container.decodeIfPresent(String.self, forKey: .messageID)
            requestID = try container.decodeIfPresent(String.self, forKey: .requestID)
            desc = try container.decodeIfPresent(String.self, forKey: .desc)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(String(status), forKey: .status)
            try container.encodeIfPresent(parts, forKey: .parts)
            try container.encodeIfPresent(messageID, forKey: .messageID)
            try container.encodeIfPresent(requestID, forKey: .requestID)
            try container.encodeIfPresent(desc, forKey: .desc)
        }
    }

    /// The query string of the delivery-receipt callback; written back, the status is text as in the query.
    public struct DeliveryReceipt: Codable, Hashable, Sendable {
        public var messageID: String
        public var deliveryStatus: Int
        public var desc: String?
        public var srcAddr: String?
        public var dstAddr: String?
        public var txnRef: String?

        enum CodingKeys: String, CodingKey {
            case messageID = "messageId", deliveryStatus, desc, srcAddr, dstAddr, txnRef
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(messageID, forKey: .messageID)
            try container.encode(String(deliveryStatus), forKey: .deliveryStatus)
            try container.encodeIfPresent(desc, forKey: .desc)
            try container.encodeIfPresent(srcAddr, forKey: .srcAddr)
            try container.encodeIfPresent(dstAddr, forKey: .dstAddr)
            try container.encodeIfPresent(txnRef, forKey: .txnRef)
        }
    }
}

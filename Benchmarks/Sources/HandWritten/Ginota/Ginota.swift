/// Ginota's send response and delivery receipt, written by hand from its HTTP API document.
public enum Ginota {
    /// The answer to a send; `status` is a code written as a string ("0", "44").
    public struct SendResponse: Codable, Hashable, Sendable {
        public var status: SendStatus
        public var parts: Int?
        public var messageID: String?
        public var requestID: String?
        public var desc: String?

        enum CodingKeys: String, CodingKey {
            case status, parts, messageID = "messageId", requestID = "requestId", desc
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            status = try container.decode(SendStatus.self, forKey: .status)
            parts = try container.decodeIfPresent(Int.self, forKey: .parts)
            messageID = try container.decodeIfPresent(String.self, forKey: .messageID)
            requestID = try container.decodeIfPresent(String.self, forKey: .requestID)
            desc = try container.decodeIfPresent(String.self, forKey: .desc)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(status, forKey: .status)
            try container.encodeIfPresent(parts, forKey: .parts)
            try container.encodeIfPresent(messageID, forKey: .messageID)
            try container.encodeIfPresent(requestID, forKey: .requestID)
            try container.encodeIfPresent(desc, forKey: .desc)
        }
    }

    /// A send's `status`, one of the document's error response codes; a code the document does not list is kept.
    public enum SendStatus: Codable, Hashable, Sendable {
        case success, invalidRequest, systemError, systemBusy, destinationAddressUnreachable, accessDenied
        case invalidSourceAddress, invalidDestinationAddress, invalidMessage, messageTooLong, containsBannedWords
        case destinationAddressBlacklisted, destinationAddressNotWhitelisted, invalidAccount, accountSuspended
        case insufficientBalance, duplicateSubscriber, invalidSubscriber
        case other(String)

        public init(from decoder: any Decoder) throws {
            let raw = try decoder.singleValueContainer().decode(String.self)
            switch raw {
            case "0": self = .success
            case "1": self = .invalidRequest
            case "2": self = .systemError
            case "3": self = .systemBusy
            case "4": self = .destinationAddressUnreachable
            case "7": self = .accessDenied
            case "21": self = .invalidSourceAddress
            case "22": self = .invalidDestinationAddress
            case "23": self = .invalidMessage
            case "24": self = .messageTooLong
            case "25": self = .containsBannedWords
            case "27": self = .destinationAddressBlacklisted
            case "28": self = .destinationAddressNotWhitelisted
            case "41": self = .invalidAccount
            case "42": self = .accountSuspended
            case "44": self = .insufficientBalance
            case "50": self = .duplicateSubscriber
            case "51": self = .invalidSubscriber
            default: self = .other(raw)
            }
        }

        public var rawValue: String {
            switch self {
            case .success: "0"
            case .invalidRequest: "1"
            case .systemError: "2"
            case .systemBusy: "3"
            case .destinationAddressUnreachable: "4"
            case .accessDenied: "7"
            case .invalidSourceAddress: "21"
            case .invalidDestinationAddress: "22"
            case .invalidMessage: "23"
            case .messageTooLong: "24"
            case .containsBannedWords: "25"
            case .destinationAddressBlacklisted: "27"
            case .destinationAddressNotWhitelisted: "28"
            case .invalidAccount: "41"
            case .accountSuspended: "42"
            case .insufficientBalance: "44"
            case .duplicateSubscriber: "50"
            case .invalidSubscriber: "51"
            case .other(let raw): raw
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }

    /// The query string of the delivery-receipt callback; written back, the status is text as in the query.
    public struct DeliveryReceipt: Codable, Hashable, Sendable {
        public var messageID: String
        public var deliveryStatus: DeliveryStatus
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
            try container.encode(deliveryStatus.rawValue, forKey: .deliveryStatus)
            try container.encodeIfPresent(desc, forKey: .desc)
            try container.encodeIfPresent(srcAddr, forKey: .srcAddr)
            try container.encodeIfPresent(dstAddr, forKey: .dstAddr)
            try container.encodeIfPresent(txnRef, forKey: .txnRef)
        }
    }

    /// A receipt's `deliveryStatus`, a digit in the query; a value the document does not list is kept.
    public enum DeliveryStatus: Codable, Hashable, Sendable {
        case delivered, expired, undeliverable, accepted, unknownStatus
        case other(String)

        public init(from decoder: any Decoder) throws {
            let raw = try decoder.singleValueContainer().decode(String.self)
            switch raw {
            case "0": self = .delivered
            case "1": self = .expired
            case "3": self = .undeliverable
            case "4": self = .accepted
            case "5": self = .unknownStatus
            default: self = .other(raw)
            }
        }

        public var rawValue: String {
            switch self {
            case .delivered: "0"
            case .expired: "1"
            case .undeliverable: "3"
            case .accepted: "4"
            case .unknownStatus: "5"
            case .other(let raw): raw
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }
}

extension OCA {
    public struct SendResponse: Codable, Hashable, Sendable {
        public var status: MessageStatus
        public var msgUID: String

        enum CodingKeys: String, CodingKey {
            case status, msgUID = "msg_uid"
        }
    }

    /// One sent message; `total_sms` is a number in some items and a string in others.
    public struct HistoryItem: Codable, Hashable, Sendable {
        public var phoneNumber: String
        public var messageBody: String
        public var createdAt: ISO8601Text
        public var updatedAt: ISO8601Text?
        public var status: MessageStatus
        public var msgUID: String
        public var totalSMS: Int

        enum CodingKeys: String, CodingKey {
            case phoneNumber = "phone_number", messageBody = "message_body", createdAt = "created_at"
            case updatedAt = "updated_at", status, msgUID = "msg_uid", totalSMS = "total_sms"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            phoneNumber = try container.decode(String.self, forKey: .phoneNumber)
            messageBody = try container.decode(String.self, forKey: .messageBody)
            createdAt = try container.decode(ISO8601Text.self, forKey: .createdAt)
            updatedAt = try container.decodeIfPresent(ISO8601Text.self, forKey: .updatedAt)
            status = try container.decode(MessageStatus.self, forKey: .status)
            msgUID = try container.decode(String.self, forKey: .msgUID)
            totalSMS = try container.decodeLooseNumber(Int.self, forKey: .totalSMS)
        }
    }

    public typealias History = [HistoryItem]

    public struct StatusEnvelope: Codable, Hashable, Sendable {
        public var status: Bool
        public var data: MessageDetail
    }

    public struct MessageDetail: Codable, Hashable, Sendable {
        public var msgUID: String
        public var application: String?
        public var phoneNumber: String
        public var messageBody: String
        public var status: MessageStatus
        public var totalSMS: Int
        public var createdAt: ISO8601Text
        public var updatedAt: ISO8601Text?

        enum CodingKeys: String, CodingKey {
            case msgUID = "msg_uid", application, phoneNumber = "phone_number", messageBody = "message_body", status
            case totalSMS = "total_sms", createdAt = "created_at", updatedAt = "updated_at"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            msgUID = try container.decode(String.self, forKey: .msgUID)
            application = try container.decodeIfPresent(String.self, forKey: .application)
            phoneNumber = try container.decode(String.self, forKey: .phoneNumber)
            messageBody = try container.decode(String.self, forKey: .messageBody)
            status = try container.decode(MessageStatus.self, forKey: .status)
            totalSMS = try container.decodeLooseNumber(Int.self, forKey: .totalSMS)
            createdAt = try container.decode(ISO8601Text.self, forKey: .createdAt)
            updatedAt = try container.decodeIfPresent(ISO8601Text.self, forKey: .updatedAt)
        }
    }
}

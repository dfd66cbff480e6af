extension RajaSMS {
    /// The delivery-status callback. Its own example sends `sendingid` and `deliverystatus` as numbers and as strings.
    public struct DeliveryReport: Codable, Hashable, Sendable {
        public var reports: [DeliveryStatusReport]

        enum CodingKeys: String, CodingKey { case reports = "status_respon" }
    }

    public struct DeliveryStatusReport: Codable, Hashable, Sendable {
        public var sendingID: Int64
        public var number: String
        public var deliveryStatus: Int
        public var deliveryStatusText: String?

        enum CodingKeys: String, CodingKey {
            case sendingID = "sendingid", number, deliveryStatus = "deliverystatus", deliveryStatusText = "deliverystatustext"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            sendingID = try container.decodeLooseNumber(Int64.self, forKey: .sendingID)
            number = try container.decode(String.self, forKey: .number)
            deliveryStatus = try container.decodeLooseNumber(Int.self, forKey: .deliveryStatus)
            deliveryStatusText = try container.decodeIfPresent(String.self, forKey: .deliveryStatusText)
        }
    }
}

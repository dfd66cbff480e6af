extension RajaSMS {
    public struct SendResponse: Codable, Hashable, Sendable {
        public var results: [SendResult]

        enum CodingKeys: String, CodingKey { case results = "sending_respon" }
    }

    public struct SendResult: Codable, Hashable, Sendable {
        public var globalStatus: Int
        public var globalStatusText: String?
        public var dataPacket: [PacketResultEntry]?

        enum CodingKeys: String, CodingKey {
            case globalStatus = "globalstatus", globalStatusText = "globalstatustext", dataPacket = "datapacket"
        }
    }

    public struct PacketResultEntry: Codable, Hashable, Sendable {
        public var packet: PacketResult
    }

    public struct PacketResult: Codable, Hashable, Sendable {
        public var number: String
        public var sendingID: Int64
        public var sendingStatus: Int
        public var sendingStatusText: String?
        public var price: Int?

        enum CodingKeys: String, CodingKey {
            case number, sendingID = "sendingid", sendingStatus = "sendingstatus"
            case sendingStatusText = "sendingstatustext", price
        }
    }
}

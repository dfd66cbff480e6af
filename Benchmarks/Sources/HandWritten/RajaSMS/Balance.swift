extension RajaSMS {
    public struct BalanceResponse: Codable, Hashable, Sendable {
        public var results: [BalanceResult]

        enum CodingKeys: String, CodingKey { case results = "balance_respon" }
    }

    public struct BalanceResult: Codable, Hashable, Sendable {
        public var globalStatus: Int
        public var globalStatusText: String?
        public var balance: Int?
        public var expired: JakartaDay?

        enum CodingKeys: String, CodingKey {
            case globalStatus = "globalstatus", globalStatusText = "globalstatustext", balance = "Balance", expired = "Expired"
        }
    }
}

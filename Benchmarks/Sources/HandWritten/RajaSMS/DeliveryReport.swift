extension RajaSMS {
    /// The delivery-status callback. Its own example sends `sendingid` and `deliverystatus` as numbers and as strings.
    public struct DeliveryReport: Codable, Hashable, Sendable {
        public var reports: [DeliveryStatusReport]

        enum CodingKeys: String, CodingKey { case reports = "status_respon" }
    }

    public struct DeliveryStatusReport: Codable, Hashable, Sendable {
        public var sendingID: Int64
        public var number: String
        public var deliveryStatus: DeliveryStatus
        public var deliveryStatusText: String?

        enum CodingKeys: String, CodingKey {
            case sendingID = "sendingid", number, deliveryStatus = "deliverystatus", deliveryStatusText = "deliverystatustext"
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            sendingID = try container.decodeLooseNumber(Int64.self, forKey: .sendingID)
            number = try container.decode(String.self, forKey: .number)
            deliveryStatus = DeliveryStatus(code: try container.decodeLooseNumber(Int.self, forKey: .deliveryStatus))
            deliveryStatusText = try container.decodeIfPresent(String.self, forKey: .deliveryStatusText)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sendingID, forKey: .sendingID)
            try container.encode(number, forKey: .number)
            try container.encode(deliveryStatus.code, forKey: .deliveryStatus)
            try container.encodeIfPresent(deliveryStatusText, forKey: .deliveryStatusText)
        }
    }

    /// A report's `deliverystatus`, one of the document's; a status it does not list is kept.
    public enum DeliveryStatus: Hashable, Sendable {
        case schedule, sent, deliveredSuccess, deliveredError, systemFailed, saldoMinusExpired, reject, systemError
        case duplicateMessage, deliveredSuccessBackup
        case other(Int)

        public init(code: Int) {
            switch code {
            case 1: self = .schedule
            case 2: self = .sent
            case 3: self = .deliveredSuccess
            case 4: self = .deliveredError
            case 5: self = .systemFailed
            case 6: self = .saldoMinusExpired
            case 7: self = .reject
            case 8: self = .systemError
            case 9: self = .duplicateMessage
            case 10: self = .deliveredSuccessBackup
            default: self = .other(code)
            }
        }

        public var code: Int {
            switch self {
            case .schedule: 1
            case .sent: 2
            case .deliveredSuccess: 3
            case .deliveredError: 4
            case .systemFailed: 5
            case .saldoMinusExpired: 6
            case .reject: 7
            case .systemError: 8
            case .duplicateMessage: 9
            case .deliveredSuccessBackup: 10
            case .other(let code): code
            }
        }
    }
}

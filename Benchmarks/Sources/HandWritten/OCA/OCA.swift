/// OCA SMS Regular V1's responses, written by hand from its documentation.
public enum OCA {
    /// A message's `status`; a value the document does not list is kept.
    public enum MessageStatus: Codable, Hashable, Sendable {
        case sent, send, submited
        case other(String)

        public init(from decoder: any Decoder) throws {
            let raw = try decoder.singleValueContainer().decode(String.self)
            switch raw {
            case "sent": self = .sent
            case "send": self = .send
            case "submited": self = .submited
            default: self = .other(raw)
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .sent: try container.encode("sent")
            case .send: try container.encode("send")
            case .submited: try container.encode("submited")
            case .other(let raw): try container.encode(raw)
            }
        }
    }
}

extension OCA {
    /// An error answer: `message` is a sentence or a list of field errors, `code` a number or a string of digits.
    public struct ErrorBody: Codable, Hashable, Sendable {
        public var errors: [ErrorItem]
    }

    public struct ErrorItem: Codable, Hashable, Sendable {
        public var message: ErrorMessage
        public var code: Int

        enum CodingKeys: String, CodingKey { case message, code }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            message = try container.decode(ErrorMessage.self, forKey: .message)
            code = try container.decodeLooseNumber(Int.self, forKey: .code)
        }
    }

    public enum ErrorMessage: Codable, Hashable, Sendable {
        case text(String)
        case fields([FieldError])

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else {
                self = .fields(try container.decode([FieldError].self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .fields(let fields): try container.encode(fields)
            }
        }
    }

    public struct FieldError: Codable, Hashable, Sendable {
        public var value: String?
        public var msg: String
        public var param: String
        public var location: String?
    }
}

extension OCA {
    /// An error answer: `message` is a sentence or a list of field errors, `code` a number or a string of digits.
    public struct ErrorBody: Codable, Hashable, Sendable {
        public var errors: [ErrorItem]
    }

    public struct ErrorItem: Codable, Hashable, Sendable {
        public var message: ErrorMessage
        public var code: ErrorCode

        enum CodingKeys: String, CodingKey { case message, code }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            message = try container.decode(ErrorMessage.self, forKey: .message)
            code = ErrorCode(code: try container.decodeLooseNumber(Int.self, forKey: .code))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(message, forKey: .message)
            try container.encode(code.code, forKey: .code)
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

    /// An error's `code`, one of the document's; a code it does not list is kept.
    public enum ErrorCode: Hashable, Sendable {
        case internalError, invalidAuthenticationCredentials, missingAuthorizationHeader, invalidBody, userIsNotExist
        case accountExpired, yourQuotaIsNotEnough
        case other(Int)

        public init(code: Int) {
            switch code {
            case 13: self = .internalError
            case 17: self = .invalidAuthenticationCredentials
            case 19: self = .missingAuthorizationHeader
            case 39: self = .invalidBody
            case 41: self = .userIsNotExist
            case 51: self = .accountExpired
            case 55: self = .yourQuotaIsNotEnough
            default: self = .other(code)
            }
        }

        public var code: Int {
            switch self {
            case .internalError: 13
            case .invalidAuthenticationCredentials: 17
            case .missingAuthorizationHeader: 19
            case .invalidBody: 39
            case .userIsNotExist: 41
            case .accountExpired: 51
            case .yourQuotaIsNotEnough: 55
            case .other(let code): code
            }
        }
    }
}

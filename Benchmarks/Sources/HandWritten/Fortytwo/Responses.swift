/// Fortytwo 2FA's responses, written by hand from its API reference.
public enum Fortytwo {
    /// The answer to a code request or a code validation.
    public struct Response: Codable, Hashable, Sendable {
        public var apiJobID: String
        public var resultInfo: ResultInfo
        public var result: Result?

        enum CodingKeys: String, CodingKey {
            case apiJobID = "api_job_id", resultInfo = "result_info", result
        }
    }

    public struct ResultInfo: Codable, Hashable, Sendable {
        /// The result: `success` (0) or one of the document's error codes.
        public var statusCode: ResultCode
        public var description: String

        enum CodingKeys: String, CodingKey {
            case statusCode = "status_code", description
        }
    }

    public struct Result: Codable, Hashable, Sendable {
        public var messageID: String

        enum CodingKeys: String, CodingKey {
            case messageID = "message_id"
        }
    }

    /// `status_code`: the document's result codes, a code it does not list kept as sent.
    public enum ResultCode: Codable, Hashable, Sendable {
        case success, invalidToken, missingToken, clientRefExists, expiredCode, declined, codeNotFound, noCode
        case codeLengthTooShort, codeLengthTooLong, invalidPhoneNumber, noPhoneNumber, invalidCallbackURL, noClientRef
        case senderIDTooLong, malformedRequest, systemError, invalidAllowedIPs, ipNotAllowed, templateMissingPlaceholder
        case templateTooLong
        case other(Int)

        public init(code: Int) {
            switch code {
            case 0: self = .success
            case -50: self = .invalidToken
            case -51: self = .missingToken
            case -52: self = .clientRefExists
            case -53: self = .expiredCode
            case -54: self = .declined
            case -55: self = .codeNotFound
            case -56: self = .noCode
            case -57: self = .codeLengthTooShort
            case -58: self = .codeLengthTooLong
            case -59: self = .invalidPhoneNumber
            case -60: self = .noPhoneNumber
            case -61: self = .invalidCallbackURL
            case -62: self = .noClientRef
            case -63: self = .senderIDTooLong
            case -64: self = .malformedRequest
            case -65: self = .systemError
            case -66: self = .invalidAllowedIPs
            case -67: self = .ipNotAllowed
            case -68: self = .templateMissingPlaceholder
            case -69: self = .templateTooLong
            default: self = .other(code)
            }
        }

        public var code: Int {
            switch self {
            case .success: 0
            case .invalidToken: -50
            case .missingToken: -51
            case .clientRefExists: -52
            case .expiredCode: -53
            case .declined: -54
            case .codeNotFound: -55
            case .noCode: -56
            case .codeLengthTooShort: -57
            case .codeLengthTooLong: -58
            case .invalidPhoneNumber: -59
            case .noPhoneNumber: -60
            case .invalidCallbackURL: -61
            case .noClientRef: -62
            case .senderIDTooLong: -63
            case .malformedRequest: -64
            case .systemError: -65
            case .invalidAllowedIPs: -66
            case .ipNotAllowed: -67
            case .templateMissingPlaceholder: -68
            case .templateTooLong: -69
            case .other(let code): code
            }
        }

        public init(from decoder: any Decoder) throws {
            self.init(code: try decoder.singleValueContainer().decode(Int.self))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(code)
        }
    }
}

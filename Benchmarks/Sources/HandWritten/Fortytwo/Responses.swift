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
        /// 0 is success; the document's table lists the others.
        public var statusCode: Int
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
}

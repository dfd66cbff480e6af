/// The HTTP methods RFC 9110 (section 9.2.2) defines as idempotent: sending such a request twice acts once. A spec may
/// say otherwise of one operation (`idempotent: false`, a GET that sends an SMS).
public enum IdempotentMethods {
    public static let all: Set<String> = ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]

    /// Whether `method` (any case) is one of them.
    public static func contains(_ method: String) -> Bool { all.contains(method.uppercased()) }
}

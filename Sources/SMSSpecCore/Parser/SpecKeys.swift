/// Every key the spec format accepts, by element. The loader rejects anything else; the JSON Schema
/// (`docs/smsspec.schema.json`) must list the same keys (a test checks this).
public enum SpecKeys {
    public static let document = [
        "smsspec", "provider", "sources", "decisions", "operations", "shapes", "enums", "unions", "tables", "callbacks",
        "examples",
    ]
    public static let provider = [
        "id", "name", "namespace", "summary", "baseURLs", "auth", "encoding", "formBooleans", "charset", "headers", "segments", "phoneNumbers",
        "decisions",
    ]
    public static let server = ["url", "name", "variables"]
    public static let serverVariable = ["default", "enum", "description"]
    public static let segments = ["gsm7Single", "gsm7Concatenated", "ucs2Single", "ucs2Concatenated"]
    public static let phoneCountry = ["countryCode", "nationalPrefix", "mobile"]
    public static let auth = ["type", "name", "scheme", "fields", "headers"]
    public static let source = ["title", "document", "url"]
    public static let decision = ["id", "issue", "decision"]
    public static let sourceReference = ["source", "section"]
    public static let operation = [
        "summary", "method", "path", "baseURL", "encoding", "idempotent", "auth", "headers", "request", "responses", "source", "decisions",
    ]
    public static let response = ["shape", "tables", "reports", "summary"]
    public static let shape = ["summary", "source", "decisions", "fields", "items", "text", "separator"] + PresenceRule.allCases.map(\.rawValue)
    public static let union = ["summary", "source", "decisions", "variants", "discriminator"]
    public static let field = [
        "type", "name", "required", "summary", "default", "lenient", "secret", "format", "formats", "timeZone", "in",
        "constraints", "preEncoded", "separator", "contentType", "role", "unit", "decisions",
    ]
    public static let constraints = [
        "minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems", "uniqueItems", "knownValues", "maxSegments", "substitute", "url",
        "phone", "providerCodes",
    ]
    public static let substitute = ["placeholder", "lengthFrom", "defaultLength"]
    public static let providerCode = ["code", "inferred"]
    public static let phoneConstraint = ["country", "forms"]
    public static let enumeration = ["summary", "source", "decisions", "values", "wire"]
    public static let enumValue = ["name", "summary"]
    public static let table = [
        "title", "summary", "source", "codeType", "wire", "padding", "deliveryStatus", "decisions", "entries",
    ]
    public static let entry = [
        "code", "aliases", "name", "case", "summary", "cause", "explanation", "httpStatus", "outcome", "category", "retryable",
        "deliveryState", "final", "perOperation", "source", "decisions",
    ]
    public static let operationMeaning = ["summary", "cause", "httpStatus"]
    public static let callback = [
        "summary", "method", "encoding", "shape", "discriminator", "signature", "acknowledgement", "source", "decisions",
    ]
    public static let signature = ["header", "field", "algorithm", "keyDigest", "signs", "encoding", "prefix", "timestamp", "tolerance", "optional", "source"]
    public static let signedPart = ["header", "text", "digest", "fields"]
    public static let signedFields = ["names", "pair", "separator", "replace", "omitEmpty"]
    public static let signatureTimestamp = ["header", "field", "format"]
    public static let acknowledgement = ["status", "contentType", "body", "source", "decision"]
    public static let discriminator = ["field", "variants"]
    public static let example = ["name", "message", "source", "format", "payload", "verbatim", "corrections"]

    /// Every element with its keys, named as the JSON Schema's `$defs` are.
    public static let all: [(element: String, keys: [String])] = [
        ("document", document), ("provider", provider), ("server", server),
        ("serverVariable", serverVariable), ("segments", segments), ("phoneCountry", phoneCountry), ("auth", auth),
        ("source", source), ("decision", decision), ("sourceReference", sourceReference), ("operation", operation),
        ("response", response), ("shape", shape), ("union", union), ("field", field), ("constraints", constraints),
        ("substitute", substitute), ("providerCode", providerCode), ("phoneConstraint", phoneConstraint), ("enumeration", enumeration), ("enumValue", enumValue),
        ("table", table), ("entry", entry), ("operationMeaning", operationMeaning), ("callback", callback),
        ("signature", signature), ("signedPart", signedPart), ("signedFields", signedFields), ("signatureTimestamp", signatureTimestamp), ("acknowledgement", acknowledgement), ("discriminator", discriminator), ("example", example),
    ]
}

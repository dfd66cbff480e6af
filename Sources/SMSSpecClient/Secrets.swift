import Foundation
import SMSSpecRuntime

/// Replaces the credentials a client sent wherever they come back (a provider echoing the key in an error, a
/// decoding problem quoting a value), as they were sent and as a form or a URL query encodes them.
struct SecretRedactor: Sendable {
    private var secrets: [String] = []
    static let replacement = "<redacted>"
    /// RFC 3986's unreserved characters: what form encoding leaves as it is.
    private static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    mutating func add(_ secret: String) {
        guard !secret.isEmpty else { return }
        let spellings = [secret] + [Self.unreserved, .urlQueryAllowed, .alphanumerics].compactMap { secret.addingPercentEncoding(withAllowedCharacters: $0) }
        for spelling in spellings where !secrets.contains(spelling) { secrets.append(spelling) }
        secrets.sort { $0.count > $1.count }
    }

    func redact(_ text: String) -> String {
        secrets.reduce(text) { $0.replacingOccurrences(of: $1, with: Self.replacement) }
    }

    func redact(_ data: Data) -> Data {
        guard !secrets.isEmpty, let text = String(data: data, encoding: .utf8) else { return data }
        return Data(redact(text).utf8)
    }
}

/// Fills the credential fields of `auth: fields` providers (Ginota's apiKey and apiSecret, RajaSMS's apikey) into a
/// request, replacing what it holds there.
enum CredentialFields {
    static func fill<Request: ProviderMessage>(_ request: Request, with values: [String: Secret], provider: ProviderDescriptor) throws -> Request {
        guard case .requestFields(let names) = provider.authentication else {
            throw RequestBuildingError.missingCredentials(provider: provider.id)
        }
        if let stray = values.keys.sorted().first(where: { !names.contains($0) }) {
            throw ProviderClientError.notACredentialField(provider: provider.id, field: stray)
        }
        guard var object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as? [String: Any] else {
            return request
        }
        for (name, secret) in values { object[name] = secret.value }
        return try JSONDecoder().decode(Request.self, from: JSONSerialization.data(withJSONObject: object))
    }
}

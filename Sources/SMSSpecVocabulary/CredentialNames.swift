/// The names of a spec's credentials (its `secret` fields, `auth` fields and header), matched as a payload names a
/// member: in any case, alone or as a part of a PHP-style form name (`data[api_key]`, `api_key[]`, `x[0][secret]`),
/// which nests the field it names. One rule for the generated code, `smsspec decode` and the catalog's examples.
public struct CredentialNames: Sendable {
    /// Names (in lowercase, without `_`, `-` and `.`) that say a field holds a credential: a login's `password`, the
    /// `access_token` it answers, a webhook's `secret`. `key` alone, `signature` and `auth` say less, and `api_id` is a
    /// request's id as often as a key (Plivo's, SMSCountry's answers), `token` alone a template's value (Kavenegar's
    /// `token`, `token2`, …) and `pass` a flag as often as a password: a warning no spec can silence must be right.
    public static let words: Set<String> = [
        "apikey", "apitoken", "apisecret", "accesstoken", "accesskey", "authtoken", "authkey", "xauthtoken", "refreshtoken",
        "idtoken", "sessiontoken", "secret", "clientsecret", "appsecret", "webhooksecret", "password", "passwd", "pwd",
        "psw", "pswd", "sessionkey", "privatekey", "secretkey",
    ]

    /// Each name as the spec spells it, by its lowercased spelling.
    private let spellings: [String: String]

    /// Each name as the spec spells it, by its folded spelling (`folded`).
    private let foldedSpellings: [String: String]

    public init(_ names: some Sequence<String>) {
        spellings = Dictionary(names.map { ($0.lowercased(), $0) }, uniquingKeysWith: min)
        foldedSpellings = Dictionary(spellings.values.compactMap { name in Self.folded(name).map { ($0, name) } }, uniquingKeysWith: min)
    }

    /// A name in lowercase without `_`, `-` and `.`, as a URL's credential-named pairs are read (`DisplayText`): a JSON
    /// body spells the `Access-Token` header `access_token` or `accessToken`. Nil when nothing is left.
    public static func folded(_ name: some StringProtocol) -> String? {
        let folded = name.lowercased().filter { !"_-.".contains($0) }
        return folded.isEmpty ? nil : folded
    }

    public var isEmpty: Bool { spellings.isEmpty }

    /// The names as the spec spells them.
    public var names: Set<String> { Set(spellings.values) }

    /// The lowercased names.
    public var lowercased: Set<String> { Set(spellings.keys) }

    /// Whether `member` names a credential.
    public func contains(_ member: some StringProtocol) -> Bool { credential(named: member) != nil }

    /// The credential `member` names, as the spec spells it; nil when it names none.
    public func credential(named member: some StringProtocol) -> String? {
        guard !spellings.isEmpty else { return nil }
        let lowercased = member.lowercased()
        if let spelling = spelling(of: lowercased) { return spelling }
        guard lowercased.contains("[") else { return nil }
        return Self.formNameParts(lowercased).lazy.compactMap { spelling(of: $0) }.first
    }

    /// The credential a lowercased name is, as written or folded.
    private func spelling(of lowercased: some StringProtocol) -> String? {
        spellings[String(lowercased)] ?? Self.folded(lowercased).flatMap { foldedSpellings[$0] }
    }

    /// `data[api_key][0]` is `data`, `api_key` and `0`; `api_key[]` is `api_key` and an empty part.
    static func formNameParts(_ name: String) -> [Substring] {
        guard let open = name.firstIndex(of: "[") else { return [Substring(name)] }
        var parts = [name[..<open]]
        var rest = name[open...]
        while rest.first == "[", let close = rest.firstIndex(of: "]") {
            parts.append(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...]
        }
        return parts
    }
}

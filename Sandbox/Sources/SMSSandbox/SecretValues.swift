import Foundation
import SMSSpecCore
import SMSSpecRuntime

/// How a secret value of a spec's example is written, without the value: a login's token is answered as a fresh value
/// written alike. The model's examples are redacted for display (`<redacted>`), and that text was answered as the
/// token itself (Eskiz's `/auth/login`, SMSPortal's `/Authentication`): a client logging in then sent `Bearer
/// <redacted>`.
enum SecretForm: Equatable {
    /// A JSON Web Token: three base64url parts. The header (the algorithm, no secret) is kept; the claims are fresh,
    /// with the example's lifetime (`exp` − `iat`) where it gives one; the signature is random.
    case jwt(header: String, lifetime: Int?, signatureLength: Int)
    /// A UUID, in the example's case.
    case uuid(uppercase: Bool)
    /// Characters of the example's kinds (lowercase, capitals, digits, the punctuation it holds), as many as it has.
    case characters(pool: [Character], length: Int)

    /// The form of `example`.
    init(of example: String) {
        let parts = example.split(separator: ".", omittingEmptySubsequences: false)
        let base64URL = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") } }
        if parts.count == 3, parts.allSatisfy(base64URL), let header = Self.object(parts[0]) {
            let claims = Self.object(parts[1]) ?? [:]
            let lifetime: Int? = switch (claims["exp"], claims["iat"]) {
            case (.number(let expiry)?, .number(let issued)?): Int(expiry.text).flatMap { expiry in Int(issued.text).map { expiry - $0 } }
            case (.number?, nil): 86_400
            default: nil
            }
            self = .jwt(header: header.isEmpty ? Self.defaultHeader : String(parts[0]), lifetime: lifetime.map { max($0, 60) }, signatureLength: parts[2].count)
            return
        }
        if example.count == 36, example.filter({ $0 == "-" }).count == 4, example.allSatisfy({ $0 == "-" || $0.isHexDigit }) {
            self = .uuid(uppercase: example.contains(where: \.isUppercase))
            return
        }
        var pool: [Character] = []
        let isHex = !example.isEmpty && example.allSatisfy(\.isHexDigit)
        if isHex {
            pool = Array(example.contains(where: \.isUppercase) ? "0123456789ABCDEF" : "0123456789abcdef")
        } else {
            if example.contains(where: { $0.isASCII && $0.isLowercase }) { pool += "abcdefghijklmnopqrstuvwxyz" }
            if example.contains(where: { $0.isASCII && $0.isUppercase }) { pool += "ABCDEFGHIJKLMNOPQRSTUVWXYZ" }
            if example.contains(where: { $0.isASCII && $0.isNumber }) { pool += "0123456789" }
            // The punctuation a token holds (`-`, `_`, `.`, `+`, `/`, `=`), not text's (a space, `:`, which a
            // credential's parts are split at).
            pool += Set(example.filter { "-_.+/=~".contains($0) }).sorted()
            if pool.filter({ $0.isLetter || $0.isNumber }).isEmpty { pool = Array("abcdefghijklmnopqrstuvwxyz0123456789") }
        }
        self = .characters(pool: pool, length: example.count)
    }

    /// `{"alg":"HS256","typ":"JWT"}`.
    static let defaultHeader = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"

    /// A fresh value of this form, drawn from `ids` (deterministic for a seed): at least 16 random characters (32
    /// for a token's signature), so no two collide and none is the example's.
    func fresh(from ids: IdentifierSource, now: Date = Date()) -> String {
        switch self {
        case .jwt(let header, let lifetime, let signatureLength):
            let issued = Int(now.timeIntervalSince1970)
            var claims = "{\"iat\":\(issued),\"jti\":\"\(Self.draw(Array("0123456789abcdef"), 32, ids))\""
            if let lifetime { claims += ",\"exp\":\(issued + lifetime)" }
            claims += "}"
            let signature = Self.draw(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), max(signatureLength, 43), ids)
            return header + "." + Self.base64URL(Data(claims.utf8)) + "." + signature
        case .uuid(let uppercase):
            let hex = Self.draw(Array("0123456789abcdef"), 32, ids)
            var text = ""
            for (index, character) in hex.enumerated() {
                if [8, 12, 16, 20].contains(index) { text += "-" }
                text.append(index == 12 ? "4" : index == 16 ? Array("89ab")[Int(ids.number() % 4)] : character)
            }
            return uppercase ? text.uppercased() : text
        case .characters(let pool, let length):
            let letters = pool.filter { $0.isLetter || $0.isNumber }
            // Punctuation neither first nor last: a token does not start or end with it.
            let count = max(length, 16)
            return String((0..<count).map { index in
                let drawn = index == 0 || index == count - 1 ? letters : pool
                return drawn[Int(ids.number() % Int64(drawn.count))]
            })
        }
    }

    private static func draw(_ pool: [Character], _ count: Int, _ ids: IdentifierSource) -> String {
        String((0..<count).map { _ in pool[Int(ids.number() % Int64(pool.count))] })
    }

    /// The JSON object a base64url part holds, else nil.
    private static func object(_ part: Substring) -> [String: JSONValue]? {
        var text = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        text += String(repeating: "=", count: (4 - text.count % 4) % 4)
        guard let data = Data(base64Encoded: text), let value = try? JSONPayload.decode(JSONValue.self, from: data) else { return nil }
        return value.members
    }

    private static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

extension PayloadBuilder {
    /// The form of the value the spec's examples give a secret member `name` (`token`) of `shape`, as written in the
    /// spec (the model's examples hold `<redacted>` there): an example of `shape` first, then of a message holding it
    /// (Eskiz's `TokenAnswer` holds `TokenData`), then any. Nil when no example gives it as text.
    func secretForm(of name: String, in shape: ShapeModel) -> SecretForm? {
        func find(_ value: JSONValue) -> String? {
            switch value {
            case .object(let members):
                if case .string(let text)? = members[name], !text.isEmpty, text != Secret.redacted { return text }
                return members.sorted { $0.key < $1.key }.lazy.compactMap { find($0.value) }.first
            case .array(let items): return items.lazy.compactMap(find).first
            default: return nil
            }
        }
        let examples = provider.model.spec.examples
        let own = [shape.spec.name.value, shape.swiftName]
        let holding = { (example: ExampleSpec) in provider.shape(example.message.value).map { shapeNames(in: $0).contains(shape.swiftName) } ?? false }
        let ordered = examples.filter { own.contains($0.message.value) } + examples.filter(holding) + examples
        return ordered.lazy.compactMap(provider.parsed).compactMap(find).first.map(SecretForm.init(of:))
    }
}

/// The secret values the sandbox answered (a login's token), by provider: with `--credential`, a later request may
/// present one as its credential, as it would the token a provider's login gives. The last `limit` of each provider
/// are kept, and no more than `byteLimit` bytes of them (a spec's example token may be half a megabyte: 10,000 such
/// were 5 GB, an attack).
final class IssuedSecrets: @unchecked Sendable {  // State guarded by `lock`.
    private struct Kept {
        var values: [String] = []
        /// Where the oldest kept value is in `values` (those before it were let go).
        var start = 0
        var bytes = 0
        var known: Set<String> = []
    }
    private var kept: [String: Kept] = [:]
    private let lock = NSLock()
    static let limit = 10_000
    static let byteLimit = 16 << 20

    func add(_ value: String, provider: String) {
        lock.lock()
        defer { lock.unlock() }
        var entry = kept.removeValue(forKey: provider) ?? Kept()
        guard entry.known.insert(value).inserted else { return }
        entry.values.append(value)
        entry.bytes += value.utf8.count
        while entry.values.count - entry.start > Self.limit || (entry.bytes > Self.byteLimit && entry.values.count - entry.start > 1) {
            let oldest = entry.values[entry.start]
            entry.start += 1
            entry.bytes -= oldest.utf8.count
            entry.known.remove(oldest)
        }
        // Let go of the slots of values no longer kept, now and then: linear overall.
        if entry.start > 1024, entry.start * 2 > entry.values.count {
            entry.values.removeFirst(entry.start)
            entry.start = 0
        }
        kept[provider] = entry
    }

    func contains(_ value: String, provider: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return kept[provider]?.known.contains(value) ?? false
    }
}

/// The recipient of each message id the sandbox answered a send with, by provider: a look-up of that id answers the
/// number it was sent to, not the example's (a user's AllMySMS look-up said `336xxxxxxxx`, Ghasedak's `""`). The last
/// `IssuedSecrets.limit` ids of each provider are kept (our rule).
final class SentMessages: @unchecked Sendable {  // State guarded by `lock`.
    private var recipients: [String: [String: String]] = [:]
    /// The text each was sent, by the request's field naming it, where it is at most `textLimit` characters.
    private var texts: [String: [String: (name: String, text: String)]] = [:]
    private var order: [String: [String]] = [:]
    private let lock = NSLock()
    static let textLimit = 2_000

    /// When each was answered (the instant its send's answer was written at).
    private var times: [String: [String: Date]] = [:]

    /// The ids each request item gave beside it (Beem's `recipient_id`), at most 8 of at most 200 characters.
    private var itemIDs: [String: [String: [String: JSONValue]]] = [:]

    /// The other values each request item gave (its sender, the caller's data), at most 16 of at most 200 characters.
    private var values: [String: [String: [String: JSONValue]]] = [:]

    /// The optional fields each send left out, by plain name (`AcceptedMessage.unsent`), at most 64.
    private var unsentNames: [String: [String: Set<String>]] = [:]

    func add(
        _ id: String, recipient: String, text: (name: String, text: String)? = nil, at time: Date? = nil, itemIDs ids: [String: JSONValue] = [:],
        values given: [String: JSONValue] = [:], unsent: Set<String> = [], provider: String
    ) {
        lock.lock()
        defer { lock.unlock() }
        if let previous = recipients[provider, default: [:]].updateValue(recipient, forKey: id) {
            // An id answered to several recipients (a campaign's one id given to every message of it, a user's mNotify
            // `_id`) is a batch of that id, kept under the batches' caps; not a batch id listing its messages' own ids
            // already (D7's `request_id`, answered to each message beside its `msg_id`).
            if previous != recipient, batches[provider]?[id]?.first.map({ $0.id == id }) ?? true {
                if batches[provider]?[id] == nil { appendToBatch(id, id: id, recipient: previous, provider: provider) }
                appendToBatch(id, id: id, recipient: recipient, provider: provider)
            }
            return
        }
        if let text, text.text.count <= Self.textLimit { texts[provider, default: [:]][id] = text }
        if let time { times[provider, default: [:]][id] = time }
        let kept = ids.filter { (FormEncoder.text(of: $0.value)?.count ?? .max) <= 200 }
        if !kept.isEmpty, kept.count <= 8 { itemIDs[provider, default: [:]][id] = kept }
        let short = given.filter { (FormEncoder.text(of: $0.value)?.count ?? .max) <= 200 }
        if !unsent.isEmpty, unsent.count <= 64 { unsentNames[provider, default: [:]][id] = unsent }
        if !short.isEmpty { values[provider, default: [:]][id] = Dictionary(uniqueKeysWithValues: short.sorted { $0.key < $1.key }.prefix(16).map { ($0.key, $0.value) }) }
        order[provider, default: []].append(id)
        if let ids = order[provider], ids.count > IssuedSecrets.limit * 2 {
            for oldest in ids.prefix(ids.count - IssuedSecrets.limit) {
                recipients[provider]?[oldest] = nil
                texts[provider]?[oldest] = nil
                times[provider]?[oldest] = nil
                itemIDs[provider]?[oldest] = nil
                values[provider]?[oldest] = nil
                unsentNames[provider]?[oldest] = nil
                paths[provider]?[oldest] = nil
            }
            order[provider] = Array(ids.suffix(IssuedSecrets.limit))
        }
    }

    /// Whether a send of `provider` was answered an id this run.
    func answeredAny(provider: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return !(order[provider] ?? []).isEmpty
    }

    /// The ids kept of `provider`, in the order answered, for which `matching` holds of the id, its recipient, and the
    /// ids and values its send gave or was answered (`itemIDs` and `values`, merged).
    func ids(provider: String, matching: (String, String, [String: JSONValue]) -> Bool) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        return (order[provider] ?? []).filter { id in
            guard let recipient = recipients[provider]?[id] else { return false }
            let given = (values[provider]?[id] ?? [:]).merging(itemIDs[provider]?[id] ?? [:]) { _, id in id }
            return matching(id, recipient, given)
        }
    }

    func recipient(of id: String, provider: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return recipients[provider]?[id]
    }

    /// The messages of each batch id (a request's id, beside each message's own: a user's D7 `request_id` and
    /// `msg_id`), in the order sent; the last `IssuedSecrets.limit` batches of each provider, and no more than twice
    /// that many messages in all (the newest batch is kept whole).
    private var batches: [String: [String: [(id: String, recipient: String)]]] = [:]
    private var batchOrder: [String: [String]] = [:]
    private var batchedCount: [String: Int] = [:]

    func add(_ id: String, inBatch batch: String, recipient: String, provider: String) {
        lock.lock()
        defer { lock.unlock() }
        appendToBatch(batch, id: id, recipient: recipient, provider: provider)
    }

    /// `add(_:inBatch:recipient:provider:)` under the lock held.
    private func appendToBatch(_ batch: String, id: String, recipient: String, provider: String) {
        if batches[provider]?[batch] == nil { batchOrder[provider, default: []].append(batch) }
        batches[provider, default: [:]][batch, default: []].append((id, recipient))
        batchedCount[provider, default: 0] += 1
        while let order = batchOrder[provider], order.count > 1,
            order.count > IssuedSecrets.limit || batchedCount[provider, default: 0] > IssuedSecrets.limit * 2
        {
            let oldest = order[0]
            batchedCount[provider, default: 0] -= batches[provider]?[oldest]?.count ?? 0
            batches[provider]?[oldest] = nil
            batchOrder[provider]?.removeFirst()
        }
    }

    /// The messages sent under the batch id `id`, in the order sent; nil for an id that is none.
    func batch(_ id: String, provider: String) -> [(id: String, recipient: String)]? {
        lock.lock()
        defer { lock.unlock() }
        return batches[provider]?[id]
    }

    /// The ids a pull that lists each message once (`recent(named:provider:consuming:)`) listed, by provider.
    private var pulled: [String: Set<String>] = [:]

    /// The messages sent, oldest first (at most `limit`, the newest), each by the id its send's answer gave it under
    /// a field named `name` (`SerialNo`; a list of them, `messageIds`, for `messageId`), with its recipient; with
    /// `consuming`, only those no such call listed before, which are then listed (a pull of the statuses not yet
    /// pulled: Tencent's `PullSmsSendStatus`).
    func recent(named name: String, provider: String, limit: Int, consuming: Bool) -> [(id: String, recipient: String)] {
        lock.lock()
        defer { lock.unlock() }
        let plain = PayloadBuilder.plain(name)
        let listed = (order[provider] ?? []).filter { id in
            guard recipients[provider]?[id] != nil, !consuming || pulled[provider]?.contains(id) != true else { return false }
            return (itemIDs[provider]?[id] ?? [:]).contains { key, value in
                let key = PayloadBuilder.plain(key)
                return (key == plain || key == plain + "s") && FormEncoder.text(of: value) == id
            }
        }.suffix(limit)
        if consuming { pulled[provider, default: []].formUnion(listed) }
        return listed.compactMap { id in recipients[provider]?[id].map { (id, $0) } }
    }

    /// The ids the request item of `id` gave beside it.
    func itemIDs(of id: String, provider: String) -> [String: JSONValue] {
        lock.lock()
        defer { lock.unlock() }
        return itemIDs[provider]?[id] ?? [:]
    }

    /// The optional fields the send of `id` left out (`add(_:unsent:)`).
    func unsent(of id: String, provider: String) -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return unsentNames[provider]?[id] ?? []
    }

    /// The other values the request item of `id` gave (`add(_:values:)`).
    func values(of id: String, provider: String) -> [String: JSONValue] {
        lock.lock()
        defer { lock.unlock() }
        return values[provider]?[id] ?? [:]
    }

    /// The path's values of the send of each id (8x8's `subAccountId`), kept as `values`.
    private var paths: [String: [String: [String: String]]] = [:]

    /// Keeps the send's path values of `id` (at most 8 of at most 200 characters), where `add` kept `id`.
    func setPath(_ given: [String: String], of id: String, provider: String) {
        lock.lock()
        defer { lock.unlock() }
        let short = given.filter { $0.value.count <= 200 }
        guard recipients[provider]?[id] != nil, !short.isEmpty, short.count <= 8 else { return }
        paths[provider, default: [:]][id] = short
    }

    /// The path's values the send of `id` gave (`setPath`).
    func pathValues(of id: String, provider: String) -> [String: String] {
        lock.lock()
        defer { lock.unlock() }
        return paths[provider]?[id] ?? [:]
    }

    /// When the send `id` was answered.
    func time(of id: String, provider: String) -> Date? {
        lock.lock()
        defer { lock.unlock() }
        return times[provider]?[id]
    }

    /// The balance left the provider's last send answered (`OperationResponder.agreeingWithSession`).
    private var balances: [String: JSONValue] = [:]

    func setBalance(_ value: JSONValue, provider: String) {
        lock.lock()
        defer { lock.unlock() }
        balances[provider] = value
    }

    func balance(provider: String) -> JSONValue? {
        lock.lock()
        defer { lock.unlock() }
        return balances[provider]
    }

    /// The text `id` was sent, and the request's field that gave it.
    func text(of id: String, provider: String) -> (name: String, text: String)? {
        lock.lock()
        defer { lock.unlock() }
        return texts[provider]?[id]
    }
}

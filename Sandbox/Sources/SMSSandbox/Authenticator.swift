import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime

/// Checks credentials where the spec says they travel: a header (with its scheme), several headers, HTTP Basic, or
/// request fields.
struct Authenticator {
    let provider: SandboxProvider
    /// Empty accepts any non-empty credentials.
    let accepted: [String]
    /// The secrets the sandbox answered (a login's token): accepted too, as a one-part credential, where `accepted`
    /// restricts them.
    var issued: IssuedSecrets? = nil

    func accepts(_ request: WireRequest, fields: JSONValue, operation: OperationModel) -> Bool {
        // An operation that sends no credentials (`auth: none`, a login that obtains them) asks for none.
        guard authentication(of: operation) != nil else { return true }
        guard let credential = credential(request, fields: fields, operation: operation), !credential.isEmpty, !credential.contains("") else {
            return false
        }
        // A login's own credentials (its Basic): any given, the account's being unknown here (our rule).
        return operation.ownAuthentication != nil || acceptsProviders(credential, operation: operation)
    }

    /// The provider's credentials, `credential` as the request carries them: any, without `accepted`; else one of
    /// those, or the parts a login answered.
    private func acceptsProviders(_ credential: [String], operation: OperationModel) -> Bool {
        // Compared part by part: joined, the fields `key:a` and `b` were the accepted `key` and `a:b`. A part the
        // sandbox answered (a login's keys) stands for its part: a user's TextAnywhere login answers the two keys its
        // `user_key` and `Session_key` headers send, and the pair was refused.
        let wasIssued = { (part: String) in self.issued?.contains(part, provider: self.provider.id) == true }
        return accepted.isEmpty || credential.allSatisfy(wasIssued)
            || accepted.contains { accepted in
                let expected = parts(of: accepted, count: credential.count, operation: operation)
                return expected.count == credential.count && zip(expected, credential).allSatisfy { $0 == $1 || wasIssued($1) }
            }
    }

    /// The credentials an operation asks for: its own (a login's), the provider's, or none (`auth: none`).
    private func authentication(of operation: OperationModel) -> AuthenticationSpec? {
        operation.ownAuthentication ?? (operation.sendsCredentials ? provider.model.spec.authentication : nil)
    }

    /// Whether the request carries no credential where the spec says it travels, or leaves a part of it out (a header
    /// or field of several), rather than one that is not accepted: a refusal says which (Orange's 40 "Missing
    /// credentials", 41 "Invalid credentials"). A header of another scheme, or Basic that does not decode, is one given.
    func lacksCredentials(_ request: WireRequest, fields: JSONValue, operation: OperationModel) -> Bool {
        guard let authentication = authentication(of: operation) else { return false }
        func blank(_ value: String?) -> Bool { (value ?? "").allSatisfy(\.isWhitespace) }
        switch authentication.kind {
        case .header:
            let value = request.header(authentication.headerName ?? "Authorization")
            guard let scheme = authentication.scheme, let value else { return blank(value) }
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.caseInsensitiveCompare(scheme) == .orderedSame
        case .basic:
            let value = request.header("Authorization")?.trimmingCharacters(in: .whitespaces) ?? ""
            return value.isEmpty || value.caseInsensitiveCompare("basic") == .orderedSame
                || credential(request, fields: fields, operation: operation) == [""]
        case .headers, .fields:
            return credential(request, fields: fields, operation: operation)?.contains(where: { blank($0) }) ?? true
        }
    }

    /// The credential fields (or headers) the request leaves out or empty, in the spec's order: a refusal says which
    /// where a code names it (BudgetSMS's 1005 "No handle provided"). Empty for a credential of one part.
    func missingParts(_ request: WireRequest, fields: JSONValue, operation: OperationModel) -> [String] {
        guard let authentication = authentication(of: operation), let parts = credential(request, fields: fields, operation: operation) else { return [] }
        let names = switch authentication.kind {
        case .headers: authentication.headers.map(\.value)
        case .fields: credentialFields(of: operation)
        case .header, .basic: [String]()
        }
        return zip(names, parts).filter { $0.1.allSatisfy(\.isWhitespace) }.map(\.0)
    }

    /// The credential fields (or headers) whose values are not the accepted credential's, where the others are, in the
    /// spec's order: of the accepted credentials, the one the request agrees with the most. A refusal says which where
    /// a code names it (a user's SUBMAIL `appid` right and `signature` wrong was answered 101 "Incorrect APP ID", where
    /// 108 says "Invalid signature"). Empty for a credential of one part, or where none is accepted but any.
    func wrongParts(_ request: WireRequest, fields: JSONValue, operation: OperationModel) -> [String] {
        guard !accepted.isEmpty, let authentication = authentication(of: operation), let given = credential(request, fields: fields, operation: operation)
        else { return [] }
        let names = switch authentication.kind {
        case .headers: authentication.headers.map(\.value)
        case .fields: credentialFields(of: operation)
        case .header, .basic: [String]()
        }
        guard names.count == given.count, names.count > 1 else { return [] }
        let closest = accepted.map { parts(of: $0, count: given.count, operation: operation) }.filter { $0.count == given.count }
            .max { zip($0, given).filter { $0 == $1 }.count < zip($1, given).filter { $0 == $1 }.count }
        guard let closest, closest.contains(where: { given.contains($0) }) else { return [] }
        return zip(names, zip(closest, given)).filter { $0.1.0 != $0.1.1 }.map(\.0)
    }

    /// The credentials a request carries (the key, `user:password` and its password, each credential header's or
    /// field's value) and the values of the other fields the spec marks secret, of `Secret.shortestFoundInText`
    /// characters or more: the log shows none of them wherever the request repeats one (a password sent again as a
    /// message id). A part is read as the spec's `auth` reads it: only Basic's is `user:password`, whose password
    /// follows the first `:`; a field's or header's value is its secret whole, `:` and all (Netgsm's `password`
    /// `abc:send`, whose `send` was swept as a password, and every `send` of the line shown as `<redacted>`).
    func presentedSecrets(_ request: WireRequest, fields: JSONValue, operation: OperationModel) -> [String] {
        let parts = credential(request, fields: fields, operation: operation) ?? []
        let isBasic = authentication(of: operation)?.kind == .basic
        let passwords = !isBasic ? [] : parts.compactMap { part in part.firstIndex(of: ":").map { String(part[part.index(after: $0)...]) } }
        let marked = Self.secretNames(of: provider).compactMap { fields[member: $0].flatMap(FormEncoder.text(of:)) }
        return Array(Set(parts + passwords + marked)).filter { $0.utf8.count >= Secret.shortestFoundInText }.sorted()
    }

    /// An accepted credential's parts as the request is read: a `preEncoded` credential field is given as the portal
    /// shows it (Ginota's `apiKey` `3zJU%2Ft7DX6g%3D`), which the client sends as it is and a form or query is read
    /// percent-decoded, so it is read as such a field would be. Compared as given, the portal's value was refused, and
    /// a key holding `%3A` under any spelling.
    /// Of credential fields, the parts of the fields the operation carries (`credentialFields`), the accepted credential
    /// joining every field's in the spec's order.
    private func parts(of accepted: String, count: Int, operation: OperationModel) -> [String] {
        guard let authentication = authentication(of: operation), authentication.kind == .fields else {
            return accepted.split(separator: ":", maxSplits: count - 1, omittingEmptySubsequences: false).map(String.init)
        }
        let names = authentication.fields.map(\.value)
        let parts = accepted.split(separator: ":", maxSplits: names.count - 1, omittingEmptySubsequences: false).map(String.init)
        return credentialFields(of: operation).map { name in
            guard let index = names.firstIndex(of: name), index < parts.count else { return "" }
            let part = parts[index]
            guard let field = placement(of: name, in: operation).field, field.spec.preEncoded,
                field.spec.placement == .query || field.spec.placement == .body && operation.encoding != .json
            else { return part }
            return (try? FormDecoder.parse(FormEncoder.encode([(name, part)], preEncoded: [name])).first?.value) ?? part
        }
    }

    /// The credential in parts: the key, `user:password` (one part), or the headers' or fields' values; the configuration joins
    /// parts with `:`, so only the last part of an accepted credential may contain one.
    private func credential(_ request: WireRequest, fields: JSONValue, operation: OperationModel) -> [String]? {
        guard let authentication = authentication(of: operation) else { return nil }
        switch authentication.kind {
        case .header:
            guard let value = request.header(authentication.headerName ?? "Authorization") else { return nil }
            guard let scheme = authentication.scheme else { return [value] }
            let prefix = scheme + " "
            guard value.count > prefix.count, value.prefix(prefix.count).caseInsensitiveCompare(prefix) == .orderedSame else { return nil }
            return [String(value.dropFirst(prefix.count))]
        case .basic:
            guard let value = request.header("Authorization"), value.lowercased().hasPrefix("basic "),
                let decoded = Data(base64Encoded: String(value.dropFirst(6))).flatMap({ String(data: $0, encoding: .utf8) }),
                let colon = decoded.firstIndex(of: ":")
            else { return nil }
            // Both parts empty is no credential, as `-u ':'` gives none (our rule: a user's ThaiBulkSMS accepted it);
            // either part alone is one: an API key sent as the user name (Telerivet's) or as the password under an
            // empty user name (Inmobile's, `-u ':key'`, which a review found refused).
            let blank = decoded[..<colon].allSatisfy(\.isWhitespace) && decoded[decoded.index(after: colon)...].allSatisfy(\.isWhitespace)
            return blank ? [""] : [decoded]
        case .headers:
            // Each in its header, as sent: a missing one is an empty part, refused.
            return authentication.headers.map { request.header($0.value) ?? "" }
        case .fields:
            return credentialFields(of: operation).map { name in
                // A list on the way (Advanta's `smslist[].apikey`) is read at its first item: the provider reads the
                // credentials of one request once (our inference).
                placement(of: name, in: operation).path.reduce(Optional(fields)) { value, name in
                    var value = value
                    while case .array(let items)? = value { value = items.first }
                    return value?[member: name]
                }.flatMap(FormEncoder.text(of:)) ?? ""
            }
        }
    }

    /// The credential fields an operation's request carries: those its request declares, where it declares some (a
    /// user's iTexMo sends `3` and `passwd` to its send, `apicode` to its balance: every request was refused for
    /// lacking the others), else every one, as the client sends them.
    private func credentialFields(of operation: OperationModel) -> [String] {
        let names = authentication(of: operation)?.fields.map(\.value) ?? []
        let declared = names.filter { placement(of: $0, in: operation).field != nil }
        return declared.isEmpty ? names : declared
    }

    /// Where the operation's request declares the credential field `name`, and the field: the wire names down the
    /// shapes that nest it (CM.com's `messages.authentication.productToken`), the shallowest first; the top when it
    /// declares it nowhere, as the client then sends it there. Only there: a member of that name elsewhere (an
    /// `apikey` inside a RajaSMS packet) is none the provider reads, and decided whether a request without
    /// credentials was refused as such.
    private func placement(of name: String, in operation: OperationModel) -> (path: [String], field: FieldModel?) {
        var pending = operation.requestType.flatMap(provider.shape).map { [(shape: $0, path: [String]())] } ?? []
        var seen = Set(pending.map(\.shape.swiftName))
        while !pending.isEmpty {
            let (shape, path) = pending.removeFirst()
            if let field = shape.fields.first(where: { $0.spec.wireName.value == name }) { return (path + [name], field) }
            for field in shape.fields {
                guard case .shape(let type) = Self.heldShape(field.type), let held = provider.shape(type), seen.insert(held.swiftName).inserted else { continue }
                pending.append((held, path + [field.spec.wireName.value]))
            }
        }
        return ([name], nil)
    }

    /// The shape a field holds, alone or as a list's items (Advanta's bulk `smslist: [BulkMessage]`, each carrying
    /// `apikey` and `partnerID`: every bulk send was refused 4092 "No API KEY Provided").
    private static func heldShape(_ type: ResolvedType) -> ResolvedType {
        if case .array(let element) = type { return heldShape(element) }
        return type
    }

    /// The wire names whose values are secret: the credential fields and every field the spec marks secret.
    static func secretNames(of provider: SandboxProvider) -> Set<String> {
        var names = Set(provider.model.spec.authentication?.fields.map(\.value) ?? [])
        for shape in provider.model.shapes {
            for field in shape.fields where field.spec.secret || field.type == .secret { names.insert(field.spec.wireName.value) }
        }
        return names
    }
}

import Foundation

/// A base URL of a spec, plain (`https://api.acme.example`) or a template whose `{name}` placeholders its variables
/// fill (`https://{region}.sms.api.sinch.com`, OpenAPI's server variables): the one definition lint and generated
/// `Servers` functions apply.
package struct ServerTemplate: Sendable {
    package enum Piece: Sendable, Equatable {
        case text(String)
        case variable(String)
    }

    package let pieces: [Piece]

    /// The most characters a variable's value may hold: a DNS label's 63, which a versioned path's segment fits too.
    package static let maximumValueLength = 63

    /// What a variable's value may hold, said in messages.
    package static let valueRule =
        "1 to \(maximumValueLength) letters, digits, '-', '.', '_' or '~' (not '.' or '..'; in the host beside its text, without 'enum', "
        + "no '.': one label), "
        + "so that it fills its placeholder only, adding no user, port, label, path segment, query or fragment"

    /// nil when a brace has no partner, braces nest or a placeholder is empty (`{}`). Read scalar by scalar: a brace
    /// followed by a combining mark is still a brace (the URL's other characters are lint's to refuse).
    package init?(_ template: String) {
        var pieces: [Piece] = []
        var text = "", name: String?
        for character in template.unicodeScalars.map(Character.init) {
            switch (character, name) {
            case ("{", nil):
                if !text.isEmpty { pieces.append(.text(text)) }
                text = ""
                name = ""
            case ("}", let open?):
                guard !open.isEmpty else { return nil }
                pieces.append(.variable(open))
                name = nil
            case ("{", _?), ("}", nil): return nil
            case (_, let open?): name = open + String(character)
            case (_, nil): text.append(character)
            }
        }
        guard name == nil else { return nil }
        if !text.isEmpty { pieces.append(.text(text)) }
        self.pieces = pieces
    }

    /// The names of its placeholders, each once, in the order the URL first writes them.
    package var variableNames: [String] {
        var seen = Set<String>()
        return pieces.compactMap { if case .variable(let name) = $0, seen.insert(name).inserted { name } else { nil } }
    }

    /// The placeholders that stand in the URL's authority (after `://`, before the next `/`, `?` or `#`) beside its
    /// own text: a value there without an `enum` is one label, so that `https://api.acme.{tld}` cannot be made
    /// `api.acme.evil.example`. A placeholder that is the whole host (`http://{host}:{port}`, a gateway the user runs)
    /// is none: its value is any host name or IPv4 address (`smsbox.internal`, `10.0.0.5`).
    package var hostVariableNames: Set<String> {
        var names = Set<String>(), seen = "", inHost = false, pastHost = false, hostText = ""
        for (index, piece) in pieces.enumerated() where !pastHost {
            switch piece {
            case .variable(let name):
                guard inHost else { continue }
                let next = index + 1 < pieces.count ? pieces[index + 1] : nil
                let endsHost = if case .text(let text)? = next { ":/?#".unicodeScalars.contains(text.unicodeScalars.first ?? ":") } else { next == nil }
                if !(hostText.isEmpty && endsHost) { names.insert(name) }
                hostText += "{\(name)}"
            case .text(let text):
                for character in text.unicodeScalars where !pastHost {
                    if inHost {
                        pastHost = "/?#".unicodeScalars.contains(character)
                        hostText.unicodeScalars.append(character)
                    } else {
                        seen.unicodeScalars.append(character)
                        inHost = seen.hasSuffix("://")
                    }
                }
            }
        }
        return names
    }

    /// The URL with each placeholder replaced by its value (one without a value is left as written).
    package func substituting(_ values: [String: String]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .variable(let name): values[name] ?? "{\(name)}"
            }
        }.joined()
    }

    /// Whether `value` may fill a placeholder (`valueRule`): unreserved URL characters only, so no value adds a
    /// user, port, path segment, query or fragment, and no dot segment that would climb the path; `asLabel` (a free
    /// value in the host) no `.` either, which would add a label.
    package static func isValidValue(_ value: String, asLabel: Bool = false) -> Bool {
        guard (1...maximumValueLength).contains(value.unicodeScalars.count), value != ".", value != "..", !(asLabel && value.contains(".")) else { return false }
        return value.unicodeScalars.allSatisfy { $0.isASCII && unreserved.contains($0) }
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// Why `text` cannot be a base URL, or nil: it is an absolute http(s) URL of plain URL characters, with a host and
    /// no query, fragment, user or password, a port of at most 65535 and `%` only in `%XX` escapes. Generated clients
    /// and descriptors use it as it is, so a text that `URL(string:)` would refuse, or read differently, is refused.
    /// A URL with a user or password is not quoted: the password would be printed.
    package static func baseURLProblem(_ text: String) -> String? {
        let plain = text.unicodeScalars.allSatisfy { $0.isASCII && urlCharacters.contains($0) }
        let parsed = plain ? URLComponents(string: text) : nil
        // Shown without its query or fragment: a credential pasted there (`?key=…`) would be printed.
        // By scalars: a `?` with a combining mark after it is another Character.
        let scalars = text.unicodeScalars
        let cut = scalars.firstIndex { $0 == "?" || $0 == "#" }
        let shown = "base URL '\(DisplayText.escapedExcerpt(cut.map { String(String.UnicodeScalarView(scalars[...$0])) + "…" } ?? text))'"
        guard let parsed, ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), !(parsed.host ?? "").isEmpty,
            parsed.query == nil, parsed.fragment == nil, URL(string: text) != nil
        else {
            return "\(shown) is not an absolute http(s) URL without query or fragment (e.g. https://api.example.com/v1)"
        }
        return !(1...65_535).contains(parsed.port ?? 1) ? "\(shown) has a port outside 1 to 65535"
            : parsed.user != nil || parsed.password != nil
                ? "a base URL holds a user or password, which generated code would show; pass credentials to the client instead"
            : text.range(of: "%(?![0-9A-Fa-f]{2})", options: .regularExpression) != nil ? "\(shown) has a '%' that starts no %XX escape"
            : nil
    }

    private static let urlCharacters = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%")
}

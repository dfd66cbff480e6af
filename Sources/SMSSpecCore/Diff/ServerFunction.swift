import SMSSpecVocabulary

/// One function of a spec's `Servers`, as `smsspec diff` compares it: its name, its server, and the argument labels
/// callers write.
struct ServerFunction {
    let name: String
    let server: ServerSpec

    var labels: [String] { server.variables.map(\.parameterName) }
    var signature: String { "Servers.\(name)(\(labels.map { $0 + ":" }.joined()))" }

    /// Its URL's placeholders, each once, in the order the URL writes them.
    var placeholders: [String] { ServerTemplate(server.url.value)?.variableNames ?? [] }

    /// The placeholders in its URL's host: a value there without an `enum` is one label.
    var hostPlaceholders: Set<String> { ServerTemplate(server.url.value)?.hostVariableNames ?? [] }

    /// Its URL with its placeholders numbered in the order it writes them (`https://{0}.sms.api.sinch.com`): two
    /// functions of one pattern make one URL from the same values, whatever their variables are called.
    var pattern: String {
        Self.reached(server.url(with: Dictionary(placeholders.enumerated().map { ($1, "{\($0)}") }, uniquingKeysWith: { first, _ in first })))
    }

    /// The URL a call passing only the parameters `common` (one of each pair, numbered by its place there) makes: a
    /// variable of this version alone at its default, which such a call leaves it at; nil when one has none, which
    /// every call passes, so no call of this version compiles against the other.
    func url(passing common: [String]) -> String? {
        var values: [String: String] = [:]
        for variable in server.variables {
            if let index = common.firstIndex(of: variable.name.value) {
                values[variable.name.value] = "{\(index)}"
            } else if let value = variable.defaultValue?.value {
                values[variable.name.value] = value
            } else {
                return nil
            }
        }
        return Self.reached(server.url(with: values))
    }

    /// `url` as the server it reaches: its scheme and host in lowercase, which name one server in any case, without
    /// its scheme's own port (`https://api.acme.example:443` is `https://api.acme.example`) and without one trailing `/`,
    /// which a request drops before the operation's path (`HTTPRequestBuilding`).
    static func reached(_ url: String) -> String {
        guard let start = url.range(of: "://") else { return url }
        let end = url[start.upperBound...].firstIndex { "/?#".contains($0) } ?? url.endIndex
        var origin = url[..<end].lowercased()
        for (scheme, port) in [("https://", ":443"), ("http://", ":80")] where origin.hasPrefix(scheme) && origin.hasSuffix(port) {
            origin.removeLast(port.count)
        }
        let rest = url[end...]
        return origin + (rest.hasSuffix("/") ? rest.dropLast() : rest)
    }

    /// The variables of `old` and `new`, each a parameter of both: paired by place when their URLs have one pattern and
    /// each label that differs is new (a variable renamed: the same parameter under another label), else by label (so
    /// swapped placeholders are a changed URL).
    static func pairs(_ old: ServerFunction, _ new: ServerFunction) -> [(old: ServerVariableSpec, new: ServerVariableSpec)] {
        let variable = { (function: ServerFunction, name: String) in function.server.variables.first { $0.name.value == name } }
        let byPlace = zip(old.placeholders, new.placeholders).compactMap { was, now in
            variable(old, was).flatMap { was in variable(new, now).map { (old: was, new: $0) } }
        }
        let renamesOnly = byPlace.allSatisfy { was, now in
            was.parameterName == now.parameterName || !(new.labels.contains(was.parameterName) || old.labels.contains(now.parameterName))
        }
        guard old.pattern != new.pattern || !renamesOnly else { return byPlace }
        return old.server.variables.compactMap { was in
            new.server.variables.first { $0.parameterName == was.parameterName }.map { (was, $0) }
        }
    }
}

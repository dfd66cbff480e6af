import SMSSpecVocabulary
import Yams

extension SpecParser {
    /// `baseURLs`: one URL or a list, each a plain URL or a mapping `{url, name?, variables?}` (OpenAPI's server variables).
    /// Each URL, made with its defaults and with each allowed value, is a base URL (`ServerTemplate.baseURLProblem`),
    /// and each value one that cannot change the URL's host or path (`ServerTemplate.valueRule`).
    func servers(_ provider: MappingReader, key: String = "baseURLs") -> [ServerSpec] {
        guard let node = provider.node(key) else { return [] }
        let items: [Node]
        if case .sequence(let sequence) = node { items = Array(sequence) } else { items = [node] }
        return items.compactMap { item in
            if case .mapping = item { return templatedServer(item) }
            guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                diagnostics.error(
                    "a base URL is a URL or a mapping {url, name, variables}, found \(item.kindDescription)", at: item.location(in: file))
                return nil
            }
            let url = Located(scalar.string, at: item.location(in: file))
            guard !provider.holdsCredential(url, of: key) else { return nil }
            if let names = ServerTemplate(url.value)?.variableNames, let first = names.first {
                diagnostics.error(
                    "base URL '\(DisplayText.escapedExcerpt(url.value))' has the placeholder '{\(first)}': a URL with variables is written "
                        + "{url: '\(DisplayText.escapedExcerpt(url.value))', variables: {\(first): {default: …}}}",
                    at: url.location)
                return nil
            }
            return checked(ServerSpec(url: url, name: nil, variables: []))
        }
    }

    private func templatedServer(_ node: Node) -> ServerSpec? {
        guard let reader = MappingReader(node, file: file, subject: "a base URL", diagnostics: diagnostics) else { return nil }
        reader.checkKeys(SpecKeys.server)
        let entries = reader.namedEntries("variables")
        let variables = entries.compactMap { name, value -> ServerVariableSpec? in
            guard let variable = MappingReader(value, file: file, subject: "server variable '\(name.value)'", diagnostics: diagnostics)
            else { return nil }
            variable.checkKeys(SpecKeys.serverVariable)
            let allowed = variable.strings("enum")
            if let allowed, allowed.isEmpty {
                diagnostics.error("'enum' of server variable '\(name.value)' lists no value; leave it out to allow any", at: variable.keyLocation("enum"))
            }
            return ServerVariableSpec(
                name: name, defaultValue: variable.string("default"), allowed: allowed ?? [], description: variable.string("description")?.value)
        }
        guard let url = reader.string("url", required: true) else { return nil }
        // Counted in scalars: a URL of combining marks is a few characters and megabytes.
        guard url.value.unicodeScalars.count <= SpecLimits.maximumServerURLLength else {
            diagnostics.error(
                "a base URL with variables is \(url.value.unicodeScalars.count) characters long; at most \(SpecLimits.maximumServerURLLength)",
                at: url.location)
            return nil
        }
        let shownURL = DisplayText.escapedExcerpt(url.value)
        guard let template = ServerTemplate(url.value) else {
            diagnostics.error(
                "base URL '\(shownURL)' has a '{' or '}' without its partner, or an empty '{}'; a variable is written {name}",
                at: url.location)
            return nil
        }
        let values = variables.map(\.allowed.count).reduce(0, +)
        guard values <= SpecLimits.maximumServerValues else {
            diagnostics.error(
                "the variables of base URL '\(shownURL)' list \(values) 'enum' values in all; at most \(SpecLimits.maximumServerValues)",
                at: url.location)
            return nil
        }
        // A variable lint refused (no default) is still defined: its placeholder is not reported again.
        let placeholders = template.variableNames, names = entries.map(\.name.value)
        let placeholderSet = Set(placeholders), nameSet = Set(names)
        // What a misspelt name may have meant: a variable no placeholder names, a placeholder no variable names.
        let unused = names.filter { !placeholderSet.contains($0) }, undefined = placeholders.filter { !nameSet.contains($0) }
        var complete = variables.count == entries.count
        for placeholder in undefined {
            diagnostics.error(
                "base URL '\(shownURL)' has the placeholder '{\(placeholder)}', which its 'variables' do not define"
                    + Suggestions.hint(for: placeholder, in: unused),
                at: url.location)
            complete = false
        }
        for variable in variables where !placeholderSet.contains(variable.name.value) {
            diagnostics.error(
                "server variable '\(variable.name.value)' is not in its URL '\(shownURL)', which has no '{\(variable.name.value)}'"
                    + Suggestions.hint(for: variable.name.value, in: undefined),
                at: variable.name.location)
            complete = false
        }
        let labels = template.hostVariableNames
        guard complete, variables.map({ checkValues(of: $0, asLabel: labels.contains($0.name.value)) }).allSatisfy({ $0 }) else { return nil }
        return checked(ServerSpec(url: url, name: reader.string("name"), variables: variables))
    }

    /// A variable's default and allowed values: each fits `ServerTemplate.valueRule` (in the host, a variable without
    /// `enum` is one label), and the default is allowed.
    private func checkValues(of variable: ServerVariableSpec, asLabel: Bool) -> Bool {
        var valid = true
        for value in [variable.defaultValue].compactMap({ $0 }) + variable.allowed
        where !ServerTemplate.isValidValue(value.value, asLabel: asLabel && variable.allowed.isEmpty) {
            diagnostics.error(
                "value '\(DisplayText.escapedExcerpt(value.value))' of server variable '\(variable.name.value)' must be \(ServerTemplate.valueRule)",
                at: value.location)
            valid = false
        }
        let allowed = variable.allowed.map(\.value)
        if let defaultValue = variable.defaultValue, !allowed.isEmpty, !allowed.contains(defaultValue.value) {
            diagnostics.error(
                "default '\(defaultValue.value)' of server variable '\(variable.name.value)' is not one of its 'enum' values "
                    + "(\(allowed.joined(separator: ", ")))" + Suggestions.hint(for: defaultValue.value, in: allowed),
                at: defaultValue.location)
            valid = false
        }
        return valid
    }

    /// `server`, when its URL is a base URL with its defaults (`ServerSpec.representativeValues`: a required variable's
    /// first `enum` value, or `1`) and with each allowed value in place of that one.
    private func checked(_ server: ServerSpec) -> ServerSpec? {
        let defaults = server.representativeValues
        if let problem = ServerTemplate.baseURLProblem(server.url(with: defaults)) {
            // Each value's URL would say it again.
            let required = server.variables.contains { $0.defaultValue == nil } ? ", a required one's first 'enum' value or '1'" : ""
            diagnostics.error(problem + (server.variables.isEmpty ? "" : " (its variables at their defaults\(required))"), at: server.url.location)
            return nil
        }
        var valid = true
        for variable in server.variables {
            for value in variable.allowed where value.value != defaults[variable.name.value] {
                let url = server.url(with: defaults.merging([variable.name.value: value.value]) { $1 })
                guard let problem = ServerTemplate.baseURLProblem(url) else { continue }
                diagnostics.error(problem + " (with \(variable.name.value) '\(value.value)')", at: value.location)
                valid = false
            }
        }
        return valid ? server : nil
    }
}

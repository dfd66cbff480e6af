extension ProviderComparison {
    /// One function of a spec's `Servers`: its name, its server, and the argument labels callers write.
    private struct ServerFunction {
        let name: String
        let server: ServerSpec
        var labels: [String] { server.variables.map(\.parameterName) }
        var signature: String { "Servers.\(name)(\(labels.map { $0 + ":" }.joined()))" }
    }

    /// `Servers` functions are API: one gone, a parameter gone or reordered, or a value a caller passes no longer
    /// allowed breaks its callers (a value at run time: the call throws), and so does an unnamed server's URL that
    /// moved to another place, since its `serverN` now goes elsewhere. A changed default or URL moves where a call
    /// goes. The base URLs at their defaults are where the provider descriptor and a client's default point.
    func serverChanges() -> [SpecChange] {
        let functions = { (model: ProviderModel) in
            model.spec.hasServerFunctions
                ? zip(model.spec.serverFunctionNames, model.spec.servers).map { ServerFunction(name: $0, server: $1) } : []
        }
        let old = functions(before), new = functions(after)
        var changes: [SpecChange] = []
        for function in old where !new.contains(where: { $0.name == function.name }) {
            changes.append(change(.removed, "function \(function.signature)", "", .breaking))
        }
        for function in new {
            guard let previous = old.first(where: { $0.name == function.name }) else {
                changes.append(change(.added, "function \(function.signature)", "", .compatible))
                continue
            }
            changes += functionChanges(
                previous, function, movedTo: new.first { $0.server.url.value == previous.server.url.value },
                movedFrom: old.first { $0.name != function.name && $0.server.url.value == function.server.url.value })
        }
        changes += clientDefaultChanges()
        if before.spec.baseURLs != after.spec.baseURLs {
            let shown = { (urls: [String]) in urls.isEmpty ? "none" : urls.joined(separator: ", ") }
            changes.append(change(.changed, "base URLs", "\(shown(before.spec.baseURLs)) → \(shown(after.spec.baseURLs))", .compatible))
        }
        return changes
    }

    /// The first server at its defaults is a client's default `serverURL`: gone (a variable without a default), callers
    /// that leave it out stop compiling; moved, they reach another server.
    private func clientDefaultChanges() -> [SpecChange] {
        let (old, new) = (before.spec.servers.first?.defaultURL, after.spec.servers.first?.defaultURL)
        switch (old, new) {
        case (let was?, nil):
            return [change(.changed, "client default server", "\(was) → none: a client's serverURL is now required", .breaking)]
        case (nil, let url?):
            return [change(.changed, "client default server", "none → \(url): a client's serverURL may be left out", .compatible)]
        case (let was?, let url?) where was != url:
            return [change(.changed, "client default server", "\(was) → \(url): a client without a serverURL goes there", .compatible)]
        default:
            return []
        }
    }

    /// One function both versions have: its URL (moved, when another function now has the old one, or an unnamed one
    /// now has another function's: `server2` reaches what `server3` did), its parameters by label, their order,
    /// defaults and allowed values.
    private func functionChanges(_ old: ServerFunction, _ new: ServerFunction, movedTo: ServerFunction?, movedFrom: ServerFunction?) -> [SpecChange] {
        let subject = "function Servers.\(new.name)"
        var changes: [SpecChange] = []
        if old.server.url.value != new.server.url.value {
            let was = new.server.name == nil ? movedFrom.map { " (was Servers.\($0.name))" } : nil
            let moved = movedTo.map { " (\(old.server.url.value) is now Servers.\($0.name))" } ?? was ?? ""
            changes.append(change(.changed, subject, "URL \(old.server.url.value) → \(new.server.url.value)\(moved)", moved.isEmpty ? .compatible : .breaking))
        }
        let kept = new.labels.filter(old.labels.contains)
        if kept != old.labels.filter(new.labels.contains) {
            changes.append(change(.changed, subject, "parameters \(old.signature) → \(new.signature): calls passing them in the old order stop compiling", .breaking))
        }
        for variable in old.server.variables where !new.labels.contains(variable.parameterName) {
            changes.append(change(.removed, "\(subject), parameter \(variable.parameterName)", "calls passing it stop compiling", .breaking))
        }
        for variable in new.server.variables {
            let parameter = "\(subject), parameter \(variable.parameterName)"
            guard let previous = old.server.variables.first(where: { $0.parameterName == variable.parameterName }) else {
                changes.append(variable.defaultValue.map { change(.added, parameter, "default \($0.value)", .compatible) }
                    ?? change(.added, parameter, "required: calls without it stop compiling", .breaking))
                continue
            }
            changes += valueChanges(previous, variable, of: parameter)
        }
        return changes
    }

    /// A parameter's default (where a call without it goes) and allowed values (a value gone makes a call throw).
    private func valueChanges(_ old: ServerVariableSpec, _ new: ServerVariableSpec, of parameter: String) -> [SpecChange] {
        var changes: [SpecChange] = []
        switch (old.defaultValue?.value, new.defaultValue?.value) {
        case (let before?, nil):
            changes.append(change(.changed, parameter, "default \(before) → none, required: calls without it stop compiling", .breaking))
        case (nil, let after?):
            changes.append(change(.changed, parameter, "default none → \(after)", .compatible))
        case (let before?, let after?) where before != after:
            changes.append(change(.changed, parameter, "default \(before) → \(after): a call without it goes elsewhere", .compatible))
        default: break
        }
        let (oldValues, newValues) = (old.allowed.map(\.value), new.allowed.map(\.value))
        let shown = { (values: [String]) in values.isEmpty ? "any value" : "one of " + values.joined(separator: ", ") }
        if oldValues.isEmpty != newValues.isEmpty {
            // Any value, now a list (a call with another value throws), or a list, now any value.
            changes.append(change(.changed, parameter, "\(shown(oldValues)) → \(shown(newValues))", oldValues.isEmpty ? .breaking : .compatible))
            return changes
        }
        for value in oldValues where !newValues.contains(value) {
            changes.append(change(.removed, "\(parameter), value \(value)", "a call passing it throws", .breaking))
        }
        for value in newValues where !oldValues.contains(value) {
            changes.append(change(.added, "\(parameter), value \(value)", "", .compatible))
        }
        return changes
    }
}

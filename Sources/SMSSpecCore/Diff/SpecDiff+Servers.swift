import SMSSpecVocabulary

extension ProviderComparison {
    /// `Servers` functions are API: one gone, a parameter gone, renamed or reordered, or a value a caller passes no
    /// longer allowed breaks its callers (a value at run time: the call throws), and so does a call that compiles in
    /// both versions but reaches another URL (a function's URL or default changed, an unnamed one moved): its caller
    /// did not choose the other host or path. The base URLs at their defaults are what the provider descriptor lists.
    func serverChanges() -> [SpecChange] {
        let functions = { (model: ProviderModel) in
            model.spec.hasServerFunctions
                ? zip(model.spec.serverFunctionNames, model.spec.servers).map { ServerFunction(name: $0, server: $1) } : []
        }
        let old = functions(before), new = functions(after)
        var changes: [SpecChange] = []
        for function in old where !new.contains(where: { $0.name == function.name }) {
            let now = new.first { $0.pattern == function.pattern }.map { "\(function.server.url.value) is now Servers.\($0.name)" } ?? ""
            changes.append(change(.removed, "function \(function.signature)", now, .breaking))
        }
        for function in new {
            guard let previous = old.first(where: { $0.name == function.name }) else {
                changes.append(change(.added, "function \(function.signature)", "", .compatible))
                continue
            }
            changes += functionChanges(
                previous, function, movedTo: new.first { $0.name != function.name && $0.pattern == previous.pattern },
                movedFrom: old.first { $0.name != function.name && $0.pattern == function.pattern })
        }
        changes += clientDefaultChanges()
        if before.spec.baseURLs != after.spec.baseURLs {
            let shown = { (urls: [String]) in urls.isEmpty ? "none" : urls.joined(separator: ", ") }
            changes.append(change(.changed, "base URLs", "\(shown(before.spec.baseURLs)) → \(shown(after.spec.baseURLs))", .compatible))
        }
        return changes
    }

    /// The first server at its defaults is a client's default `serverURL`, whatever the servers' form: gone (a variable
    /// without a default), callers that leave it out stop compiling; another (not its host in another case), they reach
    /// another server.
    private func clientDefaultChanges() -> [SpecChange] {
        let (old, new) = (before.spec.servers.first?.defaultURL, after.spec.servers.first?.defaultURL)
        switch (old, new) {
        case (let was?, nil):
            return [change(.changed, "client default server", "\(was) → none: a client's serverURL is now required", .breaking)]
        case (nil, let url?):
            return [change(.changed, "client default server", "none → \(url): a client's serverURL may be left out", .compatible)]
        case (let was?, let url?) where ServerFunction.reached(was) != ServerFunction.reached(url):
            // A path prefix moved between the server and the paths (`/v1`): each call from the default server reaches
            // the URL it did (a user's refactor was breaking four times).
            if operationsReachTheirURLs {
                return [change(
                    .changed, "client default server",
                    "\(was) → \(url): every operation reaches the URL it did from it; a client given its own serverURL calls "
                        + "the new paths under it", .compatible)]
            }
            return [change(.changed, "client default server", "\(was) → \(url): a client without a serverURL goes there", .breaking)]
        default:
            return []
        }
    }

    /// One function both versions have: its URL for a call both compile (moved, when another function now has the old
    /// one, or another old function's: `eu` reaches what `us` did), its parameters by label (renamed, when only their
    /// names changed in the URL), their order, defaults and allowed values.
    private func functionChanges(_ old: ServerFunction, _ new: ServerFunction, movedTo: ServerFunction?, movedFrom: ServerFunction?) -> [SpecChange] {
        let subject = "function Servers.\(new.name)"
        let pairs = ServerFunction.pairs(old, new)
        var changes: [SpecChange] = []
        let (oldURL, newURL) = (old.url(passing: pairs.map(\.old.name.value)), new.url(passing: pairs.map(\.new.name.value)))
        if oldURL == nil || oldURL != newURL {
            // No call compiles against both (a parameter now required): the parameter lines below say so.
            let goesElsewhere = oldURL == nil || newURL == nil ? "" : ": a call goes elsewhere"
            let moved = movedTo.map { " (\(old.server.url.value) is now Servers.\($0.name))" }
                ?? movedFrom.map { " (was Servers.\($0.name))" } ?? goesElsewhere
            changes.append(change(.changed, subject, "URL \(old.server.url.value) → \(new.server.url.value)\(moved)", .breaking))
        }
        let kept = new.labels.filter(old.labels.contains)
        if kept != old.labels.filter(new.labels.contains) {
            changes.append(change(.changed, subject, "parameters \(old.signature) → \(new.signature): calls passing them in the old order stop compiling", .breaking))
        }
        for variable in old.server.variables where !pairs.contains(where: { $0.old.name.value == variable.name.value }) {
            changes.append(change(.removed, "\(subject), parameter \(variable.parameterName)", "calls passing it stop compiling", .breaking))
        }
        for variable in new.server.variables where !pairs.contains(where: { $0.new.name.value == variable.name.value }) {
            changes.append(variable.defaultValue.map { change(.added, "\(subject), parameter \(variable.parameterName)", "default \($0.value)", .compatible) }
                ?? change(.added, "\(subject), parameter \(variable.parameterName)", "required: calls without it stop compiling", .breaking))
        }
        for (previous, variable) in pairs {
            let (was, now) = (previous.parameterName, variable.parameterName)
            if was != now {
                changes.append(change(.changed, "\(subject), parameter \(was)", "renamed \(now): calls passing \(was): stop compiling", .breaking))
            }
            // Where a call leaving it at its default goes: another default may reach the same URL (placeholders
            // rotated, `{a}.x/{b}` → `{c}.x/{a}`, or a host's default in another case).
            let others = pairs.filter { $0.old.name.value != previous.name.value }
            let oldURL = old.url(passing: others.map(\.old.name.value)), newURL = new.url(passing: others.map(\.new.name.value))
            changes += valueChanges(
                previous, variable, of: "\(subject), parameter \(now)", defaultReachesTheSameURL: oldURL != nil && oldURL == newURL,
                wasInHost: old.hostPlaceholders.contains(previous.name.value), isInHost: new.hostPlaceholders.contains(variable.name.value))
        }
        return changes
    }

    /// A parameter's default (where a call without it goes: listed when that is the same URL) and allowed values: one
    /// that worked and now throws (gone from the list, or with a '.' in a host's free label) breaks the call passing it.
    private func valueChanges(
        _ old: ServerVariableSpec, _ new: ServerVariableSpec, of parameter: String, defaultReachesTheSameURL: Bool, wasInHost: Bool, isInHost: Bool
    ) -> [SpecChange] {
        var changes: [SpecChange] = []
        switch (old.defaultValue?.value, new.defaultValue?.value) {
        case (let before?, nil):
            changes.append(change(.changed, parameter, "default \(before) → none, required: calls without it stop compiling", .breaking))
        case (nil, let after?):
            changes.append(change(.changed, parameter, "default none → \(after)", .compatible))
        case (let before?, let after?) where before != after:
            changes.append(defaultReachesTheSameURL
                ? change(.changed, parameter, "default \(before) → \(after)", .compatible)
                : change(.changed, parameter, "default \(before) → \(after): a call without it goes elsewhere", .breaking))
        default: break
        }
        let (oldValues, newValues) = (old.allowed.map(\.value), new.allowed.map(\.value))
        let shown = { (values: [String]) in values.isEmpty ? "any value" : "one of " + values.joined(separator: ", ") }
        switch (oldValues.isEmpty, newValues.isEmpty) {
        case (true, false):
            // Any value, now a list: a call with another value throws.
            changes.append(change(.changed, parameter, "\(shown(oldValues)) → \(shown(newValues))", .breaking))
        case (false, true):
            // A list, now any value: in the host, one label, so a listed value with a '.' throws.
            let refused = oldValues.filter { !ServerTemplate.isValidValue($0, asLabel: isInHost) }
            let throwing = refused.isEmpty ? "" : ": a call passing \(refused.joined(separator: ", ")) throws, a free value in the host being one label"
            changes.append(change(.changed, parameter, "\(shown(oldValues)) → \(shown(newValues))\(throwing)", refused.isEmpty ? .compatible : .breaking))
        case (true, true) where isInHost && !wasInHost:
            changes.append(change(.changed, parameter, "now in the host, one label: a call passing a value with a '.' throws", .breaking))
        case (true, true):
            break
        case (false, false):
            for value in oldValues where !newValues.contains(value) {
                changes.append(change(.removed, "\(parameter), value \(value)", "a call passing it throws", .breaking))
            }
            for value in newValues where !oldValues.contains(value) {
                changes.append(change(.added, "\(parameter), value \(value)", "", .compatible))
            }
        }
        return changes
    }
}

extension ProviderComparison {
    /// The URL an operation's call reaches from the client's default server (or its own host), when there is one.
    static func defaultURL(of operation: OperationModel, in model: ProviderModel) -> String? {
        guard let base = operation.spec.baseURL?.value ?? model.spec.servers.first?.defaultURL else { return nil }
        return ServerFunction.reached(base.hasSuffix("/") ? String(base.dropLast()) : base) + operation.spec.path.value
    }

    /// Whether every operation both versions have reaches, from the default server, the URL it did.
    var operationsReachTheirURLs: Bool {
        let old = Dictionary(before.operations.map { ($0.spec.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        return after.operations.allSatisfy { new in
            old[new.spec.id.value].map { Self.defaultURL(of: $0, in: before) != nil && Self.defaultURL(of: $0, in: before) == Self.defaultURL(of: new, in: after) } ?? true
        }
    }

    /// An operation's method or path changed: the call reaches another URL, or the same by another method (which the
    /// provider may refuse), breaking as a base URL's change is — but a path whose prefix moved to the server
    /// (`/v1/messages` under `https://a.example` → `/messages` under `https://a.example/v1`), whose call reaches the
    /// same URL from the default server, and only another under a serverURL the caller gives.
    func pathChange(_ old: OperationModel, _ new: OperationModel) -> SpecChange {
        let shown = "\(old.spec.method.value) \(old.spec.path.value) → \(new.spec.method.value) \(new.spec.path.value)"
        if old.spec.path.value == new.spec.path.value {
            return change(.changed, "operation \(new.spec.id.value)", shown + ": the client's call uses another method", .breaking)
        }
        if old.spec.method.value == new.spec.method.value, let url = Self.defaultURL(of: new, in: after), url == Self.defaultURL(of: old, in: before) {
            return change(
                .changed, "operation \(new.spec.id.value)",
                shown + ": the client's call reaches the same URL from the default server (\(url)); under a serverURL the "
                    + "caller gives, \(new.spec.path.value)", .compatible)
        }
        return change(.changed, "operation \(new.spec.id.value)", shown + ": the client's call reaches another URL", .breaking)
    }
}

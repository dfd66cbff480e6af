extension SpecValidator {
    /// Two operations at one method and path (AWS's actions, all `POST /`, told apart by a header) are sent as written,
    /// but a server that routes by method and path — the sandbox, trying operations in the spec's order, a placeholder
    /// standing for any segment, empty segments ignored — answers every request of the later as the earlier
    /// (`/sms/status/balance` after `/sms/status/{id}`) — unless a request field of one value tells them apart
    /// (`FixedFields`: VoIP.ms's `method`, a `default` its pattern alone matches). The earlier routes are a tree by segment, so a spec of
    /// thousands of operations is read in time linear in them (a comparison with each earlier route made lint of 5,000
    /// operations take 13 s).
    func checkRoutes() {
        var trees: [String: RouteNode] = [:]
        // Once per request shape: operations sharing one (2,000 of a shape of 1,000 fields) read its fields once, where
        // each read them again (lint took time in their product).
        var fixedByShape: [String: FixedFields] = [:]
        let fixed = spec.operations.map { operation -> FixedFields in
            guard let name = operation.request?.value else { return FixedFields(of: nil) }
            if let known = fixedByShape[name] { return known }
            let made = FixedFields(of: names.shapesByName[name])
            fixedByShape[name] = made
            return made
        }
        for (index, operation) in spec.operations.enumerated() {
            let method = operation.method.value.uppercased()
            let route = operation.path.value.split(separator: "/").map { PathTemplateSegment(String($0)) }
            let tree = trees[method] ?? RouteNode()
            trees[method] = tree
            // The earliest one this one's request is not routed past by its fields of one value (`FixedFields`).
            let shadowing = tree.matches(of: route).first { !fixed[index].isRoutedPast(fixed[$0.index]) }
            tree.insert(route, index: index, operation: operation)
            guard let shadowing else { continue }
            let same = shadowing.route.map(\.form) == route.map(\.form)
            let other = shadowing.operation
            diagnostics.warning(
                "operation '\(operation.id.value)' (\(method) \(operation.path.value.abbreviated)) "
                    + (same ? "has the method and path of" : "is matched by the path of the earlier")
                    + " operation '\(other.id.value)' (\(other.path.value.abbreviated)): the client sends each as written, but the "
                    + "sandbox routes requests by method and path, in the spec's order, and answers every such request as '\(other.id.value)'"
                    + (same ? "" : "; list '\(operation.id.value)' first")
                    + "; a request field of one value the provider reads (a text field with `default: \(operation.id.value.abbreviated)` and `pattern: "
                    + "'^\(operation.id.value.abbreviated)$'`, as it names the action) tells the two apart",
                at: operation.path.location)
        }
    }
}

/// The routes of one method so far, segment by segment.
private final class RouteNode {
    private var literals: [String: RouteNode] = [:]
    /// The children at a segment with parameters, by its form (`{}`, `{}.json`).
    private var patterns: [String: (segment: PathTemplateSegment, node: RouteNode)] = [:]
    /// The operations whose route ends here, in the spec's order.
    private var ending: [(index: Int, operation: OperationSpec, route: [PathTemplateSegment])] = []

    /// The most nodes and segment patterns one look-up visits: several children can match one segment, so routes made
    /// to branch at every segment could make each look-up walk much of the tree; past this, no warning (a warning only).
    private static let visitBudget = 1_000
    /// The most bytes of literal segments one look-up matches against patterns (a 4,000-character segment against
    /// 1,000 patterns, for each of 1,000 operations, took 28 s); past this, no warning.
    private static let matchedBytesBudget = 65_536
    /// The most earlier operations of one route a new one is compared with (told apart by a field of one value);
    /// past them, no warning.
    private static let endingBudget = 100

    func insert(_ route: [PathTemplateSegment], index: Int, operation: OperationSpec) {
        var node = self
        for segment in route {
            if segment.names.isEmpty {
                let child = node.literals[segment.form] ?? RouteNode()
                node.literals[segment.form] = child
                node = child
            } else {
                let child = node.patterns[segment.form]?.node ?? RouteNode()
                node.patterns[segment.form] = (segment, child)
                node = child
            }
        }
        node.ending.append((index, operation, route))
    }

    /// The routes that match every request of `route`, earliest first: a segment of it with parameters (`{id}`,
    /// `{id}.json`) is matched by a segment of the same form or one that reads its `sample` (`{}` and `{a}.{b}` read
    /// every `{id}.json`), a literal one by itself or by a pattern that reads it (`{id}.json` reads `balance.json`).
    func matches(of route: [PathTemplateSegment]) -> [(index: Int, operation: OperationSpec, route: [PathTemplateSegment])] {
        var frontier = [self]
        var visited = 0, matchedBytes = 0
        for segment in route {
            var next: [RouteNode] = []
            for node in frontier {
                if segment.names.isEmpty {
                    next += [node.literals[segment.form]].compactMap { $0 }
                    visited += node.patterns.count
                    matchedBytes += node.patterns.count * segment.form.utf8.count
                    guard visited <= Self.visitBudget, matchedBytes <= Self.matchedBytesBudget else { return [] }
                    next += node.patterns.values.filter { $0.segment.rawValues(in: segment.form) != nil }.map(\.node)
                } else {
                    let sample = segment.sample
                    visited += node.patterns.count
                    matchedBytes += node.patterns.count * (sample?.utf8.count ?? 0)
                    guard visited <= Self.visitBudget, matchedBytes <= Self.matchedBytesBudget else { return [] }
                    next += node.patterns.values.filter { pattern in
                        pattern.segment.form == segment.form || sample.map { pattern.segment.rawValues(in: $0) != nil } == true
                    }.map(\.node)
                }
            }
            frontier = next
            visited += frontier.count
            guard !frontier.isEmpty, visited <= Self.visitBudget else { return [] }
        }
        // At most `endingBudget` of each route's operations: thousands at one path are compared with that many.
        return frontier.flatMap { $0.ending.prefix(Self.endingBudget) }.sorted { $0.index < $1.index }
    }
}

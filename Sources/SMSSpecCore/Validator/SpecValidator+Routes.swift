extension SpecValidator {
    /// Two operations at one method and path (AWS's actions, all `POST /`, told apart by a header) are sent as written,
    /// but a server that routes by method and path — the sandbox, trying operations in the spec's order, a placeholder
    /// standing for any segment, empty segments ignored — answers every request of the later as the earlier
    /// (`/sms/status/balance` after `/sms/status/{id}`). The earlier routes are a tree by segment, so a spec of
    /// thousands of operations is read in time linear in them (a comparison with each earlier route made lint of 5,000
    /// operations take 13 s).
    func checkRoutes() {
        var trees: [String: RouteNode] = [:]
        for (index, operation) in spec.operations.enumerated() {
            let method = operation.method.value.uppercased()
            let route = operation.path.value.split(separator: "/").map { segment in
                Self.pathParameters(String(segment)).reduce(String(segment)) { $0.replacingOccurrences(of: "{\($1)}", with: "{}") }
            }
            let tree = trees[method] ?? RouteNode()
            trees[method] = tree
            let shadowing = tree.firstMatch(of: route)
            tree.insert(route, index: index, operation: operation)
            guard let shadowing else { continue }
            let same = shadowing.route == route
            let other = shadowing.operation
            diagnostics.warning(
                "operation '\(operation.id.value)' (\(method) \(operation.path.value.abbreviated)) "
                    + (same ? "has the method and path of" : "is matched by the path of the earlier")
                    + " operation '\(other.id.value)' (\(other.path.value.abbreviated)): the client sends each as written, but the "
                    + "sandbox routes requests by method and path, in the spec's order, and answers every such request as '\(other.id.value)'"
                    + (same ? "" : "; list '\(operation.id.value)' first"),
                at: operation.path.location)
        }
    }
}

/// The routes of one method so far, segment by segment (`{}` for a segment that is a placeholder).
private final class RouteNode {
    private var literals: [String: RouteNode] = [:]
    private var placeholder: RouteNode?
    /// The first operation whose route ends here.
    private var first: (index: Int, operation: OperationSpec, route: [String])?

    /// The most nodes one look-up visits: a literal and a placeholder child can both match, so routes made to branch
    /// at every segment could make each look-up walk much of the tree; past this, no warning (a warning only).
    private static let visitBudget = 1_000

    func insert(_ route: [String], index: Int, operation: OperationSpec) {
        var node = self
        for segment in route {
            let child = (segment == "{}" ? node.placeholder : node.literals[segment]) ?? RouteNode()
            if segment == "{}" { node.placeholder = child } else { node.literals[segment] = child }
            node = child
        }
        if node.first == nil { node.first = (index, operation, route) }
    }

    /// The earliest route that matches `route`: a placeholder of it matches any segment, a literal only itself.
    func firstMatch(of route: [String]) -> (operation: OperationSpec, route: [String])? {
        var frontier = [self]
        var visited = 0
        for segment in route {
            frontier = frontier.flatMap { node in
                [segment == "{}" ? nil : node.literals[segment], node.placeholder].compactMap { $0 }
            }
            visited += frontier.count
            guard !frontier.isEmpty, visited <= Self.visitBudget else { return nil }
        }
        return frontier.compactMap(\.first).min { $0.index < $1.index }.map { ($0.operation, $0.route) }
    }
}

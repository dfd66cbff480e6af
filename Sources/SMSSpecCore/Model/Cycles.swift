/// Which nodes of a directed graph lie on a cycle, in time linear in the graph (Tarjan's strongly connected
/// components, iterative so a long chain of types cannot exhaust the stack).
struct Cycles {
    /// The component of each node; two nodes reach each other exactly when their components are equal.
    private var component: [String: Int] = [:]
    /// Components of more than one node, or of one node with an edge to itself.
    private var cyclicComponents: Set<Int> = []
    /// Every component's nodes, each component after every component it reaches (so a value worked out per
    /// component from those it reaches can be worked out in this order).
    private(set) var components: [[String]] = []

    init(edges: [String: [String]]) {
        var index: [String: Int] = [:], lowLink: [String: Int] = [:]
        var stack: [String] = [], onStack: Set<String> = []
        var nextIndex = 0, nextComponent = 0
        for root in edges.keys.sorted() where index[root] == nil {
            // Each frame is a node and how many of its successors have been visited.
            var frames: [(node: String, successor: Int)] = [(root, 0)]
            index[root] = nextIndex; lowLink[root] = nextIndex; nextIndex += 1
            stack.append(root); onStack.insert(root)
            while let (node, position) = frames.last {
                let successors = edges[node] ?? []
                if position < successors.count {
                    frames[frames.count - 1].successor += 1
                    let next = successors[position]
                    if index[next] == nil {
                        index[next] = nextIndex; lowLink[next] = nextIndex; nextIndex += 1
                        stack.append(next); onStack.insert(next)
                        frames.append((next, 0))
                    } else if onStack.contains(next) {
                        lowLink[node] = min(lowLink[node]!, index[next]!)
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last?.node { lowLink[parent] = min(lowLink[parent]!, lowLink[node]!) }
                guard lowLink[node] == index[node] else { continue }
                var members: [String] = []
                while let member = stack.popLast() {
                    onStack.remove(member)
                    component[member] = nextComponent
                    members.append(member)
                    if member == node { break }
                }
                if members.count > 1 || successors.contains(node) { cyclicComponents.insert(nextComponent) }
                components.append(members)
                nextComponent += 1
            }
        }
    }

    /// Whether `node` reaches itself.
    func isOnCycle(_ node: String) -> Bool {
        component[node].map(cyclicComponents.contains) ?? false
    }

    /// Whether `from` and `to` reach each other (for an edge `to → from`, whether that edge closes a cycle).
    func reachEachOther(_ from: String, _ to: String) -> Bool {
        guard let first = component[from], let second = component[to] else { return false }
        return first == second && (from != to || cyclicComponents.contains(first))
    }
}

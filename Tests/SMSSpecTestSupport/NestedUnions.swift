/// A union whose two object variants both hold it again (`Node` and `Wrapper`, each with a `child: Tree`), and the
/// payloads that nest it: read twice per level, n levels would be 2ⁿ reads. Shared by the generated-code and lint
/// tests of reading each place once.
public enum NestedUnions {
    /// The spec's `shapes` and `unions` (more unions may follow, indented by two).
    public static let tree = """
        shapes:
          Node: {fields: {child: Tree, tag: string}}
          Wrapper: {fields: {child: Tree, count: int}}
          Box: {fields: {tree: Tree}}
        unions:
          Tree: {variants: {node: Node, wrapper: Wrapper, leaf: int}}

        """

    /// `depth` levels of `Wrapper` (each has `count`, not `tag`) around `innermost`.
    public static func wrappers(_ depth: Int, around innermost: String) -> String {
        String(repeating: #"{"child": "#, count: depth) + innermost + String(repeating: #", "count": 1}"#, count: depth)
    }
}

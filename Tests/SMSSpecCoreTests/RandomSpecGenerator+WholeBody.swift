/// A request whose body is one value (`in: wholeBody`), drawn from a stream of its own so that every other choice
/// of a seed stays as it was.
extension RandomSpecGenerator {
    /// Adds to `out` (a whole spec) an operation `bulk_send` whose request's field is its whole JSON body: a list of
    /// the send's answer shape, the list shape, that shape itself, a map, any JSON or a list of text; with a query and
    /// a header field beside it, or not.
    mutating func addWholeBodyOperation(to out: inout [String], _ drawn: Drawn, listShape: String) {
        var stream = SeededRandom(seed: seed ^ 0xB0D1)
        guard stream.chance(60), let shapes = out.firstIndex(of: "shapes:") else { return }
        let request = typeName("Bulk", avoiding: drawn.namespace, drawingFrom: &stream)
        let wire = stream.pick(["messages", "body", "self", "in", "2fa", "default"])
        let type = stream.pick(["[\(drawn.shapes[1])]", listShape, drawn.shapes[1], "{string}", "json", "[string]"])
        let empty = type.hasPrefix("[") && stream.chance(40) ? ", required: false, default: []" : ""
        var fields = ["      \(Self.quoted(wire)): {type: \(Self.quoted(type)), in: wholeBody\(empty)}"]
        if stream.chance(60) { fields.append("      dedupe: {type: string, in: query, required: false}") }
        if stream.chance(40) { fields.append("      X-Bulk-Batch: {type: int, in: header}") }
        out.insert(contentsOf: ["  \(Self.quoted(request)):", "    fields:"] + fields, at: shapes + 1)
        guard let operations = out.firstIndex(of: "operations:") else { return }
        out.insert(
            contentsOf: [
                "  bulk_send:", "    method: POST", "    path: /v1/bulk", "    encoding: json", "    request: \(Self.quoted(request))",
                "    responses:", "      200: {summary: Sent.}",
            ], at: operations + 1)
    }
}

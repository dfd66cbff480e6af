import Foundation
@testable import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// Random lists of random texts (separators, empty texts, `%`, `+`, unicode, combining marks) in a list joined by
/// each separator lint accepts, in every place it travels: what the generated code sends reads back, as a server
/// reads it, as the same list, scalar for scalar, or is refused; never another list.
@Suite struct SeparatedListRoundTripTests {
    /// Every separator lint accepts in the path or a header: printable ASCII that is no letter or digit.
    static let separators = (0x20...0x7E).compactMap(Unicode.Scalar.init).filter { scalar in
        !scalar.properties.isAlphabetic && !("0"..."9").contains(scalar)
    }

    /// Whether lint takes separator `index` in the query and a form: not one a form reads as its own syntax (`+`).
    static func travelsInAForm(_ index: Int) -> Bool { SpecValidator.formSyntaxSeparators[String(separators[index])] == nil }

    /// For each separator `i`: `p<i>` in the path, `q<i>` in the query, header `X-H<i>` and `b<i>` in the form body
    /// (the query and body where lint takes it).
    static var spec: String {
        let indices = separators.indices
        let quoted = { (index: Int) in "\"\(String(separators[index]) == "\"" || String(separators[index]) == "\\" ? "\\" : "")\(separators[index])\"" }
        let path = "/send/" + indices.map { "{p\($0)}" }.joined(separator: "/")
        let fields = indices.flatMap { index in
            [
                "      p\(index): {type: '[string]', separator: \(quoted(index)), in: path}",
                "      q\(index): {type: '[string]', separator: \(quoted(index)), in: query, required: false}",
                "      X-H\(index): {type: '[string]', separator: \(quoted(index)), in: header, required: false, name: h\(index)}",
                "      b\(index): {type: '[string]', separator: \(quoted(index)), required: false}",
            ].filter { travelsInAForm(index) || !($0.hasPrefix("      q") || $0.hasPrefix("      b")) }
        }
        return Snippet.header(providerKeys: "  encoding: form\n") + """
            operations:
              send: {method: POST, path: '\(path)', request: Send, responses: {200: {summary: Sent.}}}
            shapes:
              Send:
                fields:
            \(fields.joined(separator: "\n"))

            """
    }

    /// Sends a random list in one field at a time (the path's others `["a"]`), reads the request back as a server
    /// does — path segments percent-decoded, header values as HTTP carries them (RFC 9110), the query and body as a
    /// form — and through JSON, and prints each list that came back as another.
    static var main: String {
        let names = separators.indices.flatMap { index in
            ["p\(index)", "q\(index)", "h\(index)", "b\(index)"].filter { travelsInAForm(index) || !($0.hasPrefix("q") || $0.hasPrefix("b")) }
        }
        let arguments = names.enumerated().map { index, name in
            name.hasPrefix("p") ? "\(name): field == \(index) ? list : [\"a\"]" : "\(name): field == \(index) ? list : nil"
        }
        let reads = names.enumerated().map { "case \($0): send.\($1)" }
        return #"""
            import Foundation
            import SMSSpecRuntime
            struct SplitMix { var state: UInt64; mutating func next() -> Int { state &+= 0x9E3779B97F4A7C15; var z = state; z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9; z = (z ^ (z >> 27)) &* 0x94D049BB133111EB; return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1) } }
            var random = SplitMix(state: 7)
            let pieces = ["", "a", "7", "é", "e\u{301}", "\u{301}", "😀", "\t", "%", "%2C", "%%", "+", "..", "\u{0}", "\r\n", "\u{1}", "\u{7F}", "\u{1B}", "ß"]
                + (0x20...0x7E).compactMap(Unicode.Scalar.init).filter { !$0.properties.isAlphabetic && !("0"..."9").contains($0) }.map { String($0) }
            @MainActor func element() -> String { (0..<(random.next() % 3)).map { _ in pieces[random.next() % pieces.count] }.joined() }
            @MainActor func list() -> [String] { (0..<(random.next() % 4)).map { _ in element() } }
            func make(_ field: Int, _ list: [String]) -> Acme.Send {
                Acme.Send(\#(arguments.joined(separator: ", ")))
            }
            func read(_ send: Acme.Send, _ field: Int) -> [String]? {
                switch field {
                \#(reads.joined(separator: "\n    "))
                default: nil
                }
            }
            func scalars(_ list: [String]?) -> [[Unicode.Scalar]]? { list?.map { Array($0.unicodeScalars) } }
            let names = [\#(names.map { "\"\($0)\"" }.joined(separator: ", "))]
            var lies: [String] = []
            var sent = 0
            for _ in 0..<40 {
                for field in names.indices {
                    let original = list()
                    let send = make(field, original)
                    let request: HTTPRequestParts
                    do {
                        request = try send.httpRequest(baseURL: "https://api.acme.example", authentication: .requestFields([]))
                    } catch {
                        continue
                    }
                    sent += 1
                    // As a server reads the request.
                    let (location, query) = request.url.firstIndex(of: "?").map { (String(request.url[..<$0]), String(request.url[request.url.index(after: $0)...])) } ?? (request.url, "")
                    let segments = location.dropFirst("https://api.acme.example/send/".count).split(separator: "/", omittingEmptySubsequences: false)
                    var fields = segments.enumerated().map { ("p\($0)", String($1).removingPercentEncoding ?? "<bad escape>") }
                    // As HTTPField legalizes a value (SMSSpecClient sends through it): a control character but a tab
                    // becomes a space, and spaces and tabs at either end are dropped.
                    let legal = { (value: String) in
                        String(String.UnicodeScalarView(value.unicodeScalars.map { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F ? " " : $0 }))
                            .trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
                    }
                    fields += request.headers.map { ($0.name, legal($0.value)) }
                    let form = [FormEncoder.encode(fields), query, String(decoding: request.body ?? Data(), as: UTF8.self)].filter { !$0.isEmpty }.joined(separator: "&")
                    let back = try? FormDecoder().decode(Acme.Send.self, from: Data(form.utf8))
                    let json = try? JSONDecoder().decode(Acme.Send.self, from: JSONEncoder().encode(send))
                    for (way, value) in [("HTTP", back), ("JSON", json)] where scalars(value.flatMap { read($0, field) }) != scalars(original) {
                        lies.append("\(way) \(names[field]): \(original.map { Array($0.unicodeScalars) }) came back as \(value.flatMap { read($0, field) }.map { $0.map { Array($0.unicodeScalars) } } as Any)")
                    }
                }
            }
            print(sent > 1000, lies.count)
            for lie in lies.prefix(12) { print(lie) }
            """#
    }

    @Test func randomListsReadBackAsThemselvesInEveryPlaceOrAreRefused() throws {
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: Self.main)
        #expect(build.status == 0, "\(build.output.prefix(4000))")
        #expect(run?.output == "true 0\n", "\(run?.output ?? "")")
    }
}

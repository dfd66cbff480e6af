import Foundation
import Testing

/// The core's folders depend one way: a spec is parsed, validated, modelled and rendered, the pipeline drives the
/// stages, and diagnostics and naming sit beside all of them. A type used by a folder is declared in that folder or
/// in one before it.
@Suite struct FolderDependencyTests {
    /// Each folder's place; a folder may use the types of folders with a lower place only.
    static let order: [String: Int] = [
        "Diagnostics": 0, "Naming": 0, "Spec": 1, "Parser": 2, "Validator": 3, "Configuration": 4, "Model": 5,
        "Renderer": 6, "Diff": 7, "Pipeline": 7,
    ]

    @Test func coreFoldersDependOneWay() throws {
        let core = Repository.root.appending(path: "Sources/SMSSpecCore")
        let folders = try FileManager.default.contentsOfDirectory(atPath: core.path(percentEncoded: false)).sorted()
        #expect(Set(folders) == Set(Self.order.keys), "a new folder needs its place in `order`")
        var sources: [(folder: String, file: String, text: String)] = []
        for folder in folders {
            for file in try FileManager.default.contentsOfDirectory(atPath: core.appending(path: folder).path(percentEncoded: false)).sorted() {
                let text = try String(contentsOf: core.appending(path: "\(folder)/\(file)"), encoding: .utf8)
                // Comments do not count as use.
                let code = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { line in line.range(of: "//").map { String(line[..<$0.lowerBound]) } ?? String(line) }.joined(separator: "\n")
                sources.append((folder, file, code))
            }
        }
        let declaration = try Regex(#"(?m)^(?:public |package |internal |fileprivate |private )?(?:final )?(?:struct|enum|class|protocol|actor|typealias) (\w+)"#)
        var home: [String: String] = [:]
        for source in sources {
            for match in source.text.matches(of: declaration) {
                if let name = match.output[1].substring { home[String(name), default: source.folder] = home[String(name)] ?? source.folder }
            }
        }
        let identifier = try Regex(#"\b[A-Z]\w*\b"#)
        var backEdges: Set<String> = []
        for source in sources {
            for match in source.text.matches(of: identifier) {
                let name = String(source.text[match.range])
                guard let declaredIn = home[name], declaredIn != source.folder,
                    let user = Self.order[source.folder], let used = Self.order[declaredIn], used >= user
                else { continue }
                backEdges.insert("\(source.folder)/\(source.file) uses \(name) from \(declaredIn)/")
            }
        }
        #expect(backEdges.isEmpty, "\(backEdges.sorted().joined(separator: "\n"))")
    }
}

import Foundation
import Testing

/// The README's command-line examples run as written from the repository's root, as a newcomer copies them.
@Suite struct READMECommandTests {
    static let lines = (try? String(contentsOf: Repository.root.appending(path: "README.md"), encoding: .utf8))?
        .split(separator: "\n").map(String.init) ?? []

    /// The arguments of each README line that runs `smsspec <command>`, its comment cut, paths made absolute.
    static func commands(_ command: String) -> [[String]] {
        lines.filter { $0.hasPrefix("swift run smsspec \(command) ") }.map { line in
            line.prefix { $0 != "#" }.split(separator: " ").dropFirst(3).map { word in
                let path = Repository.root.appending(path: String(word)).path(percentEncoded: false)
                return FileManager.default.fileExists(atPath: path) ? path : String(word)
            }
        }
    }

    /// `lint Sources/MyTarget` named a folder no checkout has ("cannot read the spec file"); each lint example now
    /// names one that exists, and is clean.
    @Test func theLintExamplesRunAsWritten() async {
        let commands = Self.commands("lint")
        #expect(commands.count == 3)
        for words in commands {
            let run = await CLI.run(words, exitsWith: .success)
            #expect(run.output.contains(" OK"), "\(words): \(run.errors)")
        }
    }
}

import Foundation
import SMSSpecCore
import Testing

/// A field that holds its own shape again is stored out of line (`_parent`, an array); `print` and `dump` show the
/// field as the API has it (`parent: Optional(…)`), not that storage. Built and run, not read.
@Suite struct SnippetMirrorTests {
    static let spec = Snippet.header + """
        shapes:
          Message:
            fields:
              text: string
              parent: {type: Message, required: false}
        """

    static let main = #"""
        import SMSSpecRuntime
        let reply = Acme.Message(text: "re", parent: Acme.Message(text: "hi"))
        print(reply)
        dump(reply)
        """#

    @Test func recursiveShapesPrintTheirFieldsNotTheirStorage() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-mirror-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var files: [URL] = []
        let sources = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: Self.spec)], options: GeneratorOptions())
        for file in sources + [GeneratedFile(name: "main.swift", contents: Self.main)] {
            let url = directory.appending(path: file.name)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
            files.append(url)
        }
        let executable = directory.appending(path: "mirror-check")
        let build = try BuildProducts.buildExecutable(files, output: executable)
        try #require(build.status == 0, "\(build.output)")
        #expect(!build.output.contains("warning"), "\(build.output)")
        let run = try BuildProducts.run(executable, [])
        #expect(run.status == 0)
        let lines = run.output.split(separator: "\n").map(String.init)
        #expect(lines.first == #"Message(text: "re", parent: Optional(Snippet.Acme.Message(text: "hi", parent: nil)))"#, "\(run.output)")
        #expect(!run.output.contains("_parent"), "\(run.output)")
        #expect(lines.dropFirst().contains { $0.contains("▿ parent: Optional(") }, "\(run.output)")
    }
}

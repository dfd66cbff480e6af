import Foundation
import SMSSpecCommands
import SMSSpecTestSupport
import Testing

/// `smsspec` as its executable runs it — `SMSSpecCommand.parseAsRoot`, `run()`, and `exit(withError:)` on a
/// thrown error — in a child process (an exit test), so exit statuses and both output streams are the real ones.
enum CLI {
    /// Written first to both streams and removed again: swift-testing 6.3 reports 32 stray bytes for a stream
    /// that a child exiting non-zero left empty.
    static let marker = "[smsspec]\n"

    struct Run {
        let output: String
        let errors: String
    }

    static func run(
        _ arguments: [String], exitsWith condition: ExitTest.Condition, sourceLocation: SourceLocation = #_sourceLocation
    ) async -> Run {
        let result = await #expect(
            processExitsWith: condition, observing: [\.standardOutputContent, \.standardErrorContent],
            "smsspec \(arguments.joined(separator: " "))", sourceLocation: sourceLocation
        ) { [arguments] in
            FileHandle.standardOutput.write(Data(CLI.marker.utf8))
            FileHandle.standardError.write(Data(CLI.marker.utf8))
            do {
                var command = try SMSSpecCommand.parseAsRoot(arguments)
                try command.run()
            } catch {
                SMSSpecCommand.exit(withError: error)
            }
        }
        func text(_ bytes: [UInt8]?) -> String {
            let text = String(decoding: bytes ?? [], as: UTF8.self)
            #expect(text.hasPrefix(marker), sourceLocation: sourceLocation)
            return String(text.dropFirst(marker.count))
        }
        return Run(output: text(result?.standardOutputContent), errors: text(result?.standardErrorContent))
    }
}

extension CLI {
    /// The built `smsspec` executable, beside the test bundle, run with both streams into one pipe, as `2>&1` does (a
    /// pipe, so standard output is buffered as a terminal's is not): what a reader of the two sees, in its order.
    static func runMerged(_ arguments: [String]) throws -> String {
        let executable = try #require(BuildProducts.directory?.appending(path: "smsspec"), "the smsspec executable is not built")
        return try BuildProducts.run(executable, arguments).output
    }
}

/// A scratch directory; tests `defer { scratch.remove() }`.
struct ScratchDirectory {
    let url: URL
    var path: String { url.path(percentEncoded: false) }

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "smsspec-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `name` inside the directory and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appending(path: name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path(percentEncoded: false)
    }

    /// Copies a directory of the repository (`specs`, `Generated`) in, under the same name; returns its path.
    func copy(_ repositoryDirectory: String) throws -> String {
        let target = url.appending(path: repositoryDirectory)
        try FileManager.default.copyItem(at: Repository.root.appending(path: repositoryDirectory), to: target)
        return target.path(percentEncoded: false)
    }

    /// Edits a copied file: each `old` must occur.
    func edit(_ name: String, _ edits: [(String, String)]) throws {
        let file = url.appending(path: name)
        var text = try String(contentsOf: file, encoding: .utf8)
        for (old, new) in edits {
            #expect(text.contains(old), "edit not applied: \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
    }
}

/// An executable run as a child process, its exit status and both output streams collected.
enum ChildProcess {
    static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Both streams at once: read one after the other, a child filling the other's pipe (64 KB) waits for a
        // reader that waits for it.
        let errorsRead = DispatchGroup()
        nonisolated(unsafe) var errorText = Data()
        DispatchQueue.global().async(group: errorsRead) { errorText = errors.fileHandleForReading.readDataToEndOfFile() }
        let text = output.fileHandleForReading.readDataToEndOfFile()
        errorsRead.wait()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: text, as: UTF8.self), String(decoding: errorText, as: UTF8.self))
    }
}

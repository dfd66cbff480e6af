import Foundation
import SMSSpecVocabulary

/// Writes generated files into a directory without ever losing a user's file.
///
/// Only a file the generator wrote is replaced or removed: one with a name the generator gives (`names`) that begins
/// with a generated header where the generator writes it (`GeneratedHeader.isHeader`), and, to be removed, one the
/// directory's manifest names (`OutputManifest`). Every problem is found before anything is written; the files are
/// staged next to their targets and renamed into place together, and a failure puts back what was there. A file is
/// touched only when its bytes change.
public struct OutputWriter: Sendable {
    public let directory: URL
    /// The names the generator gives files in `directory`: only those are removed when no spec produces them any more.
    public let names: GeneratedNames
    /// Whether `directory` is a folder the generator makes inside the output (`Sources`, `Docs`): a symbolic link
    /// there is refused, not followed — a committed `Generated/Sources -> ../Sources/Other` would have the run write
    /// into another target and remove its generated files. The output folder itself may be a link.
    public let isInsideTheOutput: Bool

    public init(directory: URL, names: GeneratedNames = .swiftSources, isInsideTheOutput: Bool = false) {
        self.directory = directory
        self.names = names
        self.isInsideTheOutput = isInsideTheOutput
    }

    /// What writing `files` would do, or every reason it cannot be done.
    public func plan(_ generated: [GeneratedFile]) -> Result<OutputPlan, OutputError> {
        var problems: [String] = []
        var steps: [OutputPlan.Step] = []
        var seen = Set<String>()
        for file in generated where !seen.insert(file.name).inserted {
            problems.append("two generated files are named \(path(file.name)); do two specs share a file name stem (acme.yaml and acme.yml)?")
        }
        let directoryState = FileState(directory.path(percentEncoded: false))
        // The manifest goes with the files, into a directory that exists or is made for them.
        let manifest = GeneratedFile(name: OutputManifest.fileName, contents: OutputManifest.contents(naming: Array(seen)))
        let files = directoryState == .directory || !generated.isEmpty ? generated + [manifest] : generated
        if isInsideTheOutput, let destination = FileState.linkDestination(directory.path(percentEncoded: false)) {
            problems.append(
                "\(directory.path(percentEncoded: false)) is a symbolic link to \(destination), where the generator makes a folder of its own; remove the link or choose another output")
        } else {
            switch directoryState {
            case .missing:
                if let problem = Self.creationProblem(directory) { problems.append(problem) }
            case .directory:
                if access(directory.path(percentEncoded: false), W_OK) != 0 {
                    problems.append("cannot write into \(directory.path(percentEncoded: false)): \(TextFile.errorDescription(errno))")
                }
            case .file, .other, .danglingLink:
                problems.append(Self.notADirectory(directory.path(percentEncoded: false), directoryState))
            }
        }
        var record = directoryState == .directory ? OutputManifest.record(in: directory.path(percentEncoded: false)) : .absent
        // Without a manifest, the header rule stands only in a folder holding output of the generator's already: a file
        // by a name this run writes, with its header. A folder it never wrote (an attack: a user's edited copy
        // `mine.models.swift`, alone) loses nothing.
        if case .absent = record, !generated.contains(where: { Self.isGenerated(path($0.name)) }) { record = .written([]) }
        for file in files {
            let target = path(file.name)
            let data = Data(file.contents.utf8)
            switch directoryState == .directory ? FileState(target) : .missing {
            case .missing:
                steps.append(.init(name: file.name, action: .create(data)))
            case .file(let size):
                if size == data.count, FileManager.default.contents(atPath: target) == data { continue }
                if !Self.isGenerated(target) {
                    problems.append("\(target) was not written by SMSSpec (no generator header in its first lines); move it away or choose another output")
                } else if file.name != OutputManifest.fileName, !record.mayOverwrite(file.name) {
                    // A user's copy of a generated file, header and all, under the name a new spec now generates (an attack).
                    problems.append(
                        "\(target) carries the generator's header but was not written by it: the folder's \(OutputManifest.fileName) does not "
                            + "name it (a copy of a generated file?); move it away or choose another output")
                } else {
                    steps.append(.init(name: file.name, action: .replace(data)))
                }
            case .directory:
                problems.append("\(target) is a directory where the generator writes a file; move it away or choose another output")
            case .other, .danglingLink:
                problems.append("\(target) is not a regular file; move it away or choose another output")
            }
        }
        if directoryState == .directory {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path(percentEncoded: false))) ?? []
            // Names compared byte for byte, as the file system does: `café` written with a combining accent is another
            // file than the composed one this run wrote, which `String`'s `==` takes for the same text.
            let written = Set(seen.map { Array($0.utf8) })
            for name in entries.sorted() where !written.contains(Array(name.utf8)) && names.contains(name) && record.mayOverwrite(name) {
                if case .file = FileState(path(name)), Self.isGenerated(path(name)) { steps.append(.init(name: name, action: .remove)) }
            }
        }
        return problems.isEmpty ? .success(OutputPlan(directory: directory, steps: steps)) : .failure(OutputError(problems: problems))
    }

    /// Writes the changes; returns the names written or removed.
    @discardableResult
    public func write(_ files: [GeneratedFile]) throws(OutputError) -> [String] {
        try Self.write([(self, files)]).flatMap { $0.steps.map(\.name) }
    }

    /// Writes several directories as one change: all of it, or (on any problem) none of it.
    /// Returns, per writer, what was done.
    @discardableResult
    public static func write(_ outputs: [(writer: OutputWriter, files: [GeneratedFile])]) throws(OutputError) -> [OutputPlan] {
        try write(outputs, afterEachChange: {})
    }

    /// `write(_:)`, calling `afterEachChange` after each change on disk (tests look at the output there, where a
    /// killed run would leave it) and `beforeNaming` before a staged file takes its target's name.
    @discardableResult
    static func write(
        _ outputs: [(writer: OutputWriter, files: [GeneratedFile])], afterEachChange: @escaping () -> Void,
        beforeNaming: @escaping (String) -> Void = { _ in }
    ) throws(OutputError) -> [OutputPlan] {
        var plans: [OutputPlan] = []
        var problems: [String] = []
        for output in outputs {
            switch output.writer.plan(output.files) {
            case .success(let plan): plans.append(plan)
            case .failure(let error): problems += error.problems
            }
        }
        var seen = Set<String>()
        guard problems.isEmpty else { throw OutputError(problems: problems.filter { seen.insert($0).inserted }) }
        var transaction = OutputTransaction(plans: plans, afterEachChange: afterEachChange, beforeNaming: beforeNaming)
        try transaction.run()
        return plans
    }

    /// A unified diff of what is on disk against what would be generated; empty when up to date. Its problem lines and
    /// file names are escaped (`DisplayText`): a line feed in the output's path (`out<LF>error: …`) added a line of its own.
    public func staleness(_ files: [GeneratedFile], label: String) -> String {
        let plan: OutputPlan
        switch self.plan(files) {
        case .success(let success): plan = success
        case .failure(let error): return error.problems.map { "error: \(DisplayText.escaped($0))\n" }.joined()
        }
        var report = ""
        for step in plan.steps {
            let (old, new) = (DisplayText.escaped("\(label)/\(step.name)"), DisplayText.escaped("generated/\(step.name)"))
            switch step.action {
            case .create(let data), .replace(let data):
                report += TextDiff.unified(
                    old: Self.readForDiff(path(step.name)), new: String(decoding: data, as: UTF8.self), oldName: old, newName: new)
            case .remove:
                report += "--- \(old)\n+++ /dev/null\n@@ no spec generates this file any more @@\n"
            }
        }
        return report
    }

    private func path(_ name: String) -> String { directory.appending(component: name).path(percentEncoded: false) }

    /// Why `directory` cannot be created, judged from its nearest existing ancestor; nil when it can.
    private static func creationProblem(_ directory: URL) -> String? {
        var ancestor = directory.deletingLastPathComponent()
        while true {
            let path = ancestor.path(percentEncoded: false)
            switch FileState(path) {
            case .missing where path != "/" && !path.isEmpty:
                ancestor = ancestor.deletingLastPathComponent()
                continue
            case .directory, .missing:
                guard access(path, W_OK) == 0 else {
                    return "cannot create \(directory.path(percentEncoded: false)): \(TextFile.errorDescription(errno)) in \(path)"
                }
                return nil
            case .file, .other, .danglingLink:
                return notADirectory(path, FileState(path))
            }
        }
    }

    /// Why `path`, in `state`, cannot hold the output.
    private static func notADirectory(_ path: String, _ state: FileState) -> String {
        switch state {
        case .danglingLink(let destination):
            "\(path) is a symbolic link to \(destination), which does not exist; create that directory, remove the link or choose another output"
        case .other:
            "\(path) is neither a file nor a directory where the output needs a directory; move it away or choose another output"
        default:
            "\(path) is a file where the output needs a directory; move it away or choose another output"
        }
    }

    /// Whether the file begins as a generated file does (`GeneratedHeader.isHeader`); reads at most 1 KiB. A symbolic
    /// link (to a generated file or not), a FIFO or a directory never is.
    static func isGenerated(_ path: String) -> Bool {
        guard case .file = FileState(path), let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let prefix = (try? handle.read(upToCount: 1024)) ?? Data()
        return GeneratedHeader.isHeader(of: String(decoding: prefix, as: UTF8.self))
    }

    /// Whether the file holds a beginning of a generated file and nothing else (nothing at all, or part of its
    /// header): what a run killed while staging it leaves, every byte of it the generator's.
    static func holdsOnlyABeginningOfAGeneratedFile(_ path: String) -> Bool {
        let longest = beginnings.map(\.utf8.count).max() ?? 0
        guard case .file(let size) = FileState(path), size < longest, let contents = FileManager.default.contents(atPath: path) else { return false }
        return beginnings.contains { $0.utf8.starts(with: contents) }
    }

    /// What each kind of generated file starts with, through its header line: a file holding a part of one (a run
    /// killed while staging it) holds the generator's bytes and nothing else.
    static let beginnings: [String] = {
        let json = [RegistryRenderer.json([]), OutputManifest.contents(naming: [])].compactMap { file in
            file.range(of: GeneratedHeader.jsonLine).map { String(file[..<$0.upperBound]) + "\n" }
        }
        return [GeneratedHeader.swift, GeneratedHeader.earlierSwift, GeneratedHeader.markdown].map { $0 + "\n" } + json
    }()

    /// The old text for a diff; a file too large to diff is described instead of read.
    private static func readForDiff(_ path: String) -> String {
        guard case .file(let size) = FileState(path) else { return "" }
        guard size <= 16 << 20 else { return "(a file of \(size) bytes, too large to show)\n" }
        return FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}

/// The names the generator gives files in one output directory.
public struct GeneratedNames: Sendable {
    private let matches: @Sendable (String) -> Bool

    public init(_ matches: @escaping @Sendable (String) -> Bool) { self.matches = matches }

    public func contains(_ name: String) -> Bool { matches(name) }

    /// `<stem>.models.swift` and the other per-spec files, and the catalog.
    public static let swiftSources = GeneratedNames { name in
        name == OutputLayout.catalogFile || OutputLayout.perSpec.contains { name.hasSuffix(".\($0).swift") && name.count > $0.count + 7 }
    }
    /// `<stem>.md`.
    public static let markdownPages = GeneratedNames { name in name.hasSuffix(".md") && name.count > 3 }

    public static func only(_ names: Set<String>) -> GeneratedNames { GeneratedNames { names.contains($0) } }
}

/// What a write would do in one directory.
public struct OutputPlan: Sendable {
    public struct Step: Sendable {
        public enum Action: Sendable {
            case create(Data)
            case replace(Data)
            case remove
        }

        public let name: String
        public let action: Action

        public var isRemoval: Bool {
            if case .remove = action { return true }
            return false
        }
    }

    public let directory: URL
    public let steps: [Step]
}

/// Why an output could not be written; nothing was changed.
public struct OutputError: Error, CustomStringConvertible {
    public let problems: [String]

    public var description: String { problems.joined(separator: "\n") }
}

/// What is at a path, without following a final symbolic link (a link is never the generator's file).
enum FileState: Equatable {
    case missing
    case file(size: Int)
    case directory
    case other
    /// A symbolic link whose destination does not exist.
    case danglingLink(destination: String)

    init(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            self = .missing
            return
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: self = .file(size: Int(status.st_size))
        case S_IFDIR: self = .directory
        case S_IFLNK:
            // A link to a directory serves as the output directory itself; a link in place of a file is not ours.
            var target = stat()
            if stat(path, &target) == 0 {
                self = target.st_mode & S_IFMT == S_IFDIR ? .directory : .other
            } else {
                self = errno == ENOENT ? .danglingLink(destination: Self.destination(ofLink: path)) : .other
            }
        default: self = .other
        }
    }

    /// Where the symbolic link at `path` leads; nil when `path` is no link.
    static func linkDestination(_ path: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return nil }
        return destination(ofLink: path)
    }

    private static func destination(ofLink path: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "a missing file"
    }
}

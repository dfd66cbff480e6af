import Foundation
@testable import SMSSpecCore
import Testing

/// A run can be killed after any change it makes on disk, and a user can change the output while a run writes it:
/// at every instant each generated file's path holds its old or its new bytes, and a file that became a user's since
/// the run looked at it is never replaced or removed.
@Suite struct OutputAtEveryInstantTests {
    let root = FileManager.default.temporaryDirectory.appending(path: "smsspec-instants-\(UUID().uuidString)")

    func artifacts() throws -> [(writer: OutputWriter, files: [GeneratedFile])] {
        Artifacts.all(for: try Repository.models(), options: GeneratorOptions()).map { ($0.writer(in: root), $0.files) }
    }

    /// A file a run stages or sets aside (`.NAME.smsspec-new-…`, `…-old-…`), which a run that ended leaves none of.
    static func isTemporary(_ path: String) -> Bool { path.contains(".smsspec-new-") || path.contains(".smsspec-old-") }

    /// Every generated file of `outputs` rewritten with an extra last line, so that the next write replaces them all.
    func makeOlder(_ outputs: [(writer: OutputWriter, files: [GeneratedFile])]) throws -> [String: Data] {
        var older: [String: Data] = [:]
        for output in outputs {
            for file in output.files {
                let path = output.writer.directory.appending(path: file.name).path(percentEncoded: false)
                older[path] = Data((file.contents + "// older\n").utf8)
                try older[path]!.write(to: URL(filePath: path))
            }
        }
        return older
    }

    func newer(_ outputs: [(writer: OutputWriter, files: [GeneratedFile])]) -> [String: Data] {
        var files: [String: Data] = [:]
        for output in outputs {
            for file in output.files { files[output.writer.directory.appending(path: file.name).path(percentEncoded: false)] = Data(file.contents.utf8) }
        }
        return files
    }

    /// Replacing set the old file aside by renaming it, then renamed the new one into place: a kill in between left
    /// the path empty. The old file is now linked aside and stays in place until the new one replaces it.
    @Test func aReplacedFileIsOnDiskAtEveryInstant() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let outputs = try artifacts()
        try OutputWriter.write(outputs)
        let older = try makeOlder(outputs)
        let newer = newer(outputs)
        var instants = 0
        var empty: Set<String> = []
        try OutputWriter.write(outputs) {
            instants += 1
            for (path, old) in older {
                let now = FileManager.default.contents(atPath: path)
                if now != old && now != newer[path] { empty.insert((path as NSString).lastPathComponent) }
            }
        }
        #expect(instants > older.count)
        #expect(empty.isEmpty, "paths with neither the old nor the new bytes at some instant: \(empty.sorted())")
        for (path, new) in newer { #expect(FileManager.default.contents(atPath: path) == new) }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: root.path(percentEncoded: false)).filter(Self.isTemporary)
        #expect(leftovers.isEmpty)
    }

    /// The plan checks that each file it replaces or removes is the generator's; a file a user puts in its place
    /// before the run reaches it was replaced (or removed) all the same. The run now stops there and undoes the rest.
    @Test(arguments: ["Sources/rajasms.validation.swift", "Sources/gone.models.swift"])
    func aFileAUserPutsThereMidwayIsKept(_ relative: String) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let outputs = try artifacts()
        // A file no spec generates any more (an earlier run wrote it, its manifest says so): the run removes it.
        let stale = GeneratedFile(name: "gone.models.swift", contents: "\(GeneratedHeader.swift)\nlet stale = 1\n")
        try OutputWriter.write(outputs.map { ($0.writer, $0.writer.directory.lastPathComponent == "Sources" ? $0.files + [stale] : $0.files) })
        let older = try makeOlder(outputs)
        let target = root.appending(path: relative).path(percentEncoded: false)
        let mine = Data("// my own file, written while the generator ran\n".utf8)
        var swapped = false
        var problems: [String] = []
        do {
            try OutputWriter.write(outputs) {
                guard !swapped else { return }
                swapped = true
                try! mine.write(to: URL(filePath: target))
            }
        } catch {
            problems = error.problems
        }
        #expect(swapped)
        #expect(problems == ["\(target) changed while the output was being written and is no longer the generator's; nothing was changed"])
        #expect(FileManager.default.contents(atPath: target) == mine)
        for (path, old) in older where path != target { #expect(FileManager.default.contents(atPath: path) == old, "\(path)") }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: root.path(percentEncoded: false)).filter(Self.isTemporary)
        #expect(leftovers.isEmpty)
    }

    /// A new file's name was checked to be free and then the staged file renamed onto it: a file a user saved there
    /// in between was replaced, and lost. The staged file now takes the name by a hard link, which fails when
    /// anything has it: the user's file stays and the run undoes the rest. (A generated file there, another run's, is
    /// replaced as any generated file is.)
    @Test func aFileSavedWhereANewOneGoesJustBeforeItIsNamedIsKept() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let outputs = try artifacts()
        try OutputWriter.write(outputs)
        let older = try makeOlder(outputs)
        let target = root.appending(path: "Sources/bind.codes.swift").path(percentEncoded: false)
        try FileManager.default.removeItem(atPath: target)
        let mine = Data("// my own file, saved while the generator ran\n".utf8)
        var problems: [String] = []
        do {
            try OutputWriter.write(outputs, afterEachChange: {}) { naming in
                if naming == target { try! mine.write(to: URL(filePath: target)) }
            }
        } catch {
            problems = error.problems
        }
        #expect(problems == ["\(target) changed while the output was being written and is no longer the generator's; nothing was changed"])
        #expect(FileManager.default.contents(atPath: target) == mine)
        for (path, old) in older where path != target { #expect(FileManager.default.contents(atPath: path) == old, "\(path)") }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: root.path(percentEncoded: false)).filter(Self.isTemporary)
        #expect(leftovers.isEmpty)
    }

    /// A replaced file was checked to be the generator's, then the new one renamed over it: a file a user saved there
    /// in between (an editor saving by renaming, or in place) was lost. The two are now exchanged in one step and what
    /// comes out is checked: the user's file goes back and the run undoes the rest. (Linux, where `renameat2` exchanges;
    /// elsewhere the rename stays.)
    @Test(arguments: [true, false])
    func aFileSavedOverOneBeingReplacedIsKept(savedByRenaming: Bool) throws {
        #if os(Linux)
        defer { try? FileManager.default.removeItem(at: root) }
        let outputs = try artifacts()
        try OutputWriter.write(outputs)
        let older = try makeOlder(outputs)
        let target = root.appending(path: "Sources/bind.codes.swift").path(percentEncoded: false)
        let probe = root.appending(path: "probe").path(percentEncoded: false)
        _ = FileManager.default.createFile(atPath: probe, contents: Data())
        guard FileExchange.exchange(probe, target) && FileExchange.exchange(probe, target) else { return }  // a file system that cannot
        try FileManager.default.removeItem(atPath: probe)
        let mine = Data("// my own file, saved while the generator ran\n".utf8)
        var problems: [String] = []
        var saved = false
        do {
            try OutputWriter.write(outputs, afterEachChange: {}) { naming in
                guard naming == target, !saved else { return }
                saved = true
                try! mine.write(to: URL(filePath: target), options: savedByRenaming ? .atomic : [])
            }
        } catch {
            problems = error.problems
        }
        #expect(saved)
        #expect(problems == ["\(target) changed while the output was being written and is no longer the generator's; nothing was changed"])
        #expect(FileManager.default.contents(atPath: target) == mine)
        for (path, old) in older where path != target { #expect(FileManager.default.contents(atPath: path) == old, "\(path)") }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: root.path(percentEncoded: false)).filter(Self.isTemporary)
        #expect(leftovers.isEmpty, "\(leftovers)")
        #endif
    }

    /// A run that stops undoes what it did, and removed each file it had created: one a user saved over it since (an
    /// editor writing a new file and renaming it over the name) went too, and the run said nothing was changed. Only
    /// the file the run created is removed now.
    /// (Saved by renaming, a new file; or in place, the created file itself rewritten.)
    @Test(arguments: [true, false])
    func aFileSavedOverOneTheRunCreatedIsKeptWhenTheRunUndoes(savedByRenaming: Bool) throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let outputs = try artifacts()
        try OutputWriter.write(outputs)
        let older = try makeOlder(outputs)
        let created = root.appending(path: "Sources/bind.codes.swift").path(percentEncoded: false)
        try FileManager.default.removeItem(atPath: created)
        let new = try #require(newer(outputs)[created])
        let mine = Data("// my own file, saved over the one the run created\n".utf8)
        let alsoMine = Data("// and another, saved where the run was about to replace\n".utf8)
        var saved = false
        var stoppedAt: String?
        var problems: [String] = []
        do {
            try OutputWriter.write(outputs, afterEachChange: {
                guard !saved, FileManager.default.contents(atPath: created) == new else { return }
                saved = true
                try! mine.write(to: URL(filePath: created), options: savedByRenaming ? .atomic : [])
            }) { naming in
                guard saved, stoppedAt == nil, naming != created else { return }
                stoppedAt = naming
                try! alsoMine.write(to: URL(filePath: naming))
            }
        } catch {
            problems = error.problems
        }
        let stopped = try #require(stoppedAt)
        #expect(problems == ["\(stopped) changed while the output was being written and is no longer the generator's; nothing was changed"])
        #expect(FileManager.default.contents(atPath: created) == mine)
        #expect(FileManager.default.contents(atPath: stopped) == alsoMine)
        for (path, old) in older where path != created && path != stopped { #expect(FileManager.default.contents(atPath: path) == old, "\(path)") }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: root.path(percentEncoded: false)).filter(Self.isTemporary)
        #expect(leftovers.isEmpty, "\(leftovers)")
    }
}

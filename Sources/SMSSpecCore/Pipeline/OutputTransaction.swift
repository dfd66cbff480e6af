import Foundation

/// Carries out checked `OutputPlan`s as one change: new contents are staged (written and synced) in temporary files
/// beside their targets, then put in place: a new file by a hard link (never over a file saved there since), a
/// replaced one by exchanging the two (Linux), so that the file found there is checked before it is deleted. A file
/// being replaced is first hard-linked aside, so its path holds the old or the new bytes at every instant; a file
/// being removed is renamed aside. Any failure undoes what was done,
/// so the output is as it was; success deletes what was set aside.
struct OutputTransaction {
    let plans: [OutputPlan]
    /// Called after each change on disk: every point at which a killed run would leave the output as it is then.
    let afterEachChange: () -> Void
    /// Called with each target just before a staged file takes its name, after any check of what is there: where a
    /// check and the naming are two steps, a file saved in between would be lost.
    let beforeNaming: (_ target: String) -> Void

    private enum Done {
        case createdDirectory(String)
        case staged(String)
        /// A file kept aside (`backup`) before `original` is replaced or removed.
        case setAside(original: String, backup: String)
        /// A new file given its name (`file`: which one it is); undoing removes it only while that name still names it.
        case created(String, file: FileIdentity?)
        /// A new file put in place of one set aside (undoing that puts it back).
        case replaced(String)
    }

    private var done: [Done] = []

    init(plans: [OutputPlan], afterEachChange: @escaping () -> Void = {}, beforeNaming: @escaping (String) -> Void = { _ in }) {
        self.plans = plans
        self.afterEachChange = afterEachChange
        self.beforeNaming = beforeNaming
    }

    mutating func run() throws(OutputError) {
        do {
            try apply()
        } catch {
            undo()
            throw error
        }
        for case .setAside(_, let backup) in done { unlink(backup) }
        for plan in plans where !plan.steps.isEmpty { Self.sync(directory: plan.directory.path(percentEncoded: false)) }
    }

    private mutating func record(_ step: Done) {
        done.append(step)
        afterEachChange()
    }

    private mutating func apply() throws(OutputError) {
        for plan in plans { Self.removeLeftovers(in: plan.directory.path(percentEncoded: false)) }
        let token = "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var staged: [(temporary: String, target: String)] = []
        for plan in plans where !plan.steps.isEmpty {
            try createDirectory(plan.directory.path(percentEncoded: false))
            for step in plan.steps {
                let target = plan.directory.appending(component: step.name).path(percentEncoded: false)
                switch step.action {
                case .create(let data), .replace(let data):
                    let temporary = plan.directory.appending(component: ".\(step.name).smsspec-new-\(token)").path(percentEncoded: false)
                    try stage(data, at: temporary)
                    staged.append((temporary, target))
                case .remove:
                    try setAside(target, token: token, keepingItInPlace: false)
                }
            }
        }
        for (temporary, target) in staged {
            var createdIdentity: FileIdentity?
            switch FileState(target) {
            // The staged file's identity, taken before it has the name: a file saved there right after is not it.
            case .missing where try create(target, from: temporary, identity: &createdIdentity):
                record(.created(target, file: createdIdentity))
            case .missing, .file:
                // A file appeared since: replaced only if it is a generated one (another run's).
                let backup = try setAside(target, token: token, keepingItInPlace: true)
                FileExchange.copyPermissions(of: backup, to: temporary)
                beforeNaming(target)
                try replace(target, with: temporary, setAside: backup)
                record(.replaced(target))
            case .directory, .other, .danglingLink: throw notTheGenerators(target)
            }
        }
    }

    private mutating func createDirectory(_ path: String) throws(OutputError) {
        guard FileState(path) == .missing else { return }
        try createDirectory((path as NSString).deletingLastPathComponent)
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else { throw failure("cannot create \(path)") }
        record(.createdDirectory(path))
    }

    private mutating func stage(_ data: Data, at path: String) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw failure("cannot write \(path)") }
        defer { close(descriptor) }
        record(.staged(path))
        var offset = 0
        while offset < data.count {
            let count = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, data.count - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw failure("cannot write \(path)") }
            offset += count
        }
        // On disk before it is renamed into place: a crash then leaves the old file or the whole new one.
        guard fsync(descriptor) == 0 || errno == EINVAL || errno == ENOTSUP else { throw failure("cannot write \(path)") }
    }

    /// Keeps the file at `path` aside until the transaction ends, after checking it is still the generator's: the plan
    /// looked at it earlier, and a file a user put there since is left alone. A file to be replaced stays in place
    /// (a hard link), so a kill never leaves its path empty; where the file system has no hard links it is renamed.
    @discardableResult
    private mutating func setAside(_ path: String, token: String, keepingItInPlace: Bool) throws(OutputError) -> String {
        let backup = ((path as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent(".\((path as NSString).lastPathComponent).smsspec-old-\(token)")
        if keepingItInPlace, link(path, backup) == 0 {
            guard OutputWriter.isGenerated(backup) else {
                unlink(backup)
                throw notTheGenerators(path)
            }
        } else {
            try move(path, to: backup)
            guard OutputWriter.isGenerated(backup) else {
                rename(backup, path)
                throw notTheGenerators(path)
            }
        }
        record(.setAside(original: path, backup: backup))
        return backup
    }

    /// Puts the staged `temporary` at `target`, where the file set aside as `backup` was checked to be the
    /// generator's. A rename would destroy whatever is at `target` by then: a file a user saved there since the check
    /// was lost. Where the system can, the two are exchanged in one step instead, and what comes out is deleted only if
    /// it is that checked file; anything else is exchanged back, and the run stops. Elsewhere, a rename.
    private mutating func replace(_ target: String, with temporary: String, setAside backup: String) throws(OutputError) {
        guard FileExchange.exchange(temporary, target) else { return try move(temporary, to: target) }
        if FileExchange.isSameFile(temporary, backup) && OutputWriter.isGenerated(temporary) {
            unlink(temporary)
            return
        }
        guard FileExchange.exchange(temporary, target) else {
            // Never expected (it just worked): the user's file stays under the staged name, which the undo leaves.
            done.removeAll { if case .staged(temporary) = $0 { true } else { false } }
            throw OutputError(problems: ["\(target) changed while the output was being written; the file saved there is kept as \(temporary)"])
        }
        throw notTheGenerators(target)
    }

    /// Gives the staged `temporary` the name `target` only while nothing has it, and says whether it did: a hard link
    /// fails when a file appeared there since the name was found free (a user saved one), where a rename would
    /// replace that file. Where the file system has no hard links, the temporary is renamed after one more check.
    private func create(_ target: String, from temporary: String, identity: inout FileIdentity?) throws(OutputError) -> Bool {
        identity = FileExchange.identity(temporary)
        beforeNaming(target)
        if link(temporary, target) == 0 {
            unlink(temporary)
            return true
        }
        guard errno != EEXIST, FileState(target) == .missing else { return false }
        try move(temporary, to: target)
        return true
    }

    private func move(_ source: String, to target: String) throws(OutputError) {
        guard rename(source, target) == 0 else { throw failure("cannot move \(source) to \(target)") }
    }

    /// Puts everything back, newest first. A replaced file comes back by renaming its copy over the new one, so its
    /// path is never empty; a file a user saved in its place since stays.
    private func undo() {
        for step in done.reversed() {
            switch step {
            case .createdDirectory(let path): rmdir(path)
            case .staged(let path): unlink(path)
            case .created(let path, let file): removeCreated(path, file: file)
            case .replaced: continue
            case .setAside(let original, let backup):
                // Back over what the run put there (or into the free name), never over a file a user saved since,
                // which replaced it: the generated copy then goes.
                if !FileExchange.isSameFile(original, backup) && (FileState(original) == .missing || OutputWriter.isGenerated(original)) {
                    rename(backup, original)
                } else {
                    unlink(backup)
                }
            }
        }
    }

    /// Removes the file this run created at `path`, never one a user saved there since — by renaming over the name
    /// (another file) or in place (the same file, no longer the generator's): the name is taken aside in one step and
    /// its file looked at; another goes back (a hard link, which replaces nothing), or stays under the aside name if
    /// something took the name meanwhile — a set-aside name (`-old-`), which the next run puts back as it can.
    private func removeCreated(_ path: String, file: FileIdentity?) {
        guard let file else { return }
        let aside = (path as NSString).deletingLastPathComponent + "/." + (path as NSString).lastPathComponent
            + ".smsspec-old-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard rename(path, aside) == 0 else { return }
        if FileExchange.identity(aside) == file && OutputWriter.isGenerated(aside) {
            unlink(aside)
        } else if link(aside, path) == 0 || FileState(path) == .missing && rename(aside, path) == 0 {
            unlink(aside)
        }
    }

    /// Makes the renames in `directory` durable; a file system that cannot sync a directory is left as it is.
    private static func sync(directory: String) {
        let descriptor = open(directory, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// The temporary files of runs killed midway (`kill -9` between staging and renaming): `.NAME.smsspec-new-PID-N`
    /// and `.NAME.smsspec-old-PID-N` whose process PID is gone and that hold a generated file (its header), which the
    /// run regenerates: a name is no proof, and a user's file so named stays. A staged file a run was killed while
    /// writing, before its header was whole, goes too when it holds nothing but a beginning of a generated file (none
    /// at all, or part of its header line): no one else's bytes are in it. A file set aside that turned out to be a
    /// user's (saved over a generated one after planning) is renamed back at once, and a run killed before that left
    /// it aside; it goes back to NAME if that is free and a name the generator gives, else stays.
    static func removeLeftovers(in directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(".") {
            let setAside = name.range(of: ".smsspec-old-")
            // `.NAME.smsspec-…` with a NAME: `.smsspec-old-1-2` names no file to put back.
            guard let marker = name.range(of: ".smsspec-new-") ?? setAside,
                marker.lowerBound > name.index(after: name.startIndex)
            else { continue }
            let token = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
            guard token.count == 2, let pid = pid_t(token[0]), pid > 0, UInt32(token[1]) != nil,
                kill(pid, 0) != 0 && errno == ESRCH
            else { continue }
            let path = (directory as NSString).appendingPathComponent(name)
            // A link, a FIFO (whose reading waits for a writer) or a directory is no file a run made.
            guard case .file = FileState(path) else { continue }
            if !OutputWriter.isGenerated(path) {
                guard setAside != nil else {
                    if OutputWriter.holdsOnlyABeginningOfAGeneratedFile(path) { unlink(path) }
                    continue
                }
                // Only to a name the generator gives: one a run set aside had it (`.evil.swift.smsspec-old-…` is no such file).
                let originalName = String(name[name.index(after: name.startIndex)..<marker.lowerBound])
                let original = (directory as NSString).appendingPathComponent(originalName)
                if Self.isAGeneratedName(originalName), FileState(original) == .missing { rename(path, original) }
                continue
            }
            unlink(path)
        }
    }

    /// A name the generator gives a file in some output folder: only such a file is ever set aside.
    private static func isAGeneratedName(_ name: String) -> Bool {
        GeneratedNames.swiftSources.contains(name) || GeneratedNames.markdownPages.contains(name) || name == Artifacts.registryFile
            || name == OutputManifest.fileName
    }

    private func failure(_ what: String) -> OutputError {
        OutputError(problems: ["\(what): \(TextFile.errorDescription(errno)); nothing was changed"])
    }

    private func notTheGenerators(_ path: String) -> OutputError {
        OutputError(problems: ["\(path) changed while the output was being written and is no longer the generator's; nothing was changed"])
    }
}

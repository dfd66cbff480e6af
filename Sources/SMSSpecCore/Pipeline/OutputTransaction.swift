import Foundation

/// Carries out checked `OutputPlan`s as one change: new contents are staged in temporary files beside their targets,
/// then renamed into place; replaced and removed files are first renamed aside. Any failure undoes what was done, so the
/// output is as it was; success deletes what was set aside.
struct OutputTransaction {
    let plans: [OutputPlan]

    private enum Done {
        case createdDirectory(String)
        case staged(String)
        /// A file renamed aside: where it was, where it is.
        case setAside(original: String, backup: String)
        case placed(String)
    }

    private var done: [Done] = []

    init(plans: [OutputPlan]) { self.plans = plans }

    mutating func run() throws(OutputError) {
        do {
            try apply()
        } catch {
            undo()
            throw error
        }
        for case .setAside(_, let backup) in done { unlink(backup) }
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
                    try setAside(target, token: token)
                }
            }
        }
        for (temporary, target) in staged {
            if case .file = FileState(target) { try setAside(target, token: token) }
            try move(temporary, to: target)
            done.append(.placed(target))
        }
    }

    private mutating func createDirectory(_ path: String) throws(OutputError) {
        guard FileState(path) == .missing else { return }
        try createDirectory((path as NSString).deletingLastPathComponent)
        guard mkdir(path, 0o777) == 0 || errno == EEXIST else { throw failure("cannot create \(path)") }
        done.append(.createdDirectory(path))
    }

    private mutating func stage(_ data: Data, at path: String) throws(OutputError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw failure("cannot write \(path)") }
        done.append(.staged(path))
        defer { close(descriptor) }
        var offset = 0
        while offset < data.count {
            let count = data.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + offset, data.count - offset) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw failure("cannot write \(path)") }
            offset += count
        }
    }

    private mutating func setAside(_ path: String, token: String) throws(OutputError) {
        let backup = ((path as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent(".\((path as NSString).lastPathComponent).smsspec-old-\(token)")
        try move(path, to: backup)
        done.append(.setAside(original: path, backup: backup))
    }

    private func move(_ source: String, to target: String) throws(OutputError) {
        guard rename(source, target) == 0 else { throw failure("cannot move \(source) to \(target)") }
    }

    /// Puts everything back, newest first.
    private func undo() {
        for step in done.reversed() {
            switch step {
            case .createdDirectory(let path): rmdir(path)
            case .staged(let path), .placed(let path): unlink(path)
            case .setAside(let original, let backup): rename(backup, original)
            }
        }
    }

    /// The temporary files of runs killed midway (`kill -9` between staging and renaming): `.NAME.smsspec-new-PID-N`
    /// and `.NAME.smsspec-old-PID-N` whose process PID is gone. Only this transaction names files so, and the files
    /// set aside are generated ones that the run regenerates, so removing them loses no one's file.
    static func removeLeftovers(in directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(".") {
            guard let marker = name.range(of: ".smsspec-new-") ?? name.range(of: ".smsspec-old-") else { continue }
            let token = name[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
            guard token.count == 2, let pid = pid_t(token[0]), pid > 0, UInt32(token[1]) != nil,
                kill(pid, 0) != 0 && errno == ESRCH
            else { continue }
            unlink((directory as NSString).appendingPathComponent(name))
        }
    }

    private func failure(_ what: String) -> OutputError {
        OutputError(problems: ["\(what): \(TextFile.errorDescription(errno)); nothing was changed"])
    }
}

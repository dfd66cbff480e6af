import Foundation

/// Editing one spec and rebuilding (debug), in a scratch package whose target `Fifty` holds the fifty specs, `Ten`
/// ten of them (as a package that gives each group of providers a target of its own would) and `Five` the five, all
/// applying SMSSpecPlugin from this checkout. Paired runs: edit and build Fifty, then Ten, then Five.
enum RebuildSuite {
    static func run(measure: Measure, runs: Int, into report: inout Report) throws {
        let package = try SpecSets.temporaryDirectory("rebuild")
        defer { try? FileManager.default.removeItem(at: package) }
        try writePackage(at: package)
        progress("rebuild: first build of the scratch package in \(package.path) (minutes)")
        let first = try measure.wallSeconds { try swiftBuild(package, target: nil) }
        progress("rebuild: first build took \(Format.time(seconds: first))")

        var edits = 0
        /// The wall time of the build and the CPU time of every process it ran (swift-build, the plugin, the
        /// generator, the compiler), which other processes on the machine inflate much less.
        func editAndBuild(_ target: String, spec: String) throws -> (wall: Double, cpu: Double) {
            edits += 1
            try edit(package.appending(path: "Sources/\(target)/\(spec)"), mark: edits)
            let cpuBefore = childrenCPUSeconds()
            let wall = try measure.wallSeconds { try swiftBuild(package, target: target) }
            return (wall, childrenCPUSeconds() - cpuBefore)
        }
        typealias Times = (wall: Double, cpu: Double)
        func round() throws -> (fifty: Times, ten: Times, five: Times) {
            (try editAndBuild("Fifty", spec: "bind1.yaml"), try editAndBuild("Ten", spec: "bind1.yaml"),
             try editAndBuild("Five", spec: "bind.yaml"))
        }
        // The first edit after the clean build cost more (Fifty: 14.9 s, the later ones 8.6–10.3 s in one
        // measurement): one round runs first, not counted.
        _ = try round()
        var rounds: [(fifty: Times, ten: Times, five: Times)] = []
        for _ in 0..<runs { rounds.append(try round()) }
        for (clock, time) in [("", { (times: Times) in times.wall }), (", CPU", { (times: Times) in times.cpu })] {
            let fifty = Paired(rounds.map { (time($0.fifty), time($0.five)) })
            let ten = Paired(rounds.map { (time($0.ten), time($0.five)) })
            report.add(Row(benchmark: "rebuild after editing 1 spec of 5\(clock)", measured: Format.time(seconds: fifty.second)))
            report.add(Row(
                benchmark: "rebuild after editing 1 spec of 50\(clock)", measured: Format.time(seconds: fifty.first),
                comparedWith: Format.time(seconds: fifty.second), ratio: Format.ratio(fifty.ratio, "time")))
            report.add(Row(
                benchmark: "rebuild after editing 1 spec of 10\(clock)", measured: Format.time(seconds: ten.first),
                comparedWith: Format.time(seconds: ten.second), ratio: Format.ratio(ten.ratio, "time")))
        }
    }

    /// User and system time of every finished child process and their waited-for descendants.
    private static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    private static func writePackage(at package: URL) throws {
        let manifest = """
            // swift-tools-version: 6.1
            import PackageDescription

            let runtime: Target.Dependency = .product(name: "SMSSpecRuntime", package: "SMSSpec")
            let plugin: Target.PluginUsage = .plugin(name: "SMSSpecPlugin", package: "SMSSpec")
            let package = Package(
                name: "RebuildScratch",
                platforms: [.macOS(.v13)],
                dependencies: [.package(name: "SMSSpec", path: "\(Repository.root.path)")],
                targets: [
                    .target(name: "Five", dependencies: [runtime], plugins: [plugin]),
                    .target(name: "Fifty", dependencies: [runtime], plugins: [plugin]),
                    .target(name: "Ten", dependencies: [runtime], plugins: [plugin]),
                ]
            )

            """
        try manifest.write(to: package.appending(path: "Package.swift"), atomically: true, encoding: .utf8)
        try SpecSets.writeFive(to: package.appending(path: "Sources/Five"))
        try SpecSets.writeFifty(to: package.appending(path: "Sources/Fifty"))
        try SpecSets.writeCopies(1...2, to: package.appending(path: "Sources/Ten"))
        for target in ["Five", "Fifty", "Ten"] {
            try "@_exported import SMSSpecRuntime\n".write(
                to: package.appending(path: "Sources/\(target)/Exports.swift"), atomically: true, encoding: .utf8)
        }
    }

    /// Changes the provider's summary, as a description edit in review would.
    private static func edit(_ spec: URL, mark: Int) throws {
        let text = try String(contentsOf: spec, encoding: .utf8)
        let edited = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("  summary: ") ? marked(String(line), mark) : String(line)
        }.joined(separator: "\n")
        guard edited != text else { throw BenchError("no provider summary to edit in \(spec.path)") }
        try edited.write(to: spec, atomically: true, encoding: .utf8)
    }

    /// `  summary: text` or `  summary: 'text'` with " (edit N)" at the end of the text, replacing an earlier mark.
    static func marked(_ line: String, _ mark: Int) -> String {
        var text = line
        while text.last?.isWhitespace == true { text.removeLast() }
        text = text.replacing(/\s\(edit \d+\)(?=['"]?$)/, with: "")
        guard let last = text.last, last == "'" || last == "\"" else { return text + " (edit \(mark))" }
        text.removeLast()
        return text + " (edit \(mark))" + String(last)
    }

    private static func swiftBuild(_ package: URL, target: String?) throws {
        let log = package.appending(path: "build.log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil) else { throw BenchError("cannot write \(log.path)") }
        let output = try FileHandle(forWritingTo: log)
        defer { try? output.close() }
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = ["swift", "build", "--package-path", package.path] + (target.map { ["--target", $0] } ?? [])
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw BenchError("swift build failed in \(package.path):\n" + text.suffix(3000))
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func progress(_ message: String) {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
}

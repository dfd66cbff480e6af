import Foundation
import SMSSpecCore

/// The products of the package build the tests run in: the runtime module to compile generated code against, and the
/// generator executable.
public enum BuildProducts {
    /// The folder holding the test bundle, `Modules/` and the executables (`.build/<triple>/debug`).
    public static let directory: URL? = {
        let fileManager = FileManager.default
        let runtime = "Modules/SMSSpecRuntime.swiftmodule"
        var candidates = [URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent()]
        let build = PackageRoot.url.appending(path: ".build")
        candidates.append(build.appending(path: "debug"))
        for name in (try? fileManager.contentsOfDirectory(atPath: build.path(percentEncoded: false))) ?? [] {
            candidates.append(build.appending(path: name).appending(path: "debug"))
        }
        return candidates.first { fileManager.fileExists(atPath: $0.appending(path: runtime).path(percentEncoded: false)) }
    }()

    public static var modules: URL? { directory?.appending(path: "Modules") }

    public static var generator: URL? {
        directory.map { $0.appending(path: "smsspec-generator") }
            .flatMap { FileManager.default.isExecutableFile(atPath: $0.path(percentEncoded: false)) ? $0 : nil }
    }

    /// Runs a program to its end; its exit status and everything it printed.
    public static func run(_ executable: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Type-checks `files` as one module against the built runtime, warnings as errors, in Swift 6 mode; one
    /// compiler job (`-wmo`), since a job per file would parse every file once per file.
    public static func typecheck(_ files: [URL]) throws -> (status: Int32, output: String) {
        guard let modules else { return (-1, "the SMSSpecRuntime module is not built; run `swift build --build-tests`") }
        let arguments = [
            "swiftc", "-typecheck", "-wmo", "-warnings-as-errors", "-swift-version", "6", "-module-name", "RandomSpecs",
            "-package-name", "RandomSpecs", "-I", modules.path(percentEncoded: false),
        ] + files.map { $0.path(percentEncoded: false) }
        return try run(URL(filePath: "/usr/bin/env"), arguments)
    }

    /// Type-checks generated files as one module (written to a temporary folder, removed after).
    public static func typecheck(generated files: [GeneratedFile]) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appending(path: "smsspec-typecheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let urls = try files.map { file in
            let url = folder.appending(path: file.name)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        return try typecheck(urls)
    }
}

extension BuildProducts {
    /// The modules a receiver needs beside the runtime.
    public static let receiverModules = ["HTTPTypes", "SMSSpecReceiver"]

    /// The modules a client needs beside the runtime.
    public static let clientModules = ["HTTPTypes", "OpenAPIRuntime", "SMSSpecClient"]

    /// Builds `files` with the runtime's object files, and those of `modules`, into an executable at `output`.
    public static func buildExecutable(_ files: [URL], output: URL, modules linked: [String] = []) throws -> (status: Int32, output: String) {
        guard let directory, let modules else { return (-1, "the SMSSpecRuntime module is not built; run `swift build --build-tests`") }
        // The runtime and the vocabulary it re-exports.
        let objects = try (["SMSSpecVocabulary", "SMSSpecRuntime"] + linked).map { $0 + ".build" }.flatMap { module in
            let folder = directory.appending(path: module)
            return try FileManager.default.contentsOfDirectory(atPath: folder.path(percentEncoded: false))
                .filter { $0.hasSuffix(".o") }.sorted().map { folder.appending(path: $0).path(percentEncoded: false) }
        }
        let arguments = [
            "swiftc", "-swift-version", "6", "-module-name", "Snippet", "-I", modules.path(percentEncoded: false),
            "-o", output.path(percentEncoded: false),
        ] + files.map { $0.path(percentEncoded: false) } + objects
        return try run(URL(filePath: "/usr/bin/env"), arguments)
    }

    /// Generates the Swift of `spec` (as `acme.yaml`), builds it with `main` into an executable and runs it: the
    /// build's status and output, and the run's (nil when the build failed). `receivers`, `clients`: with the receivers
    /// or clients output, linked with what they need.
    public static func buildAndRun(
        spec: String, main: String, receivers: Bool = false, clients: Bool = false
    ) throws -> (build: (status: Int32, output: String), run: (status: Int32, output: String)?) {
        try buildAndRun(specs: [SpecInput(path: "acme.yaml", contents: spec)], main: main, receivers: receivers, clients: clients)
    }

    /// `buildAndRun(spec:main:receivers:)` with several specs, each its own namespace in the one program.
    public static func buildAndRun(
        specs: [SpecInput], main: String, receivers: Bool = false, clients: Bool = false
    ) throws -> (build: (status: Int32, output: String), run: (status: Int32, output: String)?) {
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-run-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var options = GeneratorOptions()
        if receivers { options.outputs.insert(.receiver) }
        if clients { options.outputs.insert(.client) }
        let sources = try Generator.swiftSources(for: specs, options: options)
        let files = try (sources + [GeneratedFile(name: "main.swift", contents: main)]).map { file in
            let url = directory.appending(path: file.name)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        let executable = directory.appending(path: "program")
        let modules = (receivers ? receiverModules : []) + (clients ? clientModules.filter { !(receivers && receiverModules.contains($0)) } : [])
        let build = try buildExecutable(files, output: executable, modules: modules)
        return (build, build.status == 0 ? try run(executable, []) : nil)
    }
}

import Foundation
import SMSProviders
import Testing

/// The runtime's public surface is the product's: what only generated code calls sits behind `@_spi(Generated)`.
/// Snippets are type-checked with `swiftc` against the modules this test run was built with.
@Suite struct RuntimeSurfaceTests {
    /// Each line uses one piece of the machinery generated code needs.
    static let machinery = [
        "_ = Validation.self",
        "_ = StatusReports.self",
        "_ = MessagePath.join(\"a\", \"b\")",
        "_ = StatusCodeCoding.self",
        "struct Versioned: SMSSpecRuntimeVersion1 {}",
        "func scalar<Value: LenientScalar>(_: Value.Type) {}",
        "_ = CodingUserInfoKey.omitNonBodyFields",
        "func lenient(_ container: KeyedDecodingContainer<JSONValue.CodingKeysForTest>) throws { _ = try container.decodeScalar(Int.self, forKey: .a, lenient: true) }",
        "func timestamps(_ container: KeyedDecodingContainer<JSONValue.CodingKeysForTest>) throws { _ = try container.decodeTimestamp(forKey: .a, formats: [], timeZone: nil) }",
        "func separated(_ container: KeyedDecodingContainer<JSONValue.CodingKeysForTest>) throws { _ = try container.decodeSeparated([Int].self, separator: \",\", forKey: .a) }",
        "func union(_ decoder: any Decoder) throws { var container = try UnionContainer(decoder); _ = container.decode(Int.self, reads: JSONKinds.number) }",
        "func variant(_ encoder: any Encoder) { UnionVariantNotes.note(\"A.b (C)\", to: encoder) }",
    ]
    static let prelude = "import Foundation\nextension JSONValue { enum CodingKeysForTest: CodingKey { case a } }\n"

    @Test(arguments: ["import SMSSpecRuntime", "import SMSProviders"])
    func theMachineryIsHiddenWithoutTheSPI(importLine: String) throws {
        let header = importLine + "\n" + Self.prelude
        let result = try Self.typecheck(header + Self.machinery.joined(separator: "\n") + "\n")
        #expect(result.status != 0)
        let firstLine = header.split(separator: "\n", omittingEmptySubsequences: false).count
        for (offset, line) in Self.machinery.enumerated() {
            #expect(result.output.contains("snippet.swift:\(firstLine + offset):"), "\(importLine): '\(line)' compiled without @_spi(Generated)")
        }
    }

    @Test func generatedCodeSeesTheMachineryThroughTheSPI() throws {
        let source = "@_spi(Generated) import SMSSpecRuntime\n" + Self.prelude + Self.machinery.joined(separator: "\n") + "\n"
        let result = try Self.typecheck(source)
        #expect(result.status == 0, "\(result.output)")
    }

    /// The product API apps use stays public: decode, look codes up, get retry advice, validate, build requests.
    @Test func theProductAPINeedsNoSPI() throws {
        let source = """
            import SMSProviders
            let advice: RetryAdvice = SMSSpecCatalog.registry.lookup(provider: "bind", table: "DLRError", code: "0").retryAdvice
            let error = ProviderError(provider: "bind", table: nil, rawCode: "1", rawMessage: nil, httpStatus: nil, entry: nil)
            let category: ErrorCategory = error.category
            let outcome: Outcome = .success
            let state: DeliveryState? = nil
            let segments = SegmentCalculator.analyze("hi")
            let secret: Secret = "key"
            let key = CodingUserInfoKey.redactSecrets
            let annotate = CodingUserInfoKey.annotateStatusCodes
            func failures(_ message: some StatusCarrying) -> [StatusReport] { message.failures }
            func violations(_ message: some ValidatableMessage) -> [ValidationViolation] { message.validate() }

            """
        let result = try Self.typecheck(source)
        #expect(result.status == 0, "\(result.output)")
    }

    /// Apps' code (the example package and the bundled providers' tests) imports no SPI; building them proves the rest.
    @Test func appsCodeImportsNoSPI() throws {
        let manager = FileManager.default
        for folder in ["Tests/SMSProvidersTests", "Examples/SMSSpecExample/Sources", "Examples/SMSSpecExample/Tests"] {
            let root = Repository.root.appending(path: folder)
            let files = try #require(manager.enumerator(at: root, includingPropertiesForKeys: nil))
            var checked = 0
            for case let file as URL in files where file.pathExtension == "swift" && !file.path.contains("/Generated/") {
                let text = try String(contentsOf: file, encoding: .utf8)
                #expect(!text.contains("@_spi"), "\(file.path) imports an SPI")
                checked += 1
            }
            #expect(checked > 0, "\(folder) has no Swift files")
        }
    }

    /// The receivers answer 413 to a callback body over `PayloadLimits.maximumBytes`, but only a body they are given:
    /// the server code we show reads one byte more than the limit, so the receiver, not the server's own 500 on a
    /// body over a smaller `collect(upTo:)`, answers a body between that and 4 MiB.
    @Test func callbackServersReadABodyUpToThePayloadLimit() throws {
        for file in ["docs/client.md", "Examples/CallbackServer/Sources/CallbackServer/main.swift"] {
            let text = try String(contentsOf: Repository.root.appending(path: file), encoding: .utf8)
            let reads = text.components(separatedBy: ".collect(upTo: ").dropFirst().map { $0.prefix { $0 != ")" } }
            #expect(!reads.isEmpty && reads.allSatisfy { $0 == "PayloadLimits.maximumBytes + 1" }, "\(file): \(reads)")
        }
    }

    /// Redaction has its own switch: annotating codes for people does not change what a request carries.
    @Test func secretsAreRedactedOnlyWhenAsked() throws {
        func encoded(_ options: [CodingUserInfoKey: Bool]) throws -> String {
            let encoder = JSONEncoder()
            for (key, value) in options { encoder.userInfo[key] = value }
            return String(decoding: try encoder.encode(["key": Secret("s3cr3t")]), as: UTF8.self)
        }
        #expect(try encoded([:]) == #"{"key":"s3cr3t"}"#)
        #expect(try encoded([.annotateStatusCodes: true]) == #"{"key":"s3cr3t"}"#)
        #expect(try encoded([.redactSecrets: true]) == #"{"key":"<redacted>"}"#)
    }

    // MARK: Type-checking

    /// The directory of the modules the running tests were built against.
    static var modulesDirectory: URL {
        let executable = URL(filePath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        while directory.path != "/" {
            let modules = directory.appending(path: "Modules")
            if FileManager.default.fileExists(atPath: modules.appending(path: "SMSSpecRuntime.swiftmodule").path) { return modules }
            directory = directory.deletingLastPathComponent()
        }
        return Repository.root.appending(path: ".build/debug/Modules")
    }

    static func typecheck(_ source: String) throws -> (status: Int32, output: String) {
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-surface-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "snippet.swift")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let cache = FileManager.default.temporaryDirectory.appending(path: "smsspec-surface-module-cache")
        let process = Process()
        process.executableURL = URL(filePath: "/usr/bin/env")
        process.arguments = [
            "swiftc", "-typecheck", "-I", modulesDirectory.path, "-module-cache-path", cache.path, file.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}

// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SMSSpec",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SMSProviders", targets: ["SMSProviders"]),
        .library(name: "SMSSpecRuntime", targets: ["SMSSpecRuntime"]),
        // For tools (the sandbox, `smsspec decode`): every message by name and the documents' example payloads.
        .library(name: "SMSProviderCatalog", targets: ["SMSProviderCatalog"]),
        .library(name: "SMSSpecCore", targets: ["SMSSpecCore"]),
        .library(name: "SMSSpecInterpreter", targets: ["SMSSpecInterpreter"]),
        .library(name: "SMSSpecClient", targets: ["SMSSpecClient"]),
        .library(name: "SMSSpecReceiver", targets: ["SMSSpecReceiver"]),
        .library(name: "SMSSpecURLSession", targets: ["SMSSpecURLSession"]),
        .library(name: "SMSProviderClients", targets: ["SMSProviderClients"]),
        .library(name: "SMSProviderReceivers", targets: ["SMSProviderReceivers"]),
        .executable(name: "smsspec", targets: ["SMSSpecCLI"]),
        .executable(name: "smsspec-generator", targets: ["smsspec-generator"]),
        .plugin(name: "SMSSpecPlugin", targets: ["SMSSpecPlugin"]),
        .plugin(name: "SMSSpecGenerateCommand", targets: ["SMSSpecGenerateCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // Only the client and receiver targets use these; SMSProviders and SMSSpecRuntime never build them.
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        // The status vocabulary, defined once for the generator and the runtime: outcomes, categories, delivery
        // states, the table row and table, canonical codes, retry advice; and `DisplayText`, how both show values
        // in messages; and the checks lint and `validate()` both apply (patterns, segments, phone numbers, URLs).
        // Depends on nothing.
        .target(name: "SMSSpecVocabulary"),

        // What generated code imports: status-code protocols, lenient decoding, SMS facts. Re-exports the vocabulary.
        .target(name: "SMSSpecRuntime", dependencies: ["SMSSpecVocabulary"]),

        // The generator: Parser/ → Validator/ → Model/ → Renderer/, driven by Pipeline/.
        .target(
            name: "SMSSpecCore",
            dependencies: ["SMSSpecVocabulary", .product(name: "Yams", package: "Yams")]
        ),

        // The tool the build plugin runs. Every downstream clean build compiles it: core and Yams only.
        .executableTarget(name: "smsspec-generator", dependencies: ["SMSSpecCore", "SMSSpecVocabulary"], path: "Sources/SMSSpecGenerator"),

        .plugin(
            name: "SMSSpecPlugin",
            capability: .buildTool(),
            dependencies: ["smsspec-generator"]
        ),

        // `swift package smsspec-generate`: writes generated sources into the package, for teams that commit them.
        .plugin(
            name: "SMSSpecGenerateCommand",
            capability: .command(
                intent: .custom(verb: "smsspec-generate", description: "Write the Swift generated from SMS specs into each target's Generated/ folder"),
                permissions: [.writeToPackageDirectory(reason: "SMSSpec writes the generated provider code into <target>/Generated/")]
            ),
            dependencies: ["smsspec-generator"]
        ),

        // The bundled providers, generated at build time from the top-level specs/ directory.
        .target(
            name: "SMSProviders",
            dependencies: ["SMSSpecRuntime"],
            plugins: ["SMSSpecPlugin"]
        ),

        // Sends requests through swift-openapi-runtime's `ClientTransport` and reads the answers by HTTP status
        // (docs/client.md). Its own target, so apps that only decode or build requests never compile it.
        .target(
            name: "SMSSpecClient",
            dependencies: [
                "SMSSpecRuntime",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),

        // For clients sent over URLSession: a session delegate that keeps redirects on the server's origin, so the
        // credentials never follow a `Location` to another host, and a transport that bounds an answer's size and
        // time. Its own target: only it links FoundationNetworking.
        .target(
            name: "SMSSpecURLSession",
            dependencies: [
                "SMSSpecRuntime",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),

        // Decodes providers' callbacks from a swift-http-types request and says what to answer; no client machinery.
        .target(
            name: "SMSSpecReceiver",
            dependencies: ["SMSSpecRuntime", .product(name: "HTTPTypes", package: "swift-http-types")]
        ),

        // The bundled providers' typed clients and callback receivers, generated from the same specs/ into
        // extensions of SMSProviders' namespaces (each target's smsspec-config.yaml lists one output).
        .target(
            name: "SMSProviderClients",
            dependencies: ["SMSProviders", "SMSSpecClient"],
            plugins: ["SMSSpecPlugin"]
        ),
        .target(
            name: "SMSProviderReceivers",
            dependencies: ["SMSProviders", "SMSSpecReceiver"],
            plugins: ["SMSSpecPlugin"]
        ),
        // The bundled providers' catalog for tools (messages by name, the documents' example payloads), generated from
        // the same specs/ as the `catalog` output extending SMSProviders' namespaces; apps never compile it.
        .target(
            name: "SMSProviderCatalog",
            dependencies: ["SMSProviders"],
            plugins: ["SMSSpecPlugin"]
        ),

        // A spec's request rules applied at run time through the runtime's own checks, for a spec with no generated
        // code: the sandbox, `smsspec validate` of a spec file, lint's check of example requests.
        .target(name: "SMSSpecInterpreter", dependencies: ["SMSSpecCore", "SMSSpecRuntime"]),

        // The `smsspec` commands, as a library so tests can call them; the executable only runs them.
        .target(
            name: "SMSSpecCommands",
            dependencies: [
                "SMSSpecCore",
                "SMSSpecInterpreter",
                "SMSProviders",
                "SMSProviderCatalog",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "SMSSpecCLI", dependencies: ["SMSSpecCommands"]),

        .testTarget(name: "SMSSpecRuntimeTests", dependencies: ["SMSSpecRuntime", "SMSSpecVocabulary"]),
        // What the tests of the generator and of the commands share: building generated code, altered payloads.
        .target(name: "SMSSpecTestSupport", dependencies: ["SMSSpecCore"], path: "Tests/SMSSpecTestSupport"),
        .testTarget(
            name: "SMSSpecCoreTests", dependencies: ["SMSSpecCore", "SMSSpecVocabulary", "SMSSpecTestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(
            name: "SMSSpecCommandsTests",
            dependencies: ["SMSSpecCommands", "SMSSpecCore", "SMSProviders", "SMSProviderCatalog", "SMSSpecRuntime", "SMSSpecVocabulary", "SMSSpecTestSupport"]),
        .testTarget(
            name: "SMSProvidersTests",
            dependencies: [
                "SMSProviders", "SMSProviderCatalog", "SMSSpecRuntime", "SMSSpecVocabulary", "SMSProviderClients", "SMSProviderReceivers",
                "SMSSpecURLSession",
            ],
            resources: [.copy("Documents")]
        ),
    ]
)

// swift-tools-version: 6.1
import PackageDescription

// The provider sandbox lives in its own package so that packages depending on `SMSProviders` never resolve or
// build the server stack (Hummingbird, SwiftNIO).
let package = Package(
    name: "SMSSandbox",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "SMSSandbox", targets: ["SMSSandbox"]),
        .executable(name: "smsspec-sandbox", targets: ["SMSSandboxCLI"]),
    ],
    dependencies: [
        .package(name: "SMSSpec", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        // Already resolved for Hummingbird; named for `NIOCore` (the bound port of the listening channel) and
        // `ServiceLifecycle` (graceful shutdown: no connection is cut mid-request).
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.14.0"),
        // The tests send with the generated clients over URLSession, as an app would.
        .package(url: "https://github.com/apple/swift-openapi-urlsession.git", exact: "1.4.0"),
    ],
    targets: [
        // The emulator: routes, authentication, validation and answers, and callback delivery, all read off the
        // resolved model of a spec.
        .target(
            name: "SMSSandbox",
            dependencies: [
                .product(name: "SMSSpecCore", package: "SMSSpec"),
                .product(name: "SMSSpecRuntime", package: "SMSSpec"),
                .product(name: "SMSProviders", package: "SMSSpec"),
                .product(name: "SMSProviderCatalog", package: "SMSSpec"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "SMSSandboxCLI",
            dependencies: [
                "SMSSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "SMSSandboxTests",
            dependencies: [
                "SMSSandbox",
                .product(name: "SMSProviders", package: "SMSSpec"),
                .product(name: "SMSProviderCatalog", package: "SMSSpec"),
                .product(name: "SMSSpecRuntime", package: "SMSSpec"),
                .product(name: "SMSProviderClients", package: "SMSSpec"),
                .product(name: "SMSProviderReceivers", package: "SMSSpec"),
                .product(name: "SMSSpecClient", package: "SMSSpec"),
                .product(name: "SMSSpecReceiver", package: "SMSSpec"),
                .product(name: "SMSSpecURLSession", package: "SMSSpec"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // Specs the tests give the sandbox at run time, read from their source path.
            exclude: ["Specs"]
        ),
    ]
)

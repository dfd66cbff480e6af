// swift-tools-version: 6.1
// Sends an SMS with a generated client over BoundedURLSessionTransport, and decodes a delivery receipt with a generated
// receiver (docs/client.md). Point it at the sandbox or a real account.
import PackageDescription

let package = Package(
    name: "ClientExample",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "SMSSpec", path: "../.."),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
    ],
    targets: [
        .executableTarget(
            name: "ClientExample",
            dependencies: [
                .product(name: "SMSProviderClients", package: "SMSSpec"),
                .product(name: "SMSProviderReceivers", package: "SMSSpec"),
                .product(name: "SMSSpecURLSession", package: "SMSSpec"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        )
    ]
)

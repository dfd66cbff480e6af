// swift-tools-version: 6.1
import PackageDescription

// A Hummingbird server receiving the bundled providers' callbacks with the generated receivers. A package of its own,
// as a server of yours would be: depending on SMSProviderReceivers pulls in no server stack.
let package = Package(
    name: "CallbackServer",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "SMSSpec", path: "../.."),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        // Already resolved for Hummingbird; named for `NIOTooManyBytesError`, which collect(upTo:) throws.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
    ],
    targets: [
        .executableTarget(
            name: "CallbackServer",
            dependencies: [
                .product(name: "SMSProviderReceivers", package: "SMSSpec"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        )
    ]
)

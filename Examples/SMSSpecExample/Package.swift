// swift-tools-version: 6.1
// A package that uses SMSSpec the two ways teams do: the bundled providers (SMSProviders), and the build plugin
// on specs of its own. CI builds it and runs its tests.
import PackageDescription

let package = Package(
    name: "SMSSpecExample",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "SMSSpec", path: "../.."),
    ],
    targets: [
        // Uses the bundled providers: decodes a Bind delivery receipt and decides what to do about it.
        .target(name: "DeliveryHandling", dependencies: [.product(name: "SMSProviders", package: "SMSSpec")]),

        // One spec of our own (acme.yaml), generated at build time; depends on the runtime only.
        .target(
            name: "AcmeSMS",
            dependencies: [.product(name: "SMSSpecRuntime", package: "SMSSpec")],
            plugins: [.plugin(name: "SMSSpecPlugin", package: "SMSSpec")]
        ),

        // Several specs in one target.
        .target(
            name: "RegionalSMS",
            dependencies: [.product(name: "SMSSpecRuntime", package: "SMSSpec")],
            plugins: [.plugin(name: "SMSSpecPlugin", package: "SMSSpec")]
        ),

        // The catalog for tools of RegionalSMS's specs (`imports: [RegionalSMS]`, `outputs: [catalog]`), a module of its own.
        .target(
            name: "RegionalTools",
            dependencies: ["RegionalSMS", .product(name: "SMSSpecRuntime", package: "SMSSpec")],
            plugins: [.plugin(name: "SMSSpecPlugin", package: "SMSSpec")]
        ),

        // Specs in a folder outside the target (`specs:`), generated with `package` access.
        .target(
            name: "PackageSMS",
            dependencies: [.product(name: "SMSSpecRuntime", package: "SMSSpec")],
            plugins: [.plugin(name: "SMSSpecPlugin", package: "SMSSpec")]
        ),

        // Generated with `internal` access and without validators; the module's own Swift wraps them.
        .target(
            name: "InternalSMS",
            dependencies: [.product(name: "SMSSpecRuntime", package: "SMSSpec")],
            plugins: [.plugin(name: "SMSSpecPlugin", package: "SMSSpec")]
        ),

        .testTarget(name: "ExampleTests", dependencies: ["DeliveryHandling", "AcmeSMS", "RegionalSMS", "RegionalTools", "PackageSMS", "InternalSMS"]),
    ]
)

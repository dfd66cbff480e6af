// swift-tools-version: 6.1
// The benchmarks of SMSSpec: a package of its own, so packages depending on SMSProviders never resolve or build it.
// Run: swift run -c release --package-path Benchmarks smsspec-bench   (docs/benchmarks.md)
import PackageDescription

let package = Package(
    name: "SMSSpecBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "SMSSpec", path: ".."),
    ],
    targets: [
        // What a careful engineer writes by hand for the same payloads: the yardstick for the generated models.
        .target(name: "HandWritten"),
        .executableTarget(
            name: "smsspec-bench",
            dependencies: [
                "HandWritten",
                .product(name: "SMSProviders", package: "SMSSpec"),
                .product(name: "SMSSpecRuntime", package: "SMSSpec"),
                .product(name: "SMSSpecCore", package: "SMSSpec"),
            ]
        ),
    ]
)

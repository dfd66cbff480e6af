// swift-tools-version: 6.1
// libFuzzer harnesses for SMSSpec. Build and run them with Fuzz/run.sh (see docs/fuzzing.md): every module is
// built with `-sanitize=fuzzer,address`, which run.sh passes.
import PackageDescription

// libFuzzer supplies `main`; each harness only defines LLVMFuzzerTestOneInput (and LLVMFuzzerInitialize).
let harness: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "SMSSpecFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "SMSSpec", path: "..")],
    targets: [
        // The bundled providers as committed in Generated/ (the golden test keeps it equal to what specs/ generates),
        // compiled from a link so the fuzz build needs no build plugin and no second, uninstrumented generator build.
        .target(
            name: "FuzzProviders",
            dependencies: [.product(name: "SMSSpecRuntime", package: "SMSSpec")],
            path: "Sources/FuzzProviders/Generated"
        ),
        // What the payload harnesses share: the generated catalog's messages and the seed writer.
        .target(name: "FuzzSupport", dependencies: ["FuzzProviders", .product(name: "SMSSpecRuntime", package: "SMSSpec")]),
        .executableTarget(
            name: "FuzzSpecPipeline", dependencies: [.product(name: "SMSSpecCore", package: "SMSSpec")], swiftSettings: harness),
        .executableTarget(name: "FuzzMessages", dependencies: ["FuzzSupport"], swiftSettings: harness),
        .executableTarget(name: "FuzzValidate", dependencies: ["FuzzSupport"], swiftSettings: harness),
        .executableTarget(name: "FuzzFormDecoder", dependencies: ["FuzzSupport"], swiftSettings: harness),
        .executableTarget(name: "FuzzSegments", dependencies: ["FuzzSupport"], swiftSettings: harness),
        .executableTarget(name: "FuzzPhoneNumbers", dependencies: ["FuzzSupport"], swiftSettings: harness),
    ]
)

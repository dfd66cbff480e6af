// swift-tools-version: 6.1
// libFuzzer harnesses for SMSSpec. Build and run them with Fuzz/run.sh (see docs/fuzzing.md): it builds every module
// with AddressSanitizer and libFuzzer's coverage instrumentation and links the harnesses with libFuzzer.
import PackageDescription

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
        // What the spec harnesses share: one spec through the loader, validator and model builder.
        .target(name: "FuzzSpecSupport", dependencies: [.product(name: "SMSSpecCore", package: "SMSSpec")]),
        .executableTarget(name: "FuzzSpecPipeline", dependencies: ["FuzzSupport", "FuzzSpecSupport"]),
        .executableTarget(
            name: "FuzzSpecRender",
            dependencies: ["FuzzSupport", "FuzzSpecSupport", .product(name: "SMSSpecCore", package: "SMSSpec")]),
        .executableTarget(name: "FuzzMessages", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzRoundTrip", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzValidate", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzFormDecoder", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzTextAnswer", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzJSONValue", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzSegments", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzPhoneNumbers", dependencies: ["FuzzSupport"]),
    ]
)

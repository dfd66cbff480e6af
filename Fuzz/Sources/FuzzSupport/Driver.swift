import Foundation

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// A harness's `main`: writes its seeds when asked to (`SMSSPEC_FUZZ_WRITE_SEEDS=<dir>`), otherwise hands the command
/// line to libFuzzer (linked from the toolchain's `libclang_rt.fuzzer_no_main`), which calls `fuzzOne` per input.
public func runFuzzer(seeds: () -> [[UInt8]] = { [] }, _ fuzzOne: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> Never {
    FuzzSeeds.writeIfAsked(seeds)
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(runDriver(&argc, &argv, fuzzOne))
}

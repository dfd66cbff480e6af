// Spec text → YAML loader → parser → validator → model builder, as `smsspec lint` and `generate` read one spec file.
// No input may trap, hang or take memory out of proportion; diagnostics are the only allowed outcome of bad input.
// Rendering is fuzzed by FuzzSpecRender (slower per input, so run at lower volume).
import Foundation
import FuzzSupport
import FuzzSpecSupport

func fuzzSpecPipeline(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    _ = loadSpec(UnsafeBufferPointer(start: start, count: count))
    return 0
}

runFuzzer(seeds: FuzzSeeds.specs, fuzzSpecPipeline)

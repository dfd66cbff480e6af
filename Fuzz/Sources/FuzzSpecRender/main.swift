// The whole generator on one spec file: what FuzzSpecPipeline loads, validates and models, then every renderer
// whenever the spec has no error. Slower per input than FuzzSpecPipeline, so it runs at lower volume.
import Foundation
import FuzzSpecSupport
import FuzzSupport
import SMSSpecCore

func fuzzSpecRender(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    if let models = loadSpec(UnsafeBufferPointer(start: start, count: count)) {
        _ = Generator.swiftSources(for: models, options: GeneratorOptions())
    }
    return 0
}

runFuzzer(seeds: FuzzSeeds.specs, fuzzSpecRender)

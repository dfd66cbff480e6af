// Spec text → parser → validator → model → renderer, as `smsspec generate` runs it on one spec file.
// No input may trap, hang or take memory out of proportion; diagnostics are the only allowed outcome of bad input.
import Foundation
import FuzzSupport
import SMSSpecCore

func fuzzSpecPipeline(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    let diagnostics = DiagnosticCollector()
    let models = Generator.models(for: [SpecInput(path: "fuzz.yaml", contents: text)], diagnostics: diagnostics)
    for diagnostic in diagnostics.diagnostics {
        // Every diagnostic points into the file it is about.
        precondition(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "unlocated diagnostic: \(diagnostic)")
    }
    if !diagnostics.hasErrors {
        _ = Generator.swiftSources(for: models, options: GeneratorOptions())
    }
    return 0
}

runFuzzer(fuzzSpecPipeline)

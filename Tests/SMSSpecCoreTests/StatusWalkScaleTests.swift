@testable import SMSSpecCore
import SMSSpecVocabulary
import Testing

/// The shapes that carry status codes are found from the tables up, each once: a chain of 3,000 shapes declared
/// outermost first, the table at its end, took a pass over every shape per link (9 million checks, seconds in debug).
@Suite struct StatusWalkScaleTests {
    @Test func aLongChainDeclaredOutermostFirstIsWalkedOnce() throws {
        let diagnostics = DiagnosticCollector()
        let yaml = DecidingTablesScaleTests.spec(count: 3_000, listed: false)
        let models = Generator.models(for: [SpecInput(path: "specs/acme.yaml", contents: yaml)], options: GeneratorOptions(), diagnostics: diagnostics)
        let model = try #require(models.first)
        let walker = StatusWalkRenderer(context: RenderContext(model: model, options: GeneratorOptions()))
        var carrying: Set<String> = []
        let elapsed = ThreadCPUClock().measure { carrying = walker.carryingTypes }
        #expect(carrying == Set((0...3_000).map { "s:S\($0)" }))
        #expect(elapsed < .seconds(2), "\(elapsed)")
    }
}

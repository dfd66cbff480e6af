import ArgumentParser
import SMSSpecCore

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks specs and prints every problem as path:line:column: error: message.")

    @Argument(help: "Spec files, or directories of them.")
    var specs: [String]

    func run() throws {
        guard let models = SpecLoading.models(specs) else { throw ExitCode.failure }
        let tables = models.reduce(0) { $0 + $1.tables.count }
        let codes = models.reduce(0) { $0 + $1.tables.reduce(0) { $0 + $1.entries.count } }
        print("\(models.count) spec\(models.count == 1 ? "" : "s") OK: \(tables) tables, \(codes) codes.")
    }
}

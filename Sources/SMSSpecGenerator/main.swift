// The tool SMSSpecPlugin runs during builds:
//   smsspec-generator --output <dir> [--config <smsspec-config.yaml>] <spec.yaml>...
// Problems are printed as `path:line:column: error: message` so SwiftPM and Xcode show them against the file.
import Foundation
import SMSSpecCore

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}

var output: String?
var config: String?
var specs: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--output": output = arguments.popFirst()
    case "--config": config = arguments.popFirst()
    case _ where argument.hasPrefix("--"): fail("unknown option \(argument); usage: smsspec-generator --output <dir> [--config <file>] <spec>...")
    default: specs.append(argument)
    }
}
guard let output else { fail("missing --output <dir>") }
guard !specs.isEmpty else { fail("no spec files given") }

let diagnostics = DiagnosticCollector()
var options = GeneratorOptions()
if let config {
    if let text = try? String(contentsOfFile: config, encoding: .utf8) {
        options = GeneratorOptions.load(text, file: config, diagnostics: diagnostics)
    } else {
        diagnostics.error("cannot read the configuration file; check that it exists and is UTF-8", at: .init(file: config, line: 1, column: 1))
    }
}
let models = Generator.models(forFiles: specs, diagnostics: diagnostics)
for diagnostic in diagnostics.sorted {
    FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
}
guard !diagnostics.hasErrors else { exit(1) }

do {
    try OutputWriter(directory: URL(filePath: output)).write(Generator.swiftSources(for: models, options: options))
} catch {
    fail("cannot write generated sources to \(output): \(error)")
}

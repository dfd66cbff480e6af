// The tool both SMSSpec plugins run. Problems are printed as `path:line:column: error: message` so SwiftPM and
// Xcode show them against the file.
import Foundation
import SMSSpecCore

let usage = """
    usage: smsspec-generator --output <dir> [--config <smsspec-config.yaml>] [<spec or directory>...]
           smsspec-generator --plan [--config <smsspec-config.yaml>] [<spec or directory>...]

    Generates Swift from SMS-gateway specs: the named spec files, the specs of named directories, and those of the
    directory the configuration names under `specs:`.
      --output <dir>    write <spec>.{models,codes,operations,validation}.swift per spec and smsspec.catalog.swift
      --config <file>   apply a smsspec-config.yaml (accessLevel, imports, namespace, outputs, specs)
      --plan            write nothing; print as JSON the spec files read and the file names written
      --help            print this text

    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}

var output: String?
var config: String?
var plansOnly = false
var paths: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--help", "-h":
        print(usage, terminator: "")
        exit(0)
    case "--output", "--config":
        guard let value = arguments.popFirst() else { fail("\(argument) needs a value\n\(usage)") }
        if argument == "--output" { output = value } else { config = value }
    case "--plan": plansOnly = true
    case "--":
        paths += arguments
        arguments.removeAll()
    case _ where argument.hasPrefix("-"): fail("unknown option \(argument)\n\(usage)")
    default: paths.append(argument)
    }
}
guard plansOnly || output != nil else { fail("missing --output <dir>\n\(usage)") }

let diagnostics = DiagnosticCollector()
let plan = GenerationPlan(config: config, paths: paths, diagnostics: diagnostics)
if !plansOnly && plan.specs.isEmpty && !diagnostics.hasErrors {
    fail("no spec files: name spec files or directories, or a directory under `specs:` in the configuration")
}
let models = plansOnly ? [] : Generator.models(forFiles: plan.specs, diagnostics: diagnostics)
for diagnostic in diagnostics.sorted {
    FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
}
guard !diagnostics.hasErrors else { exit(1) }

if let output, !plansOnly {
    do {
        try OutputWriter(directory: URL(filePath: output)).write(Generator.swiftSources(for: models, options: plan.options))
    } catch {
        fail("cannot write generated sources to \(output): \(error)")
    }
} else {
    print(plan.json)
}

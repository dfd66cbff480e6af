// The tool both SMSSpec plugins run. Problems are printed as `path:line:column: error: message` so SwiftPM and
// Xcode show them against the file.
import Foundation
import SMSSpecCore
import SMSSpecVocabulary

let usage = """
    usage: smsspec-generator --output <dir> [--config <smsspec-config.yaml>] [--] [<spec or directory>...]
           smsspec-generator --plan [--config <smsspec-config.yaml>] [--] [<spec or directory>...]
           smsspec-generator --output <dir> [--config <smsspec-config.yaml>] --spec <spec>
           smsspec-generator --output <dir> [--config <smsspec-config.yaml>] --catalog <claim file>...

    Generates Swift from SMS-gateway specs: the named spec files, the specs of named directories, and those of the
    directory the configuration names under `specs:`.
      --output <dir>    write <spec>.{models,codes,operations,validation,catalog}.swift per spec (and .client.swift,
                        .receiver.swift when the configuration lists those outputs) and smsspec.catalog.swift
      --config <file>   apply a smsspec-config.yaml (accessLevel, imports, namespace, outputs, specs)
      --plan            write nothing; print as JSON the spec files read and the file names written, and the
                        build plugin's commands: one per spec and one for the catalog
      --spec <spec>     write only this spec's files and its claim (<spec>.provider.swift): the plugin's command;
                    the output folder is that spec's own (other generated files there are removed)
      --catalog         write only smsspec.catalog.swift, from the claims the --spec runs wrote, into a folder
                    of its own (other generated files there are removed)
      --help            print this text
      --                every argument after it is a spec or directory, even one starting with '-'

    """

/// A line of the build log: a URL's password in it (a spec's path, a value a message quotes) is `<redacted>`, as
/// `smsspec` prints it.
func report(_ line: String) {
    FileHandle.standardError.write(Data((DisplayText.redactingUserinfo(line) + "\n").utf8))
}

func fail(_ message: String) -> Never {
    report("error: \(message)")
    exit(1)
}

var output: String?
var config: String?
var plansOnly = false
var catalogOnly = false
var spec: String?
var paths: [String] = []
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--help", "-h":
        print(usage, terminator: "")
        exit(0)
    case "--output", "--config", "--spec":
        guard let value = arguments.popFirst(), !value.isEmpty else { fail("\(argument) needs a value\n\(usage)") }
        switch argument {
        case "--output": output = value
        case "--config": config = value
        default: spec = value
        }
    case "--plan": plansOnly = true
    case "--catalog": catalogOnly = true
    case "--":
        paths += arguments
        arguments.removeAll()
    case _ where argument.hasPrefix("-"): fail("unknown option \(argument)\n\(usage)")
    default: paths.append(argument)
    }
}
guard plansOnly || output != nil else { fail("missing --output <dir>\n\(usage)") }

let diagnostics = DiagnosticCollector()

/// The build plugin's runs: one spec, or the catalog from the claims.
func writeUnit(_ files: [GeneratedFile]?, into output: String, diagnostics: DiagnosticCollector) -> Never {
    for diagnostic in diagnostics.sorted {
        report(diagnostic.description)
    }
    guard let files, !diagnostics.hasErrors else { exit(1) }
    do {
        try OutputWriter(directory: URL(filePath: output)).write(files)
    } catch {
        fail("cannot write generated sources to \(output): \(error)")
    }
    exit(0)
}
if let output, spec != nil || catalogOnly {
    guard (spec != nil) != catalogOnly, spec == nil || paths.isEmpty else { fail("use --spec <spec> or --catalog <claim file>..., not both\n\(usage)") }
    let options = config.map { GeneratorOptions.load(file: $0, diagnostics: diagnostics) } ?? GeneratorOptions()
    if let spec {
        writeUnit(BuildUnits.specSources(spec, options: options, diagnostics: diagnostics), into: output, diagnostics: diagnostics)
    }
    writeUnit(
        diagnostics.hasErrors ? nil : BuildUnits.catalogSource(claimFiles: paths, options: options, diagnostics: diagnostics).map { [$0] },
        into: output, diagnostics: diagnostics)
}

let plan = GenerationPlan(config: config, paths: paths, diagnostics: diagnostics)
if !plansOnly && plan.specs.isEmpty && !diagnostics.hasErrors {
    fail("no spec files: name spec files or directories, or a directory under `specs:` in the configuration")
}
let models = plansOnly ? [] : Generator.models(forFiles: plan.specs, options: plan.options, diagnostics: diagnostics)
let printedPlan = plansOnly && !diagnostics.hasErrors ? plan.printedJSON(diagnostics: diagnostics) : nil
for diagnostic in diagnostics.sorted {
    report(diagnostic.description)
}
guard !diagnostics.hasErrors else { exit(1) }

if let output, !plansOnly {
    do {
        try OutputWriter(directory: URL(filePath: output)).write(Generator.swiftSources(for: models, options: plan.options))
    } catch {
        fail("cannot write generated sources to \(output): \(error)")
    }
} else if let printedPlan {
    print(printedPlan)
}

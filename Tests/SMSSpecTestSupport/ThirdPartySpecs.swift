import Foundation
import SMSSpecCore

/// The specs of gateways SMSSpec does not bundle (Tests/ThirdPartySpecs), generated as one target with the catalog
/// output, so a test compiles them and finds each provider in `ThirdPartyCatalog.providers`.
public enum ThirdPartySpecs {
    public static let folder = PackageRoot.url.appending(path: "Tests/ThirdPartySpecs").path(percentEncoded: false)

    /// The specs' models, their Swift sources written into `directory`, and what reading them reported.
    public static func generate(into directory: URL) throws -> (models: [ProviderModel], files: [URL], diagnostics: [String]) {
        let diagnostics = DiagnosticCollector()
        let options = GeneratorOptions.load(
            "namespace: ThirdPartyCatalog\noutputs: [models, codes, operations, validation, catalog]\n", file: "smsspec-config.yaml",
            diagnostics: diagnostics)
        let models = Generator.models(forFiles: SpecDirectory.specPaths(of: [folder], diagnostics: diagnostics), options: options, diagnostics: diagnostics)
        let files = try Generator.swiftSources(for: models, options: options).map { file in
            let url = directory.appending(path: file.name)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        return (models, files, diagnostics.sorted.map(\.description))
    }
}

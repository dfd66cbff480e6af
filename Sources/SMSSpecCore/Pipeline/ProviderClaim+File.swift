import Foundation

/// The claim file each per-spec run writes and the catalog run reads (`<stem>.provider.swift`, comments only).
extension ProviderClaim {
    /// `<stem>.provider.swift`.
    public static func fileName(forSpecStem stem: String) -> String { "\(stem).provider.swift" }

    /// The claim file: the generated header, a sentence, and the claim as one JSON comment line.
    public var file: GeneratedFile {
        let stem = SpecInput(path: idLocation.file, contents: "").stem
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(Wire(self))).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return GeneratedFile(
            name: Self.fileName(forSpecStem: stem),
            contents: GeneratedHeader.swift + "\n"
                + CodePrinter.commentLines("The provider id, namespace and tables of \(stem), read by the run that writes the target's catalog.")
                    .map { "// \($0)\n" }.joined()
                + "// \(Self.jsonPrefix)\(json)\n")
    }

    fileprivate static let jsonPrefix = "claim: "

    /// Reads a claim file; a file that holds no claim is a diagnostic at that file.
    public static func read(_ path: String, diagnostics: DiagnosticCollector) -> ProviderClaim? {
        let line = (try? String(contentsOfFile: path, encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("// \(jsonPrefix)") }
        guard let line, let wire = try? JSONDecoder().decode(Wire.self, from: Data(line.dropFirst(3 + jsonPrefix.count).utf8))
        else {
            diagnostics.error("this file holds no provider claim; rebuild to regenerate it", at: SourceLocation(file: path, line: 1, column: 1))
            return nil
        }
        return wire.claim
    }

    /// The claim as JSON: `{"id", "namespace", "idAt": [file, line, column], "namespaceAt", "tables"}`.
    fileprivate struct Wire: Codable {
        let id: String
        let namespace: String
        let idAt: Location
        let namespaceAt: Location?
        let tables: [String]

        struct Location: Codable {
            let file: String
            let line: Int
            let column: Int

            init(_ location: SourceLocation) {
                (file, line, column) = (location.file, location.line, location.column)
            }

            var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }
        }

        init(_ claim: ProviderClaim) {
            (id, namespace) = (claim.id, claim.namespace)
            idAt = Location(claim.idLocation)
            namespaceAt = claim.namespaceLocation.map(Location.init)
            tables = claim.tables
        }

        var claim: ProviderClaim {
            ProviderClaim(id: id, namespace: namespace, idLocation: idAt.location, namespaceLocation: namespaceAt?.location, tables: tables)
        }
    }
}

import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import SMSSpecVocabulary
import Testing
import Yams

/// A URL's password written into any text of a spec, key or value, never reaches what we generate: the spec is
/// refused (a value generated code holds as it is) or the password is `<redacted>` (prose, examples). The specs are
/// the bundled and third-party ones, each text replaced, prefixed or suffixed with a credential URL written out or
/// percent-encoded. `SMSSPEC_CREDENTIAL_RUNS=n` runs more, `SMSSPEC_CREDENTIAL_SEED=n` others.
@Suite struct SpecCredentialPropertyTests {
    static let environment = ProcessInfo.processInfo.environment
    static let runs = environment["SMSSPEC_CREDENTIAL_RUNS"].flatMap(Int.init) ?? 300
    static let seed = environment["SMSSPEC_CREDENTIAL_SEED"].flatMap(UInt64.init) ?? 0xC2ED

    /// The bundled and third-party specs, read as YAML.
    static func specs() -> [(name: String, root: Node)] {
        let folders = [PackageRoot.url.appending(path: "specs").path(percentEncoded: false), ThirdPartySpecs.folder]
        return folders.flatMap { folder in
            ((try? SpecDirectory.specPaths(in: folder)) ?? []).compactMap { path in
                guard let text = try? String(contentsOfFile: path, encoding: .utf8), let root = try? Yams.compose(yaml: text) else { return nil }
                return ((path as NSString).lastPathComponent, root)
            }
        }
    }

    @Test func aCredentialURLInAnySpecTextNeverReachesGeneratedCode() throws {
        let specs = Self.specs()
        #expect(specs.count > 10)
        let options = GeneratorOptions(outputs: Set(GeneratorOptions.Output.allCases))
        var random = SeededRandom(seed: Self.seed)
        var generated = 0
        for run in 0..<Self.runs {
            let spec = random.pick(specs)
            let password = "pw\(run)Xq"
            let user = random.pick(["shop", "u", "", "u\u{1}x", "u\u{202E}x"])
            let url = random.pick([
                "https://\(user):\(password)@hooks.example/dlr", "https%3A%2F%2F\(user)%3A\(password)%40hooks.example",
                "https%253A%252F%252F\(user)%253A\(password)%2540hooks.example", "ftp://\(password)@files.example",
            ])
            var target = random.count(0...(Self.scalarCount(spec.root) - 1))
            let place = random.count(0...2)
            var changed = ""
            let mutated = Self.replacingScalar(spec.root, &target) { text in
                changed = [url, text + " " + url, url + text][place]
                return changed
            }
            let yaml = try Yams.serialize(node: mutated)
            let diagnostics = DiagnosticCollector()
            let models = Generator.models(for: [SpecInput(path: spec.name, contents: yaml)], options: options, diagnostics: diagnostics)
            for diagnostic in diagnostics.sorted {
                #expect(!DisplayText.redactingUserinfo(diagnostic.description).contains(password), "\(diagnostic)")
            }
            guard !diagnostics.hasErrors else { continue }
            generated += 1
            for file in Artifacts.all(for: models, options: options).flatMap(\.files) where file.contents.contains(password) {
                Issue.record("run \(run), \(spec.name): '\(changed)' put the password in \(file.name)")
            }
        }
        // Prose takes a password (redacted): some mutated specs generate.
        #expect(generated > 0)
    }

    /// The documents' prose (a summary, a title, a source's URL, a section, a decision, a cause) holding a URL or a
    /// sentence with a credential's query pair — named as the spec's secret field, auth field or auth header, in any
    /// case, percent-encoded or bracketed — never reaches what we generate: the value is `<redacted>`.
    @Test func aCredentialQueryInAnySpecsProseNeverReachesGeneratedCode() throws {
        let specs = Self.specs().compactMap { spec -> (name: String, root: Node, credentials: [String])? in
            guard let yaml = try? Yams.serialize(node: spec.root),
                let parsed = SpecParser(file: spec.name, diagnostics: DiagnosticCollector()).parse(yaml)
            else { return nil }
            let auth = parsed.authentication
            let credentials = parsed.shapes.flatMap { $0.fields.filter(\.secret).map(\.wireName.value) }
                + (auth?.kind == .fields ? auth?.fields.map(\.value) ?? [] : []) + (auth?.credentialHeaders ?? [])
            return credentials.isEmpty ? nil : (spec.name, spec.root, credentials)
        }
        #expect(specs.count > 10)
        let prose: Set<String> = ["summary", "title", "url", "section", "issue", "decision", "cause", "explanation"]
        let options = GeneratorOptions(outputs: Set(GeneratorOptions.Output.allCases))
        var random = SeededRandom(seed: Self.seed)
        var generated = 0
        for run in 0..<Self.runs {
            let spec = random.pick(specs)
            let secret = "sq\(run)Zk"
            let credential = random.pick(spec.credentials)
            let name = random.pick([
                credential, credential.uppercased(), "data[\(credential)]",
                credential.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? credential,
            ])
            let query = random.pick([
                "https://api.example/send?\(name)=\(secret)&to=1", "(GET /send?to=1&\(name)=\(secret).)", "\(name)=\(secret);x=1",
            ])
            var target = random.count(0...max(0, Self.scalarCount(spec.root, under: prose) - 1))
            let place = random.count(0...2)
            var changed = ""
            let mutated = Self.replacingScalar(spec.root, under: prose, &target) { text in
                changed = [query, text + " " + query, query + " " + text][place]
                return changed
            }
            let diagnostics = DiagnosticCollector()
            let models = Generator.models(
                for: [SpecInput(path: spec.name, contents: try Yams.serialize(node: mutated))], options: options, diagnostics: diagnostics)
            guard !diagnostics.hasErrors else { continue }
            generated += 1
            for file in Artifacts.all(for: models, options: options).flatMap(\.files) where file.contents.contains(secret) {
                Issue.record("run \(run), \(spec.name): '\(changed)' put the credential in \(file.name)")
            }
        }
        #expect(generated > Self.runs / 2)
    }

    /// How many scalars `scalarCount` counts, or, `under` keys, how many values of those keys are scalars.
    static func scalarCount(_ node: Node, under keys: Set<String>) -> Int {
        switch node {
        case .mapping(let mapping):
            mapping.reduce(0) { count, pair in
                count + (pair.value.scalar != nil && pair.key.scalar.map { keys.contains($0.string) } == true ? 1 : scalarCount(pair.value, under: keys))
            }
        case .sequence(let sequence): sequence.reduce(0) { $0 + scalarCount($1, under: keys) }
        default: 0
        }
    }

    /// `node` with the `index`-th scalar value of a key in `keys` changed by `change`.
    static func replacingScalar(_ node: Node, under keys: Set<String>, _ index: inout Int, _ change: (String) -> String) -> Node {
        switch node {
        case .mapping(let mapping):
            return .mapping(Node.Mapping(mapping.map { pair in
                guard let scalar = pair.value.scalar, pair.key.scalar.map({ keys.contains($0.string) }) == true else {
                    return (pair.key, replacingScalar(pair.value, under: keys, &index, change))
                }
                defer { index -= 1 }
                return (pair.key, index == 0 ? Node(change(scalar.string)) : pair.value)
            }))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map { replacingScalar($0, under: keys, &index, change) }))
        default:
            return node
        }
    }

    static func scalarCount(_ node: Node) -> Int {
        switch node {
        case .scalar: 1
        case .mapping(let mapping): mapping.reduce(0) { $0 + scalarCount($1.key) + scalarCount($1.value) }
        case .sequence(let sequence): sequence.reduce(0) { $0 + scalarCount($1) }
        default: 0
        }
    }

    /// `node` with its `index`-th scalar (keys and values in document order) changed by `change`.
    static func replacingScalar(_ node: Node, _ index: inout Int, _ change: (String) -> String) -> Node {
        switch node {
        case .scalar(let scalar):
            defer { index -= 1 }
            return index == 0 ? Node(change(scalar.string)) : node
        case .mapping(let mapping):
            return .mapping(Node.Mapping(mapping.map { (replacingScalar($0.key, &index, change), replacingScalar($0.value, &index, change)) }))
        case .sequence(let sequence):
            return .sequence(Node.Sequence(sequence.map { replacingScalar($0, &index, change) }))
        default:
            return node
        }
    }
}

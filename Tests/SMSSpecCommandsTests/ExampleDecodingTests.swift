import Foundation
import SMSProviderCatalog
import SMSSpecCore
import SMSSpecRuntime
import Testing

@testable import SMSSpecCommands

/// `smsspec lint` decodes a spec's examples from its model, without compiling: it must agree with the generated
/// types. Every example of the bundled specs, and thousands of payloads made from them (a field removed, or given
/// another kind of value), are decoded both ways: both accept, or both refuse with the same words.
@Suite struct ExampleDecodingTests {
    nonisolated(unsafe) static let models: [ProviderModel] = {  // Read only, once built.
        let diagnostics = DiagnosticCollector()
        let files = SpecDirectory.specPaths(of: [Repository.root.appending(path: "specs").path(percentEncoded: false)], diagnostics: diagnostics)
        return Generator.models(forFiles: files, options: nil, diagnostics: diagnostics)
    }()

    /// The generated type's verdict and the model's: nil when the payload decodes, else the error as lint words it.
    private func verdicts(_ payload: String, _ example: ExampleSpec, _ model: ProviderModel) throws -> (generated: String?, model: String?) {
        let catalog = try #require(SMSSpecCatalog.providers.first { $0.provider.id == model.id })
        let descriptor = try #require(catalog.message(named: example.message.value))
        let message = try #require(ModelReader.Message(named: example.message.value, in: model))
        let format = try #require(PayloadEncoding(rawValue: example.format.rawValue))
        func verdict(_ decode: () throws -> Void) -> String? {
            do { try decode(); return nil } catch { return DecodingErrorDescription.describe(error) }
        }
        return (verdict { _ = try descriptor.decode(Data(payload.utf8), as: format) },
                verdict { try ModelReader(model).decode(message, from: payload, as: example.format) })
    }

    @Test func theBundledExamplesDecodeAndTheirVerbatimTextsDoNot() throws {
        #expect(Self.models.count == 5)
        for model in Self.models {
            let diagnostics = DiagnosticCollector()
            ExampleDecoding.check(model, diagnostics: diagnostics)
            #expect(diagnostics.sorted.map(\.description) == [], "\(model.id)")
            #expect(!model.examples.isEmpty, "\(model.id)")
        }
    }

    @Test func theModelDecodesAsTheGeneratedTypesDo() throws {
        var compared = 0, refused = 0
        for model in Self.models {
            for example in model.examples {
                for payload in [example.payload] + (example.verbatim.map { [$0] } ?? []) + Self.mutations(of: example) {
                    let (generated, interpreted) = try verdicts(payload, example, model)
                    #expect(generated == interpreted, "\(model.id) \(example.name.value): \(payload)")
                    compared += 1
                    if generated != nil { refused += 1 }
                }
            }
        }
        // Enough payloads, of both verdicts, for the comparison to mean something.
        #expect(compared > 1_000 && refused > 200 && compared - refused > 200, "\(compared) compared, \(refused) refused")
    }

    @Test func lintNamesTheExampleAndWhy() async throws {
        let spec = """
            smsspec: 1
            provider: {id: acme, name: Acme}
            shapes:
              Receipt:
                fields:
                  id: string
                  state: {type: State, required: false}
                  parts: {type: '[Part]', required: false}
              Part:
                fields:
                  n: int
            enums:
              State: {values: {ok: Fine.}}
            examples:
              - {name: fine, message: Receipt, payload: '{"id": "1", "state": "later", "parts": [{"n": 1}]}'}
              - {name: no-id, message: Receipt, payload: '{"state": "ok"}'}
              - {name: bad-part, message: Receipt, payload: '{"id": "1", "parts": [{"n": 1}, {"n": "2"}]}'}
              - {name: kept, message: Receipt, payload: '{"id": "1"}', verbatim: '{"id": "2"}'}
              - {name: query, message: Receipt, format: query, payload: 'id=1&parts=2'}
            """
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("acme.yaml", spec)
        let run = await CLI.run(["lint", file], exitsWith: .failure)
        #expect(run.errors == """
            \(file):16:5: error: payload of example 'no-id' does not decode as Receipt: at `id`: the required field is missing
            \(file):17:5: error: payload of example 'bad-part' does not decode as Receipt: at `parts[1].n`: expected Int; Expected to decode Int but found a string instead.
            \(file):18:5: error: the verbatim text of example 'kept' decodes as Receipt; 'verbatim' keeps a document's broken text only
            \(file):19:5: error: payload of example 'query' does not decode as Receipt: at `parts`: expected Dictionary<String, Any>; Form fields cannot nest.

            """)
    }

    /// The example with one thing changed: a field removed, or its value (or a list element) replaced by another
    /// kind of value; for a form or query, a field removed, emptied, repeated or given other text.
    static func mutations(of example: ExampleSpec) -> [String] {
        if example.format != .json {
            let pairs = example.payload.split(separator: "&", omittingEmptySubsequences: false).map(String.init)
            var payloads: [String] = []
            for (index, pair) in pairs.enumerated() {
                let name = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? pair
                payloads.append((pairs[..<index] + pairs[(index + 1)...]).joined(separator: "&"))
                payloads.append((pairs + [pair]).joined(separator: "&"))
                for value in ["", "x", "7", "-1", "1.5", "true", "%FF", "1e400"] {
                    var changed = pairs
                    changed[index] = "\(name)=\(value)"
                    payloads.append(changed.joined(separator: "&"))
                }
            }
            return payloads
        }
        guard let root = try? JSONSerialization.jsonObject(with: Data(example.payload.utf8), options: [.fragmentsAllowed]) else { return [] }
        let replacements: [Any] = [NSNull(), "x", "7", 7, -1.5, true, [Any](), [String: Any](), ["x"], ["a": 1]]
        return variants(of: root, replacements: replacements).compactMap { value in
            (try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys])).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Every value made from `value` by removing one key or replacing one value at any depth.
    private static func variants(of value: Any, replacements: [Any]) -> [Any] {
        var result: [Any] = []
        if let object = value as? [String: Any] {
            for (key, field) in object.sorted(by: { $0.key < $1.key }) {
                var removed = object
                removed[key] = nil
                result.append(removed)
                for changed in replacements + variants(of: field, replacements: replacements) {
                    var replaced = object
                    replaced[key] = changed
                    result.append(replaced)
                }
            }
        } else if let list = value as? [Any] {
            for (index, element) in list.enumerated() {
                for changed in replacements + variants(of: element, replacements: replacements) {
                    var replaced = list
                    replaced[index] = changed
                    result.append(replaced)
                }
            }
        }
        return result
    }
}

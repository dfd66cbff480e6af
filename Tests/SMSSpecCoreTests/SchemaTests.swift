import Foundation
import SMSSpecCore
import Testing

/// docs/smsspec.schema.json, which editors use to complete and check specs, names exactly the keys the loader accepts.
@Suite struct SchemaTests {
    struct Schema: Decodable {
        struct Definition: Decodable {
            let properties: [String: JSONAny]
        }
        let properties: [String: JSONAny]
        let defs: [String: Definition]
        enum CodingKeys: String, CodingKey {
            case properties
            case defs = "$defs"
        }
    }

    /// Any JSON value; only the keys around it matter here.
    struct JSONAny: Decodable {
        init(from decoder: any Decoder) throws {}
    }

    @Test func everyLoaderKeyIsInTheSchemaAndViceVersa() throws {
        let data = try Data(contentsOf: Repository.root.appending(path: "docs/smsspec.schema.json"))
        let schema = try JSONDecoder().decode(Schema.self, from: data)
        #expect(Set(schema.properties.keys) == Set(SpecKeys.document))
        for (element, keys) in SpecKeys.all {
            let definition = try #require(schema.defs[element], "the schema has no definition '\(element)'")
            #expect(Set(definition.properties.keys).subtracting(keys).sorted() == [], "\(element): in the schema, not accepted by the loader")
            #expect(Set(keys).subtracting(definition.properties.keys).sorted() == [], "\(element): accepted by the loader, missing in the schema")
        }
        #expect(Set(schema.defs.keys) == Set(SpecKeys.all.map(\.element)))
    }

    /// Every method and encoding the schema offers a callback, lint accepts, and one it does not offer, lint refuses:
    /// an editor completes no value lint then reports (the schema offered `encoding: none`).
    @Test func aCallbacksMethodsAndEncodingsAreThoseLintTakes() throws {
        let data = try Data(contentsOf: Repository.root.appending(path: "docs/smsspec.schema.json"))
        let defs = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["$defs"] as? [String: Any])
        let properties = try #require((defs["callback"] as? [String: Any])?["properties"] as? [String: Any])
        // One encoding, or a list of the body encodings told apart by Content-Type.
        let encodingForms = try #require((properties["encoding"] as? [String: Any])?["oneOf"] as? [[String: Any]])
        let encodings = try #require(encodingForms.first?["enum"] as? [String])
        let listed = try #require((encodingForms.last?["items"] as? [String: Any])?["enum"] as? [String])
        let methods = try #require(((properties["method"] as? [String: Any])?["oneOf"] as? [[String: Any]])?.first?["enum"] as? [String])
        func problems(_ method: String, _ encoding: String) -> [String] {
            Snippet.diagnostics("callbacks:\n  Hook: {method: \(method), encoding: \(encoding), shape: Hook}\nshapes:\n  Hook: {fields: {id: string}}\n")
                .filter { $0.contains("'method'") || $0.contains("'encoding'") }
        }
        for encoding in encodings { #expect(problems("POST", encoding) == [], "encoding: \(encoding)") }
        #expect(problems("POST", "[\(listed.joined(separator: ", "))]") == [], "encoding: \(listed)")
        #expect(listed.sorted() == ["form", "json"])
        #expect(Snippet.diagnostics("callbacks:\n  Hook: {encoding: [json, query], shape: Hook}\nshapes:\n  Hook: {fields: {id: string}}\n").count == 1)
        for method in methods { #expect(problems("[\(method)]", "query") == [], "method: \(method)") }
        for (method, encoding) in [("POST", "none"), ("POST", "text"), ("DELETE", "query")] {
            let offered = encodings.contains(encoding) && methods.contains(method)
            #expect(problems(method, encoding).isEmpty == offered, "\(method) \(encoding)")
        }
    }

    /// An editor flags a pattern lint would refuse for its length (`SpecLimits.maximumPatternLength`).
    @Test func patternsAreAsLongAsLintTakes() throws {
        let data = try Data(contentsOf: Repository.root.appending(path: "docs/smsspec.schema.json"))
        let defs = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["$defs"] as? [String: Any])
        for (element, key) in [("constraints", "pattern"), ("phoneCountry", "mobile")] {
            let property = ((defs[element] as? [String: Any])?["properties"] as? [String: Any])?[key] as? [String: Any]
            #expect(property?["maxLength"] as? Int == SpecLimits.maximumPatternLength, "\(element).\(key)")
        }
    }

    @Test func everyBundledSpecDeclaresTheSchema() throws {
        for path in try SpecDirectory.specPaths(in: Repository.specs) {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema=../docs/smsspec.schema.json"), "\(path)")
        }
    }
}

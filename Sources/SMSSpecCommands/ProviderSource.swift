import ArgumentParser
import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSProviderCatalog
import SMSSpecCore

/// A provider as `decode`, `lookup`, `registry` and `segments` see it: a bundled one (its generated code is compiled in), or a
/// spec file of one's own, whose messages are read by the spec's model (`ModelReader`) as its generated types read
/// them, and written as they write them.
struct ProviderSource {
    let id: String
    let name: String
    let messages: [MessageDescriptor]
    let tables: [StatusTable]
    /// The spec's decisions on its tables and codes.
    let decisions: [TableDecision]
    /// The spec's summary of each table that has one, by table id.
    let tableSummaries: [String: String]
    let segmentCapacities: SegmentCapacities
    /// The wire names of fields holding credentials, looked for in a payload that does not decode (`PrintedSecrets`):
    /// a bundled provider's credential request fields, a spec's secret fields.
    let credentialFields: Set<String>
    /// The charset its forms and queries are written in (the spec's `charset`): what `decode` reads one in by default.
    let formCharset: FormCharset

    init(_ catalog: ProviderCatalog) {
        (id, name, messages, tables, decisions) = (catalog.provider.id, catalog.provider.name, catalog.messages, catalog.tables, catalog.decisions)
        tableSummaries = catalog.tableSummaries
        segmentCapacities = catalog.provider.segmentCapacities
        credentialFields = Self.credentialFields(of: catalog.provider.authentication)
        formCharset = catalog.provider.formCharset
    }

    static func credentialFields(of authentication: Authentication) -> Set<String> {
        guard case .requestFields(let names) = authentication else { return [] }
        return Set(names)
    }

    /// Whether a provider argument names a spec file rather than a bundled provider: `.yaml` or `.yml` in any case
    /// (`BIND.YAML`, as `lint` reads it).
    static func isSpecFile(_ argument: String) -> Bool {
        let name = argument.lowercased()
        return name.hasSuffix(".yaml") || name.hasSuffix(".yml")
    }

    /// Whether an argument names a folder of specs: an existing directory that is no bundled provider's id (`./bind`
    /// is a folder; `bind` stays the provider though a folder `bind` is in the working directory).
    static func isSpecFolder(_ argument: String) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else { return false }
        return argument.contains("/") || SMSSpecCatalog.provider(argument) == nil
    }

    /// Every spec of a folder as `generate` reads it (its configuration and its `specs:` folder included), in the
    /// order of their ids; the specs' problems are printed as `lint` prints them, and stop the command.
    static func all(inFolder path: String) throws -> [ProviderSource] {
        guard let target = SpecLoading.generatableTarget(path) else { throw ExitCode.failure }
        return target.models.sorted { $0.id < $1.id }.map(ProviderSource.init)
    }

    /// A bundled provider by id, or a spec file; a spec's problems are printed as `lint` prints them, and stop the
    /// command. A directory is refused: it may hold several specs, and these commands read one provider.
    static func named(_ argument: String) throws -> ProviderSource {
        guard isSpecFile(argument) else { return ProviderSource(try Lookup.provider(argument)) }
        return ProviderSource(try model(ofSpecFile: argument))
    }

    /// The model of one spec file; its problems are printed as `lint` prints them, and stop the command.
    static func model(ofSpecFile path: String) throws -> ProviderModel {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { throw InputError("\(Lookup.shown(path)) is a directory: give one spec file.") }
        // What lint refuses (an example that does not decode) stops the command, as generate refuses to write it.
        guard let model = SpecLoading.generatableModels([path])?.first else { throw ExitCode.failure }
        return model
    }

    init(_ model: ProviderModel) {
        let reader = ModelReader(model)
        id = model.id
        name = model.spec.name
        tables = model.tables.map(\.resolved)
        decisions = model.tableDecisions
        tableSummaries = model.tableSummaries
        segmentCapacities = model.segmentCapacities.map {
            SegmentCapacities(gsm7Single: $0.gsm7Single, gsm7Concatenated: $0.gsm7Concatenated, ucs2Single: $0.ucs2Single, ucs2Concatenated: $0.ucs2Concatenated)
        } ?? .standard
        credentialFields = Set(model.shapes.flatMap { $0.fields.filter(\.spec.secret).map(\.spec.wireName.value) })
        formCharset = model.spec.charset
        messages = model.messages.compactMap { message -> MessageDescriptor? in
            guard reader.message(named: message.name) != nil else { return nil }
            let name = message.name
            return MessageDescriptor(
                name: message.name, kind: MessageKind(rawValue: message.kind) ?? .shape, summary: message.summary,
                wire: PayloadEncoding(rawValue: message.wire.rawValue) ?? .json, methods: message.methods,
                otherEncodings: message.otherEncodings.compactMap { PayloadEncoding(rawValue: $0.rawValue) }
            ) { data, format, charset in
                try ModelReader.onLargeStack {
                    guard let read = reader.message(named: name) else {
                        throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "No message \(name)."))
                    }
                    return try reader.decode(read, from: data, as: EncodingKind(rawValue: format.rawValue) ?? .json, charset: charset)
                }
            }
        }
    }
}

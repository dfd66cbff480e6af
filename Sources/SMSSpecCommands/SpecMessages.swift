import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSSpecCore

/// The messages of a spec file, each read by the spec's model (`ModelReader`) as its generated type reads it, and
/// written as that type writes it: what `decode` works with when it is given a spec instead of a bundled provider.
struct SpecMessages {
    let providerID: String
    let providerName: String
    let messages: [MessageDescriptor]

    /// Whether a provider argument names a spec file rather than a bundled provider.
    static func names(_ argument: String) -> Bool {
        argument.hasSuffix(".yaml") || argument.hasSuffix(".yml")
    }

    /// The spec's messages, or nil after printing its problems (`path:line:column: error:`), as `lint` would.
    static func load(_ path: String) -> SpecMessages? {
        guard let model = SpecLoading.models([path])?.first else { return nil }
        let reader = ModelReader(model)
        let messages = model.messages.compactMap { message -> MessageDescriptor? in
            guard reader.message(named: message.name) != nil else { return nil }
            let name = message.name
            return MessageDescriptor(
                name: message.name, kind: MessageKind(rawValue: message.kind) ?? .shape, summary: message.summary,
                wire: PayloadEncoding(rawValue: message.wire.rawValue) ?? .json
            ) { data, format, charset in
                try ModelReader.onLargeStack {
                    guard let read = reader.message(named: name) else { throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "No message \(name).")) }
                    return try reader.decode(read, from: data, as: EncodingKind(rawValue: format.rawValue) ?? .json, charset: charset)
                }
            }
        }
        return SpecMessages(providerID: model.id, providerName: model.spec.name, messages: messages)
    }
}

// The messages the harnesses fuzz, taken from the generated catalog: a new spec's messages are fuzzed without
// touching the harnesses.
import Foundation
import FuzzProviders
import SMSSpecRuntime

public struct FuzzedMessage: Sendable {
    public let provider: String
    public let descriptor: MessageDescriptor
}

public enum FuzzCatalog {
    /// Every message of every bundled provider, in catalog order.
    public static let messages: [FuzzedMessage] = SMSSpecCatalog.providers.flatMap { catalog in
        catalog.messages.map { FuzzedMessage(provider: catalog.provider.id, descriptor: $0) }
    }

    /// The messages a client builds and checks with `validate()` before sending.
    public static let requests: [FuzzedMessage] = messages.filter { $0.descriptor.kind == .request }

    /// The documents' payloads as the generated catalogs carry them (corrected where the document is broken).
    public static let examples: [(provider: String, example: ExamplePayload)] = SMSSpecCatalog.providers.flatMap { catalog in
        catalog.examples.map { (catalog.provider.id, $0) }
    }

    /// The segment capacities of every provider, and the standard ones.
    public static let capacities: [SegmentCapacities] =
        [.standard] + SMSSpecCatalog.providers.map(\.provider.segmentCapacities).filter { $0 != .standard }
}

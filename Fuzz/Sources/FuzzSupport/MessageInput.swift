import Foundation
import SMSSpecRuntime

/// How a message harness reads its input: byte 1's two low bits pick the wire format (0: the message's own, 1: JSON,
/// 2: form, 3: query); byte 0 and byte 1's six high bits pick the message (byte 0 + 256 × (byte 1 >> 2), modulo the
/// number of messages: the catalogs hold more than 256); the rest is the payload. An input saved when byte 0 alone
/// picked among the bundled messages (the first ones) picks the same message while byte 0 is below their count.
public struct MessageInput {
    public let message: FuzzedMessage
    public let format: PayloadEncoding?
    public let payload: Data

    static let formats: [PayloadEncoding?] = [nil, .json, .form, .query]

    public init?(_ bytes: UnsafeBufferPointer<UInt8>, among messages: [FuzzedMessage]) {
        guard bytes.count >= 2, !messages.isEmpty else { return nil }
        message = messages[(Int(bytes[0]) + 256 * Int(bytes[1] >> 2)) % messages.count]
        format = Self.formats[Int(bytes[1] & 3)]
        payload = Data(bytes[2...])
    }

    /// The input that decodes `payload` as the `index`th of `messages`, in its own wire format.
    public static func encode(index: Int, payload: Data) -> [UInt8] {
        [UInt8(index % 256), UInt8(index / 256 % 64) << 2] + Array(payload)
    }

    /// Seeds: every catalog example for its message, and every document payload for every message of its provider
    /// (documents/<provider>/*.json|*.query|*.txt, from SMSSPEC_FUZZ_DOCUMENTS).
    public static func seeds(among messages: [FuzzedMessage]) -> [[UInt8]] {
        var seeds: [[UInt8]] = []
        for (index, message) in messages.enumerated() {
            for (provider, example) in FuzzCatalog.examples where provider == message.provider {
                guard example.message == message.descriptor.name else { continue }
                seeds.append(encode(index: index, payload: Data(example.payload.utf8)))
                // With a number Foundation's integer read would round, so that the payload is read through
                // `IntegerAuditingDecoder` from the first input on (the fuzzer then moves the number about).
                let members = example.payload.drop { $0.isWhitespace }
                if members.hasPrefix("{") {
                    let rest = members.dropFirst().drop { $0.isWhitespace }
                    let payload = "{\"r\": 27.0000000000000001" + (rest.hasPrefix("}") ? "" : ", ") + rest
                    seeds.append(encode(index: index, payload: Data(payload.utf8)))
                }
                if let verbatim = example.verbatim { seeds.append(encode(index: index, payload: Data(verbatim.utf8))) }
            }
            // The documents hold few requests: an empty object or body lets the fuzzer build one from the dictionary.
            seeds.append(encode(index: index, payload: Data((message.descriptor.wire == .json ? "{}" : "").utf8)))
            for document in FuzzSeeds.documents(of: message.provider) {
                seeds.append(encode(index: index, payload: document))
            }
        }
        return seeds
    }
}

/// Decodes an input's payload and uses the value the way the CLI and a server would: validate, print, re-encode.
public func exercise(_ input: MessageInput) {
    guard let value = try? input.message.descriptor.decode(input.payload, as: input.format) else { return }
    if let message = value as? any ValidatableMessage {
        for violation in message.validate() { _ = violation.description }
    }
    _ = String(describing: value)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    _ = try? encoder.encode(value)
}

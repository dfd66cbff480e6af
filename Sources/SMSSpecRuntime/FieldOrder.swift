/// The order a value's `encode(to:)` writes its top-level keys in: a generated shape's is the spec's wire order.
/// `FormEncoder` writes a form or query in it (legacy gateways read parameters by position, or sign them in order);
/// a JSON object, whose members have no order, is written sorted. Nothing below the top level is encoded.
enum FieldOrder {
    /// The keys `value` writes, each once, in the order written; empty when it writes no keyed container.
    static func of(_ value: some Encodable) -> [String] {
        let recorder = Recorder()
        try? value.encode(to: recorder)
        return recorder.keys
    }

    private final class Recorder: Encoder {
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        private(set) var keys: [String] = []
        private var seen: Set<String> = []

        func record(_ key: String) { if seen.insert(key).inserted { keys.append(key) } }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            KeyedEncodingContainer(Keys<Key>(recorder: self))
        }
        func unkeyedContainer() -> any UnkeyedEncodingContainer { Ignored() }
        func singleValueContainer() -> any SingleValueEncodingContainer { Ignored() }
    }

    /// Records each key written; its value is not encoded.
    private struct Keys<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let recorder: Recorder
        var codingPath: [any CodingKey] { [] }
        mutating func encodeNil(forKey key: Key) throws { recorder.record(key.stringValue) }
        mutating func encode(_ value: some Encodable, forKey key: Key) throws { recorder.record(key.stringValue) }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            recorder.record(key.stringValue)
            return KeyedEncodingContainer(Keys<NestedKey>(recorder: Recorder()))
        }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            recorder.record(key.stringValue)
            return Ignored()
        }
        mutating func superEncoder() -> any Encoder { Recorder() }
        mutating func superEncoder(forKey key: Key) -> any Encoder {
            recorder.record(key.stringValue)
            return Recorder()
        }
    }

    /// A container whose values are not encoded: what a top-level list or scalar writes has no key.
    private struct Ignored: UnkeyedEncodingContainer, SingleValueEncodingContainer {
        var codingPath: [any CodingKey] { [] }
        var count: Int { 0 }
        mutating func encodeNil() throws {}
        mutating func encode(_ value: some Encodable) throws {}
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            KeyedEncodingContainer(Keys<NestedKey>(recorder: Recorder()))
        }
        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { Ignored() }
        mutating func superEncoder() -> any Encoder { Recorder() }
    }
}

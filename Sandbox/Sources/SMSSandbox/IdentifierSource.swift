import Foundation

/// Fresh ids for answers and callbacks: deterministic for a seed, shaped like the example they replace.
public final class IdentifierSource: @unchecked Sendable {  // State guarded by `lock`.
    private var state: UInt64
    private let lock = NSLock()

    /// With a seed, every run of the same requests gives the same ids; without one, ids differ per run.
    public init(seed: UInt64? = nil) {
        state = seed ?? UInt64.random(in: .min ... .max)
    }

    /// SplitMix64.
    private func next() -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A positive integer id (the sandbox's integer ids stay below 10⁹, within every `Int` field).
    public func number() -> Int64 { Int64(next() % 900_000_000) + 100_000_000 }

    /// A text id in the style of `example`: a UUID, digits or hex of the same length (8 at least, so ids do not
    /// collide), hex after the example's prefix of capitals (Twilio's `SM` and 32 hex digits: it was a UUID, which a
    /// request field's pattern, `^CH[0-9a-f]{32}$`, refuses when sent back); a UUID by default.
    public func text(like example: String?) -> String {
        let example = example ?? ""
        if let prefixLength = (1...4).first(where: { length in
            example.count >= length + 8 && example.prefix(length).allSatisfy { $0.isUppercase && $0.isLetter }
                && !example.dropFirst(length).allSatisfy(\.isUppercase) && example.dropFirst(length).allSatisfy(\.isHexDigit)
                && !example.prefix(length).allSatisfy(\.isHexDigit)
        }) {
            return String(example.prefix(prefixLength)) + text(like: String(example.dropFirst(prefixLength)))
        }
        let length = max(example.count, 8)
        if !example.isEmpty, example.count <= 40, example.allSatisfy(\.isNumber) {
            return String((0..<length).map { index in
                Character(String(index == 0 ? 1 + next() % 9 : next() % 10))
            })
        }
        let isUUID = example.count == 36 && example.filter { $0 == "-" }.count == 4
        if !example.isEmpty, !isUUID, example.count <= 40, example.allSatisfy(\.isHexDigit) {
            let digits = Array(example.contains(where: \.isLowercase) ? "0123456789abcdef" : "0123456789ABCDEF")
            return String((0..<length).map { _ in digits[Int(next() % 16)] })
        }
        let bytes = (0..<16).map { _ in UInt8(truncatingIfNeeded: next()) }
        var uuid = bytes
        uuid[6] = (uuid[6] & 0x0F) | 0x40
        uuid[8] = (uuid[8] & 0x3F) | 0x80
        let text = UUID(uuid: (uuid[0], uuid[1], uuid[2], uuid[3], uuid[4], uuid[5], uuid[6], uuid[7], uuid[8], uuid[9], uuid[10], uuid[11], uuid[12], uuid[13], uuid[14], uuid[15])).uuidString
        return example.contains(where: \.isUppercase) ? text : text.lowercased()
    }
}

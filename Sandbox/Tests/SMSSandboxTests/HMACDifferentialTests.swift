import Crypto
import Foundation
import SMSSpecRuntime
import Testing

/// The runtime's own HMACs (written out so apps resolve no crypto package) against swift-crypto's, on random keys
/// and messages of every length around the block sizes.
@Suite struct HMACDifferentialTests {
    static func expected(_ hash: SecureHash, key: [UInt8], message: [UInt8]) -> [UInt8] {
        let key = SymmetricKey(data: key)
        switch hash {
        case .sha1: return Array(Crypto.HMAC<Insecure.SHA1>.authenticationCode(for: message, using: key))
        case .sha256: return Array(Crypto.HMAC<SHA256>.authenticationCode(for: message, using: key))
        case .sha512: return Array(Crypto.HMAC<SHA512>.authenticationCode(for: message, using: key))
        case .md5: return Array(Crypto.HMAC<Insecure.MD5>.authenticationCode(for: message, using: key))
        }
    }

    @Test(arguments: SecureHash.allCases)
    func agreesWithSwiftCrypto(_ hash: SecureHash) {
        var generator = SystemRandomNumberGenerator()
        for length in Array(0...300) + [1_000, 4_096, 65_537] {
            let key = (0..<Int.random(in: 0...200, using: &generator)).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let message = (0..<length).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            let ours = SMSSpecRuntime.HMAC.code(hash, key: key, message: message)
            #expect(ours == Self.expected(hash, key: key, message: message), "\(hash) key \(key.count) bytes, message \(length) bytes")
        }
    }
}

/// SHA-1, SHA-256 and SHA-512 (FIPS 180-4), and MD5 (RFC 1321), written out so that verifying a callback's signature
/// needs no crypto package: apps depending on SMSSpecRuntime resolve nothing more. For the HMACs of callback
/// signatures (`HMAC`) and the body digests some providers sign (seven.io's MD5); checked against FIPS 180's and
/// RFC 1321's examples and, in the sandbox's tests, against swift-crypto.
public enum SecureHash: String, CaseIterable, Sendable {
    case sha1, sha256, sha512
    /// Only as a digest a provider signs: MD5 is broken for anything a forger chooses, but the HMAC over it is not.
    case md5

    /// The digest length in bytes.
    public var digestBytes: Int {
        switch self {
        case .sha1: 20
        case .sha256: 32
        case .sha512: 64
        case .md5: 16
        }
    }

    /// The block length in bytes (what HMAC pads its key to).
    public var blockBytes: Int { self == .sha512 ? 128 : 64 }

    public func digest(_ message: [UInt8]) -> [UInt8] {
        switch self {
        case .sha1: SHA1.digest(message)
        case .sha256: SHA256.digest(message)
        case .sha512: SHA512.digest(message)
        case .md5: MD5.digest(message)
        }
    }

    /// The message padded as FIPS 180-4 §5.1 says: a 1 bit, zeros, then its length in bits in `lengthBytes` bytes,
    /// big-endian, to a multiple of `block` bytes; MD5 (RFC 1321 §3.2) writes the length little-endian.
    static func padded(_ message: [UInt8], block: Int, lengthBytes: Int, littleEndian: Bool = false) -> [UInt8] {
        var bytes = message
        bytes.append(0x80)
        while (bytes.count + lengthBytes) % block != 0 { bytes.append(0) }
        let bits = UInt64(message.count) &* 8
        let length = stride(from: 56, through: 0, by: -8).map { UInt8(truncatingIfNeeded: bits >> UInt64($0)) }
        if littleEndian {
            bytes += length.reversed() + [UInt8](repeating: 0, count: lengthBytes - 8)
        } else {
            bytes += [UInt8](repeating: 0, count: lengthBytes - 8) + length
        }
        return bytes
    }

    /// Big-endian words of `bytes`, `Word.bitWidth / 8` bytes each.
    static func words<Word: FixedWidthInteger & UnsignedInteger>(_ bytes: ArraySlice<UInt8>, as: Word.Type) -> [Word] {
        let size = Word.bitWidth / 8
        return stride(from: bytes.startIndex, to: bytes.endIndex, by: size).map { start in
            bytes[start..<start + size].reduce(Word(0)) { $0 << 8 | Word($1) }
        }
    }

    /// The words of a state, big-endian, as the digest.
    static func bytes<Word: FixedWidthInteger & UnsignedInteger>(_ words: [Word]) -> [UInt8] {
        words.flatMap { word in
            stride(from: Word.bitWidth - 8, through: 0, by: -8).map { UInt8(truncatingIfNeeded: word >> Word($0)) }
        }
    }
}

func rotateRight<Word: FixedWidthInteger & UnsignedInteger>(_ word: Word, _ count: Word) -> Word {
    word >> count | word << (Word(Word.bitWidth) - count)
}

private enum SHA1 {
    static func digest(_ message: [UInt8]) -> [UInt8] {
        var state: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        let padded = SecureHash.padded(message, block: 64, lengthBytes: 8)
        for start in stride(from: 0, to: padded.count, by: 64) {
            var w = SecureHash.words(padded[start..<start + 64], as: UInt32.self)
            for t in 16..<80 { w.append(rotateRight(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 31)) }
            var (a, b, c, d, e) = (state[0], state[1], state[2], state[3], state[4])
            for t in 0..<80 {
                let (f, k): (UInt32, UInt32) =
                    switch t {
                    case 0..<20: ((b & c) | (~b & d), 0x5A82_7999)
                    case 20..<40: (b ^ c ^ d, 0x6ED9_EBA1)
                    case 40..<60: ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                    default: (b ^ c ^ d, 0xCA62_C1D6)
                    }
                let temp = rotateRight(a, 27) &+ f &+ e &+ k &+ w[t]
                (e, d, c, b, a) = (d, c, rotateRight(b, 2), a, temp)
            }
            for (index, value) in [a, b, c, d, e].enumerated() { state[index] &+= value }
        }
        return SecureHash.bytes(state)
    }
}

private enum SHA256 {
    static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    static let initial: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    static func digest(_ message: [UInt8]) -> [UInt8] {
        SHA2(initial: initial, k: k, lengthBytes: 8, schedule: (7, 18, 3, 17, 19, 10), rounds: (2, 13, 22, 6, 11, 25)).digest(message)
    }
}

private enum SHA512 {
    static let k: [UInt64] = [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
        0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
        0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
        0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
        0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
        0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
        0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
        0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
        0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
        0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
        0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
        0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
        0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ]

    static let initial: [UInt64] = [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ]

    static func digest(_ message: [UInt8]) -> [UInt8] {
        SHA2(initial: initial, k: k, lengthBytes: 16, schedule: (1, 8, 7, 19, 61, 6), rounds: (28, 34, 39, 14, 18, 41)).digest(message)
    }
}

/// SHA-256 and SHA-512 (FIPS 180-4 §6.2, §6.4): one algorithm on 32- or 64-bit words, with their constants and shifts.
private struct SHA2<Word: FixedWidthInteger & UnsignedInteger> {
    let initial: [Word]
    let k: [Word]
    /// Bytes of the message length at the end of the padding.
    let lengthBytes: Int
    /// σ0's rotations and shift, then σ1's, of the message schedule.
    let schedule: (Word, Word, Word, Word, Word, Word)
    /// Σ0's rotations, then Σ1's, of the rounds.
    let rounds: (Word, Word, Word, Word, Word, Word)

    func digest(_ message: [UInt8]) -> [UInt8] {
        var state = initial
        let block = 16 * Word.bitWidth / 8
        let padded = SecureHash.padded(message, block: block, lengthBytes: lengthBytes)
        for start in stride(from: 0, to: padded.count, by: block) {
            var w = SecureHash.words(padded[start..<start + block], as: Word.self)
            for t in 16..<k.count {
                let s0 = rotateRight(w[t - 15], schedule.0) ^ rotateRight(w[t - 15], schedule.1) ^ (w[t - 15] >> schedule.2)
                let s1 = rotateRight(w[t - 2], schedule.3) ^ rotateRight(w[t - 2], schedule.4) ^ (w[t - 2] >> schedule.5)
                w.append(w[t - 16] &+ s0 &+ w[t - 7] &+ s1)
            }
            // The working variables in locals: an array rebuilt each round allocated 80 times a block.
            var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
            for t in 0..<k.count {
                let s1 = rotateRight(e, rounds.3) ^ rotateRight(e, rounds.4) ^ rotateRight(e, rounds.5)
                let choice = (e & f) ^ (~e & g)
                let temp1 = h &+ s1 &+ choice &+ k[t] &+ w[t]
                let s0 = rotateRight(a, rounds.0) ^ rotateRight(a, rounds.1) ^ rotateRight(a, rounds.2)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ s0 &+ majority)
            }
            for (index, value) in [a, b, c, d, e, f, g, h].enumerated() { state[index] &+= value }
        }
        return SecureHash.bytes(state)
    }
}

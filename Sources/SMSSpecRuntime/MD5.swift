/// MD5 (RFC 1321), for the body digest a provider signs (seven.io signs the MD5 of the body in hex): the padding
/// of SHA's (its length little-endian), words little-endian.
enum MD5 {
    /// T[i] of RFC 1321 §3.4, the integer part of 2^32 × |sin(i + 1)|.
    static let k: [UInt32] = [
        0xd76a_a478, 0xe8c7_b756, 0x2420_70db, 0xc1bd_ceee, 0xf57c_0faf, 0x4787_c62a, 0xa830_4613, 0xfd46_9501,
        0x6980_98d8, 0x8b44_f7af, 0xffff_5bb1, 0x895c_d7be, 0x6b90_1122, 0xfd98_7193, 0xa679_438e, 0x49b4_0821,
        0xf61e_2562, 0xc040_b340, 0x265e_5a51, 0xe9b6_c7aa, 0xd62f_105d, 0x0244_1453, 0xd8a1_e681, 0xe7d3_fbc8,
        0x21e1_cde6, 0xc337_07d6, 0xf4d5_0d87, 0x455a_14ed, 0xa9e3_e905, 0xfcef_a3f8, 0x676f_02d9, 0x8d2a_4c8a,
        0xfffa_3942, 0x8771_f681, 0x6d9d_6122, 0xfde5_380c, 0xa4be_ea44, 0x4bde_cfa9, 0xf6bb_4b60, 0xbebf_bc70,
        0x289b_7ec6, 0xeaa1_27fa, 0xd4ef_3085, 0x0488_1d05, 0xd9d4_d039, 0xe6db_99e5, 0x1fa2_7cf8, 0xc4ac_5665,
        0xf429_2244, 0x432a_ff97, 0xab94_23a7, 0xfc93_a039, 0x655b_59c3, 0x8f0c_cc92, 0xffef_f47d, 0x8584_5dd1,
        0x6fa8_7e4f, 0xfe2c_e6e0, 0xa301_4314, 0x4e08_11a1, 0xf753_7e82, 0xbd3a_f235, 0x2ad7_d2bb, 0xeb86_d391,
    ]

    /// The left rotations of each round, four a round.
    static let shifts: [UInt32] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]

    static func digest(_ message: [UInt8]) -> [UInt8] {
        var state: [UInt32] = [0x6745_2301, 0xefcd_ab89, 0x98ba_dcfe, 0x1032_5476]
        let padded = SecureHash.padded(message, block: 64, lengthBytes: 8, littleEndian: true)
        for start in stride(from: 0, to: padded.count, by: 64) {
            let words = stride(from: start, to: start + 64, by: 4).map { index in
                padded[index..<index + 4].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            }
            var (a, b, c, d) = (state[0], state[1], state[2], state[3])
            for t in 0..<64 {
                let (f, word): (UInt32, Int) =
                    switch t {
                    case 0..<16: ((b & c) | (~b & d), t)
                    case 16..<32: ((d & b) | (~d & c), (5 * t + 1) % 16)
                    case 32..<48: (b ^ c ^ d, (3 * t + 5) % 16)
                    default: (c ^ (b | ~d), (7 * t) % 16)
                    }
                let shift = shifts[t / 16 * 4 + t % 4]
                let sum = a &+ f &+ k[t] &+ words[word]
                (a, b, c, d) = (d, b &+ rotateRight(sum, 32 - shift), b, c)
            }
            for (index, value) in [a, b, c, d].enumerated() { state[index] &+= value }
        }
        return state.flatMap { word in stride(from: 0, through: 24, by: 8).map { UInt8(truncatingIfNeeded: word >> UInt32($0)) } }
    }
}

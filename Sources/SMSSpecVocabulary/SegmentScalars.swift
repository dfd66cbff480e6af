/// The Unicode scalars of valid UTF-8 (a Swift string's storage), with the byte offset where each starts.
struct SegmentScalars {
    private let utf8: UnsafeBufferPointer<UInt8>
    private var offset = 0

    init(_ utf8: UnsafeBufferPointer<UInt8>) { self.utf8 = utf8 }

    @inline(__always) mutating func next() -> (value: UInt32, offset: Int)? {
        let start = offset
        guard start < utf8.count else { return nil }
        let lead = UInt32(utf8[start])
        if lead < 0x80 {
            offset += 1
            return (lead, start)
        }
        @inline(__always) func continuation(_ index: Int) -> UInt32 { UInt32(utf8[start + index]) & 0x3F }
        if lead < 0xE0 {
            offset += 2
            return ((lead & 0x1F) << 6 | continuation(1), start)
        }
        if lead < 0xF0 {
            offset += 3
            return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), start)
        }
        offset += 4
        return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), start)
    }

    /// True for common scalars that never join a neighbour into one grapheme cluster and never let a later scalar
    /// look back past them (UAX #29: Grapheme_Cluster_Break Other, Control, CR or LF, not Extended_Pictographic, no
    /// Indic_Conjunct_Break): between two of them there is always a cluster boundary. Latin, Greek, Cyrillic, Hebrew
    /// and Arabic letters, Thai consonants, CJK ideographs and kana, Hangul syllables, common punctuation. A test
    /// checks every one against the standard library's cluster breaking.
    @inline(__always) static func joinsNothing(_ value: UInt32) -> Bool {
        switch value {
        case 0x0000..<0x0300: return value != 0xA9 && value != 0xAE  // © and ® are emoji
        case 0x0370..<0x0483, 0x048A..<0x0530: return true  // Greek, Cyrillic (U+0483–0489 combine)
        case 0x05D0...0x05EA, 0x0621...0x064A, 0x0660...0x0669: return true  // Hebrew and Arabic letters, Arabic digits
        case 0x0E01...0x0E30: return true  // Thai consonants
        case 0x2010...0x2027, 0x2030...0x203B, 0x20A0...0x20BF, 0x2116: return true  // punctuation, currency, №
        case 0x3000...0x3029, 0x3041...0x3096, 0x30A0...0x30FF, 0x4E00...0x9FFF: return true  // CJK
        case 0xAC00...0xD7A3, 0xFF01...0xFF60: return true  // Hangul syllables, full-width forms
        default: return false
        }
    }
}

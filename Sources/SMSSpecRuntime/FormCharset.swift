import Foundation

extension FormCharset {
    /// The charset `contentType` declares (its `charset` parameter, a token or a quoted string, as RFC 9110
    /// section 8.3 writes it), or `fallback` — UTF-8 unless the provider's spec names its own `charset` — when there is
    /// no `Content-Type` or it declares none. A charset this type does not read, a `charset` parameter without a value,
    /// or two that disagree are an error.
    public init(contentType: String?, otherwise fallback: FormCharset = .utf8) throws {
        guard let contentType, let name = try Self.declared(in: contentType) else {
            self = fallback
            return
        }
        guard let charset = FormCharset(name: name) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [],
                debugDescription: "The Content-Type declares charset \(DisplayText.quotedExcerpt(name)), which a form or a plain-text answer is not read in "
                    + "(\(Self.allCases.map(\.rawValue).joined(separator: ", ")) are)."))
        }
        self = charset
    }

    /// The charset a body labelled `contentType` is read in: the one it declares (`init(contentType:)`) or, where it
    /// declares one not among these that writes ASCII as ASCII (ISO-8859-x, windows-125x, KOI8-x, EUC, GB, Big5,
    /// TIS-620, …), US-ASCII when the body's text is ASCII alone (`isASCIIText`), which every such charset reads alike:
    /// a gateway's `00 1311033503` labelled windows-1254 is that text. Another body in such a charset is an error, and
    /// so is a charset that writes ASCII otherwise (UTF-16, UTF-7, ISO-2022-JP, EBCDIC).
    public init(contentType: String?, body: some Collection<UInt8>, escaped: Bool, otherwise fallback: FormCharset = .utf8) throws {
        do {
            try self.init(contentType: contentType, otherwise: fallback)
        } catch {
            guard let contentType, let name = try? Self.declared(in: contentType), Self.writesASCIIAsASCII(name) else { throw error }
            guard Self.isASCIIText(body, escaped: escaped) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: [],
                    debugDescription: "The Content-Type declares charset \(DisplayText.quotedExcerpt(name)), whose text is read here only "
                        + "where it is ASCII, and this body holds other characters (\(Self.allCases.map(\.rawValue).joined(separator: ", ")) are read whole)."))
            }
            self = .usASCII
        }
    }

    /// Whether a body's text is ASCII: its bytes and, in a form (`escaped`), the bytes its `%XX` escapes spell. A
    /// malformed escape is not judged here: the decoder refuses it.
    public static func isASCIIText(_ body: some Collection<UInt8>, escaped: Bool) -> Bool {
        let bytes = Array(body)
        for (index, byte) in bytes.enumerated() {
            if byte >= 0x80 { return false }
            if escaped, byte == UInt8(ascii: "%"), index + 2 < bytes.count, let high = HexDigit.value(bytes[index + 1]),
                HexDigit.value(bytes[index + 2]) != nil, high >= 8
            {
                return false
            }
        }
        return true
    }

    /// Whether the charset named `name`, not one of these, writes every ASCII character as its one ASCII byte and no
    /// other character with bytes below 0x80: the single-byte ISO, Windows, KOI8, DOS and Mac charsets and the
    /// multi-byte EUC, GB and Big5 ones. Not UTF-16 or UTF-32, UTF-7 (`+AOk-` is `é`), ISO-2022 (escape sequences)
    /// or EBCDIC (`cp037`, `cp1026`); nor those of the families that give a byte below 0x80 another character: DOS
    /// Arabic (`cp864`: 0x25 is `٪`), Mac Symbol and Dingbats (letters are Greek or ornaments), Mac Japanese (0x5C is `¥`).
    static func writesASCIIAsASCII(_ name: String) -> Bool {
        let name = name.lowercased()
        let exceptions = ["cp864", "ibm864", "x-mac-symbol", "x-mac-dingbats", "x-mac-japanese"]
        guard !exceptions.contains(where: { name.hasPrefix($0) }) else { return false }
        let families = [
            "iso-8859-", "iso_8859-", "iso8859", "latin", "windows-125", "cp125", "x-cp125", "koi8", "tis-620", "windows-874", "cp874",
            "euc-", "euc_", "gb2312", "gbk", "gb18030", "big5", "cp437", "cp85", "cp86", "ibm437", "ibm85", "ibm86", "macintosh", "x-mac",
        ]
        return families.contains { name.hasPrefix($0) }
    }

    /// The text of `bytes` in this charset, or nil when they are not valid in it.
    public func text(_ bytes: [UInt8]) -> String? {
        guard let table = Self.singleByteTables[self] else { return StrictUTF8.text(bytes) }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            guard let scalar = table.scalars[Int(byte)] else { return nil }
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// `text` written in this charset, or nil when it holds a character the charset has no byte for.
    public func bytes(of text: String) -> [UInt8]? {
        guard let table = Self.singleByteTables[self] else { return Array(text.utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            guard let byte = table.bytes[scalar] else { return nil }
            bytes.append(byte)
        }
        return bytes
    }

    /// A single-byte charset both ways: the character of each byte (nil where it has none), the byte of each.
    private struct SingleByteTable {
        let scalars: [Unicode.Scalar?]
        let bytes: [Unicode.Scalar: UInt8]

        /// ISO-8859-1 (every byte the code point of its number) with `changes` by byte; 0 removes a byte.
        init(changes: [UInt8: UInt32]) {
            scalars = (0...255).map { byte in
                let value = changes[UInt8(byte)] ?? UInt32(byte)
                return value == 0 && byte != 0 ? nil : Unicode.Scalar(value)
            }
            var bytes: [Unicode.Scalar: UInt8] = [:]
            for (byte, scalar) in scalars.enumerated() { if let scalar { bytes[scalar] = UInt8(byte) } }
            self.bytes = bytes
        }
    }

    /// windows-1252's bytes 0x80–0x9F (the Unicode Consortium's mapping); 0 where the byte is unassigned.
    private static let windows1252Controls: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]

    /// The Turkish letters of ISO-8859-9 and windows-1254 in place of ISO-8859-1's Icelandic ones: Ğ İ Ş ğ ı ş.
    private static let turkishLetters: [UInt8: UInt32] = [0xD0: 0x011E, 0xDD: 0x0130, 0xDE: 0x015E, 0xF0: 0x011F, 0xFD: 0x0131, 0xFE: 0x015F]

    /// ISO-8859-5 (Cyrillic): 0xA1–0xFF are U+0401–U+045F but for the soft hyphen, `№` and `§`.
    private static let isoCyrillicChanges: [UInt8: UInt32] = {
        var changes: [UInt8: UInt32] = [0xF0: 0x2116, 0xFD: 0x00A7]
        for byte in 0xA1...0xFF where byte != 0xAD && byte != 0xF0 && byte != 0xFD { changes[UInt8(byte)] = UInt32(byte + 0x360) }
        return changes
    }()

    /// windows-1254 (Turkish): windows-1252 without `Ž`, `ž` (0x8E, 0x9E unassigned), with ISO-8859-9's letters.
    private static let windows1254Changes: [UInt8: UInt32] = {
        var changes: [UInt8: UInt32] = [:]
        for (byte, scalar) in zip(UInt8(0x80)...UInt8(0x9F), windows1252Controls) { changes[byte] = scalar }
        changes[0x8E] = 0
        changes[0x9E] = 0
        return changes.merging(turkishLetters) { $1 }
    }()

    /// windows-1256 (Arabic, Persian, Urdu), bytes 0x80–0xFF (the Unicode Consortium's mapping): every byte assigned.
    private static let windows1256Changes: [UInt8: UInt32] = {
        let high: [UInt32] = [
            0x20AC, 0x067E, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0679, 0x2039, 0x0152, 0x0686, 0x0698, 0x0688,
            0x06AF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x06A9, 0x2122, 0x0691, 0x203A, 0x0153, 0x200C, 0x200D, 0x06BA,
            0x00A0, 0x060C, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x06BE, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
            0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x061B, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x061F,
            0x06C1, 0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0626, 0x0627, 0x0628, 0x0629, 0x062A, 0x062B, 0x062C, 0x062D, 0x062E, 0x062F,
            0x0630, 0x0631, 0x0632, 0x0633, 0x0634, 0x0635, 0x0636, 0x00D7, 0x0637, 0x0638, 0x0639, 0x063A, 0x0640, 0x0641, 0x0642, 0x0643,
            0x00E0, 0x0644, 0x00E2, 0x0645, 0x0646, 0x0647, 0x0648, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0649, 0x064A, 0x00EE, 0x00EF,
            0x064B, 0x064C, 0x064D, 0x064E, 0x00F4, 0x064F, 0x0650, 0x00F7, 0x0651, 0x00F9, 0x0652, 0x00FB, 0x00FC, 0x200E, 0x200F, 0x06D2,
        ]
        return Dictionary(uniqueKeysWithValues: zip(UInt8(0x80)...UInt8(0xFF), high))
    }()

    private static let singleByteTables: [FormCharset: SingleByteTable] = [
        .isoLatin1: SingleByteTable(changes: [:]),
        .usASCII: SingleByteTable(changes: Dictionary(uniqueKeysWithValues: (0x80...0xFF).map { (UInt8($0), UInt32(0)) })),
        .windows1252: SingleByteTable(changes: Dictionary(uniqueKeysWithValues: zip(UInt8(0x80)...UInt8(0x9F), windows1252Controls))),
        // windows-1250 (Central European: Czech, Polish, Hungarian gateways), bytes 0x80–0xFF (the Unicode Consortium's
        // mapping); 0 where the byte is unassigned.
        .windows1250: SingleByteTable(changes: Dictionary(uniqueKeysWithValues: zip(UInt8(0x80)...UInt8(0xFF), [
            0x20AC, 0, 0x201A, 0, 0x201E, 0x2026, 0x2020, 0x2021, 0, 0x2030, 0x0160, 0x2039, 0x015A, 0x0164, 0x017D, 0x0179,
            0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0, 0x2122, 0x0161, 0x203A, 0x015B, 0x0165, 0x017E, 0x017A,
            0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B,
            0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C,
            0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139, 0x0106, 0x00C7, 0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E,
            0x0110, 0x0143, 0x0147, 0x00D3, 0x00D4, 0x0150, 0x00D6, 0x00D7, 0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF,
            0x0155, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F,
            0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7, 0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD, 0x0163, 0x02D9,
        ] as [UInt32]))),
        // windows-1251 (Cyrillic; SMSC.ru's default), bytes 0x80–0xFF (the Unicode Consortium's mapping); 0x98 unassigned.
        .windows1251: SingleByteTable(changes: Dictionary(uniqueKeysWithValues: zip(UInt8(0x80)...UInt8(0xFF), [
            0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
            0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
            0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
            0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
        ] + (0x0410...0x044F).map { UInt32($0) } as [UInt32]))),
        // KOI8-R (RFC 1489; the Unicode Consortium's mapping), bytes 0x80–0xFF: box drawing, then Cyrillic in Latin order.
        .koi8R: SingleByteTable(changes: Dictionary(uniqueKeysWithValues: zip(UInt8(0x80)...UInt8(0xFF), [
            0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,
            0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248, 0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7,
            0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E,
            0x255F, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9,
            0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433, 0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E,
            0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
            0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,
            0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412, 0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
        ] as [UInt32]))),
        .isoCyrillic: SingleByteTable(changes: isoCyrillicChanges),
        .isoLatin5: SingleByteTable(changes: turkishLetters),
        .windows1254: SingleByteTable(changes: windows1254Changes),
        .windows1256: SingleByteTable(changes: windows1256Changes),
        // ISO-8859-15 (Latin-9): ISO-8859-1 with the euro sign and seven letters in place of eight symbols.
        .isoLatin9: SingleByteTable(changes: [
            0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D, 0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178,
        ]),
    ]

    /// The `charset` parameter of `contentType` as written (unquoted), or nil when it has none. Parameters are
    /// `; name=value`, the value a token or a quoted string (`\` quoting the character after it); the names are
    /// case-insensitive. A `charset` without a value, an unterminated quoted one, or two that name different
    /// charsets are an error: the body's encoding would be a guess.
    /// A `Content-Type` sent twice reads as both joined by a comma (`HTTPFields`): two that name different media
    /// types or charsets (one naming none reads as UTF-8) are an error too, as a server taking the first and one
    /// taking the last would read the body differently; spellings of the same ones (`UTF-8`, `utf8`) agree.
    public static func declared(in contentType: String) throws -> String? {
        let values = Self.joinedValues(in: contentType)
        let charsets = try values.map { try declared(inOne: $0, of: contentType) }
        let mediaTypes = Set(values.map { $0.prefix { $0 != ";" }.trimmingCharacters(in: [" ", "\t"]).lowercased() })
        // A value naming no charset is read as UTF-8.
        guard mediaTypes.count == 1, charsets.allSatisfy({ agree($0 ?? "utf-8", charsets[0] ?? "utf-8") }) else {
            throw malformed(contentType, "it joins \(values.count) Content-Type values that differ (a field sent more than once?)")
        }
        return charsets[0]
    }

    /// Whether two charset names are spellings of one charset (`utf-8`, `UTF8`).
    private static func agree(_ name: String, _ other: String) -> Bool {
        name.lowercased() == other.lowercased() || FormCharset(name: name).map { $0 == FormCharset(name: other) } ?? false
    }

    /// The `charset` parameter of one of the values in `contentType` (see `declared(in:)`).
    private static func declared(inOne value: Substring, of contentType: String) throws -> String? {
        var rest = value
        var found: String?
        while let semicolon = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semicolon)...].drop { $0 == " " || $0 == "\t" }
            let nameEnd = rest.firstIndex { $0 == "=" || $0 == ";" } ?? rest.endIndex
            let name = rest[..<nameEnd].trimmingCharacters(in: [" ", "\t"]).lowercased()
            var value = ""
            var quoted = false
            rest = rest[nameEnd...]
            if rest.first == "=" {
                rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
                if rest.first == "\"" {
                    quoted = true
                    var index = rest.index(after: rest.startIndex)
                    var closed = false
                    while index < rest.endIndex {
                        let character = rest[index]
                        index = rest.index(after: index)
                        if character == "\"" {
                            closed = true
                            break
                        }
                        if character == "\\", index < rest.endIndex {
                            value.append(rest[index])
                            index = rest.index(after: index)
                        } else {
                            value.append(character)
                        }
                    }
                    rest = rest[index...]
                    guard closed || name != "charset" else { throw malformed(contentType, "its quoted charset is not closed") }
                } else {
                    let end = rest.firstIndex(of: ";") ?? rest.endIndex
                    value = rest[..<end].trimmingCharacters(in: [" ", "\t"])
                    rest = rest[end...]
                }
            }
            guard name == "charset" else { continue }
            guard !value.isEmpty || quoted else { throw malformed(contentType, "its charset parameter has no value") }
            // Two spellings of one charset (`utf-8`, `UTF8`) agree.
            if let found, !agree(found, value) {
                throw malformed(contentType, "it declares charset \(DisplayText.quotedExcerpt(found)) and \(DisplayText.quotedExcerpt(value))")
            }
            found = value
        }
        return found
    }

    /// The parts of `contentType` between commas outside quoted strings: one for a single field.
    private static func joinedValues(in contentType: String) -> [Substring] {
        var parts: [Substring] = []
        var start = contentType.startIndex, index = start
        var quoted = false
        while index < contentType.endIndex {
            let character = contentType[index]
            if quoted, character == "\\" {
                index = contentType.index(after: index)
                if index == contentType.endIndex { break }
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ",", !quoted {
                parts.append(contentType[start..<index])
                start = contentType.index(after: index)
            }
            index = contentType.index(after: index)
        }
        parts.append(contentType[start...])
        return parts
    }

    private static func malformed(_ contentType: String, _ why: String) -> DecodingError {
        .dataCorrupted(.init(
            codingPath: [], debugDescription: "The Content-Type \(DisplayText.quotedExcerpt(contentType)) names no one charset: \(why)."))
    }
}

/// The character encoding a form body's percent-decoded bytes are read in: the `charset` its `Content-Type`
/// declares (`application/x-www-form-urlencoded; charset=ISO-8859-1`), UTF-8 when it declares none.
///
/// Each is read exactly as its registered name says, never guessed: `ISO-8859-1` maps every byte to the code point
/// of the same number, so `%80`–`%9F` are the C1 controls U+0080–U+009F (browsers read that label as windows-1252,
/// but a gateway's server is no browser: Java's and PHP's Latin-1 encoders write no `€`); `windows-1252` reads
/// `%80` as `€` and refuses its five unassigned bytes (`%81`, `%8D`, `%8F`, `%90`, `%9D`); `ISO-8859-15` reads
/// `%A4` as `€`; `windows-1250` reads Central European letters (`%8A` is `Š`, `%B9` is `ą`) and refuses its five
/// unassigned bytes (`%81`, `%83`, `%88`, `%90`, `%98`); `windows-1251` reads Cyrillic (`%C0` is `А`) and refuses `%98`; `KOI8-R`, older Russian gateways' Cyrillic, has a character
/// for every byte (`%F0` is `П`); `ISO-8859-5` reads Cyrillic too (`%B0` is `А`); `ISO-8859-9` and `windows-1254` read
/// Turkish (`%DD` is `İ`, `%FE` is `ş`; windows-1254 refuses its seven unassigned bytes, `%8E` and `%9E` among them);
/// `windows-1256` reads Arabic and Persian (`%C7` is `ا`, `%81` is `پ`); `US-ASCII` refuses every byte above `%7F`.
/// A charset not among these is an error, not a guess — but for a body of ASCII alone in a charset that writes ASCII
/// as ASCII (`init(contentType:body:escaped:)`).
public enum FormCharset: String, CaseIterable, Hashable, Sendable {
    case utf8 = "UTF-8"
    case isoLatin1 = "ISO-8859-1"
    case isoLatin9 = "ISO-8859-15"
    case windows1252 = "windows-1252"
    case windows1250 = "windows-1250"
    case windows1251 = "windows-1251"
    case koi8R = "KOI8-R"
    case isoCyrillic = "ISO-8859-5"
    case isoLatin5 = "ISO-8859-9"
    case windows1254 = "windows-1254"
    case windows1256 = "windows-1256"
    case usASCII = "US-ASCII"

    /// The charset `name` names, matched case-insensitively against its IANA name and aliases (`latin1`, `cp1252`,
    /// `ascii`, …); nil for any other.
    public init?(name: String) {
        let name = name.lowercased()
        guard let charset = Self.allCases.first(where: { $0.aliases.contains(name) }) else { return nil }
        self = charset
    }

    /// The names this charset answers to, lowercased: IANA's name and aliases, and the spellings Java and Python use.
    var aliases: Set<String> {
        switch self {
        case .utf8: ["utf-8", "utf8", "csutf8"]
        case .isoLatin1:
            ["iso-8859-1", "iso_8859-1", "iso_8859-1:1987", "iso-ir-100", "latin1", "l1", "ibm819", "cp819", "csisolatin1", "iso8859-1", "iso8859_1", "8859_1"]
        case .isoLatin9: ["iso-8859-15", "iso_8859-15", "latin-9", "latin9", "csisolatin9", "iso8859-15", "iso8859_15", "cp923"]
        case .windows1252: ["windows-1252", "cswindows1252", "cp1252", "x-cp1252"]
        case .windows1250: ["windows-1250", "cswindows1250", "cp1250", "x-cp1250"]
        case .windows1251: ["windows-1251", "cswindows1251", "cp1251", "x-cp1251"]
        case .koi8R: ["koi8-r", "cskoi8r", "koi8r", "koi8_r", "koi8"]
        case .isoCyrillic: ["iso-8859-5", "iso_8859-5", "iso_8859-5:1988", "iso-ir-144", "cyrillic", "csisolatincyrillic", "iso8859-5", "iso8859_5"]
        case .isoLatin5: ["iso-8859-9", "iso_8859-9", "iso_8859-9:1989", "iso-ir-148", "latin5", "l5", "csisolatin5", "iso8859-9", "iso8859_9"]
        case .windows1254: ["windows-1254", "cswindows1254", "cp1254", "x-cp1254"]
        case .windows1256: ["windows-1256", "cswindows1256", "cp1256", "x-cp1256"]
        case .usASCII:
            ["us-ascii", "ascii", "iso-ir-6", "ansi_x3.4-1968", "ansi_x3.4-1986", "iso_646.irv:1991", "iso646-us", "us", "ibm367", "cp367", "csascii"]
        }
    }
}

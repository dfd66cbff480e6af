import Foundation
@_spi(Generated) import SMSSpecRuntime
import Testing

/// A request written as a form or query says exactly what its values say: numbers digit for digit, lists that
/// `FormDecoder` reads back as they were, and an error, never a silent omission, for what a form cannot carry.
@Suite struct FormEncodingTests {
    struct Amounts: Codable, Equatable {
        var price: Decimal
        var tiny: Decimal
        var ratio: Double
        var huge: Double
        var count: Int64
        var unsigned: UInt64
        var flag: Bool
        var note: String?
    }

    @Test func numbersAreWrittenDigitForDigit() throws {
        let amounts = Amounts(
            price: Decimal(string: "12345678901234567.89")!, tiny: Decimal(string: "0.00000001")!, ratio: 0.1, huge: 1e21,
            count: .min, unsigned: .max, flag: true, note: nil)
        let fields = try FormEncoder.fields(of: amounts)
        #expect(fields.map { "\($0.name)=\($0.value)" } == [
            "count=-9223372036854775808", "flag=1", "huge=1000000000000000000000", "price=12345678901234567.89", "ratio=0.1",
            "tiny=0.00000001", "unsigned=18446744073709551615",
        ])
        let again = try FormDecoder().decode(Amounts.self, from: FormEncoder.encode(fields))
        #expect(again == amounts)
    }

    struct Recipients: Codable, Equatable {
        var to: [String]
        var tags: [Int]?
    }

    @Test func listsRepeatTheFieldAndReadBackAsTheyWere() throws {
        let recipients = Recipients(to: ["a,b", "c&d=e", ""], tags: [1, 2])
        let body = FormEncoder.encode(try FormEncoder.fields(of: recipients))
        #expect(body == "tags=1&tags=2&to=a%2Cb&to=c%26d%3De&to=")
        #expect(try FormDecoder().decode(Recipients.self, from: body) == recipients)
    }

    /// A form callback's event of a kind the spec does not list is kept whole (`unknown(kind, payload)` reads the
    /// whole form as a `JSONValue`): each field's text, a repeated field as the list of its texts, and written back
    /// as the same fields. It used to fail: "A form body is a set of named fields, not one value."
    @Test func aWholeFormReadsAsTheObjectOfItsFieldsAndWritesThemBack() throws {
        let value = try FormDecoder().decode(JSONValue.self, from: "kind=other&to=1&to=2&note=&x=a%26b")
        #expect(value == .object(["kind": .string("other"), "to": .array([.string("1"), .string("2")]), "note": .string(""), "x": .string("a&b")]))
        #expect(FormEncoder.encode(try FormEncoder.fields(of: value)) == "kind=other&note=&to=1&to=2&x=a%26b")
        #expect(try FormDecoder().decode(JSONValue.self, from: "") == .object([:]))
    }

    struct Nested: Codable {
        struct Inner: Codable { var id: Int }
        var plain: String
        var inner: Inner?
        var grid: [[Int]]?
        var labels: [String: String]?
    }

    @Test func whatAFormCannotCarryIsAnErrorNamingTheField() throws {
        for (value, name, holds) in [
            (Nested(plain: "p", inner: .init(id: 1)), "inner", "an object"),
            (Nested(plain: "p", grid: [[1]]), "grid", "a list of lists or objects"),
            (Nested(plain: "p", labels: ["k": "v"]), "labels", "an object"),
        ] {
            #expect(performing: { try FormEncoder.fields(of: value) }, throws: { error in
                DecodingErrorDescription.describe(error).contains("\"\(name)\" holds \(holds), which a form, query, path or header cannot carry")
            })
        }
        #expect(throws: Never.self) { try FormEncoder.fields(of: Nested(plain: "p")) }
        // In a JSON request the object travels in the body: the fields sent as text are the rest.
        let inBody = try? FormEncoder.fields(of: Nested(plain: "p", inner: .init(id: 1)), sentAsText: { $0 == "plain" })
        #expect(inBody?.map(\.name) == ["plain"])
        // A JSON body nested deeper than a value kept as JSON may be is not read below what a form could spell.
        let deep = (0..<40).reduce(JSONValue.string("leaf")) { inner, _ in .object(["a": inner]) }
        let fields = try FormEncoder.fields(of: ["deep": deep, "id": .string("7")], sentAsText: { $0 == "id" })
        #expect(fields.map(\.name) == ["id"])
        // A request that is a list: no named fields in a JSON body, an error in a form.
        #expect(try FormEncoder.fields(of: [1, 2], sentAsText: { _ in false }).isEmpty)
        #expect(throws: EncodingError.self) { try FormEncoder.fields(of: [1, 2]) }
    }

    struct Inbound: Decodable, Equatable {
        var text: String
    }

    static func problem(_ work: () throws -> Any) -> String {
        do {
            _ = try work()
            return "decoded"
        } catch {
            return DecodingErrorDescription.describe(error)
        }
    }

    /// A legacy gateway posts its inbound SMS or receipt text in the charset its `Content-Type` declares: `Caf%E9` is
    /// "Café" in ISO-8859-1 and windows-1252 (it was refused: not valid UTF-8). Each charset reads exactly its own
    /// bytes: `%80` is `€` in windows-1252 and the C1 control U+0080 in ISO-8859-1; what a charset has no character
    /// for is an error, as invalid UTF-8 is.
    @Test func aFormIsReadInTheCharsetItDeclares() throws {
        #expect(try FormDecoder(charset: .isoLatin1).decode(Inbound.self, from: "text=Caf%E9") == Inbound(text: "Café"))
        #expect(try FormDecoder(charset: .windows1252).decode(Inbound.self, from: "text=Caf%E9+%80") == Inbound(text: "Café €"))
        #expect(try FormDecoder(charset: .isoLatin1).decode(Inbound.self, from: "text=%80%FF%00") == Inbound(text: "\u{80}ÿ\u{0}"))
        #expect(try FormDecoder(charset: .isoLatin9).decode(Inbound.self, from: "text=Caf%E9+%A4") == Inbound(text: "Café €"))
        #expect(try FormDecoder(charset: .usASCII).decode(Inbound.self, from: "text=Cafe%21") == Inbound(text: "Cafe!"))
        // SMSC.ru's default charset (a user: its Russian inbound messages could not be read).
        #expect(try FormDecoder(charset: FormCharset(contentType: "application/x-www-form-urlencoded; charset=cp1251")).decode(
            Inbound.self, from: "text=%CF%F0%E8%E2%E5%F2+%A8%B8+%B9+%80%88") == Inbound(text: "Привет Ёё № Ђ€"))
        #expect(Self.problem { try FormDecoder(charset: .windows1251).decode(Inbound.self, from: "text=%98") }
            == #"at `text`: The value of field "text" is not valid windows-1251 after percent-decoding."#)
        // Czech and Polish gateways' charset (a user: SMSbrána's answers were refused), and its unassigned bytes.
        #expect(try FormDecoder(charset: FormCharset(contentType: "text/plain; charset=cp1250")).decode(
            Inbound.self, from: "text=P%F8%EDli%9A+%9Elu%9Dou%E8k%FD+k%F9%F2+%A3%F3d%9F+%80") == Inbound(text: "Příliš žluťoučký kůň Łódź €"))
        for byte in ["%81", "%83", "%88", "%90", "%98"] {
            #expect(Self.problem { try FormDecoder(charset: .windows1250).decode(Inbound.self, from: "text=\(byte)") }
                == #"at `text`: The value of field "text" is not valid windows-1250 after percent-decoding."#)
        }
        // Every charset reads back each byte it has a character for, and writes that character as the byte: a table
        // row out of place would misread one letter silently.
        for charset in FormCharset.allCases where charset != .utf8 {
            for byte in UInt8(0)...UInt8(255) {
                guard let text = charset.text([byte]) else { continue }
                #expect(charset.bytes(of: text) == [byte], "\(charset.rawValue) \(byte)")
            }
        }
        // KOI8-R: every byte a character, Cyrillic in Latin order.
        #expect(try FormDecoder(charset: FormCharset(contentType: "text/plain; charset=koi8-r")).decode(
            Inbound.self, from: "text=%F0%D2%C9%D7%C5%D4%2C+%CD%C9%D2+%B3%A3") == Inbound(text: "Привет, мир Ёё"))
        // Raw bytes of the body are in its charset too, names included.
        #expect(try FormDecoder(charset: .isoLatin1).decode([String: String].self, from: Data([0x74, 0xE9, 0x3D, 0xE9])) == ["té": "é"])
        // Text given as a string is written in the charset first: a raw "é" stays "é".
        #expect(try FormDecoder(charset: .windows1252).decode(Inbound.self, from: "text=é€%E9") == Inbound(text: "é€é"))
        #expect(Self.problem { try FormDecoder(charset: .isoLatin1).decode(Inbound.self, from: "text=€") }
            == "at `(top level)`: The form holds characters ISO-8859-1 cannot write.")

        #expect(Self.problem { try FormDecoder().decode(Inbound.self, from: "text=Caf%E9") }
            == #"at `text`: The value of field "text" is not valid UTF-8 after percent-decoding."#)
        #expect(Self.problem { try FormDecoder(charset: .windows1252).decode(Inbound.self, from: "text=%81") }
            == #"at `text`: The value of field "text" is not valid windows-1252 after percent-decoding."#)
        #expect(Self.problem { try FormDecoder(charset: .usASCII).decode(Inbound.self, from: "text=Caf%E9") }
            == #"at `text`: The value of field "text" is not valid US-ASCII after percent-decoding."#)
        #expect(Self.problem { try FormDecoder(charset: .usASCII).decode(Inbound.self, from: "t%E9xt=Cafe") }
            == "at `(top level)`: The name of field 1 is not valid US-ASCII after percent-decoding.")
        // A UTF-8 byte-order mark contradicts another declared charset: read in it, it would rename the first field.
        #expect(Self.problem { try FormDecoder(charset: .isoLatin1).decode(Inbound.self, from: Data([0xEF, 0xBB, 0xBF] + Array("text=a".utf8))) }
            == "at `(top level)`: The form starts with a UTF-8 byte-order mark but declares charset ISO-8859-1.")
        // Every byte of the single-byte charsets: a character where the charset has one, written back as that byte.
        #expect(FormCharset.isoLatin1.text((0...255).map { UInt8($0) })?.unicodeScalars.map(\.value) == (0...255).map { UInt32($0) })
        #expect(FormCharset.isoLatin9.text([0xA4, 0xBE])?.unicodeScalars.map(\.value) == [0x20AC, 0x0178])
        #expect(FormCharset.isoLatin9.bytes(of: "¤") == nil)
        for (charset, unassigned) in [
            (FormCharset.isoLatin1, Set<UInt8>()), (.isoLatin9, []), (.windows1252, [0x81, 0x8D, 0x8F, 0x90, 0x9D]), (.usASCII, Set(0x80...0xFF)),
        ] {
            for byte in UInt8.min...UInt8.max {
                let text = charset.text([byte])
                #expect((text == nil) == unassigned.contains(byte), "\(charset) \(byte)")
                if let text { #expect(charset.bytes(of: text) == [byte], "\(charset) \(byte)") }
            }
        }
    }

    struct IndexedReports: Decodable, Equatable {
        var events: [String]
        enum CodingKeys: String, CodingKey { case events = "data[]" }
    }

    /// SMS.ru posts its reports as PHP's indexed fields (`data[0]=…&data[1]=…`, a user): a list named `data[]` was a
    /// missing field, and a spec reading `data[0]` dropped every report after the first. Indexed fields are read as
    /// the list in the order sent; a form sending `data[]` itself is read as it is. The whole form's object holds the
    /// list too, as `smsspec validate` reads it (a review: it said `data[]` was missing where decoding read it).
    @Test func phpIndexedFieldsAreReadAsTheirList() throws {
        let form = "data%5B0%5D=sms_status%0A201-1%0A103&data%5B1%5D=sms_status%0A201-2%0A104&data%5B2%5D=x&other[a]=1"
        #expect(try FormDecoder().decode(IndexedReports.self, from: form).events == ["sms_status\n201-1\n103", "sms_status\n201-2\n104", "x"])
        #expect(try FormDecoder().decode([String: String].self, from: form)["data[1]"] == "sms_status\n201-2\n104")
        #expect(throws: DecodingError.self) { try FormDecoder().decode(IndexedReports.self, from: "data[x]=a&data=b&[0]=c") }
        #expect(try FormDecoder().decode(JSONValue.self, from: "data[0]=a&data[1]=b")
            == .object(["data[0]": .string("a"), "data[1]": .string("b"), "data[]": .array([.string("a"), .string("b")])]))
    }

    /// The list was read in the order sent whatever the indexes said (an attack): `data[1]=b&data[0]=a` made `b` the
    /// first element, `data[0]` sent twice two elements (PHP keeps the last), `data[5]` alone the first. Elements
    /// go by their indexes; indexes that are not 0 to n − 1 each once make no list, and reading it says why.
    @Test func phpIndexedFieldsGoByTheirIndexes() throws {
        #expect(try FormDecoder().decode(IndexedReports.self, from: "data[1]=b&data[0]=a&data[2]=c").events == ["a", "b", "c"])
        for (form, problem) in [
            ("data[0]=a&data[0]=b", "index 0 is sent twice"), ("data[0]=a&data[5]=b", "index \"5\" is past its 2 element(s)"),
            ("data[1]=b&data[00]=a", "index \"00\" is written with a leading zero, which PHP reads as a name, not a position"),
            ("data[]=x&data[0]=y", "it is sent both as \"data[]\" and by index"),
            ("data[99999999999999999999999]=a", "index \"99999999999999999999999\" is past its 1 element(s)"),
        ] {
            let error = try #require(throws: DecodingError.self) { try FormDecoder().decode(IndexedReports.self, from: form) }
            guard case .dataCorrupted(let context) = error else { Issue.record("\(error)"); continue }
            #expect(context.debugDescription == "The indexed fields of list \"data[]\" are not numbered 0 to n − 1 each once: \(problem).")
            #expect(context.codingPath.map(\.stringValue) == ["data[]"])
        }
        // Optional, it is not taken for absent; the whole form's object holds it keyed by its indexes, as PHP's array.
        struct MaybeReports: Decodable { var events: [String]?; enum CodingKeys: String, CodingKey { case events = "data[]" } }
        for form in ["data[3]=a", "data[]=&data[0]=y"] {
            #expect(throws: DecodingError.self, "\(form)") { try FormDecoder().decode(MaybeReports.self, from: form) }
        }
        #expect(try FormDecoder().decode(JSONValue.self, from: "data[0]=a&data[5]=b")
            == .object(["data[0]": .string("a"), "data[5]": .string("b"), "data[]": .object(["0": .string("a"), "5": .string("b")])]))
    }

    /// Turkish, Persian and Cyrillic gateways' charsets (users: Netgsm's answers in ISO-8859-9, Kavenegar's callbacks in
    /// windows-1256 were refused), each read as registered.
    @Test func turkishArabicAndCyrillicFormsAreRead() throws {
        let read = { (charset: String, form: String) in
            try FormDecoder(charset: FormCharset(contentType: "text/plain; charset=\(charset)")).decode(Inbound.self, from: form).text
        }
        #expect(try read("ISO-8859-9", "text=%DD%FEyeri+%D0%FCzel+%FD%F0%DE") == "İşyeri Ğüzel ığŞ")
        #expect(try read("cp1254", "text=%DD%FE+%80+%8A%9A+%9F") == "İş € Šš Ÿ")
        for byte in ["%81", "%8D", "%8E", "%8F", "%90", "%9D", "%9E"] {
            #expect(Self.problem { try read("windows-1254", "text=\(byte)") }
                == #"at `text`: The value of field "text" is not valid windows-1254 after percent-decoding."#)
        }
        #expect(try read("windows-1256", "text=%D3%E1%C7%E3+%81%CA%E4+%98%ED") == "سلام پتن ک\u{64A}")  // 0xED is Arabic yeh, as windows-1256 writes it
        #expect(try read("cyrillic", "text=%BF%E0%D8%D2%D5%E2+%A1%F1+%F0+%FD") == "Привет Ёё № §")
    }

    /// A body of ASCII alone labelled with a charset that is not read but writes ASCII as ASCII is that text: Netgsm's
    /// `00 1311033503` in ISO-8859-9 was refused before the Turkish charsets were read, and the send it confirmed was
    /// taken for failed. Any other body in such a charset, or any body in a charset that writes ASCII otherwise, is
    /// still refused.
    @Test func anASCIIBodyIsReadInACharsetThatWritesASCIIAsASCII() throws {
        let charset = { (name: String, body: String, escaped: Bool) in
            try FormCharset(contentType: "application/x-www-form-urlencoded; charset=\(name)", body: Array(body.utf8), escaped: escaped)
        }
        #expect(try charset("windows-1258", "messageid=8792343&status=10", true) == .usASCII)
        #expect(try charset("ISO-8859-7", "00 1311033503", false) == .usASCII)
        #expect(try charset("Big5", "ok%21", true) == .usASCII)
        #expect(try charset("windows-1254", "text=%DD", true) == .windows1254)
        #expect(try FormCharset(contentType: nil, body: [0xC3, 0xA9], escaped: false) == .utf8)
        #expect(Self.problem { try charset("windows-1258", "text=Caf%E9", true) } == "at `(top level)`: "
            + #"The Content-Type declares charset "windows-1258", whose text is read here only where it is ASCII, and this body holds other characters (UTF-8, ISO-8859-1, ISO-8859-15, windows-1252, windows-1250, windows-1251, KOI8-R, ISO-8859-5, ISO-8859-9, windows-1254, windows-1256, US-ASCII are read whole)."#)
        #expect(Self.problem { try FormCharset(contentType: "text/plain; charset=ISO-8859-7", body: [0x4F, 0xE1], escaped: false) }.contains("holds other characters") == true)
        // `+AOk-` is `é` in UTF-7; ISO-2022-JP shifts with escapes; UTF-16 and EBCDIC write ASCII otherwise; and in
        // families that write ASCII as ASCII, DOS Arabic's 0x25 is `٪`, Mac Symbol's letters Greek, Mac Dingbats' ornaments,
        // Mac Japanese's 0x5C `¥` (an attack: `50%` read as `50%`).
        for name in ["UTF-7", "ISO-2022-JP", "UTF-16", "cp037", "cp1026", "cp864", "IBM864", "x-mac-symbol", "x-mac-dingbats", "x-mac-japanese"] {
            #expect(Self.problem { try charset(name, "text=Caf+AOk-", true) }.contains("which a form or a plain-text answer is not read in") == true, "\(name)")
        }
        // In a form, an escape spelling a byte above 0x7F is no ASCII; a `%` that escapes nothing is judged by the decoder.
        #expect(FormCharset.isASCIIText(Array("a=%7F%25".utf8), escaped: true))
        #expect(!FormCharset.isASCIIText(Array("a=%e9".utf8), escaped: true))
        #expect(FormCharset.isASCIIText(Array("a=%e9".utf8), escaped: false))
        #expect(FormCharset.isASCIIText(Array("a=%zz%".utf8), escaped: true))
    }

    /// The charset is the `Content-Type`'s `charset` parameter, as RFC 9110 writes it: a token or a quoted string,
    /// the names matched without regard to case, UTF-8 when there is none. A charset that is no known one, an empty
    /// one, or two that disagree are errors, never a guess.
    @Test func aCharsetIsReadFromTheContentType() throws {
        let form = "application/x-www-form-urlencoded"
        for (contentType, charset) in [
            (nil, FormCharset.utf8), (form, .utf8), ("\(form); charset=ISO-8859-1", .isoLatin1), ("\(form);CHARSET=\"latin1\"", .isoLatin1),
            ("\(form); q=\"a;charset=koi8-r\"; Charset=Windows-1252", .windows1252), ("\(form); charset=\"utf\\-8\"", .utf8),
            ("\(form); charset=us-ascii; charset=US-ASCII", .usASCII), ("\(form); charset=utf-8; charset=\"UTF8\"", .utf8), ("text/plain;charset=cp1252", .windows1252),
            // A field sent twice the same way; a comma inside a quoted value separates nothing.
            ("\(form); charset=latin1, \(form); charset=latin1", .isoLatin1), ("\(form); q=\"a, b\"; charset=latin1", .isoLatin1),
            // Spellings of the same media type and charset agree, as two charset parameters of one field do.
            ("\(form); charset=UTF-8, Application/X-WWW-Form-Urlencoded;charset=utf8", .utf8), ("\(form), \(form); charset=UTF-8", .utf8),
        ] as [(String?, FormCharset)] {
            #expect(try FormCharset(contentType: contentType) == charset, "\(contentType ?? "nil")")
        }
        for (contentType, problem) in [
            ("\(form); charset=KOI8-U", #"The Content-Type declares charset "KOI8-U", which a form or a plain-text answer is not read in (UTF-8, ISO-8859-1, ISO-8859-15, windows-1252, windows-1250, windows-1251, KOI8-R, ISO-8859-5, ISO-8859-9, windows-1254, windows-1256, US-ASCII are)."#),
            ("\(form); charset=", #"The Content-Type "\#(form); charset=" names no one charset: its charset parameter has no value."#),
            ("\(form); charset=\"latin1", #"The Content-Type "\#(form); charset=\"latin1" names no one charset: its quoted charset is not closed."#),
            ("\(form); charset=utf-8; charset=latin1", #"The Content-Type "\#(form); charset=utf-8; charset=latin1" names no one charset: it declares charset "utf-8" and "latin1"."#),
            // Two Content-Type fields, as HTTPFields joins them: which one a server reads is a guess either way.
            ("\(form), \(form); charset=latin1",
             "The Content-Type \(DisplayText.quotedExcerpt("\(form), \(form); charset=latin1")) names no one charset: it joins 2 Content-Type values that differ (a field sent more than once?)."),
            ("text/plain, \(form)", "The Content-Type \(DisplayText.quotedExcerpt("text/plain, \(form)")) names no one charset: it joins 2 Content-Type values that differ (a field sent more than once?)."),
        ] {
            #expect(Self.problem { try FormCharset(contentType: contentType) } == "at `(top level)`: " + problem)
        }
    }

    struct Lookup: ProviderRequest {
        static let operation = OperationDescriptor(
            provider: "p", id: "lookup", summary: "", method: "GET", path: "/items/{id}", encoding: .query, request: "Lookup",
            responses: [])
        static let pathFields = ["id"]
        static let queryFields: [String] = []
        static let headerFields: [String] = []
        static let preEncodedFields: Set<String> = []
        var id: [String]
        var page: [Int]
    }

    @Test func aListInThePathIsAnErrorAndInTheQueryRepeats() throws {
        let http = try Lookup(id: ["7"], page: [1, 2]).httpRequest(baseURL: "https://p.example", authentication: .requestFields([]))
        #expect(http.url == "https://p.example/items/7?page=1&page=2")
        #expect(throws: RequestBuildingError.listInPath("id")) {
            try Lookup(id: ["7", "8"], page: []).httpRequest(baseURL: "https://p.example", authentication: .requestFields([]))
        }
    }
}

extension FormEncodingTests {
    struct Outbound: ProviderRequest {
        static let operation = OperationDescriptor(
            provider: "p", id: "outbound", summary: "", method: "POST", path: "/outbound/{sender}/requests", encoding: .json, request: "Outbound",
            responses: [])
        static let pathFields = ["sender"]
        static let preEncodedFields: Set<String> = ["sender"]
        var sender: String
    }

    /// A `preEncoded` path parameter was escaped again (Orange's `tel%3A%2B2250000` went out as `tel%253A%252B2250000`):
    /// its escapes are kept, what would leave the segment is still escaped, and `%2E%2E` is `..`, refused.
    @Test func aPreEncodedPathParameterKeepsItsEscapes() throws {
        let http = try Outbound(sender: "tel%3A%2B2250000").httpRequest(baseURL: "https://p.example", authentication: .requestFields([]))
        #expect(http.url == "https://p.example/outbound/tel%3A%2B2250000/requests")
        let escaped = try Outbound(sender: "a/b?c d").httpRequest(baseURL: "https://p.example", authentication: .requestFields([]))
        #expect(escaped.url == "https://p.example/outbound/a%2Fb%3Fc%20d/requests")
        // A `%` that begins no escape is sent as `%25`, as printed (an attack: `%zz` was printed raw and sent `%25zz`).
        for (stray, sent) in [("%", "%25"), ("%zz", "%25zz"), ("a%2", "a%252"), ("%4", "%254"), ("%41%", "%41%25"), ("caf%E9", "caf%E9"), ("..x", "..x"), ("..%2", "..%252")] {
            #expect(try Outbound(sender: stray).httpRequest(baseURL: "https://p.example", authentication: .requestFields([])).url
                == "https://p.example/outbound/\(sent)/requests", "\(stray)")
        }
        // A dot segment once decoded, alone or between slashes (an attack: `..%2F` stepped around the `..` refusal).
        // Checked as bytes: an escape that makes no UTF-8 (`%FF`) does not hide one (a review).
        for unsafe in ["%2E%2E", "%2e", "", "%2E%2E%2F", "..%2Fadmin", ".%2e/x", "a%2F..", "%2e%2e%5c", "..%2Fadmin%FF", "%FF%2F.."] {
            var validation = Validation(at: "")
            validation.pathSegment(unsafe, preEncoded: true, field: "sender")
            #expect(validation.violations.map(\.rule) == ["path"], "validate() says it first: \(unsafe)")
            #expect(throws: RequestBuildingError.unsafePathParameter("sender")) {
                try Outbound(sender: unsafe).httpRequest(baseURL: "https://p.example", authentication: .requestFields([]))
            }
        }
    }

    struct Subscribe: ProviderRequest {
        static let operation = OperationDescriptor(
            provider: "p", id: "subscribe", summary: "", method: "GET", path: "/subscribe", encoding: .query, request: "Subscribe",
            responses: [])
        static let preEncodedFields: Set<String> = ["callback"]
        var callback: String
        var note: String
    }

    /// A printed request redacted a URL's user information only where the URL was written out: a pre-encoded
    /// callback URL (`https%3A%2F%2Fdlr%3As3cret%40…`), or one a field holds percent-encoded, printed its password.
    @Test func aPrintedRequestRedactsTheUserInformationOfAPercentEncodedURL() throws {
        let callback = "https%3A%2F%2Fdlr%3As3cret%40hooks.example%2Freceipts"
        let http = try Subscribe(callback: callback, note: "see https%3A%2F%2Fops%3Ahunter2%40wiki.example%2Fsms")
            .httpRequest(baseURL: "https://p.example", authentication: .requestFields([]))
        #expect(http.url == "https://p.example/subscribe?callback=\(callback)&note=see%20https%253A%252F%252Fops%253Ahunter2%2540wiki.example%252Fsms")
        #expect(http.description == """
            GET https://p.example/subscribe?callback=https%3A%2F%2F%3Credacted%3E%40hooks.example%2Freceipts\
            &note=see%20https%253A%252F%252F%3Credacted%3E%2540wiki.example%252Fsms
            """)
        #expect(!"\(http)".contains("s3cret") && !"\(http)".contains("hunter2"))
    }
}

extension FormEncodingTests {
    /// A value that is one text or a list of them, read as a generated union reads it: the single text first.
    enum OneOrMany: Decodable, Equatable {
        case one(String)
        case many([String])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let one = try? container.decode(String.self) { self = .one(one) } else { self = .many(try container.decode([String].self)) }
        }
    }

    struct Recipients2: Decodable, Equatable {
        var to: OneOrMany
        var code: Int
    }

    /// The repeated-field check ran before anything else, so a union's list variant never read `to=a&to=b` (what the
    /// client writes for it): "Expected `String` or `[String]`". A scalar still refuses a repeated field.
    @Test func aRepeatedFieldIsReadByAListInsideAUnion() throws {
        #expect(try FormDecoder().decode(Recipients2.self, from: "to=a&to=b&code=1") == Recipients2(to: .many(["a", "b"]), code: 1))
        #expect(try FormDecoder().decode(Recipients2.self, from: "to=a&code=1") == Recipients2(to: .one("a"), code: 1))
        #expect(Self.problem { try FormDecoder().decode(Recipients2.self, from: "to=a&code=1&code=2") }
            == "at `code`: The field appears 2 times; it takes one value.")
    }

    struct Report: Codable, Equatable {
        var units: Int?
        var charge: Double?
        var big: Int64?
        var flash: Bool?
        var price: Decimal?
        var note: String?
        var status: WireCode?
    }

    /// Gateways leave an unset optional field empty (`units=&charge=`): "" is no number, so such a report did not
    /// decode. An empty optional number or boolean is absent; text keeps "", and a code its empty text.
    @Test func anEmptyOptionalNumberInAFormIsAbsent() throws {
        let report = try FormDecoder().decode(Report.self, from: "units=&charge=&big=&flash=&price=&note=&status=")
        #expect(report == Report(units: nil, charge: nil, big: nil, flash: nil, price: nil, note: "", status: WireCode(text: "")))
        #expect(try FormDecoder().decode(Report.self, from: "units=3&price=1.50") == Report(units: 3, price: Decimal(string: "1.50")))
        struct Required: Decodable { var units: Int }
        #expect(Self.problem { try FormDecoder().decode(Required.self, from: "units=") } == "at `units`: expected an integer; \"\" is not an integer.")
    }
}

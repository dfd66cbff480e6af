import Foundation
import SMSProviders
import SMSSpecRuntime
import SMSSpecVocabulary
import Testing

/// A URL's user information (`https://user:password@host/`) is a credential: a callback URL with Basic authentication,
/// a base URL with the account in it. Messages, errors and printed requests show it as `<redacted>`.
@Suite struct UserinfoRedactionTests {
    @Test func aURLViolationDoesNotQuoteTheUserinfo() {
        // A port beyond 65535 makes Bind's callback URL a violation, which quotes the value.
        let request = Bind.SendTemplateRequest(id: "t", to: "385921234567", callbackURL: "https://shop:s3cr3t@example.com:99999/dlr")
        let messages = request.validate().map(\.description)
        #expect(messages == ["callback_url: \"https://<redacted>@example.com:99999/dlr\" is not an http(s) URL: its port is above 65535"])
    }

    /// A URL field may repeat a credential of its message in its query (a callback URL carrying the API secret, an SNS
    /// confirmation's `SubscribeURL` its `Token`): printed or written for people, it shows each spelling of it redacted.
    @Test func aURLFieldHidesTheCredentialsOfItsMessage() throws {
        let request = Ginota.SendRequest(
            apiKey: "KEY-never-printed", apiSecret: "s3cr3t!never", srcAddr: "Shop", dstAddr: "6591234567", content: "Hi",
            url: "https://shop.example/dlr?secret=s3cr3t%21never&key=KEY-never-printed&raw=s3cr3t!never")
        var dumped = ""
        dump(request, to: &dumped)
        let encoder = JSONEncoder()
        encoder.userInfo[.redactSecrets] = true
        let forPeople = String(decoding: try encoder.encode(request), as: UTF8.self)
        for printed in ["\(request)", dumped, forPeople] {
            #expect(!printed.contains("never"), "\(printed)")
            #expect(printed.contains("secret=<redacted>&key=<redacted>&raw=<redacted>"), "\(printed)")
        }
        #expect(String(decoding: try JSONEncoder().encode(request), as: UTF8.self).contains("secret=s3cr3t%21never&key=KEY-never-printed"))
    }

    /// Every spelling a URL builder gives a credential: `URLComponents.queryItems` (`/` kept, `=` encoded), Python's
    /// `quote()`, a path segment's, and a pre-encoded key written decoded.
    @Test(arguments: [
        "?secret=s3cr3t/never%3D", "?secret=s3cr3t/never%3d", "/s3cr3t%2Fnever=/", "?secret=s3cr3t%2Fnever%3D", "?k=3zJU/t7DX6g=",
    ])
    func aURLFieldHidesEverySpellingOfACredential(query: String) throws {
        let request = Ginota.SendRequest(
            apiKey: "3zJU%2Ft7DX6g%3D", apiSecret: "s3cr3t/never=", srcAddr: "Shop", dstAddr: "6591234567", content: "Hi",
            url: "https://shop.example/dlr" + query)
        #expect(!"\(request)".contains("never") && !"\(request)".contains("t7DX6g"), "\(request)")
    }

    /// A violation quotes the value that breaks the rule, which may repeat a credential of its message (a sender ID
    /// given the API key by mistake): `validate()` shows it redacted, as `smsspec validate` did alone.
    @Test func aViolationShowsNoCredentialOfItsMessage() {
        let request = RajaSMS.OTPSendRequest(apiKey: "Sup3rSecretPW", senderID: "Sup3rSecretPW", dataPacket: [RajaSMS.Packet(number: "6281234567890", message: "Hi")])
        let shown = request.validate().map(\.description)
        #expect(shown.count == 1 && shown.allSatisfy { $0.contains("<redacted>") && !$0.contains("Sup3rSecretPW") }, "\(shown)")
    }

    /// A violation's quote is escaped and cut: a credential holding `"` or `\` escaped, or one the cut after 64
    /// characters went through (`…&key=LIVEKEY12…`), was no longer found in it and showed (whole or its beginning).
    @Test func aViolationsQuoteShowsNoCredentialItEscapesOrCuts() {
        for (secret, value) in [
            ("ZXCVBNMASDFGHJKLqwerty", String(repeating: "1", count: 60) + "ZXCVBNMASDFGHJKLqwerty"),
            (#"pa"ss\word99"#, #"xpa"ss\word99"#),
        ] {
            let request = Ginota.BulkSendRequest(apiKey: "k", apiSecret: Secret(secret), srcAddr: "Shop", dstAddrs: value, content: "Hi")
            let shown = request.validate().map(\.description).joined(separator: "\n")
            #expect(shown.contains("dstAddrs"), "\(shown)")
            #expect(!shown.contains("ZXCV") && !shown.contains("word99"), "\(shown)")
        }
    }

    /// A combining mark, variation selector or skin-tone modifier right after a credential joins its last character
    /// into another: a match of whole characters missed it, and `print` showed the key.
    @Test(arguments: ["\u{301}", "\u{FE0F}", "\u{1F3FB}"])
    func aCredentialFollowedByAJoiningMarkIsHidden(mark: String) {
        let request = Ginota.SendRequest(
            apiKey: "KEY-never-printed", apiSecret: "s3cr3tNever", srcAddr: "Shop", dstAddr: "6591234567", content: "Hi",
            url: "https://shop.example/dlr?secret=s3cr3tNever\(mark)&x=1")
        #expect(!"\(request)".contains("s3cr3t"), "\(request)")
    }

    /// A field with the `url` rule printed its user information (`print`, `dump`, a logger's interpolation) and wrote
    /// it for people (`.redactSecrets`, as `smsspec decode` asks); encoded plainly, the URL is the one sent.
    @Test func aURLFieldPrintsAndWritesForPeopleWithoutItsUserinfo() throws {
        let request = Bind.SendTemplateRequest(id: "t", to: "385921234567", callbackURL: "https://shop:s3cr3t@example.com/dlr")
        var dumped = ""
        dump(request, to: &dumped)
        for printed in [String(describing: request), String(reflecting: request), "\(request)", dumped] {
            #expect(printed.contains("https://<redacted>@example.com/dlr"), "\(printed)")
            #expect(!printed.contains("s3cr3t"), "\(printed)")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(String(decoding: try encoder.encode(request), as: UTF8.self).contains(#""callback_url":"https://shop:s3cr3t@example.com/dlr""#))
        encoder.userInfo[.redactSecrets] = true
        #expect(String(decoding: try encoder.encode(request), as: UTF8.self).contains(#""callback_url":"https://<redacted>@example.com/dlr""#))
        let sent = try request.httpRequest(baseURL: "https://messaging-api.bind.hr", authentication: Bind.provider.authentication, credentials: .apiKey("k"))
        #expect(sent.body.map { String(decoding: $0, as: UTF8.self) }?.contains("https://shop:s3cr3t@example.com/dlr") == true)
    }

    /// A credential-named pair in a PHP-style name (`data[pwd]=`, `x%5Baccess_token%5D=`) or in the fragment (OAuth's
    /// `#access_token=…`, after a route's `?` too) printed whole (an attack); pairs not so named, and a fragment that
    /// holds none, print as they are.
    @Test func aURLsBracketedOrFragmentCredentialsAreHidden() {
        for (url, shown) in [
            ("https://h.example/cb?data[pwd]=PW1&x=1", "https://h.example/cb?data[pwd]=<redacted>&x=1"),
            ("https://h.example/cb?data%5Bapikey%5D=K2", "https://h.example/cb?data%5Bapikey%5D=<redacted>"),
            ("https://h.example/cb?x[access_token][0]=T3#top", "https://h.example/cb?x[access_token][0]=<redacted>#top"),
            ("https://h.example/cb#access_token=T4&state=s", "https://h.example/cb#access_token=<redacted>&state=s"),
            ("https://h.example/cb?x=1#/route?apiKey=K5", "https://h.example/cb?x=1#/route?apiKey=<redacted>"),
            ("https://h.example/cb?monkey[0]=m#section-2", "https://h.example/cb?monkey[0]=m#section-2"),
        ] {
            #expect(DisplayText.redactingURLUserinfo(url) == shown)
        }
    }

    /// RajaSMS's `callbackurl` and Ginota's `url` have no `url` rule (RajaSMS documents an empty text as "none", which the
    /// rule refuses), so `print(request)` showed a callback URL's password (attack review F8): a field whose name says it
    /// holds URLs is printed, dumped and written for people the same way; sent, it is the URL given.
    @Test func aFieldNamedAsAURLPrintsWithoutItsUserinfo() throws {
        let raja = RajaSMS.SendRequest(apiKey: "k", callbackURL: "https://shop:s3cr3t@example.com/dlr", dataPacket: [])
        var ginota = Ginota.SendRequest(apiKey: "k", apiSecret: "s", srcAddr: "Shop", dstAddr: "6591234567", content: "hi")
        ginota.url = "https://shop:s3cr3t@example.com/dlr"
        for request in [raja, ginota] as [any Encodable] {
            var dumped = ""
            dump(request, to: &dumped)
            for printed in [String(describing: request), String(reflecting: request), "\(request)", dumped] {
                #expect(printed.contains("https://<redacted>@example.com/dlr") && !printed.contains("s3cr3t"), "\(printed)")
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            #expect(String(decoding: try encoder.encode(request), as: UTF8.self).contains("https://shop:s3cr3t@example.com/dlr"))
            encoder.userInfo[.redactSecrets] = true
            let forPeople = String(decoding: try encoder.encode(request), as: UTF8.self)
            #expect(forPeople.contains("https://<redacted>@example.com/dlr") && !forPeople.contains("s3cr3t"), "\(forPeople)")
        }
    }

    /// Redacted before the cut, so a user name longer than the excerpt cannot leave its beginning; the length said is
    /// the value's own.
    @Test func aLongValueIsRedactedBeforeItIsCut() {
        let user = String(repeating: "u", count: 100), path = String(repeating: "p", count: 100)
        let excerpt = DisplayText.quotedExcerpt("https://\(user):pw@host/\(path)")
        #expect(excerpt == "\"https://<redacted>@host/\(path.prefix(40))…\" (217 characters)")
        #expect(DisplayText.quotedExcerpt("https://\(user):pw@host/") == "\"https://<redacted>@host/\"")
    }

    @Test func userinfoIsFoundWhereverAURLStands() {
        #expect(DisplayText.redactingUserinfo("see https://a:b@h/x and ftp://tok@h2?q=1#f") == "see https://<redacted>@h/x and ftp://<redacted>@h2?q=1#f")
        // WHATWG reads the last `@` of the authority as its end: a password holding `@` is redacted whole.
        #expect(DisplayText.redactingUserinfo("https://a:p@ss@host") == "https://<redacted>@host")
        // No user information, an `@` after the authority, an empty one: nothing to hide.
        for text in ["https://host/a@b", "mailto:a@b", "https://@host", "://", "", "a@b://"] {
            #expect(DisplayText.redactingUserinfo(text) == text)
        }
        // Multi-byte text around it stays whole.
        #expect(DisplayText.redactingUserinfo("é https://ü:ß@hôst/ é") == "é https://<redacted>@hôst/ é")
    }

    /// WHATWG parsers give a special scheme (`http`, `https`, `ws`, `wss`, `ftp`) an authority however the slashes are
    /// written: `https:/u:p@h`, `https:u:p@h`, `https:\\u:p@h` and `https:/<TAB>/u:p@h` are all `https://u:p@h`, and
    /// printed their password (attack review). Another scheme needs its `//` (`mailto:a@b`, `urn:x:y@z` stay).
    @Test func aSpecialSchemesCarelessSlashesStillStartAnAuthority() {
        for url in ["https:/shop:s3cr3t@h/x", "https:shop:s3cr3t@h/x", #"https:\\shop:s3cr3t@h/x"#, "https:/\t/shop:s3cr3t@h/x", "HTTP:\\/shop:s3cr3t@h/x"] {
            #expect(DisplayText.redactingUserinfo("callback \(url) y") == "callback \(url.components(separatedBy: "shop")[0])<redacted>@h/x y", "\(url)")
        }
        // As JSON prints it: `\\` and `\/` are the escapes of the slashes.
        #expect(DisplayText.redactingUserinfo(#""https:\\\\shop:s3cr3t@h/x""#) == #""https:\\\\<redacted>@h/x""#)
        // A URL right after another's authority (a list without spaces) was skipped: the first authority ran into its
        // scheme and ended at its `//`.
        #expect(DisplayText.redactingUserinfo("http://me@a.example,https://u:pw@h/x") == "http://<redacted>@a.example,https://<redacted>@h/x")
        // A scheme inside the user information is the user information's (a first version went back to it and trapped).
        #expect(DisplayText.redactingUserinfo("http://x@https:z@h/") == "http://<redacted>@h/")
        #expect(DisplayText.redactingUserinfo("http://x@https://z@h/ y") == "http://<redacted>@https://<redacted>@h/ y")
        // A line break inside an authority holding a password (a URL wrapped in a spec's prose, which a Markdown cell
        // joins with a space and a Swift literal writes `\n`): WHATWG parsers drop it, so the password is the URL's.
        #expect(DisplayText.redactingUserinfo("ours http://ops:hunter6\n@example.com") == "ours http://<redacted>@example.com")
        #expect(DisplayText.redactingUserinfo("ours http://ops:hunter6\r\n@example.com x") == "ours http://<redacted>@example.com x")
        #expect(DisplayText.redactingUserinfo("see http://example.com\nmail ops@example.com") == "see http://example.com\nmail ops@example.com")
        // Ends of text (a URL after a careless password's space is looked for there: it trapped past the end).
        for text in ["mailto:a@b", "urn:x:y@z", "status: ok user:x@y", "xhttps:/u:p@h", "http: 200 OK", "https:", "https:/", "http://h:1/x y https:", "http://h:1/x y ws"] {
            #expect(DisplayText.redactingUserinfo(text) == text, "\(text)")
        }
    }

    /// More slashes after a special scheme's `://` (`https:///u:p@h`, `https://\\u:p@h`, as encoded) and a
    /// scheme-relative URL (`//u:p@h`) are authorities to WHATWG parsers and to URLComponents, and printed their
    /// password: in a url rule's violation, the client's `invalidRequest`, `print` of a request and `smsspec decode`.
    @Test func moreSlashesAndNoSchemeStillStartAnAuthority() {
        for (url, shown) in [
            ("https:///user:pw-secret@h/cb", "https:///<redacted>@h/cb"), ("https:////user:pw-secret@h/cb", "https:////<redacted>@h/cb"),
            (#"https://\\user:pw-secret@h/cb"#, #"https://\\<redacted>@h/cb"#), ("HTTPS:///user:pw-secret@h", "HTTPS:///<redacted>@h"),
            ("ws:///user:pw-secret@h", "ws:///<redacted>@h"), ("https:///pw-secret@h", "https:///<redacted>@h"),
            ("https%3A%2F%2F%2Fuser%3Apw-secret%40h", "https%3A%2F%2F%2F<redacted>%40h"),
            ("//user:pw-secret@h/cb", "//<redacted>@h/cb"),
            // Three slashes, backslashes, and the same percent-encoded, with no scheme (final read).
            ("///user:pw-secret@h", "///<redacted>@h"), (#"\\user:pw-secret@h"#, #"\\<redacted>@h"#),
            ("%2F%2Fuser%3Apw-secret%40h", "%2F%2F<redacted>%40h"),
        ] {
            #expect(DisplayText.redactingUserinfo("\"\(url)\" is not an http(s) URL") == "\"\(shown)\" is not an http(s) URL", "\(url)")
            #expect(DisplayText.redactingUserinfo("callback \(url) x") == "callback \(shown) x", "\(url)")
        }
        #expect(DisplayText.redactingUserinfo("see [//user:pw-secret@h]") == "see [//<redacted>@h]")
        #expect(DisplayText.redactingUserinfo("GET /dlr?cb=%2F%2Fuser%3Apw-secret%40h") == "GET /dlr?cb=%2F%2F<redacted>%40h")
        // Another scheme's, and slashes inside a path or a comment, are no authority.
        for text in ["file:///home/u:p@h", "see a//b:c@d", "// contact ops@example.com", "mailto:a@b", "http://h/x//y:z@w"] {
            #expect(DisplayText.redactingUserinfo(text) == text, "\(text)")
        }
    }

    /// A quote or angle bracket inside the user information ended the authority before its `@` (WHATWG reads
    /// `https://u"x:pw@h` as the user `u%22x`), and so did JSON's escaped quote: only the quote that closes one
    /// standing right before the scheme ends it.
    @Test func aQuoteInsideTheUserinfoIsTheUserinfos() {
        #expect(DisplayText.redactingUserinfo(#"https://u"x:pw@h/"#) == "https://<redacted>@h/")
        #expect(DisplayText.redactingUserinfo("see https://u'x:pw@h or <https://u\"x:pw@h> or `https://u<x:pw@h`") == "see https://<redacted>@h or <https://<redacted>@h> or `https://<redacted>@h`")
        #expect(DisplayText.redactingUserinfo(#"{"url" : "https://u\"x:pw@h"}"#) == #"{"url" : "https://<redacted>@h"}"#)
        #expect(DisplayText.redactingUserinfo(#"'https%3A%2F%2Fu"x%3Apw%40h'"#) == "'https%3A%2F%2F<redacted>%40h'")
        // The quote that closes the one before the URL ends it: an `@` after it is other text's.
        for text in [#"{"url":"https://host","x":"a@b"}"#, "'https://host'@x", "<https://host>@x", "`https://h`@x", #""https://h\"#, #"\"https://h\"@x"#] {
            #expect(DisplayText.redactingUserinfo(text) == text)
        }
    }

    /// A control character in the user information (a tab WHATWG drops, a `\u{1}` it percent-encodes), raw or as
    /// JSON prints it (`\t`, `\u0001`), ended it before its `@`.
    @Test func aControlCharacterInsideTheUserinfoIsTheUserinfos() {
        for text in ["https://u\tx:pw@h/", "https://u\u{1}x:pw@h/", "https://u\u{7F}x:pw@h/", #"https://u\tx:pw@h/"#, #"https://u\u0001x:pw@h/"#] {
            #expect(DisplayText.redactingUserinfo(text) == "https://<redacted>@h/", "\(text)")
        }
        // A space or a line break still ends it (prose goes on after a URL), and so does a backslash, escaped or not.
        for text in ["https://host mail me@x", "https://host\nme@x", #"https://h\\x@y"#, #"https://h\x@y"#] {
            #expect(DisplayText.redactingUserinfo(text) == text, "\(text)")
        }
    }

    /// A URL written percent-encoded (a pre-encoded callback URL, or one a provider echoes encoded) showed its
    /// password: only `://` and `@` written out were looked for.
    @Test func userinfoIsFoundInAPercentEncodedURL() {
        #expect(DisplayText.redactingUserinfo("cb=https%3A%2F%2Fshop%3Apw%40hooks.example%2Fdlr%3Fa%3D1&x=1")
            == "cb=https%3A%2F%2F<redacted>%40hooks.example%2Fdlr%3Fa%3D1&x=1")
        #expect(DisplayText.redactingUserinfo("https%3a%2f%2ftok%40h") == "https%3a%2f%2f<redacted>%40h")
        // The authority ends at an encoded `/`, `?`, `#` or `\`: an `@` after it is the path's.
        for text in ["https%3A%2F%2Fhost%2Fa%40b", "https%3A%2F%2Fhost%3Fq%40b", "https%3A%2F%2F%40host", "%3A%2F%2F", "\u{1A}//a@b"] {
            #expect(DisplayText.redactingUserinfo(text) == text)
        }
    }

    /// Encoded again (a form field holding a pre-encoded URL, decoded once), or with `/` left as it is (Python's
    /// `quote()`: `https%3A//u%3Ap%40host`): each showed its password.
    @Test func userinfoIsFoundEncodedTwiceOrInPart() {
        #expect(DisplayText.redactingUserinfo("https%253A%252F%252Fshop%253Apw%2540h%252Fx") == "https%253A%252F%252F<redacted>%2540h%252Fx")
        #expect(DisplayText.redactingUserinfo("https%3A//shop%3Apw%40hooks.example/dlr") == "https%3A//<redacted>%40hooks.example/dlr")
        #expect(DisplayText.redactingUserinfo("https:%2F%2Fshop:pw@h") == "https:%2F%2F<redacted>@h")
        // An encoded `/` one level deeper than the URL's own is the user information's: `%2F` in a written URL,
        // `%252F` in an encoded one.
        #expect(DisplayText.redactingUserinfo("https://u%2Fx:pw@h/") == "https://<redacted>@h/")
        #expect(DisplayText.redactingUserinfo("https%3A%2F%2Fu%252Fx%3Apw%40h") == "https%3A%2F%2F<redacted>%40h")
        // The path's `@` after an encoded slash of the URL's own depth stays.
        #expect(DisplayText.redactingUserinfo("https%253A%252F%252Fh%252Fa%2540b") == "https%253A%252F%252Fh%252Fa%2540b")
    }

    /// Megabytes of `25` after a `%` (a `%` encoded again and again) are looked at to a bounded depth at each byte;
    /// megabytes of encoded percents before an encoded URL leave it found.
    @Test func longRunsOfEncodedPercentsAreReadInLinearTime() {
        let clock = ThreadCPUClock(), start = clock.now
        let deep = "%" + String(repeating: "25", count: 1 << 21) + "3A%2F%2Fu%3Ap%40h"
        #expect(DisplayText.redactingUserinfo(deep) == deep)
        let many = String(repeating: "%25", count: 1 << 20) + "3A%2F%2Fu%3Ap%40h"
        let redacted = DisplayText.redactingUserinfo(many)
        #expect(redacted.hasSuffix("%253A%2F%2F<redacted>%40h") && redacted.utf8.count == many.utf8.count + 5)
        #expect(clock.now - start < .seconds(10))
    }

    /// A form value is quoted in a decoding error; the receiver's 400 answer carries it to whoever sent it, and the
    /// server's log to whoever reads it.
    @Test func aDecodingErrorDoesNotQuoteTheUserinfo() {
        struct Receipt: Decodable { let status: Int }
        let error = #expect(throws: (any Error).self) {
            try FormDecoder().decode(Receipt.self, from: "status=https://shop:s3cr3t@example.com/")
        }
        let text = error.map(DecodingErrorDescription.describe) ?? ""
        #expect(text.contains("\"https://<redacted>@example.com/\" is not") && !text.contains("s3cr3t"), "\(text)")
    }

    /// The printed request (`description`, `dump`) hides the base URL's user information and a field's URL's.
    @Test func aPrintedRequestHidesUserinfo() throws {
        let http = try OCA.StatusRequest(msgUID: "https://a:leak@x.example").httpRequest(
            baseURL: "https://acct:topsecret@oca.example", authentication: OCA.provider.authentication,
            credentials: .basic(username: "shop", password: "pw"))
        #expect(http.url.hasPrefix("https://acct:topsecret@oca.example/"))
        var dumped = ""
        dump(http, to: &dumped)
        for printed in [http.description, http.debugDescription, dumped] {
            #expect(!printed.contains("topsecret") && !printed.contains("leak"), "\(printed)")
            #expect(printed.contains("https://<redacted>@oca.example/"), "\(printed)")
        }
    }
}

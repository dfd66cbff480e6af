import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// `separator:` on a list field: the wire writes the list as one text (Textlocal's `numbers=447…,447…`), in a form,
/// the query, the path, a header or JSON alike; it reads back as the same list or not at all.
@Suite struct SeparatedListTests {
    static let yaml = """
        enums:
          Kind: {values: {plain: Plain., flash: Flash.}}
        operations:
          send:
            method: POST
            path: /send/{groups}
            request: Send
            responses: {200: {shape: Sent, summary: Sent.}}
        shapes:
          Send:
            fields:
              groups: {type: '[int]', separator: '-', in: path, constraints: {minimum: 0}}
              numbers: {type: '[string]', separator: ',', constraints: {minItems: 1, maxItems: 3}}
              ids: {type: '[int64]', separator: ';', in: query, required: false}
              X-Kinds: {type: '[Kind]', separator: ' ', in: header, required: false, name: kinds}
          Sent:
            fields:
              numbers: {type: '[string]', separator: ','}
              counts: {type: '[int]', separator: '|', required: false}

        """

    /// An operation sending the shape `Send`, whose fields follow.
    static let sendShape = """
        operations:
          send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
        shapes:
          Send:
            fields:

        """

    static let main = #"""
        import Foundation
        import SMSSpecRuntime
        let send = Acme.Send(groups: [1, 22], numbers: ["447700900001", "447700900002"], ids: [5, 6], kinds: [.flash, .unknown("vip")])
        let request = try send.httpRequest(baseURL: "https://api.acme.example", authentication: .requestFields([]))
        print(request.url)
        print(request.headers.filter { $0.name == "X-Kinds" }.map(\.value))
        print(String(decoding: request.body ?? Data(), as: UTF8.self))
        let back = try FormDecoder().decode(Acme.Send.self, from: Data("groups=1-22&ids=5%3B6&X-Kinds=flash+vip&numbers=447700900001%2C447700900002".utf8))
        print(back == send, back.kinds ?? [])
        // JSON: one string; the empty text is the empty list; a separator before a combining mark still separates.
        let decoder = JSONDecoder()
        for json in [#"{"numbers": "a,b", "counts": "1|2"}"#, #"{"numbers": "", "counts": null}"#, #"{"numbers": "a,\u0301b,"}"#] {
            let sent = try decoder.decode(Acme.Sent.self, from: Data(json.utf8))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(sent.numbers.map(\.unicodeScalars.count), sent.counts ?? [], String(decoding: try encoder.encode(sent), as: UTF8.self))
        }
        for json in [#"{"numbers": "a", "counts": "1|x"}"#, #"{"numbers": ["a"]}"#, #"{"numbers": "a", "counts": "1||2"}"#] {
            do {
                _ = try decoder.decode(Acme.Sent.self, from: Data(json.utf8))
            } catch {
                print(DecodingErrorDescription.describe(error))
            }
        }
        // What cannot be read back as itself is reported by validate() and refused by the encoder, never sent.
        for numbers in [["447700900001,447700900002"], [""], ["a", ""], []] {
            let bad = Acme.Send(groups: [1], numbers: numbers)
            print(bad.validate().map { "\($0.path) \($0.rule): \($0.message)" })
            do {
                _ = try bad.httpRequest(baseURL: "https://api.acme.example", authentication: .requestFields([]))
                print("sent")
            } catch {
                print(error)
            }
        }
        """#

    @Test func aListTravelsAsOneTextAndReadsBackAsItself() throws {
        let spec = Snippet.header(providerKeys: "  encoding: form\n") + Self.yaml
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: Self.main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == #"""
            https://api.acme.example/send/1-22?ids=5%3B6
            ["flash vip"]
            numbers=447700900001%2C447700900002
            true ["flash", "vip"]
            [1, 1] [1, 2] {"counts":"1|2","numbers":"a,b"}
            [] [] {"numbers":""}
            [1, 2, 0] [] {"numbers":"a,\#u{301}b,"}
            at `counts`: Element 1 of "1|x" is "x", not an integer.
            at `numbers`: expected text, found a list
            at `counts`: Element 1 of "1||2" is "", not an integer.
            ["numbers separator: has element 0 (\"447700900001,447700900002\"), which holds the separator \",\" and would be read back as more than one element"]
            EncodingError.invalidValue: ["447700900001,447700900002"] (Array<String>). Path: numbers. Debug description: The list has element 0 ("447700900001,447700900002"), which holds the separator "," and would be read back as more than one element.
            ["numbers separator: is one empty element, which is written as empty text and read back as the empty list"]
            EncodingError.invalidValue: [""] (Array<String>). Path: numbers. Debug description: The list is one empty element, which is written as empty text and read back as the empty list.
            []
            sent
            ["numbers minItems: has 0 items; the minimum is 1"]
            sent

            """#, "\(run?.output ?? "")")
    }

    @Test func aSeparatorThatCannotReadBackIsALocatedError() {
        let yaml = Self.sendShape + """
                  one: {type: string, separator: ','}
                  two: {type: '[string]', separator: ', '}
                  letter: {type: '[string]', separator: x}
                  digit: {type: '[int]', separator: '1'}
                  arabic: {type: '[string]', separator: '،'}
                  empty: {type: '[string]', separator: ''}
                  bare: {type: '[string]', separator: ,}
                  prices: {type: '[decimal]', separator: ','}
                  flags: {type: '[bool]', separator: ','}
                  nested: {type: '[[string]]', separator: ','}
                  X-List: {type: '[string]', in: header}
                  coded: {type: '[string]', separator: ',', preEncoded: true}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "13:38: 'separator' applies to list fields (type '[string]'), whose elements it joins into one text; field 'one' of shape 'Send' is 'string'",
            #"14:42: 'separator' of field 'two' of shape 'Send' must be one printable ASCII character that is not a letter or digit, such as ",", ";" or " "; found ", ""#,
            #"15:45: 'separator' of field 'letter' of shape 'Send' must be one printable ASCII character that is not a letter or digit, such as ",", ";" or " "; found "x""#,
            #"16:41: 'separator' of field 'digit' of shape 'Send' must be one printable ASCII character that is not a letter or digit, such as ",", ";" or " "; found "1""#,
            #"17:45: 'separator' of field 'arabic' of shape 'Send' must be one printable ASCII character that is not a letter or digit, such as ",", ";" or " "; found "،""#,
            #"18:44: 'separator' of field 'empty' of shape 'Send' must be one printable ASCII character that is not a letter or digit, such as ",", ";" or " "; found """#,
            "19:43: 'separator' of field 'bare' of shape 'Send' is empty: YAML reads a bare ',' as syntax; quote it: separator: ','",
            "20:22: a list with a 'separator' holds string, int, int64, enum or table values, whose text reads back as the same value; field 'prices' of shape 'Send' is a list of 'decimal'",
            "21:21: a list with a 'separator' holds string, int, int64, enum or table values, whose text reads back as the same value; field 'flags' of shape 'Send' is a list of 'bool'",
            "22:22: a list with a 'separator' holds string, int, int64, enum or table values, whose text reads back as the same value; field 'nested' of shape 'Send' is a list of '[string]'",
            "23:7: field 'X-List' of shape 'Send' is 'in: header', so it must be a string, number, bool, date, enum or table code, or a list of strings, integers, enum values or table codes with a 'separator' (one text)",
            "24:44: field 'coded' of shape 'Send' has a 'separator' and is 'preEncoded': the joined text's separators are escaped (%2C) as an element's own escapes are kept, so the two read back alike ([\"a%2Cb\", \"c\"] would arrive as a,b,c); remove 'preEncoded'",
        ])
    }

    /// A list of strings or integers holds its value rules for each element, named by index, rule by rule; the list's
    /// own rules (`minItems`, `maxItems`, `separator`) come first.
    @Test func aListsValueRulesHoldForEachElement() throws {
        let yaml = Self.sendShape + """
                  to: {type: '[string]', separator: ',', constraints: {maxItems: 2, minLength: 3, pattern: '^\\+?[0-9]+$', phone: {country: ID, forms: [e164]}}}
                  hooks: {type: '[string]', required: false, constraints: {url: true}}
                  ttl: {type: '[int64]', required: false, constraints: {minimum: 1, maximum: 9}}

            """
        let spec = Snippet.header(providerKeys: "  phoneNumbers: {ID: {countryCode: '62', nationalPrefix: '0', mobile: '8[1-35-9][0-9]{7,10}'}}\n") + yaml
        let main = #"""
            import SMSSpecRuntime
            let send = Acme.Send(to: ["+6281234567890", "12", "x"], hooks: ["https://a.example/h", "ftp://b"], ttl: [0, 5, 10])
            for violation in send.validate() { print(violation.path, violation.rule, violation.message) }
            print(Acme.Send(to: ["+6281234567890"]).validate().isEmpty)
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == """
            to maxItems has 3 items; the maximum is 2
            to[1] minLength is 2 characters long; the minimum is 3
            to[2] minLength is 1 characters long; the minimum is 3
            to[2] pattern "x" does not match ^\\+?[0-9]+$
            to[1] phone "12" is not a mobile number of ID written as +62…
            to[2] phone "x" is not a mobile number of ID written as +62…
            hooks[1] url "ftp://b" is not an http(s) URL: its scheme is not http or https
            ttl[0] minimum is 0; the minimum is 1
            ttl[2] maximum is 10; the maximum is 9
            true

            """, "\(run?.output ?? "")")
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: spec)], options: GeneratorOptions())
        let models = try #require(files.first { $0.name == "acme.models.swift" }).contents
        #expect(models.contains("Constraints: at most 2 items; each element at least 3 characters, matches `^\\+?[0-9]+$`; each element a mobile number of ID written e164."), "\(models)")
    }

    @Test func aRuleAListCannotHoldForEachElementIsALocatedError() {
        let yaml = Self.sendShape + """
                  texts: {type: '[string]', constraints: {maxSegments: 1}}
                  counts: {type: '[int]', constraints: {pattern: '^1$', minLength: 1, url: true}}
                  prices: {type: '[decimal]', constraints: {minimum: 1}}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "13:60: 'maxSegments' applies to string fields; field 'texts' of shape 'Send' is '[string]'",
            "14:54: 'pattern' applies to string fields and lists of them; field 'counts' of shape 'Send' is '[int]'",
            "14:72: 'minLength' applies to string fields and lists of them; field 'counts' of shape 'Send' is '[int]'",
            "14:80: 'url' applies to string fields and lists of them; field 'counts' of shape 'Send' is '[int]'",
            "15:58: 'minimum' applies to integer fields and lists of them; field 'prices' of shape 'Send' is '[decimal]'",
        ])
    }

    /// A separator an element's own rules need makes every message that keeps them unsendable: lint says so.
    @Test func aSeparatorTheElementsNeedIsALocatedError() {
        let yaml = """
            enums:
              Channel: {values: {sms: SMS., 'wa,b': WhatsApp Business.}}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
            shapes:
              Send:
                fields:
                  to: {type: '[string]', separator: '+', constraints: {phone: {country: ID, forms: [e164]}}}
                  hooks: {type: '[string]', separator: '/', constraints: {url: true}}
                  offsets: {type: '[int]', separator: '-'}
                  ages: {type: '[int]', separator: '-', constraints: {minimum: 0}}
                  channels: {type: '[Channel]', separator: ','}

            """
        #expect(Snippet.diagnostics(yaml, providerKeys: "  phoneNumbers: {ID: {countryCode: '62', nationalPrefix: '0', mobile: '8[1-35-9][0-9]{7,10}'}}\n") == [
            "16:41: 'separator' of field 'to' of shape 'Send' is '+', which every element its phone rule accepts starts with (e164: +62…): choose another separator",
            #"17:44: 'separator' of field 'hooks' of shape 'Send' is "/", which every URL its url rule accepts holds (https://…): choose another separator"#,
            "18:43: 'separator' of field 'offsets' of shape 'Send' is '-', which a negative element is written with (-5): give the list 'minimum: 0', or another separator",
            #"20:48: 'separator' of field 'channels' of shape 'Send' is ",", which value "wa,b" of enum 'Channel' holds: it would be sent as two elements; choose another separator"#,
        ])
    }

    /// A separator a query or form reads as its own syntax when the provider leaves it unescaped (`404+407` is one
    /// text, `404 407`): refused in the query and in a form or query payload, request or callback; taken elsewhere.
    @Test func aSeparatorAQueryOrFormReadsOtherwiseIsALocatedError() {
        let yaml = """
            operations:
              send: {method: POST, path: /send, encoding: form, request: Send, responses: {200: {summary: Sent.}}}
              look: {method: POST, path: /look, encoding: json, request: Look, responses: {200: {summary: Sent.}}}
            callbacks:
              Report: {encoding: query, shape: Report}
            shapes:
              Send:
                fields:
                  to: {type: '[string]', separator: '+'}
                  X-Codes: {type: '[string]', separator: '+', in: header, name: codes}
              Look:
                fields:
                  ids: {type: '[int]', separator: '#', in: query}
                  names: {type: '[string]', separator: '&'}
              Report:
                fields:
                  status: {type: '[string]', separator: '%'}
                  ids: {type: '[int]', separator: '=', required: false}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "16:41: 'separator' of field 'to' of shape 'Send' is \"+\", which a form sent by operation 'send' reads as a space where the provider "
                + "leaves it unescaped (a+b is not the elements a and b): choose another separator, or ' ' if the provider joins them with a raw '+'",
            "20:39: 'separator' of field 'ids' of shape 'Look' is \"#\", which the query reads as the end of the query (a fragment) where the "
                + "provider leaves it unescaped (a#b is not the elements a and b): choose another separator",
            "24:45: 'separator' of field 'status' of shape 'Report' is \"%\", which the query sent by callback 'Report' reads as the start of an "
                + "escape (%2C) where the provider leaves it unescaped (a%b is not the elements a and b): choose another separator",
        ])
    }
}

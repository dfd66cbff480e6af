import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A callback's `acknowledgement`: the answer its provider expects (SMSAPI resends a report until it reads `OK`;
/// Twilio wants TwiML as text/xml), said once in the spec and given to the generated receiver, documented or marked
/// as our inference.
@Suite struct CallbackAcknowledgementTests {
    /// A receipt callback with `acknowledgement` (the text after `acknowledgement: `), a source and a decision.
    static func callback(_ acknowledgement: String?) -> String {
        """
        shapes:
          Receipt: {fields: {id: string, status: int}}
        callbacks:
          Receipt:
            encoding: form
            shape: Receipt
            decisions:
              - {id: A1, issue: The documents say nothing of the answer., decision: 'Answer OK, as the provider''s clients do.'}

        """ + (acknowledgement.map { "    acknowledgement: \($0)\n" } ?? "")
    }

    @Test func eachWrongValueIsALocatedError() {
        // Line 16 is the acknowledgement's.
        #expect(Snippet.diagnostics(Self.callback("{status: 500, contentTyp: text/plain}")) == [
            "16:31: 'acknowledgement' of callback 'Receipt': 'status' must be a 2xx status (200-299), the answer that tells the provider its callback was taken; found 500",
            "16:36: unknown key 'contentTyp' in 'acknowledgement' of callback 'Receipt' (did you mean 'contentType'?)",
        ])
        #expect(Snippet.diagnostics(Self.callback("{contentType: 'text plain', body: OK}")) == [
            "16:36: 'acknowledgement' of callback 'Receipt': 'contentType' must be a media type: type/subtype, then '; name=value' parameters, each value a token or a quoted string (RFC 9110 §8.3.1: text/plain; charset=utf-8); found \"text plain\"",
        ])
        #expect(Snippet.diagnostics(Self.callback("{body: OK}")) == [
            "16:29: 'acknowledgement' of callback 'Receipt': 'body' needs a 'contentType' saying what it is (contentType: text/plain)",
        ])
        #expect(Snippet.diagnostics(Self.callback("{status: 204, contentType: text/plain, body: OK}")) == [
            "16:67: 'acknowledgement' of callback 'Receipt': status 204 carries no body (RFC 9110 §15.3.5); remove 'body' or answer 200",
        ])
        #expect(Snippet.diagnostics(Self.callback(#"{contentType: text/plain, body: "O\0K"}"#)) == [
            "16:54: 'acknowledgement' of callback 'Receipt': 'body' holds the control character U+0000, which is no text to answer: tab, line feed and carriage return are the only ones a body may hold",
        ])
        #expect(Snippet.diagnostics(Self.callback("{contentType: text/plain; charset=iso-8859-1, body: Dziękuję}")) == [
            "16:74: 'acknowledgement' of callback 'Receipt': 'body' is sent in UTF-8, but its 'contentType' says charset=iso-8859-1, in which the provider would read its non-ASCII characters otherwise; say charset=utf-8",
        ])
        #expect(Snippet.diagnostics(Self.callback("{contentType: text/plain, body: '\(String(repeating: "é", count: 513))'}")) == [
            "16:54: 'acknowledgement' of callback 'Receipt': 'body' is 1026 bytes in UTF-8; the limit is 1024 (1 KiB)",
        ])
        // A reference that names nothing, with the nearest name.
        #expect(Snippet.diagnostics(Self.callback("{contentType: text/plain, body: OK, decision: A2, source: dco}")) == [
            "16:68: 'A2' is not a defined decision (did you mean 'A1'?)",
            "16:80: unknown source 'dco' (did you mean 'doc'?); define it under 'sources'",
        ])
    }

    /// What RFC 9110 writes is a media type, parameters, quoted strings and an empty parameter included; the body's
    /// limit is 1 KiB exactly, and tab and line breaks are text.
    @Test func whatTheFormatAllowsIsAccepted() {
        for acknowledgement in [
            "{status: 202}", "{contentType: 'text/xml', body: '<Response/>'}", "{contentType: 'application/vnd.api+json; charset=\"UTF-8\"', body: '{}'}",
            "{contentType: 'text/plain;', body: ''}", "{contentType: 'text/plain ; a=\"b\\\\\\\"c\" ;x=y', body: \"a\\tb\\r\\nc\\n\"}",
            "{contentType: text/plain, body: '\(String(repeating: "é", count: 512))', source: doc, decision: A1}",
        ] {
            #expect(Snippet.diagnostics(Self.callback(acknowledgement)) == [], "\(acknowledgement)")
        }
    }

    /// The receiver is given the declared answer; its documentation says what it answers and whether a document says
    /// so, and a callback without one keeps the empty 200, marked as our inference.
    @Test func theReceiverCarriesTheAcknowledgementAndSaysWhereItComesFrom() throws {
        let documented = try Snippet.swift(
            Self.callback("{contentType: text/plain, body: OK, source: {source: doc, section: Callbacks}}"), "receiver", options: ClientRendererTests.options)
        Snippet.expect(documented, contains: """
                /// POST form: Receipt
                ///
                /// Answers a callback that decodes with 200, Content-Type text/plain and the body "OK", as the provider documents: Acme API, section "Callbacks" (https://acme.example/docs).
                ///
                /// Decision A1: Answer OK, as the provider's clients do.
                /// The issue: The documents say nothing of the answer.
                public static let receipt = SMSSpecReceiver.CallbackReceiver<Acme.Receipt>(
                    provider: "acme", name: "Receipt", method: "POST", encoding: .form,
                    acknowledgement: SMSSpecReceiver.CallbackAnswer(status: 200, contentType: "text/plain", text: "OK"))
            """)
        // A status a document gives without a body (a user's "return a 200 OK"): the empty body is ours.
        let statusOnly = try Snippet.swift(Self.callback("{status: 200, source: {source: doc, section: Callbacks}}"), "receiver", options: ClientRendererTests.options)
        Snippet.expect(statusOnly, contains: """
                /// Answers a callback that decodes with 200 and an empty body, as the provider documents: Acme API, section "Callbacks" (https://acme.example/docs) (its empty body our inference: the spec gives none).
            """)
        // A document's empty answer (a user's Huawei "200 OK 空消息") is `body: ''`, no Content-Type to invent: documented.
        #expect(Snippet.diagnostics(Self.callback("{status: 200, body: '', source: doc}")) == [])
        let empty = try Snippet.swift(Self.callback("{status: 200, body: '', source: {source: doc, section: Callbacks}}"), "receiver", options: ClientRendererTests.options)
        Snippet.expect(empty, contains: """
                /// Answers a callback that decodes with 200 and an empty body, as the provider documents: Acme API, section "Callbacks" (https://acme.example/docs).
            """)
        // A decision beside a source ends the sentence with its own period (a user's receiver said "…alone..").
        let both = try Snippet.swift(
            Self.callback("{status: 200, source: {source: doc, section: Callbacks}, decision: A1}"), "receiver", options: ClientRendererTests.options)
        Snippet.expect(both, contains: """
                /// Answers a callback that decodes with 200 and an empty body, as the provider documents: Acme API, section "Callbacks" (https://acme.example/docs) (its empty body our inference: the spec gives none); decision A1: Answer OK, as the provider's clients do.
            """)
        let decided = try Snippet.swift(Self.callback("{status: 202, contentType: text/xml, body: <Response/>, decision: A1}"), "receiver", options: ClientRendererTests.options)
        Snippet.expect(decided, contains: """
                /// Answers a callback that decodes with 202, Content-Type text/xml and the body "<Response/>": not documented: the spec's inference (decision A1: Answer OK, as the provider's clients do.).
            """)
        let inferred = try Snippet.swift(Self.callback(nil), "receiver", options: ClientRendererTests.options)
        Snippet.expect(inferred, contains: """
                /// Answers a callback that decodes with 200 and an empty body (our inference: the documents do not say what to answer).
                ///
                /// Decision A1: Answer OK, as the provider's clients do.
                /// The issue: The documents say nothing of the answer.
                public static let receipt = SMSSpecReceiver.CallbackReceiver<Acme.Receipt>(
                    provider: "acme", name: "Receipt", method: "POST", encoding: .form)
            """)
    }

    /// Hostile and random bodies (quotes, backslashes, `\u{…}` and `#` that a literal could read, emoji, line breaks,
    /// 1 KiB) compile without warnings, and each receiver answers a decoded callback with exactly the declared bytes,
    /// status and content type; a payload that does not decode is still answered 400.
    @Test func aCompiledReceiverAnswersTheDeclaredBytes() throws {
        var random = SeededRandom(seed: 0xAC4)
        var bodies = [
            "OK", #"say "hi" \ #1 \u{41} \(x) "#, "\"#\"##", "🎉 Dziękuję 👩‍👩‍👧 e\u{301}", "\u{301}starts with a mark", "line 1\r\nline 2\n\tend\n",
            "\u{202E}reversed\u{200B}", "*/ /* \"\"\" '''", String(repeating: "x", count: SpecLimits.maximumAcknowledgementBytes), "",
        ]
        let pieces = ["\"", "\\", "#", "\\u{41}", "\\(", "\"\"\"", "🎉", "\r\n", "\t", String(Unicode.Scalar(0xFDD0)!), "\u{E000}", String(Unicode.Scalar(0x10FFFF)!), "€", "a", " "]
        for _ in 0..<6 {
            var body = ""
            while body.utf8.count < random.count(1...1_000) {
                body += random.chance(50) ? random.pick(pieces) : String(Character(Unicode.Scalar(UInt8(random.count(0x20...0x7E)))))
            }
            while body.utf8.count > SpecLimits.maximumAcknowledgementBytes { body.removeLast() }
            bodies.append(body)
        }
        var yaml = "shapes:\n  Receipt: {fields: {id: string}}\ncallbacks:\n"
        var main = "import Foundation\nimport HTTPTypes\nimport SMSSpecReceiver\n\n"
            + "var request = HTTPRequest(method: .post, scheme: \"https\", authority: \"hooks.example\", path: \"/dlr\")\n"
            + "request.headerFields[.contentType] = \"application/x-www-form-urlencoded\"\n"
            + "func show(_ answer: CallbackAnswer) { print(answer.status.code, answer.contentType ?? \"-\", answer.body.map { String($0, radix: 16) }.joined(separator: \" \")) }\n"
        var expected = ""
        for (index, body) in bodies.enumerated() {
            let status = 200 + index % 3
            yaml += "  R\(index):\n    encoding: form\n    shape: Receipt\n"
                + "    acknowledgement: {status: \(status), contentType: 'text/plain; charset=utf-8', body: \(Self.yamlQuoted(body))}\n"
            main += "show(Acme.Receivers.r\(index).receive(request, body: Data(\"id=1\".utf8)).answer)\n"
            expected += "\(status) text/plain; charset=utf-8 \(body.utf8.map { String($0, radix: 16) }.joined(separator: " "))\n"
        }
        main += "print(Acme.Receivers.r0.receive(request, body: Data(\"x=1\".utf8)).answer.status.code)\n"
        expected += "400\n"
        // A 204 has no content, and its head no Content-Length (RFC 9110 §8.6); any other answer's counts its body.
        yaml += "  NoContent:\n    encoding: form\n    shape: Receipt\n    acknowledgement: {status: 204}\n"
        main += "for answer in [Acme.Receivers.noContent, Acme.Receivers.r0].map({ $0.receive(request, body: Data(\"id=1\".utf8)).answer }) {\n"
            + "    print(answer.status.code, answer.contentType ?? \"-\", answer.body.count, answer.response.headerFields[.contentLength] ?? \"no Content-Length\")\n}\n"
        expected += "204 - 0 no Content-Length\n200 text/plain; charset=utf-8 2 2\n"
        #expect(Snippet.diagnostics(yaml) == [])
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + yaml, main: main, receivers: true)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        #expect(run?.output == expected)
    }

    /// SMSAPI's receiver answers a report (its documented example) with the text `OK`, so SMSAPI stops resending it;
    /// Twilio's inbound-message receiver answers TwiML as text/xml, and its status callback the empty 200.
    @Test func theThirdPartyReceiversAnswerWhatTheirProvidersExpect() throws {
        for (file, main) in [
            ("smsapi.yaml", #"""
                let request = HTTPRequest(method: .get, scheme: "https", authority: "hooks.example", path: "/dlr?MsgId=613F1B14F3B3B94ABA5F6F2D&status=404&donedate=1462889160&username=jan%40example.com")
                show(Smsapi.Receivers.deliveryReports.receive(request, body: Data()).answer)
                """#),
            ("twilio.yaml", #"""
                var request = HTTPRequest(method: .post, scheme: "https", authority: "hooks.example", path: "/sms")
                request.headerFields[.contentType] = "application/x-www-form-urlencoded"
                // Unsigned here: the signature is ReceiverSignatureTests' concern.
                var incoming = Twilio.Receivers.incomingMessage, status = Twilio.Receivers.statusCallback
                incoming.signature = nil
                status.signature = nil
                show(incoming.receive(request, body: Data("MessageSid=SM1&AccountSid=AC1&From=%2B1&To=%2B2&Body=Hi&NumMedia=0".utf8)).answer)
                show(status.receive(request, body: Data("MessageSid=SM1&AccountSid=AC1&From=%2B1&To=%2B2&MessageStatus=delivered".utf8)).answer)
                """#),
        ] {
            let spec = try String(contentsOfFile: ThirdPartySpecs.folder + "/" + file, encoding: .utf8)
            let show = "func show(_ answer: CallbackAnswer) { print(answer.status.code, answer.contentType ?? \"-\", String(decoding: answer.body, as: UTF8.self)) }\n"
            let (build, run) = try BuildProducts.buildAndRun(
                spec: spec, main: "import Foundation\nimport HTTPTypes\nimport SMSSpecReceiver\n\n" + show + main, receivers: true)
            #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
            #expect(run?.output == (file == "smsapi.yaml" ? "200 text/plain OK\n" : "200 text/xml <Response/>\n200 - \n"), "\(file)")
        }
    }

    /// `smsspec diff` compares the answers whole: two long bodies that differ past what a summary shows are a change.
    @Test func aChangeAtTheEndOfALongBodyIsADiff() {
        func models(_ body: String) -> [ProviderModel] {
            let yaml = Snippet.header + Self.callback("{contentType: text/plain, body: '\(body)'}")
            return Generator.models(for: [SpecInput(path: "acme.yaml", contents: yaml)], diagnostics: DiagnosticCollector())
        }
        let long = String(repeating: "a", count: 100)
        #expect(SpecDiff.compare(old: models(long + "1"), new: models(long + "1")) == [])
        // The same JSON written otherwise is read alike (a user's `{"result": 0, "errmsg": "OK"}` → `{"result":0,…}`
        // was breaking); another JSON value is a change.
        func json(_ body: String) -> [ProviderModel] {
            let yaml = Snippet.header + Self.callback("{contentType: application/json, body: '\(body)'}")
            return Generator.models(for: [SpecInput(path: "acme.yaml", contents: yaml)], diagnostics: DiagnosticCollector())
        }
        #expect(SpecDiff.compare(old: json(#"{"result": 0, "errmsg": "OK"}"#), new: json(#"{"result":0,"errmsg":"OK"}"#)).map(\.description) == [
            "acme: changed callback Receipt, acknowledgement — the same JSON with other spaces: read alike"
        ])
        // A number respelled, a key twice or a value in another scalar spelling may not read alike (an attack).
        for (before, after) in [(#"{"result": 0}"#, #"{"result": 1}"#), (#"{"result":1}"#, #"{"result":1.0}"#), (#"{"a":1,"a":2}"#, #"{"a":2}"#),
            (#"{"t": "Reçu"}"#, "{\"t\": \"Rec\u{327}u\"}")] {
            #expect(SpecDiff.compare(old: json(before), new: json(after)).map { $0.impact } == [.breaking], "\(before) → \(after)")
        }
        #expect(SpecDiff.compare(old: models(long + "1"), new: models(long + "2")).map(\.description) == [
            "[breaking] acme: changed callback Receipt, acknowledgement — 200, Content-Type text/plain and the body \"\(long.prefix(64))…\" (101 characters) → "
                + "200, Content-Type text/plain and the body \"\(long.prefix(64))…\" (101 characters): its receiver answers otherwise, which a provider "
                + "reading the answer may take as not received",
        ])
    }

    /// `text` as a YAML double-quoted scalar: printable ASCII as it is, every other character as `\U` and its code.
    static func yamlQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": quoted += "\\\(scalar)"
            case " "..."~": quoted.unicodeScalars.append(scalar)
            default: quoted += String(format: "\\U%08X", scalar.value)
            }
        }
        return quoted + "\""
    }
}

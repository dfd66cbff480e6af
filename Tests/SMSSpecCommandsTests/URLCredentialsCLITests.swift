import Foundation
import SMSSpecCore
import Testing

@testable import SMSSpecCommands

/// A URL's credentials (`https://user:password@host`) never print: not in a payload's field that no spec marks
/// `secret` (RajaSMS's `callbackurl`), not in a violation or an error quoting one.
@Suite struct URLCredentialsCLITests {
    @Test func decodePrintsACallbackURLWithoutItsPassword() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let payload = try scratch.write(
            "send.json",
            #"{"apikey":"k","callbackurl":"https://shop:pa55word@hooks.example/dlr?x=1","datapacket":[{"number":"628123456789","message":"Hi","sendingdatetime":""}]}"#)
        let run = await CLI.run(["decode", "rajasms", "SendRequest", payload], exitsWith: .success)
        #expect(run.output.contains(#""callbackurl" : "https://<redacted>@hooks.example/dlr?x=1""#))
        #expect(!run.output.contains("pa55word"))
    }

    /// A URL's credential query values (`?apikey=…`) print `<redacted>` through a spec file as through the generated
    /// type: the spec file's reader wrote them whole (a user's Yuboto `callbackUrl`).
    @Test func aSpecFilesURLFieldPrintsAsTheGeneratedTypes() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let payload = try scratch.write(
            "send.json",
            #"{"id":"1","to":"385911234567","callback_url":"https://bob:hunter2@me.example/dlr?apikey=K3YVALUE&token=T0KENVALUE&x=1"}"#)
        let spec = Repository.root.appending(path: "specs/bind.yaml").path
        let generated = await CLI.run(["decode", "bind", "SendTemplateRequest", payload], exitsWith: .success)
        let fromSpec = await CLI.run(["decode", spec, "SendTemplateRequest", payload], exitsWith: .success)
        #expect(generated.output.contains(#""callback_url" : "https://<redacted>@me.example/dlr?apikey=<redacted>&token=<redacted>&x=1""#))
        #expect(fromSpec.output == generated.output)
        #expect(!fromSpec.output.contains("K3YVALUE") && !fromSpec.output.contains("T0KENVALUE"))
    }

    /// URLs joined by a separator are each redacted on their own, as the generated type writes them: read as one text,
    /// the second URL's `token=` was printed, or the first URL vanished into one `<redacted>` (an attack).
    @Test func aSpecFilesJoinedURLsAreEachRedacted() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: header, name: X-Key}}
            sources: {doc: {title: Acme API, url: 'https://acme.example/docs'}}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}, source: doc}
            shapes:
              Send: {fields: {to: string, hook_urls: {type: '[string]', separator: ','}}}

            """)
        let payload = try scratch.write(
            "send.json", #"{"to":"1","hook_urls":"https://a:PW555555@h.example/cb?token=TOK55555,https://h2.example/?x=1&token=TOK99999"}"#)
        let run = await CLI.run(["decode", spec, "Send", payload], exitsWith: .success)
        #expect(run.output.contains(#""hook_urls" : "https://<redacted>@h.example/cb?token=<redacted>,https://h2.example/?x=1&token=<redacted>""#), "\(run.output)")
    }

    /// Each string is redacted on its own: a map's key holding a URL with a port (`x http://h:1/y`, read as a careless
    /// password running on to the line's last `@`) swallowed the closing quote and the value `"a@b"` after it, and
    /// the printed JSON was no JSON.
    @Test func decodeRedactsEachStringOnItsOwnAndPrintsJSON() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let payload = try scratch.write(
            "send.json",
            #"{"id":"1","to":"385911234567","callback_url":"https://bob:hunter2@me.example/dlr","params":{"x http://h:1/y":"a@b","k":"see http://u:pw@x/ y"}}"#)
        let run = await CLI.run(["decode", "bind", "SendTemplateRequest", payload], exitsWith: .success)
        let printed = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any], "\(run.output)")
        #expect(printed["callback_url"] as? String == "https://<redacted>@me.example/dlr")
        #expect(printed["params"] as? [String: String] == ["x http://h:1/y": "a@b", "k": "see http://<redacted>@x/ y"])
        #expect(!run.output.contains("hunter2") && !run.output.contains(":pw@"))
    }

    /// A character the JSON is printed with as an escape (a bidi override, `\u202E`) put a backslash in the user
    /// information, which ended it before the `@`: redacted before it is escaped, as in every other message.
    @Test func decodeHidesAPasswordAfterAnEscapedCharacter() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let payload = try scratch.write(
            "send.json",
            #"{"apikey":"k","callbackurl":"https://shop\u202Ex:pa55word@hooks.example/dlr","datapacket":[{"number":"628123456789","message":"Hi"}]}"#)
        let run = await CLI.run(["decode", "rajasms", "SendRequest", payload], exitsWith: .success)
        #expect(run.output.contains(#""callbackurl" : "https://<redacted>@hooks.example/dlr""#), "\(run.output)")
        #expect(!run.output.contains("pa55word"))
    }

    /// A quote or a control character in the user information is printed escaped in JSON (`\"`, `\t`, `\u0001`),
    /// whose backslash ended the user information before its `@`.
    @Test func decodeHidesAPasswordAfterAQuoteOrAControlCharacter() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        for character in [#"\""#, #"\t"#, #"\u0001"#] {
            let payload = try scratch.write(
                "send.json",
                #"{"apikey":"k","callbackurl":"https://shop"# + character + #"x:pa55word@hooks.example/dlr","datapacket":[{"number":"628123456789","message":"Hi"}]}"#)
            let run = await CLI.run(["decode", "rajasms", "SendRequest", payload], exitsWith: .success)
            #expect(run.output.contains(#""callbackurl" : "https://<redacted>@hooks.example/dlr""#), "\(run.output)")
            #expect(!run.output.contains("pa55word"))
        }
    }

    /// A file name is escaped for the terminal before the message is redacted: a URL's user information holding a
    /// bidi override (`\u{202E}`) in a payload path ended at the escape's backslash, and its password showed.
    @Test func aPayloadPathShowsNoPassword() async {
        let run = await CLI.run(["decode", "rajasms", "SendRequest", "https://shop\u{202E}x:pa55word@hooks.example/dlr.json"], exitsWith: .failure)
        #expect(run.errors.contains("https://<redacted>@hooks.example/dlr.json"), "\(run.errors)")
        #expect(!run.errors.contains("pa55word"), "\(run.errors)")
    }

    @Test func aViolationQuotingAURLShowsNoToken() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let payload = try scratch.write(
            "otp.json", #"{"apikey":"k","senderid":"https://t0ken@hooks.example/","datapacket":[{"number":"628123456789","message":"Hi"}]}"#)
        for format in ["text", "json"] {
            let run = await CLI.run(["validate", "rajasms", "OTPSendRequest", payload, "--format", format], exitsWith: .failure)
            #expect(run.output.contains("https://<redacted>@hooks.example/"), "\(format): \(run.output)")
            #expect(!run.output.contains("t0ken"), "\(format)")
        }
    }

    @Test func anErrorQuotingAURLShowsNoPassword() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        // Ginota's `dlr` is a boolean: the error quotes what it got.
        let payload = try scratch.write("send.query", "apiKey=a&apiSecret=b&srcAddr=Shop&dstAddr=6591234567&content=Hi&dlr=ftp://me:s3cret@files.example")
        let run = await CLI.run(["decode", "ginota", "SendRequest", payload], exitsWith: .failure)
        #expect(run.errors.contains(#"at `dlr`: expected a boolean; "ftp://<redacted>@files.example" is not a boolean"#), "\(run.errors)")
        #expect(!run.errors.contains("s3cret"), "\(run.errors)")
    }

    /// A payload that does not decode has no decoded credentials to hide, but its error quotes a value that may repeat
    /// one (a field given the key by mistake): the values of the credential fields are hidden, as for a decoded one.
    @Test func anErrorQuotingACredentialShowsItRedacted() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let form = try scratch.write("send.query", "apiKey=Sup3rSecretPW&apiSecret=x&srcAddr=a&dstAddr=6591234567&content=hi&dlr=Sup3rSecretPW")
        let runs = [
            await CLI.run(["decode", "ginota", "SendRequest", form], exitsWith: .failure),
            await CLI.run(["validate", "ginota", "SendRequest", form], exitsWith: .failure),
            await CLI.run(["validate", "\(CLISpecFileTests.specs)/ginota.yaml", "SendRequest", form], exitsWith: .failure),
            await CLI.run(["decode", "\(CLISpecFileTests.specs)/ginota.yaml", "SendRequest", form], exitsWith: .failure),
            await CLI.run(["decode", "ginota", "SendRequest", form, "--format", "form"], exitsWith: .failure),
        ]
        for run in runs {
            #expect(run.errors.contains(#"at `dlr`: expected a boolean; "<redacted>" is not a boolean"#), "\(run.errors)")
            #expect(!run.errors.contains("Sup3rSecretPW"), "\(run.errors)")
        }
    }

    /// decode's notes quote values too (a date that does not read): one repeating a credential shows it redacted, as
    /// the JSON it prints does.
    @Test func aNoteQuotingACredentialShowsItRedacted() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let payload = try scratch.write(
            "send.json", #"{"apikey": "Sup3rSecretPW", "datapacket": [{"number": "6281234567", "message": "Hi", "sendingdatetime": "Sup3rSecretPW"}]}"#)
        let run = await CLI.run(["decode", "rajasms", "SendRequest", payload], exitsWith: .success)
        #expect(run.errors.contains(#"holds the date "<redacted>", which none of its formats reads"#), "\(run.errors)")
        #expect(!run.errors.contains("Sup3rSecretPW") && !run.output.contains("Sup3rSecretPW"), "\(run.errors)")
    }

    /// The argument parser's own errors quote an argument as given ("Unexpected argument '…'", an unknown option):
    /// they are printed redacted as every other message, and help still goes to standard output.
    @Test func anArgumentTheParserRefusesShowsNoPassword() async {
        for arguments in [["registry", "https://u:pa55word@h"], ["registry", "--format", "https://u:pa55word@h"]] {
            let run = await CLI.run(arguments, exitsWith: .failure)
            #expect(run.errors.contains("https://<redacted>@h"), "\(run.errors)")
            #expect(!run.errors.contains("pa55word"), "\(run.errors)")
        }
        let help = await CLI.run(["lint", "--help"], exitsWith: .success)
        #expect(help.output.contains("USAGE: smsspec lint") && help.errors.isEmpty, "\(help.output)")
    }

    /// The error about a spec file's name quoted the name escaped but not redacted: a control character in a
    /// percent-encoded URL's user information became `\u{1}`, whose backslash ended it before its `@`.
    @Test func lintShowsNoPasswordOfASpecFileName() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("https%3A%2F%2Fu\u{1}x%3Apa55word%40h.yaml", CLIGenerateTests.alpha)
        let run = await CLI.run(["lint", spec], exitsWith: .failure)
        #expect(run.errors.contains(#"error: the spec's file name "https%3A%2F%2F<redacted>%40h.yaml" holds "#), "\(run.errors)")
        #expect(!run.errors.contains("pa55word"), "\(run.errors)")
    }

    /// `generate`'s messages about its output folder were escaped before they were redacted: a control character in
    /// the folder's user information became `\u{1}`, whose backslash ended it before its `@`.
    @Test func generateShowsNoPasswordOfAnOutputPath() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let output = scratch.path + "/https://u\u{1}x:pa55word@h"
        let specs = CLIGenerateTests.specs
        let runs = [
            await CLI.run(["generate", specs, "--output", output], exitsWith: .success),
            await CLI.run(["generate", specs, "--output", output, "--check"], exitsWith: .success),
        ]
        try scratch.write("https:/u\u{1}x:pa55word@h/Sources/bind.models.swift", "\(GeneratedHeader.swift)\nolder\n")
        let stale = await CLI.run(["generate", specs, "--output", output, "--check"], exitsWith: .failure)
        let lint = await CLI.run(["lint", output + "/acme.yaml"], exitsWith: .failure)
        for run in runs + [stale, lint] {
            #expect((run.output + run.errors).contains("https://<redacted>@h"), "\(run.output)\(run.errors)")
            #expect(!(run.output + run.errors).contains("pa55word"), "\(run.output)\(run.errors)")
        }
    }

    /// A secret field's own value was redacted, but a request repeating it elsewhere — a callback URL's query, another
    /// field, a violation quoting that field — printed it whole: each is redacted wherever decode and validate print it.
    @Test func aCredentialRepeatedElsewhereInAMessageIsRedactedThere() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let send = try scratch.write("send.form", "apiKey=K1&apiSecret=LIVESECRET42&srcAddr=abc&dstAddrs=6591234567&content=hi"
            + "&url=https%3A%2F%2Fme.example%2Fdlr%3FapiSecret%3DLIVESECRET42&at=LIVESECRET42")
        let decoded = await CLI.run(["decode", "ginota", "BulkSendRequest", send], exitsWith: .success)
        #expect(!decoded.output.contains("LIVESECRET42"), "\(decoded.output)")
        #expect(decoded.output.contains(#""url" : "https://me.example/dlr?apiSecret=<redacted>""#))
        #expect(decoded.output.contains(#""at" : "<redacted>""#))
        let invalid = try scratch.write("invalid.form", "apiKey=K1&apiSecret=LIVESECRET42&srcAddr=abc&dstAddrs=6591234567&content=hi&txnRef=LIVESECRET42!")
        let validated = await CLI.run(["validate", "ginota", "BulkSendRequest", invalid], exitsWith: .exitCode(1))
        #expect(validated.output.hasPrefix(#"txnRef: [pattern] "<redacted>!" does not match"#), "\(validated.output)")
        let ownSpec = Repository.root.appending(path: "specs/ginota.yaml").path(percentEncoded: false)
        let validatedBySpec = await CLI.run(["validate", ownSpec, "BulkSendRequest", invalid], exitsWith: .exitCode(1))
        #expect(!validatedBySpec.output.contains("LIVESECRET42") && validatedBySpec.output.contains("<redacted>!"), "\(validatedBySpec.output)")
    }

    /// A violation quotes a long value cut after its first 64 characters: a credential's beginning before the cut
    /// is redacted too (it printed 35 characters of the secret).
    @Test func aCredentialCutInAQuoteIsRedacted() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let secret = "LIVESECRET42LIVESECRET42LIVESECRET42ABCD"
        let form = try scratch.write("cut.form", "apiKey=K1&apiSecret=\(secret)&srcAddr=abc&dstAddrs=6591234567&content=hi"
            + "&txnRef=https%3A%2F%2Fx.example%2Fcb%3FapiSecret%3D\(secret)%26pad%3D" + String(repeating: "x", count: 40))
        let run = await CLI.run(["validate", "ginota", "BulkSendRequest", form], exitsWith: .exitCode(1))
        // Redacted before it is cut: the quote goes on after the credential, and says the value's own length.
        #expect(run.output.hasPrefix(#"txnRef: [pattern] "https://x.example/cb?apiSecret=<redacted>&pad=xxxxxxxxxxxxxxxxxx…" (116 characters)"#), "\(run.output)")
        #expect(!run.output.contains("LIVESEC"))
    }
}


import Foundation
@testable import SMSSpecCommands
import Testing

/// `smsspec lookup` and `smsspec decode` on the bundled providers, end to end.
@Suite struct CLIProviderTests {
    static let documents = Repository.root.appending(path: "Tests/SMSProvidersTests/Documents").path(percentEncoded: false)

    @Test func lookupExplainsAKnownCodeInAnySpelling() async {
        let run = await CLI.run(["lookup", "bind", "000"], exitsWith: .success)
        #expect(run.output.hasPrefix("bind DLRError 0 DELIVERED\n  sent as:  \"000\" (as the table writes its codes)\n"), "\(run.output)")
        #expect(run.output.contains("  outcome:  success\n  category: none\n"))
        // The spec's decisions on the table are ours, and said so (a user: lookup showed inferred rows as documented).
        #expect(run.output.contains("\n  table decision: Decision B14: The summary says only what holds"), "\(run.output)")
        #expect(run.errors == "")
    }

    /// A code given its table's own decision (`decisions: [E2]`, a user's Eskiz aliases) printed it twice, as the
    /// code's and as the table's: once, as the code's; a code without it says it as the table's.
    @Test func lookupSaysATablesDecisionGivenToTheCodeOnce() async throws {
        let spec = """
            smsspec: 1
            provider: {id: eskiz, name: Eskiz, baseURLs: ['https://notify.eskiz.uz/api']}
            tables:
              DeliveryStatus:
                title: Delivery statuses
                codeType: string
                decisions:
                  - {id: E2, issue: Integrations compare with DELIVERED., decision: The long spellings are aliases.}
                entries:
                  - {code: DELIVRD, aliases: [DELIVERED], summary: Delivered, outcome: success, category: none, decisions: [E2]}
                  - {code: EXPIRED, summary: Not delivered in time, outcome: failure, category: expired}

            """
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let path = try scratch.write("eskiz.yaml", spec)
        let delivered = await CLI.run(["lookup", path, "DELIVERED"], exitsWith: .success)
        #expect(delivered.output.components(separatedBy: "Decision E2").count == 2, "\(delivered.output)")
        #expect(delivered.output.contains("\n  decision: Decision E2: The long spellings are aliases."), "\(delivered.output)")
        let expired = await CLI.run(["lookup", path, "EXPIRED"], exitsWith: .success)
        #expect(expired.output.contains("\n  table decision: Decision E2: The long spellings are aliases."), "\(expired.output)")
    }

    /// A name a provider sends beside its code (TurboSMS's `SUCCESS_MESSAGE_ACCEPTED` beside 800) is no code; lookup
    /// said only that (a user): it says which code bears the name, and how to look it up.
    @Test func lookupOfACodesNameSaysWhichCodeBearsIt() async {
        let run = await CLI.run(["lookup", "bind", "absent_subscriber"], exitsWith: .exitCode(3))
        #expect(run.errors == "bind documents no code absent_subscriber; it is the name of DLRError's code 027 (smsspec lookup bind 027)\n", "\(run.errors)")
    }

    /// `--format json`, as the other commands say it; `--json` still works and prints the same.
    @Test func lookupPrintsJSONWithFormatAsTheOtherCommandsDo() async throws {
        let run = await CLI.run(["lookup", "fortytwo", "-63", "--format", "json"], exitsWith: .success)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(document["tables"] != nil, "\(run.output)")
        #expect(await CLI.run(["lookup", "--json", "fortytwo", "-63"], exitsWith: .success).output == run.output)
        #expect(await CLI.run(["lookup", "fortytwo", "-63", "--format", "text"], exitsWith: .success).output
            == CLI.run(["lookup", "fortytwo", "-63"], exitsWith: .success).output)
        let both = await CLI.run(["lookup", "fortytwo", "-63", "--json", "--format", "text"], exitsWith: .exitCode(64))
        #expect(both.errors.contains("give one"))
        #expect(await CLI.run(["lookup", "fortytwo", "-63", "--format", "yaml"], exitsWith: .exitCode(64)).errors.contains("yaml"))
    }

    /// A code copied from a payload's JSON number `27.0` is the integer a decoder reads there (`DLRError` 27); it was
    /// undocumented to `lookup`. A number that is no integer stays undocumented. Copied from a payload's text
    /// (`"error": "27.0"`), the code is one no table documents, as `decode` shows it: the note says so.
    @Test func lookupReadsAnIntegerWrittenWithAFractionAsThatInteger() async {
        for spelling in ["27.0", "2.7e1", "+27.00", "027.0"] {
            let run = await CLI.run(["lookup", "bind", spelling, "--table", "DLRError"], exitsWith: .success)
            #expect(run.output.hasPrefix("bind DLRError 27 "), "\(spelling): \(run.errors)")
            #expect(run.errors == "note: \(spelling) is explained as the JSON number it spells (27); sent as text, \"\(spelling)\", "
                + "a payload keeps it as sent: a code no table documents.\n")
        }
        #expect(await CLI.run(["lookup", "bind", "027", "--table", "DLRError"], exitsWith: .success).errors == "")
        for spelling in ["27.5", "27.0000000000000001", "+-27.0", "27.0.0", "1e400", "2.7e1x"] {
            #expect(await CLI.run(["lookup", "bind", spelling], exitsWith: .exitCode(3)).output == "", "\(spelling)")
        }
    }

    @Test func lookupOfAnUnknownCodeExitsThree() async {
        let run = await CLI.run(["lookup", "bind", "99999"], exitsWith: .exitCode(3))
        #expect(run.output == "")
        #expect(run.errors.hasPrefix("bind documents no code 99999: treat it as category unknown"))
    }

    /// A text code in another case is no code (payloads are read so), but likely meant: it is suggested. A number is
    /// another code, never a typo of a near one.
    @Test func lookupOfATextCodeInAnotherCaseSuggestsIt() async {
        let run = await CLI.run(["lookup", "bind", "delivered"], exitsWith: .exitCode(3))
        #expect(run.errors.hasPrefix("bind documents no code delivered (did you mean 'DELIVERED'?): treat it as category unknown"), "\(run.errors)")
        #expect(await CLI.run(["lookup", "fortytwo", "--", "-630"], exitsWith: .exitCode(3)).errors.hasPrefix("fortytwo documents no code -630: "))
    }

    /// `lookup bind ""`, a code an empty field carries, said "bind documents no code : treat it …".
    @Test func lookupOfAnEmptyCodeQuotesIt() async {
        let run = await CLI.run(["lookup", "bind", ""], exitsWith: .exitCode(3))
        #expect(run.errors.hasPrefix(#"bind documents no code "": treat it as category unknown"#), "\(run.errors)")
    }

    @Test func lookupOfAMisspeltProviderSuggestsTheRightOne() async {
        let run = await CLI.run(["lookup", "bnd", "0"], exitsWith: .exitCode(64))
        #expect(run.errors.hasPrefix("Error: Unknown provider 'bnd' (did you mean 'bind'?). Providers: bind, fortytwo, ginota, oca, rajasms; or a spec file's path (acme.yaml)."))
        #expect(run.errors.contains("Usage: smsspec lookup <provider> <code>"))  // the command's usage, not `smsspec <subcommand>`
    }

    @Test func misspeltNamesAreFollowedByTheCommandsOwnUsage() async {
        for (arguments, usage) in [
            (["decode", "bind", "DeliveryReciept", "dlr.json"], "Usage: smsspec decode "),
            (["decode", "--list", "bnd"], "Usage: smsspec decode "),
            (["validate", "fortytwo", "RequestCodeRequst", "req.json"], "Usage: smsspec validate "),
            (["segments", "--provider", "gnota", "Hi"], "Usage: smsspec segments "),
            (["registry", "--provider", "bnd"], "Usage: smsspec registry "),
            (["lookup", "bind", "027", "--table", "DLRErr"], "Usage: smsspec lookup "),
        ] {
            let run = await CLI.run(arguments, exitsWith: .exitCode(64))
            #expect(run.errors.contains("did you mean"), "\(arguments)")
            #expect(run.errors.contains(usage), "\(arguments): \(run.errors)")
        }
    }

    /// `validate` of a message `decode --list` lists, but not as a request, said the provider had no such request.
    @Test func validatingAMessageThatIsNoRequestSaysWhatItIs() async {
        let run = await CLI.run(["validate", "bind", "SendResponse", "answer.json"], exitsWith: .exitCode(64))
        #expect(run.errors.hasPrefix("Error: bind SendResponse is a response, not a request. Requests: SendTemplateRequest, "), "\(run.errors)")
        #expect(run.errors.contains("Usage: smsspec validate "))
    }

    /// A file that cannot be read is said alone, exit 1: the command line was right, so no usage follows (thrown from
    /// `run()`, a usage would be the whole tool's, `smsspec <subcommand>`).
    @Test func anUnreadableInputIsSaidWithoutAUsage() async {
        for (arguments, message) in [
            (["decode", "bind", "DeliveryReceipt", "/no/such/file"], "Error: Cannot read /no/such/file: No such file or directory.\n"),
            (["validate", "fortytwo", "RequestCodeRequest", "/"], "Error: / is a directory; give a payload file.\n"),
        ] {
            let run = await CLI.run(arguments, exitsWith: .exitCode(1))
            #expect(run.errors == message, "\(arguments)")
        }
    }

    /// The README's `decode` examples run as written from the repository's root: they named `dlr.json` and
    /// `dlr.query`, files a newcomer does not have ("Cannot read dlr.json"), where the documents' payloads are.
    @Test func theREADMEsDecodeExamplesRunAsWritten() async throws {
        let readme = try String(contentsOf: Repository.root.appending(path: "README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n").map(String.init)
        let variable = try #require(lines.first { $0.hasPrefix("D=") }?.dropFirst(2).split(separator: " ").first)
        let commands = lines.filter { $0.hasPrefix("swift run smsspec decode ") && !$0.contains("--list") }
        #expect(commands.count == 4)
        for command in commands {
            let words = command.prefix { $0 != "#" }.split(separator: " ").dropFirst(3).map {
                $0.replacingOccurrences(of: "$D", with: Repository.root.appending(path: String(variable)).path(percentEncoded: false))
            }
            let run = await CLI.run(words, exitsWith: .success)
            #expect(run.output.contains(#""meaning" : "#), "\(command): \(run.errors)")
        }
    }

    @Test func decodeAnnotatesTheDocumentsPayload() async {
        let run = await CLI.run(["decode", "bind", "DeliveryReceipt", "\(Self.documents)/bind/dlr.json"], exitsWith: .success)
        #expect(run.output.contains(#""code" : "000","#) && run.output.contains(#""name" : "DELIVERED""#))
        #expect(run.output.contains(#""message_id" : "8bd71f49-6f42-4729-bf5e-ecf857747633""#))
        #expect(run.errors == "")
    }

    /// JSON given for a message that travels as a form is read as a form (its wire format), which a missing field
    /// alone did not explain: a note says how it was read and how to read JSON; with `--format json` it decodes.
    @Test func decodeSaysHowJSONForAFormMessageWasRead() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("send.json", #"{"apiKey": "k", "apiSecret": "s", "srcAddr": "Shop", "dstAddr": "6591234567", "content": "Hi"}"#)
        let asForm = await CLI.run(["decode", "ginota", "SendRequest", file], exitsWith: .exitCode(1))
        #expect(asForm.errors.contains("note: it was read as form, SendRequest's wire format; --format json reads it as JSON"), "\(asForm.errors)")
        let asJSON = await CLI.run(["decode", "ginota", "SendRequest", "--format", "json", file], exitsWith: .success)
        #expect(asJSON.output.contains(#""srcAddr" : "Shop""#), "\(asJSON.output)")
    }

    /// A receipt whose form or query is Latin-1 (`srcAddr=Caf%E9`) decodes when its charset is named; without it, it is
    /// refused as not UTF-8, as before; a charset no form is read in, or one given for JSON, is a usage error.
    @Test func decodeReadsAFormInTheCharsetItIsGiven() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let query = try String(contentsOfFile: "\(Self.documents)/ginota/dlr.query", encoding: .utf8)
        let file = try scratch.write("dlr.query", query.replacingOccurrences(of: "srcAddr=MyCampany", with: "srcAddr=Caf%E9"))
        let latin1 = await CLI.run(["decode", "ginota", "DeliveryReceipt", "--charset", "latin1", file], exitsWith: .success)
        #expect(latin1.output.contains(#""srcAddr" : "Café""#), "\(latin1.output)")
        let utf8 = await CLI.run(["decode", "ginota", "DeliveryReceipt", file], exitsWith: .exitCode(1))
        #expect(utf8.errors.contains("is not valid UTF-8 after percent-decoding"), "\(utf8.errors)")
        #expect(utf8.errors.contains("note: a form or query in another charset is read with --charset (ISO-8859-1,"), "\(utf8.errors)")
        let unknown = await CLI.run(["decode", "ginota", "DeliveryReceipt", "--charset", "KOI8-U", file], exitsWith: .exitCode(64))
        #expect(unknown.errors.contains(#"--charset "KOI8-U" is not a charset a form is read in: give UTF-8, ISO-8859-1, ISO-8859-15, windows-1252, windows-1250, windows-1251, KOI8-R, ISO-8859-5, ISO-8859-9, windows-1254, windows-1256 or US-ASCII"#), "\(unknown.errors)")
        let json = await CLI.run(["decode", "bind", "DeliveryReceipt", "--charset", "latin1", "\(Self.documents)/bind/dlr.json"], exitsWith: .exitCode(64))
        #expect(json.errors.contains("--charset reads form and query payloads"), "\(json.errors)")
    }

    @Test func decodeOfABadPayloadNamesTheField() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        var payload = try String(contentsOfFile: "\(Self.documents)/bind/dlr.json", encoding: .utf8)
        payload = payload.replacingOccurrences(of: #""error": "000""#, with: #""error": {"code": 0}"#)  // Any scalar is a code; an object is not.
        let file = try scratch.write("dlr.json", payload)
        let run = await CLI.run(["decode", "bind", "DeliveryReceipt", file], exitsWith: .exitCode(1))
        #expect(run.output == "")
        #expect(run.errors.hasPrefix("error: \(file) is not a valid bind DeliveryReceipt: at `error`: "))
    }
}

/// A text or code that starts with `-` (a discount, a negative Fortytwo code) is no option: ArgumentParser said
/// "Unknown option '-50% off'", and `lookup`, which takes `-63`, refused `-- -63`.
@Suite struct DashArgumentTests {
    @Test func segmentsCountsATextThatStartsWithADash() async {
        let plain = await CLI.run(["segments", "-50% off"], exitsWith: .success)
        #expect(plain.output.hasPrefix("encoding:  GSM-7\nunits:     8 septets\n"), "\(plain.output)\(plain.errors)")
        let withOptions = await CLI.run(["segments", "-5", "--provider", "ginota", "--format", "json"], exitsWith: .success)
        #expect(withOptions.output.contains(#""units" : 2"#), "\(withOptions.output)\(withOptions.errors)")
        let separated = await CLI.run(["segments", "--", "-x"], exitsWith: .success)
        #expect(separated.output.contains("units:     2 septets"))
    }

    @Test func anUnknownOptionOfSegmentsSaysHowToCountItAsText() async {
        let run = await CLI.run(["segments", "-x'y"], exitsWith: .exitCode(64))
        #expect(run.errors.hasPrefix("Error: Unknown option '-x'y'\nA text that starts with - goes after --: smsspec segments -- '-x'\\''y'\n"), "\(run.errors)")
        #expect(run.errors.contains("Usage: smsspec segments "))
    }

    /// `segments` and `registry` take the provider as an option, where `decode` and `lookup` take it first: a user's
    /// `smsspec segments specs/x.yaml "text"` said only "Unexpected argument".
    @Test func aProviderGivenAsAnArgumentSaysItGoesAfterTheOption() async {
        let segments = await CLI.run(["segments", "ginota", "hello there"], exitsWith: .exitCode(64))
        #expect(segments.errors.hasPrefix("Error: Unexpected argument 'hello there'\nThe provider goes after --provider: smsspec segments --provider ginota 'hello there'\n"), "\(segments.errors)")
        let registry = await CLI.run(["registry", "specs/acme.yaml", "--format", "table"], exitsWith: .exitCode(64))
        #expect(registry.errors.hasPrefix("Error: Unexpected argument 'specs/acme.yaml'\nThe provider goes after --provider: smsspec registry --provider specs/acme.yaml --format table\n"), "\(registry.errors)")
        // Two words of text name no provider: the error as ArgumentParser gives it.
        let words = await CLI.run(["segments", "hello", "there"], exitsWith: .exitCode(64))
        #expect(words.errors.hasPrefix("Error: Unexpected argument 'there'\nUsage:"), "\(words.errors)")
    }

    @Test func lookupTakesACodeAfterTheSeparator() async {
        let run = await CLI.run(["lookup", "fortytwo", "--", "-63"], exitsWith: .success)
        #expect(run.output.hasPrefix("fortytwo ResultCode -63: "), "\(run.errors)")
    }

    /// A delivery status decodes with the registry's normalized state and whether it can still change, as the
    /// Markdown pages and registry.json give them; a code with neither (an error code) shows neither.
    @Test func decodeShowsADeliveryStatussStateAndFinality() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let payload = try scratch.write("dlr.json", #"{"error":"000","from":"1","message_id":"m","status":"DELIVERED","to":"2","type":"DLR"}"#)
        let run = await CLI.run(["decode", "bind", "CallbackEvent", payload], exitsWith: .success)
        let decoded = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        let status = decoded?["status"] as? [String: Any], error = decoded?["error"] as? [String: Any]
        #expect(status?["deliveryState"] as? String == "delivered" && status?["final"] as? Bool == true, "\(run.output)")
        #expect(error?["deliveryState"] == nil && error?["final"] == nil && error?["code"] as? String == "000")
    }

    /// A date none of its formats reads is kept as its text, which decode printed as it prints one that read: a note
    /// says so, for a bundled provider (by property) and a spec file (by wire name); a date that reads gets none.
    @Test func decodeNotesADateThatDoesNotRead() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let history = #"[{"phone_number":"6281381475159","message_body":"Hello","created_at":"yesterday","status":"sent","msg_uid":"a1","total_sms":1}]"#
        let payload = try scratch.write("history.json", history)
        let bundled = await CLI.run(["decode", "oca", "History", payload], exitsWith: .success)
        #expect(bundled.errors.contains(#"note: `[0].createdAt` holds the date "yesterday", which none of its formats reads: it is kept as that text, and its date is nil"#), "\(bundled.errors)")
        let spec = Repository.root.appending(path: "specs/oca.yaml").path(percentEncoded: false)
        let ownSpec = await CLI.run(["decode", spec, "History", payload], exitsWith: .success)
        #expect(ownSpec.errors.contains(#"note: `[0].created_at` holds the date "yesterday""#), "\(ownSpec.errors)")
        let good = try scratch.write("good.json", history.replacingOccurrences(of: "yesterday", with: "2020-06-04T10:00:00.000Z"))
        let read = await CLI.run(["decode", "oca", "History", good], exitsWith: .success)
        #expect(!read.errors.contains("holds the date"))
    }

    /// An undocumented code's annotation names its table and provider ("Not in ginota's Status table" read oddly for
    /// ids such as `d7networks`, a user) and no name (it was "UNKNOWN", as a documented `UNKNOWN` row is named).
    @Test func anUndocumentedCodesMeaningNamesItsTableAndProvider() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let payload = try scratch.write("answer.json", #"{"status": "999"}"#)
        let run = await CLI.run(["decode", "ginota", "SendResponse", payload], exitsWith: .success)
        #expect(run.output.contains(#""meaning" : "Not in table Status of ginota""#), "\(run.output)")
        // No name: "UNKNOWN" read as a documented row of that name (Bind's delivery status `UNKNOWN` is one).
        #expect(run.output.contains(#""documented" : false"#) && !run.output.contains(#""name""#), "\(run.output)")
        let documentedUnknown = try scratch.write("dlr.json", #"{"type": "DLR", "message_id": "m", "from": "1", "to": "2", "status": "UNKNOWN", "error": "001"}"#)
        let bind = await CLI.run(["decode", "bind", "DeliveryReceipt", documentedUnknown], exitsWith: .success)
        #expect(bind.output.contains(#""name" : "UNKNOWN""#) && !bind.output.contains("documented"), "\(bind.output)")
    }

    /// Each code printed with its meaning is about 200 bytes of JSON: a query of 4 MiB of commas (4 million empty codes
    /// of SMSAPI's `status` list) printed 843 MB and took 5 GB (an attack). The first `annotatedCodes` are annotated,
    /// the rest written as sent, and a note says so.
    @Test func codesPastTheAnnotatedOnesArePrintedAsSent() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let count = Decode.annotatedCodes + 2_000
        let payload = try scratch.write("reports.query", "MsgId=a&donedate=1&username=u&status=" + Array(repeating: "404", count: count).joined(separator: ","))
        let spec = Repository.root.appending(path: "Tests/ThirdPartySpecs/smsapi.yaml").path(percentEncoded: false)
        let run = await CLI.run(["decode", spec, "DeliveryReports", payload], exitsWith: .success)
        #expect(run.output.components(separatedBy: "\"meaning\" :").count - 1 == Decode.annotatedCodes)
        #expect(run.output.components(separatedBy: "404").count - 1 == count, "every code is printed")
        #expect(run.output.utf8.count < 250 * Decode.annotatedCodes + 20 * count, "\(run.output.utf8.count) bytes")
        #expect(run.errors.contains("note: the first 10000 codes are written with their meaning; the 2000 after them as sent"), "\(run.errors)")
    }

    /// An absent field's enum default is printed as the generated type writes it: a `wire: string` enum's `'1'` as
    /// "1" (a user's ValueFirst `@CODING` printed 1), a `wire: number` one's as 1.
    @Test func anEnumDefaultIsPrintedInItsWiresKind() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
            sources:
              doc: {title: Acme API, url: 'https://acme.example/docs'}
            enums:
              Coding: {wire: string, values: {'1': Text., '2': Unicode.}}
              Kind: {wire: number, values: {'0': Plain., '1': Flash.}}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
            shapes:
              Send:
                fields:
                  text: string
                  coding: {type: Coding, default: '1'}
                  kind: {type: Kind, default: '1'}

            """)
        let payload = try scratch.write("send.json", #"{"text": "hi"}"#)
        let run = await CLI.run(["decode", spec, "Send", payload], exitsWith: .success)
        #expect(run.output.contains(#""coding" : "1""#) && run.output.contains(#""kind" : 1"#), "\(run.output)\(run.errors)")
    }
}

import Foundation
import SMSProviderCatalog
import Testing

@testable import SMSSpecCommands

/// `decode`, `lookup`, `registry` and `segments` with a spec file instead of a bundled provider's id: a payload is read with the
/// spec's model as its generated types would read it, and printed as `decode` prints a bundled provider's
/// (`ExampleDecodingTests` and `SpecDecodeDifferentialTests` compare the two on thousands of payloads; these run the
/// commands end to end); codes are explained from the spec's tables as from the compiled ones.
@Suite struct CLISpecFileTests {
    static let documents = Repository.root.appending(path: "Tests/SMSProvidersTests/Documents").path(percentEncoded: false)
    static let specs = Repository.root.appending(path: "specs").path(percentEncoded: false)
    static let thirdParty = Repository.root.appending(path: "Tests/ThirdPartySpecs").path(percentEncoded: false)

    @Test(arguments: [
        ["bind", "DeliveryReceipt", "bind/dlr.json"],
        ["ginota", "DeliveryReceipt", "ginota/dlr.query"],
        ["oca", "ErrorBody", "oca/error-validation.json"],
    ])
    func aSpecFilePrintsWhatItsProvidersIdPrints(_ arguments: [String]) async {
        let payload = "\(Self.documents)/\(arguments[2])"
        let bundled = await CLI.run(["decode", arguments[0], arguments[1], payload], exitsWith: .success)
        let spec = await CLI.run(["decode", "\(Self.specs)/\(arguments[0]).yaml", arguments[1], payload], exitsWith: .success)
        #expect(spec.output == bundled.output)
        #expect(spec.errors == bundled.errors)
        #expect(spec.output.contains(#""code" : "#), "\(spec.output)")
        let listed = await CLI.run(["decode", "--list", "\(Self.specs)/\(arguments[0]).yaml"], exitsWith: .success)
        let bundledList = await CLI.run(["decode", "--list", arguments[0]], exitsWith: .success)
        #expect(listed.output == bundledList.output)
    }

    /// A request with no field in its body travels as its URL's query, and is listed and read so: two users saw a GET of
    /// query fields listed as `form`, and one of path fields as `json` (OCA's status request was `none`).
    @Test func aRequestWithNoBodyFieldIsListedAsItsQuery() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], encoding: form}
            operations:
              credit: {method: GET, path: /credit, request: CreditRequest, responses: {200: {summary: The credit.}}}
              message: {method: GET, path: '/messages/{id}', request: MessageRequest, responses: {200: {summary: The message.}}}
              send: {method: POST, path: /send, request: SendRequest, responses: {200: {summary: Sent.}}}
            shapes:
              CreditRequest: {fields: {key: {type: string, in: query}}}
              MessageRequest: {fields: {id: {type: string, in: path}}}
              SendRequest: {fields: {to: string, ref: {type: string, in: query}}}

            """)
        let listed = await CLI.run(["decode", "--list", spec], exitsWith: .success)
        #expect(listed.output.split(separator: "\n").map { $0.split(separator: " ").prefix(3).joined(separator: " ") } == [
            "acme — Acme", "CreditRequest request query", "MessageRequest request query", "SendRequest request form",
        ], "\(listed.output)")
        let credit = try scratch.write("credit.txt", "key=abc")
        #expect(await CLI.run(["decode", spec, "CreditRequest", credit], exitsWith: .success).output.contains(#""key" : "abc""#))
    }

    /// A spec file named in capitals (`BIND.YAML`, as Windows tools save it), which `lint` reads, was an unknown
    /// provider id; a directory named like a spec file, holding several specs, was read as its first spec, silently.
    @Test func aSpecFileInCapitalsIsReadAndADirectoryIsRefused() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("BIND.YAML", try String(contentsOfFile: "\(Self.specs)/bind.yaml", encoding: .utf8))
        let bundled = await CLI.run(["lookup", "bind", "027"], exitsWith: .success)
        #expect(await CLI.run(["lookup", spec, "027"], exitsWith: .success).output == bundled.output)
        let folder = scratch.url.appending(path: "two.yaml")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for id in ["bind", "ginota"] {
            try FileManager.default.copyItem(atPath: "\(Self.specs)/\(id).yaml", toPath: folder.appending(path: "\(id).yaml").path(percentEncoded: false))
        }
        let run = await CLI.run(["decode", "--list", folder.path(percentEncoded: false)], exitsWith: .failure)
        #expect(run.output.isEmpty, "\(run.output)")
        #expect(run.errors.hasSuffix("two.yaml is a directory: give one spec file.\n"), "\(run.errors)")
    }

    /// `registry --provider` with a folder of specs (users asked, two sessions apart): every spec `generate` reads
    /// there, as their generated registry would hold them — the bundled specs' folder prints what the compiled-in
    /// registry prints; a spec lint refuses stops it, located.
    @Test func aFolderOfSpecsPrintsTheRegistryItsTargetWouldHold() async throws {
        for format in ["json", "markdown", "table"] {
            let bundled = await CLI.run(["registry", "--format", format], exitsWith: .success)
            let folder = await CLI.run(["registry", "--provider", Self.specs, "--format", format], exitsWith: .success)
            #expect(folder.output == bundled.output, "\(format)")
        }
        let thirdParty = await CLI.run(["registry", "--provider", Self.thirdParty, "--format", "table"], exitsWith: .success)
        #expect(thirdParty.output.contains("\ntwilio ") && thirdParty.output.contains("\nroutee "), "\(thirdParty.output)")
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        try FileManager.default.copyItem(atPath: "\(Self.specs)/ginota.yaml", toPath: scratch.url.appending(path: "ginota.yaml").path(percentEncoded: false))
        let broken = try scratch.write("acme.yaml", "provider: acme\nname: Acme\nnonsense: 1\n")
        let refused = await CLI.run(["registry", "--provider", scratch.url.path(percentEncoded: false)], exitsWith: .failure)
        #expect(refused.output.isEmpty, "\(refused.output)")
        #expect(refused.errors.contains("\(broken):3:1: error: unknown key 'nonsense'"), "\(refused.errors)")
        let empty = try ScratchDirectory()
        defer { empty.remove() }
        let none = await CLI.run(["registry", "--provider", empty.url.path(percentEncoded: false)], exitsWith: .failure)
        #expect(none.errors.contains("error: no spec files (*.yaml, *.yml) here"), "\(none.errors)")
    }

    /// A delivery state's advice speaks of the message (a user read "retrying the same request" for Twilio's
    /// `undelivered` as asking for the report again); a send's answer keeps the request's words.
    @Test func aDeliveryStatesAdviceSpeaksOfSendingTheMessageAgain() async {
        let spec = "\(Self.thirdParty)/twilio.yaml"
        let undelivered = await CLI.run(["lookup", spec, "undelivered"], exitsWith: .success)
        #expect(undelivered.output.contains("  advice:   sending the message again later can help\n"), "\(undelivered.output)")
        let failed = await CLI.run(["lookup", spec, "failed", "--table", "MessageStatus"], exitsWith: .success)
        #expect(failed.output.contains("  advice:   do not send the message again unchanged\n"), "\(failed.output)")
        // A code found by an alias says so (a user's `ACCEPT` printed `ACCEPTD` without a word why).
        let bounce = await CLI.run(["lookup", "\(Self.thirdParty)/brevo.yaml", "soft_bounce"], exitsWith: .success)
        #expect(bounce.output.contains("softBounce") && bounce.output.contains("\n  alias:    \"soft_bounce\" is a spelling of this code\n"), "\(bounce.output)")
        let funds = await CLI.run(["lookup", "ginota", "44"], exitsWith: .success)
        #expect(funds.output.contains("  advice:   top up, then retry\n"), "\(funds.output)")
        for advice in RetryAdvice.allCases where ![.retryWithBackoff, .retry, .topUpThenRetry, .doNotRetry].contains(advice) {
            #expect(advice.descriptionForDeliveryReport == advice.description)
        }
    }

    /// A code whose summary only repeats it printed `DELIVERED: DELIVERED`; it prints once, and a summary that says
    /// more still follows the name.
    @Test func lookupPrintsACodeWhoseSummaryRepeatsItOnce() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
            operations:
              status: {method: GET, path: /status, responses: {200: {shape: Status}}}
            shapes:
              Status: {fields: {state: MessageState}}
            tables:
              MessageState:
                title: Message states
                codeType: string
                entries:
                  - {code: DELIVERED, summary: DELIVERED, outcome: success, category: none, deliveryState: delivered, final: true}
                  - {code: FAILED, summary: Not delivered., outcome: failure, category: networkError, deliveryState: undelivered, final: true}

            """)
        let delivered = await CLI.run(["lookup", spec, "DELIVERED"], exitsWith: .success)
        #expect(delivered.output.hasPrefix("acme MessageState DELIVERED\n"), "\(delivered.output)")
        let failed = await CLI.run(["lookup", spec, "FAILED"], exitsWith: .success)
        #expect(failed.output.hasPrefix("acme MessageState FAILED: Not delivered.\n"), "\(failed.output)")
    }

    /// A spec of one's own (Twilio's, which no bundled provider is): a form status callback with two failing codes.
    @Test func aSpecOfOnesOwnDecodesItsCallback() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("status.form", "ErrorCode=30003&SmsSid=SM1&SmsStatus=undelivered&MessageStatus=undelivered&To=%2B15558675310&MessageSid=SM1&AccountSid=AC1&From=%2B15017250604&ApiVersion=2010-04-01")
        let run = await CLI.run(["decode", "\(Self.thirdParty)/twilio.yaml", "StatusCallback", file], exitsWith: .success)
        #expect(run.output.contains(#""code" : 30003,"#) && run.output.contains(#""name" : "Unreachable destination handset""#), "\(run.output)")
        #expect(run.output.contains(#""To" : "+15558675310""#), "\(run.output)")
        #expect(run.errors.hasPrefix("note: 3 code(s) in this message report a failure:\n"), "\(run.errors)")
        #expect(run.errors.contains("  ErrorCode: twilio ErrorCode 30003 (Unreachable destination handset: "), "\(run.errors)")
        // Both streams in one place: the notes follow the JSON they are about, on lines of their own (they ran on after
        // its last brace, a user).
        let merged = try CLI.runMerged(["decode", "\(Self.thirdParty)/twilio.yaml", "StatusCallback", file])
        #expect(merged.hasPrefix("{\n") && merged.contains("\n}\nnote: 3 code(s) in this message report a failure:\n"), "\(merged)")
    }

    /// Routee's error codes are nine digits as text (HTTP status, module, error: 400005000), an int table written as
    /// text: the documented answer reads as its code, a number sent instead reads as the same code, and lookup finds it.
    @Test func routeesNineDigitTextCodesReadAsTheirEntries() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = "\(Self.thirdParty)/routee.yaml"
        for code in [#""400005000""#, "400005000"] {
            let file = try scratch.write("error.json", #"{"code": \#(code), "developerMessage": "The SMS has no recipients or the sender is invalid"}"#)
            let run = await CLI.run(["decode", spec, "ErrorAnswer", file], exitsWith: .success)
            #expect(run.output.contains(#""code" : "400005000","#) && run.output.contains(#""category" : "invalidRequest""#), "\(run.output)")
            #expect(run.errors.contains("code: routee ErrorCode 400005000 (400005000: The SMS has no recipients or the sender is invalid) — failure"), "\(run.errors)")
        }
        let lookup = await CLI.run(["lookup", spec, "404005000"], exitsWith: .success)
        #expect(lookup.output.hasPrefix("routee ErrorCode 404005000: Tracking not found.\n  HTTP:     404\n"), "\(lookup.output)")
    }

    /// seven.io's send answer: its return code is text ("101", sending to at least one recipient failed) that does not
    /// decide alone, and each recipient's success is a boolean flag reported beside it; its older status callback is a
    /// query whose time has its space written '+'.
    @Test func sevensReturnCodeAsTextAndEachRecipientsFlag() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = "\(Self.thirdParty)/seven.yaml"
        let answer = try scratch.write("answer.json", """
            {"success": "101", "total_price": 0.075, "balance": 3.61, "debug": "false", "sms_type": "direct", "messages": [
              {"id": "77229135982", "sender": "seven.io", "recipient": "4917999999999", "text": "Hi", "encoding": "gsm", "label": null,
               "parts": 1, "udh": null, "is_binary": false, "price": 0.075, "success": true, "error": null, "error_text": null},
              {"id": null, "sender": "seven.io", "recipient": "49", "text": "Hi", "encoding": "gsm", "label": null,
               "parts": 1, "udh": null, "is_binary": false, "price": 0, "success": false, "error": "202", "error_text": "Invalid recipient"}]}
            """)
        let run = await CLI.run(["decode", spec, "SendResponse", answer], exitsWith: .success)
        #expect(run.output.contains(#""code" : "101","#) && run.output.contains(#""name" : "PartlyFailed","#), "\(run.output)")
        #expect(run.output.contains(#""code" : false,"#) && run.output.contains(#""code" : true,"#), "\(run.output)")
        #expect(run.errors.contains("1 code(s) in this message report a failure:\n  messages[1].success: seven MessageSuccess false (NotSent:"), "\(run.errors)")
        let query = try scratch.write("status.query", "msg_id=1234567&status=DELIVERED&timestamp=2020-01-09+15%3A41%3A30.656")
        let status = await CLI.run(["decode", spec, "StatusCallback", query], exitsWith: .success)
        #expect(status.output.contains(#""timestamp" : "2020-01-09 15:41:30.656""#) && status.output.contains(#""name" : "Delivered","#), "\(status.output)")
    }

    /// seven.io's refused key answers the bare code "900" under HTTP 200: its send's answer, the union SendAnswer, reads
    /// it as the code variant, explained from the table, where the answer object was a decoding error; the object still
    /// reads through the union, and the union is listed as a response.
    @Test func sevensRefusedKeyIsTheCodeOfItsAnswersUnion() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = "\(Self.thirdParty)/seven.yaml"
        for payload in [#""900""#, "900"] {
            let run = await CLI.run(["decode", spec, "SendAnswer", try scratch.write("refused.json", payload)], exitsWith: .success)
            #expect(run.output.contains(#""code" : "900","#) && run.output.contains(#""name" : "InvalidAPIKey","#), "\(run.output)")
            #expect(run.errors.contains("1 code(s) in this message report a failure:\n  (top level): seven ReturnCode 900 (InvalidAPIKey: "), "\(run.errors)")
        }
        let sent = try scratch.write("sent.json", #"{"success": "100", "messages": []}"#)
        let object = await CLI.run(["decode", spec, "SendAnswer", sent], exitsWith: .success)
        #expect(object.output.contains(#""name" : "Accepted","#) && !object.errors.contains("failure"), "\(object.output)\(object.errors)")
        let listed = await CLI.run(["decode", "--list", spec], exitsWith: .success)
        #expect(listed.output.split(separator: "\n").contains { $0.hasPrefix("  SendAnswer") && $0.contains("response") }, "\(listed.output)")
    }

    /// BulkGate's bulk delivery confirmations as its page prints them (a comma before the last closing brace, which
    /// Foundation's decoder passes over): int statuses sent as text, an incoming SMS (status 10) beside a receipt, and
    /// a ';'-joined pair of times; its GET confirmation reads the same from a query.
    @Test func bulkgatesDocumentedConfirmationsDecode() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = "\(Self.thirdParty)/bulkgate.yaml"
        let bulk = try scratch.write("bulk.json", """
            [
               {"status":"1", "smsID":"3t2563af3ff285", "price":"0.71", "date":"1904111007;1904111011"},
               {"status":"10", "from":"420777777777", "text":"answer text",}
            ]
            """)
        let list = await CLI.run(["decode", spec, "Confirmations", bulk], exitsWith: .success)
        #expect(list.output.contains(#""date" : "1904111007;1904111011""#) && list.output.contains(#""name" : "incoming""#), "\(list.output)")
        #expect(list.output.contains(#""text" : "answer text""#) && list.errors == "", "\(list.output)\(list.errors)")
        let query = try scratch.write("dlr.query", "status=3&smsID=3t2563af3ff285&to=420777777777&price=0.71&date=1812141317%3B1812141318")
        let receipt = await CLI.run(["decode", spec, "Confirmation", query], exitsWith: .success)
        #expect(receipt.output.contains(#""name" : "not_delivered""#) && receipt.output.contains(#""date" : "1812141317;1812141318""#), "\(receipt.output)")
        #expect(receipt.errors.contains("status: bulkgate ConfirmationStatus 3 (not_delivered: "), "\(receipt.errors)")
    }

    @Test func aSecretIsRedactedAsTheGeneratedTypeRedactsIt() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("send.form", "apiKey=never-printed-1&apiSecret=never-printed-2&srcAddr=Me&dstAddr=6591234567&content=Hi")
        let spec = await CLI.run(["decode", "\(Self.specs)/ginota.yaml", "SendRequest", file], exitsWith: .success)
        let bundled = await CLI.run(["decode", "ginota", "SendRequest", file], exitsWith: .success)
        #expect(spec.output == bundled.output)
        #expect(spec.output.contains(#""apiKey" : "<redacted>""#) && !spec.output.contains("never-printed"), "\(spec.output)")
    }

    /// A credential the payload gives as a number or inside a list (under a credential's name) was redacted where it
    /// stood, but printed wherever another field repeated it: only texts were taken for credentials.
    @Test func aCredentialThatIsNoTextIsHiddenWhereverItIsRepeated() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("event.json", #"{"type": "WEIRD", "X-API-KEY": 98765432123, "other": "id 98765432123", "u": "https://h/?k=98765432123", "k2": {"X-API-KEY": ["Secr3tInList!"]}, "o2": "Secr3tInList!"}"#)
        let run = await CLI.run(["decode", "bind", "CallbackEvent", file], exitsWith: .success)
        #expect(!run.output.contains("98765432123") && !run.output.contains("Secr3tInList"), "\(run.output)")
        #expect(run.output.contains(#""other" : "id <redacted>""#), "\(run.output)")
    }

    /// A spec whose `send` sends the shape `request`, its credential the field `key`, up to `shapes:` (the shapes follow).
    static func keyedSpec(request: String) -> String {
        """
        smsspec: 1
        provider:
          id: acme
          name: Acme
          baseURLs: [https://api.acme.example]
          auth: {type: fields, fields: [key]}
        sources:
          doc: {title: Acme API, url: 'https://acme.example/docs'}
        operations:
          send: {method: POST, path: /send, request: \(request), responses: {200: {summary: Sent.}}}
        shapes:

        """
    }

    /// Values a payload lists under a credential's name (`"extra": {"key": [16 values]}`) were taken as credentials
    /// before the message's own, and the sweep, which takes the first it is given, left the key out of a note that
    /// repeated it: the shallowest are taken first.
    @Test func aPayloadsListedValuesCrowdOutNoCredential() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", Self.keyedSpec(request: "Send") + """
              Send:
                fields:
                  key: {type: string, secret: true}
                  note: {type: string, required: false}
                  extra: {type: json, required: false}

            """)
        let listed = (0..<40).map { "\"aaaa\($0 < 10 ? "0" : "")\($0)\"" }.joined(separator: ",")
        let file = try scratch.write("send.json", #"{"key":"zzzz-real-api-key","note":"the key is zzzz-real-api-key","extra":{"key":["# + listed + "]}}")
        let run = await CLI.run(["decode", spec, "Send", file], exitsWith: .success)
        #expect(!run.output.contains("zzzz-real-api-key") && run.output.contains(#""note" : "the key is <redacted>""#), "\(run.output)")
    }

    /// Two credentials that are one text written two ways (NFC `ö`, NFD `o` + U+0308) were one in a set of texts, and
    /// the output swept for one of them only printed the other.
    @Test func equivalentCredentialsAreEachHidden() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", Self.keyedSpec(request: "Msg") + """
              Msg:
                fields:
                  key: {type: string, secret: true}
                  auth: {type: Auth}
                  note: {type: string, required: false}
                  callbackUrl: {type: string, required: false}
              Auth:
                fields:
                  token: {type: string, secret: true}

            """)
        let file = try scratch.write("msg.json", #"{"key": "Passw\#u{F6}rd-1234", "auth": {"token": "Passwo\#u{308}rd-1234"}, "note": "a Passw\#u{F6}rd-1234 b Passwo\#u{308}rd-1234", "callbackUrl": "https://h.example/?a=Passwo%CC%88rd-1234&b=Passw%C3%B6rd-1234"}"#)
        let run = await CLI.run(["decode", spec, "Msg", file], exitsWith: .success)
        #expect(run.output.contains(#""note" : "a <redacted> b <redacted>""#), "\(run.output)")
        #expect(run.output.contains("?a=<redacted>&b=<redacted>"), "\(run.output)")
    }

    /// An event of a kind the spec does not list is printed whole but for the credentials the spec names (Bind's
    /// `X-API-KEY` header), which it printed as sent.
    @Test func anUnknownEventsCredentialIsRedactedAsTheGeneratedTypeRedactsIt() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("event.json", #"{"type": "STATUS", "x-api-key": "never-printed-1", "to": "16197012345"}"#)
        let spec = await CLI.run(["decode", "\(Self.specs)/bind.yaml", "CallbackEvent", file], exitsWith: .success)
        let bundled = await CLI.run(["decode", "bind", "CallbackEvent", file], exitsWith: .success)
        #expect(spec.output == bundled.output)
        #expect(spec.output.contains(#""x-api-key" : "<redacted>""#) && spec.output.contains(#""type" : "STATUS""#), "\(spec.output)")
        #expect(!spec.output.contains("never-printed"), "\(spec.output)")
    }

    /// A known event's field kept as JSON (Fortytwo's `error_code`) printed a credential the spec names in it as sent.
    @Test func aJSONFieldsCredentialIsRedactedAsTheGeneratedTypeRedactsIt() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write(
            "callback.json", #"{"api_job_id": "j", "data": [{"type": "SMS", "status": "DELIVRD", "error_code": {"authorization": "never-printed-1", "n": [943]}}]}"#)
        let spec = await CLI.run(["decode", "\(Self.specs)/fortytwo.yaml", "DeliveryCallback", file], exitsWith: .success)
        let bundled = await CLI.run(["decode", "fortytwo", "DeliveryCallback", file], exitsWith: .success)
        #expect(spec.output == bundled.output)
        #expect(spec.output.contains(#""authorization" : "<redacted>""#) && spec.output.contains("943"), "\(spec.output)")
        #expect(!spec.output.contains("never-printed"), "\(spec.output)")
    }

    /// A map whose key is the credential's own name (Telnyx's error `meta` holding its `Authorization`) printed it in
    /// clear; only a member nested deeper was redacted.
    @Test func aMapsCredentialKeyIsRedactedAsTheGeneratedTypeRedactsIt() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write(
            "error.json", #"{"errors": [{"code": "10009", "title": "x", "meta": {"Authorization": "Bearer never-printed-1", "x": {"authorization": "never-printed-2"}, "n": "kept"}}]}"#)
        let run = await CLI.run(["decode", "\(Self.thirdParty)/telnyx.yaml", "ErrorEnvelope", file], exitsWith: .success)
        #expect(run.output.contains(#""Authorization" : "<redacted>""#) && run.output.contains("kept"), "\(run.output)")
        #expect(!run.output.contains("never-printed"), "\(run.output)")
    }

    @Test func aSpecsProblemsAndAMisspeltMessageAreSaidAsLintSaysThem() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", "smsspec: 1\nprovider: {id: acme, name: Acme}\nshapes:\n  Receipt: {fields: {id: strin}}\n")
        let payload = try scratch.write("receipt.json", #"{"id": "1"}"#)
        let broken = await CLI.run(["decode", spec, "Receipt", payload], exitsWith: .failure)
        #expect(broken.output == "")
        #expect(broken.errors == "\(spec):4:26: error: 'strin' is not a defined shape, enum or table (did you mean 'string'?)\n")
        let misspelt = await CLI.run(["decode", "\(Self.specs)/bind.yaml", "DeliveryReciept", payload], exitsWith: .failure)
        #expect(misspelt.errors.hasPrefix("Error: bind has no message 'DeliveryReciept' (did you mean 'DeliveryReceipt'?). Messages: "), "\(misspelt.errors)")
        let refused = await CLI.run(["decode", "\(Self.specs)/bind.yaml", "DeliveryReceipt", payload], exitsWith: .exitCode(1))
        #expect(refused.errors.hasPrefix("error: \(payload) is not a valid bind DeliveryReceipt: "), "\(refused.errors)")
    }

    @Test func lookupExplainsACodeOfASpecFileAsOfItsProvidersId() async {
        let spec = await CLI.run(["lookup", "\(Self.specs)/bind.yaml", "027"], exitsWith: .success)
        let bundled = await CLI.run(["lookup", "bind", "027"], exitsWith: .success)
        #expect(spec.output == bundled.output && spec.output.hasPrefix("bind DLRError 27 ABSENT_SUBSCRIBER"), "\(spec.output)")
        let own = await CLI.run(["lookup", "\(Self.thirdParty)/twilio.yaml", "30003"], exitsWith: .success)
        #expect(own.output.hasPrefix("twilio ErrorCode 30003 Unreachable destination handset: "), "\(own.output)")
        let unknown = await CLI.run(["lookup", "\(Self.thirdParty)/twilio.yaml", "99999"], exitsWith: .exitCode(3))
        #expect(unknown.errors.hasPrefix("twilio documents no code 99999"), "\(unknown.errors)")
        let table = await CLI.run(["lookup", "\(Self.specs)/bind.yaml", "1", "--table", "DLRErr"], exitsWith: .failure)
        #expect(table.errors.hasPrefix("Error: bind has no table 'DLRErr' (did you mean 'DLRError'?)."), "\(table.errors)")
    }

    /// The tables a spec's model builds are those its generated registry compiles in, in every format.
    @Test func theRegistryOfASpecFileIsItsProvidersRegistry() throws {
        for catalog in SMSSpecCatalog.providers {
            let spec = try ProviderSource.named("\(Self.specs)/\(catalog.provider.id).yaml")
            for format in Registry.Format.allCases {
                #expect(Registry.render([spec], format: format) == Registry.render([catalog], format: format), "\(catalog.provider.id) \(format)")
            }
        }
    }

    /// A spec's own capacities (`segments:` under `provider:`) count the text, as its generated validators would.
    @Test func segmentsCountsWithTheCapacitiesOfASpecFile() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", """
            smsspec: 1
            provider:
              id: acme
              name: Acme
              segments: {gsm7Single: 140, gsm7Concatenated: 134, ucs2Single: 70, ucs2Concatenated: 67}

            """)
        let text = String(repeating: "a", count: 150)
        let own = await CLI.run(["segments", "--provider", spec, text], exitsWith: .success)
        #expect(own.output.contains("segments:  2 (134 per segment; parts 134 + 16)"), "\(own.output)\(own.errors)")
        let standard = await CLI.run(["segments", text], exitsWith: .success)
        #expect(standard.output.contains("segments:  1 (160 per segment; parts 150)"), "\(standard.output)")
    }

    /// A form request in the provider's charset was refused as "not valid UTF-8" by `validate`, where `decode` read
    /// it (a user's smsmode request, ISO-8859-15): both read it in that charset, or `--charset`.
    @Test func validateReadsAFormInTheProvidersCharset() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], encoding: form, charset: ISO-8859-15}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
            shapes:
              Send: {fields: {message: {type: string, constraints: {maxLength: 9}}, to: string}}
            """)
        let request = try scratch.write("request.form", "message=Test+%E9%E0+%A4&to=33612345678")
        let valid = await CLI.run(["validate", spec, "Send", request], exitsWith: .success)
        #expect(valid.output == "valid: no violations.\n" && valid.errors.isEmpty, "\(valid.output)\(valid.errors)")
        // A field the shape does not have is ignored by the type, and said (a user's misspelt field passed as "valid").
        let misspelt = try scratch.write("misspelt.form", "message=Test&to=33612345678&tos=33600000000")
        let noted = await CLI.run(["validate", spec, "Send", misspelt], exitsWith: .success)
        #expect(noted.errors == "note: \"tos\" is no field of Send: its type ignores it, and so may the provider (did you mean 'to'?)\n", "\(noted.errors)")
        let long = try scratch.write("long.form", "message=%E9%E9%E9%E9%E9%E9%E9%E9%E9%E9&to=33612345678")
        let refused = await CLI.run(["validate", spec, "Send", long], exitsWith: .failure)
        #expect(refused.output.contains("message") && refused.output.contains("maxLength"), "\(refused.output)\(refused.errors)")
        let utf8 = await CLI.run(["validate", spec, "Send", request, "--charset", "UTF-8"], exitsWith: .failure)
        #expect(utf8.errors.contains("not valid UTF-8"), "\(utf8.errors)")
        let unknown = await CLI.run(["validate", spec, "Send", request, "--charset", "EBCDIC"], exitsWith: .exitCode(64))
        #expect(unknown.errors.contains("--charset \"EBCDIC\" is not a charset a form is read in"), "\(unknown.errors)")
        // A request given as JSON may hold what the charset cannot write: named as the generated `validate()` names
        // it (rule `charset`), where the spec file's rules said nothing.
        let json = try scratch.write("request.json", #"{"message": "Жук", "to": "33612345678", "€uro": "x"}"#)
        let unwritable = await CLI.run(["validate", spec, "Send", json], exitsWith: .failure)
        #expect(unwritable.output.contains("message: [charset]") && unwritable.output.contains("ISO-8859-15"), "\(unwritable.output)\(unwritable.errors)")
        #expect(!unwritable.output.contains("to: [charset]") && !unwritable.output.contains("€uro: [charset]"), "\(unwritable.output)")
    }

    /// `validate` of a spec file refused it (only the bundled providers' rules were compiled in); it now applies the
    /// spec's rules as its generated validators do: the bundled Fortytwo's spec file and its generated code give one
    /// answer for the same request.
    @Test func validatingASpecFileAppliesItsRules() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let request = try scratch.write("request.json", #"{"client_ref": "order-1", "phone_number": "+385 91"}"#)
        let bundled = await CLI.run(["validate", "fortytwo", "RequestCodeRequest", request], exitsWith: .failure)
        let own = await CLI.run(["validate", "\(Self.specs)/fortytwo.yaml", "RequestCodeRequest", request], exitsWith: .failure)
        #expect(own.output == bundled.output)
        #expect(own.output.contains("violation(s)."), "\(own.output)\(own.errors)")
        let unknown = await CLI.run(["validate", "\(Self.specs)/fortytwo.yaml", "RequestCodeRequst", request], exitsWith: .exitCode(64))
        #expect(unknown.errors.hasPrefix("Error: fortytwo has no request 'RequestCodeRequst' (did you mean 'RequestCodeRequest'?)"), "\(unknown.errors)")
    }

    /// PHP gateways write a boolean as 1 or 0: a lenient boolean reads them, in `decode` and `validate` alike (the
    /// sandbox's rule interpreter, which `validate` uses, judged the JSON number no boolean); a boolean that is not
    /// lenient, and any other number, is still refused.
    @Test func aLenientBooleanReadsOneAndZero() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example']}
            sources: {doc: {title: Doc, url: 'https://acme.example/doc'}}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}, source: doc}
            shapes:
              Send:
                fields:
                  to: string
                  flash: {type: bool, required: false, lenient: true}
                  unicode: {type: bool, required: false}

            """)
        for (body, valid) in [(#"{"to": "1", "flash": 1}"#, true), (#"{"to": "1", "flash": 0}"#, true), (#"{"to": "1", "flash": 2}"#, false), (#"{"to": "1", "unicode": 1}"#, false)] {
            let request = try scratch.write("request.json", body)
            let run = await CLI.run(["validate", spec, "Send", request], exitsWith: valid ? .success : .failure)
            #expect((run.output == "valid: no violations.\n") == valid, "\(body): \(run.output)\(run.errors)")
        }
        let request = try scratch.write("request.json", #"{"to": "1", "flash": 0}"#)
        let decoded = await CLI.run(["decode", spec, "Send", request], exitsWith: .success)
        #expect(decoded.output.contains(#""flash" : false"#), "\(decoded.output)\(decoded.errors)")
    }

    /// A form request's values were judged as JSON values: Twilio's one `MediaUrl` (a list field sent once) was "not a
    /// list" and an empty `ValidityPeriod=` "not an integer", where the generated decoding reads a list of one and an
    /// absent number (and its `validate()` finds nothing); an empty optional field counted as given for `exactlyOne`.
    /// The rules still hold for what is sent.
    @Test func aFormRequestIsJudgedAsItsGeneratedTypeReadsIt() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = "\(Self.thirdParty)/twilio.yaml"
        let base = "AccountSid=AC0123456789abcdef0123456789abcdef&To=%2B15551234567&From=%2B15557654321"
        let valid = try scratch.write("valid.form", base + "&MediaUrl=https://demo.twilio.com/owl.png&ValidityPeriod=")
        let run = await CLI.run(["validate", spec, "CreateMessageRequest", valid], exitsWith: .success)
        #expect(run.output == "valid: no violations.\n", "\(run.output)\(run.errors)")
        let broken = try scratch.write("broken.form", base + "&MediaUrl=owl.png&ValidityPeriod=0")
        let refused = await CLI.run(["validate", spec, "CreateMessageRequest", broken], exitsWith: .failure)
        #expect(refused.output.contains("MediaUrl[0]: [url]") && refused.output.contains("ValidityPeriod: [minimum]"), "\(refused.output)")
        #expect(refused.output.hasSuffix("2 violation(s).\n"), "\(refused.output)")
        let oneOf = try scratch.write("oneof.yaml", """
            smsspec: 1
            provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], encoding: form}
            sources: {doc: {title: Doc, url: 'https://acme.example/doc'}}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}, source: doc}
            shapes:
              Send:
                exactlyOne: [to, group]
                fields:
                  to: {type: string, required: false}
                  group: {type: int64, required: false}
                  counts: {type: U, required: false}
                  flash: {type: bool, required: false}
            unions:
              U: {variants: {one: int, many: '[int]'}}

            """)
        let empty = try scratch.write("empty.form", "to=447700900123&group=&counts=&flash=")
        let given = await CLI.run(["validate", oneOf, "Send", empty], exitsWith: .success)
        #expect(given.output == "valid: no violations.\n", "\(given.output)\(given.errors)")
        // A list written as one text is the empty list when empty: given, as the generated decoding reads it.
        let separated = try scratch.write("separated.yaml", try String(contentsOfFile: oneOf, encoding: .utf8)
            .replacingOccurrences(of: "group: {type: int64, required: false}", with: "group: {type: '[int]', required: false, separator: ','}"))
        let emptyList = await CLI.run(["validate", separated, "Send", empty], exitsWith: .failure)
        #expect(emptyList.output.hasPrefix("to: [exactlyOne]") && emptyList.output.contains("2 are (to, group)"), "\(emptyList.output)")
    }

    /// A user's SMS Aero answer, `data` a union of a message, a list of them or a map of errors, with a message id beyond
    /// Int64: the error named `data.id`, `data.number` or `data.status` from run to run (the map variant's error, at a
    /// key of the map's hash order, won over the message variant's, which Foundation gives at no place). Every run
    /// now says the same, at `data` (the variant that stopped at a number, where the decoder names no place, counts as
    /// the one that got furthest).
    @Test func aUnionsErrorIsTheSameInEveryRun() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("aero.yaml", """
            smsspec: 1
            provider: {id: aero, name: Aero, baseURLs: ['https://aero.example']}
            sources: {doc: {title: Doc, url: 'https://aero.example/doc'}}
            shapes:
              Envelope:
                fields:
                  success: bool
                  data: {type: Data, required: false}
              SMS:
                fields:
                  id: {type: int64, lenient: true}
                  number: string
                  status: int
            unions:
              Data:
                variants: {one: SMS, many: '[SMS]', errors: '{[string]}'}

            """)
        let payload = try scratch.write("big.json", #"{"success": true, "data": {"id": 99999999999999999999, "number": "7", "status": 1, "text": "x"}}"#)
        var errors: Set<String> = []
        for _ in 0..<4 { errors.insert(await CLI.run(["decode", spec, "Envelope", payload], exitsWith: .failure).errors) }
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasSuffix("at `data`: Expected `SMS` or `[SMS]` or `[String: [String]]`.\n") == true, "\(errors)")
    }

    /// A padded table's code was shown as documented, not as sent: a user's Netgsm spec said its validator's
    /// `StartDateWrong` was `1` where Netgsm answers `01`. `validate` and `lookup` show the code as the provider sends it.
    @Test func aPaddedCodeIsShownAsTheProviderSendsIt() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("netgsm.yaml", """
            smsspec: 1
            provider: {id: netgsm, name: Netgsm, baseURLs: ['https://api.netgsm.example'], encoding: form}
            sources: {doc: {title: Doc, url: 'https://netgsm.example/doc'}}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent., shape: Answer}}, source: doc}
            shapes:
              Send:
                fields:
                  startdate: {type: string, required: false, constraints: {pattern: '^[0-9]{12}$', providerCodes: {pattern: 'SendCode:1'}}}
              Answer:
                fields:
                  code: {type: SendCode}
            tables:
              SendCode:
                title: Send answers
                source: doc
                codeType: int
                wire: string
                padding: 2
                entries:
                  - {code: 0, name: Sent, summary: The message was taken., outcome: success, category: none}
                  - {code: 1, name: StartDateWrong, summary: The start date is wrong., outcome: failure, category: invalidRequest,
                     decisions: [{id: N1, issue: Seen in answers only., decision: Listed as a failure.}]}

            """)
        let request = try scratch.write("request.form", "startdate=tomorrow")
        let run = await CLI.run(["validate", spec, "Send", request], exitsWith: .failure)
        #expect(run.output.contains("the provider would answer 01 StartDateWrong — The start date is wrong."), "\(run.output)\(run.errors)")
        let lookup = await CLI.run(["lookup", spec, "01"], exitsWith: .success)
        #expect(lookup.output.hasPrefix("netgsm SendCode 1 StartDateWrong: The start date is wrong.\n  sent as:  \"01\" (as the table writes its codes)\n"), "\(lookup.output)\(lookup.errors)")
        #expect(lookup.output.hasSuffix("  decision: Decision N1: Listed as a failure. The issue: Seen in answers only.\n"), "\(lookup.output)")
        let json = await CLI.run(["validate", spec, "Send", request, "--format", "json"], exitsWith: .failure)
        #expect(json.output.contains("\"sentAs\" : \"01\""), "\(json.output)")
    }

    /// `validate` of a spec file reads the request twice: as its type reads it, then as a JSON value for the rules. A
    /// key the type ignores may hold what the second read refuses (1e999, a lone surrogate): the request broke a rule,
    /// and "valid: no violations." was printed. It now says the rules could not be checked, and fails.
    @Test func aRequestWhoseRulesCannotBeReadIsNeverCalledValid() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        for (name, extra) in [("number", "1e999"), ("surrogate", #""\ud800""#)] {
            let request = try scratch.write("\(name).json", #"{"client_ref": "order-1", "phone_number": "+385 91", "x": "# + extra + "}")
            let bundled = await CLI.run(["validate", "fortytwo", "RequestCodeRequest", request], exitsWith: .failure)
            #expect(bundled.output.contains("phone_number: [pattern]"), "\(bundled.output)")
            let own = await CLI.run(["validate", "\(Self.specs)/fortytwo.yaml", "RequestCodeRequest", request], exitsWith: .failure)
            #expect(own.output == "", "\(name): \(own.output)")
            #expect(own.errors.hasPrefix("error: \(request) reads as a fortytwo RequestCodeRequest, but its rules could not be checked: at `x`: "), "\(own.errors)")
        }
    }

    /// A spec saved as `acme.spec` was an "Unknown provider '…/acme.spec'" followed by the bundled ids, as if the
    /// file had not been found; it is now said to be a file whose name is not a spec file's.
    @Test func aSpecFileWithoutAYAMLNameSaysWhatNamesOne() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.spec", try String(contentsOfFile: "\(Self.specs)/bind.yaml", encoding: .utf8))
        let run = await CLI.run(["lookup", spec, "027"], exitsWith: .exitCode(64))
        #expect(run.errors.hasPrefix("Error: \(spec) is a file, and no provider id: a spec file is told by its name, which ends in .yaml or .yml."), "\(run.errors)")
    }
}

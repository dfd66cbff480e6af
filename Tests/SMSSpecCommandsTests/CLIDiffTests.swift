import Foundation
import Testing

/// `smsspec diff` end to end: what it prints and its exit status, on the bundled specs edited as a pull request would.
@Suite struct CLIDiffTests {
    static let specs = Repository.root.appending(path: "specs").path(percentEncoded: false)

    func run(editing file: String, _ edits: [(String, String)], exitsWith condition: ExitTest.Condition) async throws -> CLI.Run {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let edited = try scratch.copy("specs")
        try scratch.edit("specs/\(file)", edits)
        return await CLI.run(["diff", Self.specs, edited], exitsWith: condition)
    }

    @Test func anAddedCodeIsNotBreaking() async throws {
        let run = try await run(editing: "bind.yaml", [(
            "      - {code: 43, name: INVALID_ORIGINATOR_ADDRESS",
            "      - {code: 44, name: SPAM_FILTER, summary: SPAM_FILTER, outcome: failure, category: contentRejected}\n"
                + "      - {code: 43, name: INVALID_ORIGINATOR_ADDRESS"
        )], exitsWith: .success)
        #expect(run.output == """
            [exhaustive switches] bind: added code 44 to table DLRError — case .spamFilter
            1 change(s): 0 breaking, 1 affecting exhaustive switches.

            """)
    }

    @Test func aRemovedCodeIsBreakingAndExitsOne() async throws {
        let run = try await run(editing: "bind.yaml", [
            ("      - {code: 41, name: TIME_OUT, summary: TIME_OUT, outcome: failure, category: networkError}\n", "")
        ], exitsWith: .exitCode(1))
        #expect(run.output == """
            [breaking] bind: removed code 41 from table DLRError — case .timeOut is gone
            1 change(s): 1 breaking, 0 affecting exhaustive switches.

            """)
    }

    /// The configuration beside the specs is part of what is generated: an access level, an output or the catalog's
    /// namespace taken away breaks code that used them, as a removed code does (the diff said "No changes").
    @Test func aConfigurationChangeIsReported() async throws {
        let run = try await run(editing: "smsspec-config.yaml", [(
            "outputs: [models, codes, operations, validation, catalog]",
            "accessLevel: package\noutputs: [models, codes, operations, catalog, client]\nnamespace: Gateways"
        )], exitsWith: .exitCode(1))
        #expect(run.output == """
            [breaking] smsspec-config: changed accessLevel — public → package
            [breaking] smsspec-config: removed output validation — no longer generated: Request validators
            smsspec-config: added output client — Typed client
            [breaking] smsspec-config: changed catalog namespace — SMSSpecCatalog → Gateways
            4 change(s): 3 breaking, 0 affecting exhaustive switches.

            """)
    }

    /// README's recipe: the old spec copied out of git, with no configuration beside it, against the spec in its
    /// folder, which has one: the same spec, so no change (the configuration is not the spec's).
    @Test func aSpecFileIsComparedAloneWhateverIsBesideIt() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let old = try scratch.write("bind-old.yaml", try String(contentsOf: Repository.root.appending(path: "specs/bind.yaml"), encoding: .utf8))
        let run = await CLI.run(["diff", old, Self.specs + "/bind.yaml"], exitsWith: .success)
        #expect(run.output == "No changes to the generated code's API or tables.\n")
        _ = await CLI.run(["diff", Self.specs + "/bind.yaml", old], exitsWith: .success)
    }

    /// The specs a configuration's `specs:` folder adds are generated with the target's own: one gone is a provider gone.
    @Test func theSpecsOfTheConfigurationsFolderAreCompared() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let shared = try scratch.copy("specs")
        try FileManager.default.removeItem(atPath: shared + "/smsspec-config.yaml")
        for spec in ["bind", "fortytwo", "oca", "rajasms"] { try FileManager.default.removeItem(atPath: shared + "/\(spec).yaml") }
        let bind = try String(contentsOf: Repository.root.appending(path: "specs/bind.yaml"), encoding: .utf8)
        for side in ["before", "after"] { try scratch.write("\(side)/bind.yaml", bind) }
        try scratch.write("before/smsspec-config.yaml", "specs: ../specs\n")
        let run = await CLI.run(["diff", scratch.path + "/before", scratch.path + "/after"], exitsWith: .exitCode(1))
        #expect(run.output == """
            [breaking] ginota: removed provider — namespace Ginota is gone
            1 change(s): 1 breaking, 0 affecting exhaustive switches.

            """)
    }

    /// A signature added to a callback compiles as before, but its receiver refuses what it accepted: breaking, as a
    /// call that now throws is.
    @Test func anAddedSignatureIsReported() async throws {
        let run = try await run(editing: "ginota.yaml", [(
            "    shape: DeliveryReceipt\n    source: {source: deliveryReceipt}",
            "    shape: DeliveryReceipt\n    signature: {header: X-Sig, algorithm: hmac-sha256, signs: url+sorted-form-params, encoding: hex}\n    source: {source: deliveryReceipt}"
        )], exitsWith: .exitCode(1))
        #expect(run.output == """
            [breaking] ginota: added signature to callback DeliveryReceipt — HMAC-SHA256 of the URL called, then any form body's fields sorted by name, hex, \
            in the header X-Sig: its receiver refuses a request without it, and every request until given the secret (verifying(with:))
            1 change(s): 1 breaking, 0 affecting exhaustive switches.

            """)
    }

    /// An acknowledgement declared where there was none changes what the receiver answers, which a provider reading
    /// it may take as not received (a user's Jasmin resends until it reads `ACK/Jasmin`): breaking.
    @Test func aDeclaredAcknowledgementIsReported() async throws {
        let run = try await run(editing: "ginota.yaml", [(
            "    shape: DeliveryReceipt\n    source: {source: deliveryReceipt}",
            "    shape: DeliveryReceipt\n    acknowledgement: {contentType: text/plain, body: OK}\n    source: {source: deliveryReceipt}"
        )], exitsWith: .exitCode(1))
        #expect(run.output == """
            [breaking] ginota: changed callback DeliveryReceipt, acknowledgement — 200 and an empty body → 200, Content-Type text/plain and the body "OK": \
            its receiver answers otherwise, which a provider reading the answer may take as not received
            1 change(s): 1 breaking, 0 affecting exhaustive switches.

            """)
    }

    /// A list joined into one text keeps its Swift type, not its wire form: the diff says what the provider now gets.
    @Test func aSeparatorIsAWireChange() async throws {
        let joined = "        type: '[string]'\n        separator: ','\n"
        let run = try await run(editing: "ginota.yaml", [(
            "        type: string\n        summary: Comma-separated recipients in international format without '+'.\n        constraints:\n"
                + "          pattern: '^[1-9][0-9]{6,14}(,[1-9][0-9]{6,14})*$'\n          providerCodes: {pattern: {code: 'Status:4', inferred: true}}\n", joined
        )], exitsWith: .exitCode(1))
        #expect(run.output == """
            [breaking] ginota: changed shape BulkSendRequest, field dstAddrs — type String → [String]
            ginota: changed shape BulkSendRequest, field dstAddrs — constraints matches `^[1-9][0-9]{6,14}(,[1-9][0-9]{6,14})*$`; the provider probably answers a broken pattern with Status:4 (our inference: the documents do not tie the rule to the code) → none
            2 change(s): 1 breaking, 0 affecting exhaustive switches.

            """)
    }

    /// A string code is shown as lint shows it, in double quotes: an empty code or one with a space is visible.
    /// A spec that does not load exited 1, as a breaking change does: a pipeline could not tell the two apart.
    @Test func specsThatDoNotLoadExitTwoNotOne() async throws {
        let run = try await run(editing: "bind.yaml", [("  id: bind\n", "  id: [bind]\n")], exitsWith: .exitCode(2))
        #expect(run.errors.contains("bind.yaml:"), "\(run.errors)")
        #expect(run.output.isEmpty)
    }

    @Test func stringCodesAreQuotedAsLintQuotesThem() async throws {
        let run = try await run(editing: "bind.yaml", [
            ("      - {code: DELIVERED, summary: Message has been delivered,", """
                      - {code: '', case: blank, summary: No status, outcome: failure, category: unknown, deliveryState: unknown, final: true}
                      - {code: NOT SENT, case: notSent, summary: Not sent, outcome: failure, category: unknown, deliveryState: undelivered, final: true}
                      - {code: DELIVERED, summary: Message was delivered,
                """)
        ], exitsWith: .success)
        #expect(run.output == """
            [exhaustive switches] bind: added code "" to table DeliveryStatus — case .blank
            [exhaustive switches] bind: added code "NOT SENT" to table DeliveryStatus — case .notSent
            bind: changed table DeliveryStatus, code "DELIVERED" — description "Message has been delivered" → "Message was delivered"
            3 change(s): 0 breaking, 2 affecting exhaustive switches.

            """)
    }

    /// Specs arrive in pull requests and the diff prints into CI logs: a terminal escape, a carriage return or a
    /// bidirectional override in a spec's text is shown escaped, never sent to the terminal.
    @Test func controlCharactersInASpecAreShownEscaped() async throws {
        let run = try await run(editing: "bind.yaml", [
            ("{code: DELIVERED, summary: Message has been delivered,", #"{code: DELIVERED, summary: "Deliv\e[2J\rered\u202E",  cause: "\e]0;t\a",  "#)
        ], exitsWith: .success)
        #expect(run.output == #"""
            bind: changed table DeliveryStatus, code "DELIVERED" — description "Message has been delivered" → "Deliv\u{1B}[2J\rered\u{202E}"; cause none → "\u{1B}]0;t\u{7}"
            1 change(s): 0 breaking, 0 affecting exhaustive switches.

            """#)
    }

    /// `0` and `"000"` are one code of an int table: the registry and the generated enum see no change.
    @Test func respellingACodeIsNoChange() async throws {
        let run = try await run(editing: "bind.yaml", [
            ("      - {code: 0, name: DELIVERED", "      - {code: \"000\", name: DELIVERED")
        ], exitsWith: .success)
        #expect(run.output == "No changes to the generated code's API or tables.\n")
    }

    /// A field whose wire name changes and whose property keeps its name: the Swift API is the same, the wire is not
    /// (it said the property was gone and a required one added). Breaking, optional as it is: every answer's message
    /// id reads nil (users).
    @Test func aWireNameChangedUnderTheSamePropertyIsOneChange() async throws {
        let run = try await run(editing: "bind.yaml", [(
            "      message_id:\n        type: string\n        required: false\n        summary: The message id, quoted again in its delivery receipt.",
            "      msg_id:\n        name: messageID\n        type: string\n        required: false\n        summary: The message id, quoted again in its delivery receipt."
        )], exitsWith: .failure)
        #expect(run.output == """
            [breaking] bind: changed shape SendResponse, field msg_id — on the wire "message_id" → "msg_id", property messageID unchanged: a value under the old name \
            is no longer read, and messages are written with the new one
            1 change(s): 1 breaking, 0 affecting exhaustive switches.

            """)
    }

    /// New specs lint refuses (an example that no longer decodes) generate nothing: the diff exits 2, as for specs
    /// that do not load, and says why — it said "No changes" and exited 0.
    @Test func specsLintRefusesExitTwo() async throws {
        let run = try await run(editing: "bind.yaml", [(
            #""message_id": "8bd71f49-6f42-4729-bf5e-ecf857747633",\#n      "status": "DELIVERED""#,
            #""message_id": 5,\#n      "status": "DELIVERED""#
        )], exitsWith: .exitCode(2))
        #expect(run.output == "")
        #expect(run.errors.contains("error: payload of example 'dlr-delivered' does not decode as CallbackEvent: at `message_id`"))
    }

    /// A code made retryable changes what a retrying client does with a call whose answer holds it: the diff says so,
    /// and flags it — a message sent again may reach its recipient twice (a user).
    @Test func aCodeMadeRetryableSaysWhatARetryingClientNowDoes() async throws {
        let run = try await run(editing: "bind.yaml", [(
            "outcome: failure, category: insufficientFunds}", "outcome: failure, category: insufficientFunds, retryable: true}"
        )], exitsWith: .failure)
        #expect(run.output == """
            [breaking] bind: changed table SendError, code "OUT_OF_BALANCE" — retryable false → true; a retrying client now sends again a call whose answer holds it
            1 change(s): 1 breaking, 0 affecting exhaustive switches.

            """)
    }

    /// A delivery state's `deliveryState` and `final` changed the generated table, the registry and the pages, and
    /// diff said "No changes" (a user); a poller stops at a final state, so `final` changed is flagged.
    @Test func aDeliveryStatesStateAndFinalityAreListed() async throws {
        let run = try await run(editing: "bind.yaml", [(
            "deliveryState: delivered, final: true", "deliveryState: sent, final: false"
        )], exitsWith: .failure)
        #expect(run.output.hasPrefix(#"[breaking] bind: changed table "#), "\(run.output)")
        #expect(run.output.contains(#"delivery state delivered → sent; final true → false; a poller no longer stops at this state"#), "\(run.output)")
    }
}

import Foundation
import SMSSpecCore
import Testing

/// Every decision a spec records is summarised, with its evidence, in docs/sources/ — and every decision listed
/// there is recorded in a spec, next to what it affects.
@Suite struct DecisionCoverageTests {
    static let sources = Repository.root.appending(path: "docs/sources")
    static let notes = Repository.root.deletingLastPathComponent().appending(path: "shared/reference/providers.md")

    private static func listedIDs(in text: String) -> Set<String> {
        Set(text.matches(of: /\| ([GBRFO][0-9]+) \|/).map { String($0.output.1) })
    }

    @Test func everyDecisionIsRecordedAndSummarisedInTheRepository() throws {
        var listed = Set<String>()
        for provider in ["ginota", "rajasms", "bind", "fortytwo", "oca"] {
            listed.formUnion(Self.listedIDs(in: try String(contentsOf: Self.sources.appending(path: "\(provider).md"), encoding: .utf8)))
        }
        let recorded = Set(try Repository.models().flatMap { $0.spec.allDecisions.map(\.id.value) })
        #expect(listed.subtracting(recorded).sorted() == [], "listed in docs/sources but decided nowhere")
        #expect(recorded.subtracting(listed).sorted() == [], "decided but not summarised in docs/sources")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: notes.path(percentEncoded: false)), "needs ../shared beside the checkout"))
    func everyDecisionOfTheResearchNotesIsRecorded() throws {
        let text = try String(contentsOf: Self.notes, encoding: .utf8)
        let listed = Set(text.matches(of: /\*\*([GBRFO][0-9]+)\*\*/).map { String($0.output.1) })
        let recorded = Set(try Repository.models().flatMap { $0.spec.allDecisions.map(\.id.value) })
        #expect(listed.subtracting(recorded).sorted() == [], "decided nowhere")
    }

    /// Provenance points only at files in this repository or at URLs.
    @Test func specsCiteOnlyRepositoryFilesDocumentsAndURLs() throws {
        for model in try Repository.models() {
            for source in model.spec.sources {
                guard let document = source.document else { continue }
                let isProviderDocument = document.range(of: #"^00[0-4]_[0-9a-f]{16}\.txt$"#, options: .regularExpression) != nil
                let isRepositoryFile = FileManager.default.fileExists(atPath: Repository.root.appending(path: document).path(percentEncoded: false))
                #expect(isProviderDocument || isRepositoryFile, "\(model.id) source \(source.id.value) cites \(document)")
            }
        }
    }
}

/// The claims issue 11 found untrue or undecided, each settled in a spec with its decision recorded.
@Suite struct ClaimsTests {
    let models: [String: ProviderSpec]

    init() throws {
        models = Dictionary(uniqueKeysWithValues: try Repository.models().map { ($0.id, $0.spec) })
    }

    func table(_ provider: String, _ name: String) throws -> TableSpec {
        try #require(models[provider]?.tables.first { $0.name.value == name })
    }

    func entry(_ provider: String, _ table: String, _ code: String) throws -> TableEntrySpec {
        try #require(try self.table(provider, table).entries.first { $0.code.value == code }, "\(provider) \(table) \(code)")
    }

    func decisionIDs(_ provider: String) -> Set<String> { Set(models[provider]?.allDecisions.map(\.id.value) ?? []) }

    @Test func bindDLRErrorSaysOnlyWhatHoldsAboutMAP() throws {
        let table = try table("bind", "DLRError")
        let summary = try #require(table.summary)
        #expect(!summary.contains("plus Bind's own"), "nothing shows 100 and up are Bind's own")
        #expect(summary.contains("MAP 37 is pw-RegistrationFailure"))
        // An explanation citing a MAP value cites the code's own number, and only where MAP's name matches (1–36).
        for item in table.entries {
            guard let explanation = item.explanation?.value, !explanation.contains("Not MAP error"), let match = explanation.firstMatch(of: /MAP error ([0-9]+)/) else { continue }
            #expect(String(match.output.1) == item.code.value && Int(item.code.value)! <= 36, "\(item.code.value): \(explanation)")
        }
        #expect(try entry("bind", "DLRError", "37").explanation?.value.contains("Not MAP error 37") == true)
        #expect(decisionIDs("bind").contains("B14"))
    }

    @Test func fortytwoACCEPTDIsFinalAsSMPPSays() throws {
        let accepted = try entry("fortytwo", "CallbackStatus", "ACCEPTD")
        #expect(accepted.isFinal == true && accepted.outcome?.value != "pending" && accepted.deliveryState?.value == "accepted")
        #expect(accepted.decisions.map(\.id.value) == ["F13"])
        // Every pending state is a non-final one, so waiting for a final state always ends.
        for item in try table("fortytwo", "CallbackStatus").entries {
            #expect((item.outcome?.value == "pending") == (item.isFinal == false), "\(item.code.value)")
        }
    }

    @Test func rejectionsWithoutAReasonAreUnknown() throws {
        #expect(try entry("rajasms", "DeliveryStatus", "7").category?.value == "unknown")
        #expect(try entry("fortytwo", "CallbackStatus", "REJECTD").category?.value == "unknown")
        #expect(try entry("bind", "DeliveryStatus", "REJECTED").category?.value == "unknown")
        #expect(decisionIDs("rajasms").contains("R18") && decisionIDs("fortytwo").contains("F14"))
    }

    @Test func bindBasicSendIsNotGeneratedUntilItsBodyIsConfirmed() throws {
        let bind = try #require(models["bind"])
        #expect(!bind.operations.contains { $0.path.value == "/v1.0/send" })
        #expect(!bind.shapes.contains { $0.fields.contains { $0.wireName.value == "text" } && $0.name.value == "SendRequest" })
        #expect(bind.decisions.contains { $0.id.value == "B2" && $0.decision.contains("not generated") })
    }

    @Test func ginotaSecretsAreTakenDecodedAndCheckedForEscapes() throws {
        let ginota = try #require(models["ginota"])
        let secrets = ginota.shapes.flatMap(\.fields).filter { $0.wireName.value == "apiSecret" }
        #expect(secrets.count == 5)
        for field in secrets {
            #expect(field.constraints.pattern?.value == "^[^%]*(%(?![0-9A-Fa-f]{2})[^%]*)*$")
        }
        #expect(decisionIDs("ginota").contains("G13"))
    }

    @Test func ocaPhoneTakesAnyCountryCodeWithItsReason() throws {
        let phone = try #require(models["oca"]?.shapes.first { $0.name.value == "SendRequest" }?.fields.first { $0.wireName.value == "phone" })
        #expect(phone.constraints.phone == nil && phone.constraints.pattern != nil)
        #expect(phone.decisions.first?.decision.contains("names no country") == true)
    }

    /// Our words are explanations; description and cause are the document's.
    @Test func paraphrasesAreExplanationsNotTheDocumentsWords() throws {
        for (provider, table, code) in [
            ("bind", "DLRError", "13"), ("bind", "DLRError", "27"), ("bind", "DLRError", "37"), ("bind", "SendError", "TEMPLATE_NOT_FOUND"),
            ("rajasms", "SendGlobalStatus", "55"), ("rajasms", "DeliveryStatus", "10"), ("fortytwo", "CallbackStatus", "DELIVRD"),
        ] {
            let item = try entry(provider, table, code)
            #expect(item.explanation != nil && item.cause == nil, "\(provider) \(table) \(code)")
        }
        for item in try table("fortytwo", "CallbackStatus").entries {
            #expect(item.summary == item.code.value, "the page gives only the value \(item.code.value)")
        }
        // Bind's API reference describes these in its own words; they are the descriptions, with no explanation of ours.
        #expect(try entry("bind", "SendError", "TEMPLATE_NOT_FOUND").summary == "The template which has been referenced wasn't found")
        for item in try table("bind", "TwoFactorStatus").entries {
            #expect(item.summary.hasPrefix("the 2FA code") && item.explanation == nil, "\(item.code.value)")
        }
    }

    @Test func httpStatusesAreOnlyTheOnesTheDocumentsGive() throws {
        for rajaTable in try #require(models["rajasms"]).tables {
            #expect(rajaTable.entries.allSatisfy { $0.httpStatuses.isEmpty }, "R17: \(rajaTable.name.value)")
        }
        let ginota = try table("ginota", "Status").entries.filter { !$0.httpStatuses.isEmpty }.map(\.code.value)
        #expect(ginota == ["0", "44"])
    }

    @Test func constructedExamplesSayTheyAreConstructed() throws {
        for (provider, name) in [("rajasms", "send-failed-packet"), ("rajasms", "balance"), ("rajasms", "delivery-report"), ("oca", "history"), ("oca", "status"), ("oca", "send")] {
            let example = try #require(models[provider]?.examples.first { $0.name.value == name })
            #expect(example.source?.section?.lowercased().contains("constructed") == true, "\(provider) \(name)")
        }
    }

    @Test func whatTheDocumentsGaveIsModelled() throws {
        let ginota = try #require(models["ginota"])
        let bulk = try #require(ginota.shapes.first { $0.name.value == "BulkSendRequest" })
        let single = try #require(ginota.shapes.first { $0.name.value == "SendRequest" })
        let shared = Set(single.fields.map(\.wireName.value)).subtracting(["dstAddr"])
        #expect(shared.subtracting(bulk.fields.map(\.wireName.value)).sorted() == [])
        #expect(bulk.fields.first { $0.wireName.value == "txnRef" }?.constraints.providerCodes.isEmpty == false)

        let bind = try #require(models["bind"])
        func statuses(_ id: String) -> Set<Int> { Set(bind.operations.first { $0.id.value == id }?.responses.compactMap(\.httpStatus) ?? []) }
        #expect(statuses("createTemplate").isSuperset(of: [200, 400, 401, 500]))
        #expect(statuses("updateTemplate").isSuperset(of: [200, 400, 401, 404, 500]))
        #expect(statuses("requestTwoFactor").isSuperset(of: [200, 400, 401, 429, 500]))
        #expect(statuses("validateTwoFactor").isSuperset(of: [200, 401, 404, 429, 500]))
        #expect(bind.summary?.contains("X-FORWARDED-FOR") == true && bind.decisions.contains { $0.id.value == "B15" })

        let balance = try #require(models["rajasms"]?.examples.first { $0.name.value == "balance-request" })
        #expect(balance.message.value == "BalanceRequest" && balance.payload.contains(#""apikey": "apikey""#))
        let callback = try #require(models["fortytwo"]?.examples.first { $0.name.value == "delivery-callback" })
        #expect(callback.verbatim?.contains(#""0c6ccf37-dd15-49ff-a12f-ffad8f2655a6"","#) == true, "the stray quote is kept")
    }
}

/// `explanation` is parsed, validated and kept apart from the document's words.
@Suite struct ExplanationKeyTests {
    func spec(_ entry: String) -> String {
        """
        smsspec: 1
        provider: {id: acme, name: Acme SMS}
        sources:
          doc: {title: Acme API, url: https://acme.example/api}
        tables:
          State:
            title: States
            source: doc
            entries:
              - {code: 0, name: OK, summary: Delivered, outcome: success, category: none}
              - \(entry)

        """
    }

    @Test func anExplanationMustAddOurOwnWords() {
        let message = "'explanation' of code 1 of table 'State' must add our own words; it is empty or repeats the document's summary or cause"
        #expect(diagnose(spec("{code: 1, name: FAILED, summary: Failed, explanation: Failed, outcome: failure, category: unknown}"))
            == ["specs/acme.yaml:11:63: error: \(message)"])
        #expect(diagnose(spec("{code: 1, name: FAILED, summary: Failed, cause: Busy, explanation: ' ', outcome: failure, category: unknown}"))
            == ["specs/acme.yaml:11:76: error: \(message)"])
        #expect(diagnose(spec("{code: 1, name: FAILED, summary: Failed, explanations: x, outcome: failure, category: unknown}")).first?
            .contains("did you mean 'explanation'?") == true)
    }

    @Test func anExplanationIsExportedApartFromTheDocumentsWords() throws {
        let yaml = spec("{code: 1, name: FAILED, summary: Failed, explanation: Our reading of it, outcome: failure, category: unknown}")
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "specs/acme.yaml", contents: yaml)], diagnostics: diagnostics).first)
        let entries = RegistryEntry.entries(of: model)
        #expect(entries.map(\.explanation) == [nil, "Our reading of it"] && entries[1].description == "Failed")
        #expect(RegistryRenderer.json(model.tables.map(\.resolved)).contains(#""explanation": "Our reading of it""#))
        #expect(RegistryRenderer.markdown(provider: "acme", name: "Acme", tables: model.tables.map(\.resolved))
            .contains("| `1` | FAILED | Failed |  | Our reading of it |"))
        let code = try #require(Generator.swiftSources(for: [model], options: GeneratorOptions()).first { $0.name.hasSuffix("codes.swift") })
        #expect(code.contents.contains(#".row("1", name: "FAILED", "Failed", ourExplanation: "Our reading of it", category: .unknown),"#))
    }

    /// A user's inferred code (Eskiz's `token-invalid`, seen in answers, in no table of the documents) was listed on the
    /// codes page, whose header calls its columns the document's words, with nothing saying so: only the Swift doc
    /// comments carried the decision. The page lists each table's decisions under it and names them by row.
    @Test func theCodesPageMarksTheDecisions() throws {
        let bind = Generator.models(forFiles: [Repository.root.appending(path: "specs/bind.yaml").path(percentEncoded: false)], diagnostics: DiagnosticCollector())
        let page = try #require(Artifacts.all(for: bind, options: GeneratorOptions()).flatMap(\.files).first { $0.name == "bind.md" }?.contents)
        #expect(page.contains("- Decision B16 (the table): `status` is a table of its own"), "\(page.prefix(2_000))")
        #expect(page.contains("explanation column, a table's summary and the decisions are ours"))
        // The columns that normalize a code are ours too, not the document's (a review: Ginota's 5 Unknown read as
        // documented to be final).
        #expect(page.contains("Outcome, category, retry advice, delivery state and final are SMSSpec's normalized"))
        let yaml = spec(
            "{code: 1, name: FAILED, summary: Failed, outcome: failure, category: unknown, "
                + "decisions: [{id: X1, issue: 'Seen in answers, not in the documents.', decision: Listed as a failure.}]}")
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "specs/acme.yaml", contents: yaml)], diagnostics: diagnostics).first, "\(diagnostics.diagnostics)")
        let acme = try #require(Artifacts.all(for: [model], options: GeneratorOptions()).flatMap(\.files).first { $0.name.hasSuffix(".md") }?.contents)
        #expect(acme.contains("| `1` | FAILED | Failed |"), "\(acme)")
        #expect(acme.contains("- Decision X1 (code `1`): Listed as a failure. The issue: Seen in answers, not in the documents."), "\(acme)")
    }

    /// A table's summary is how the spec reads the document's table: the codes page says it is ours, and so does the
    /// enum's documentation (a user read it as the document's words).
    @Test func aTablesSummaryIsMarkedOurs() throws {
        let yaml = spec("{code: 1, name: FAILED, summary: Failed, outcome: failure, category: unknown}")
            .replacingOccurrences(of: "    source: doc\n", with: "    source: doc\n    summary: The states a report carries.\n")
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "specs/acme.yaml", contents: yaml)], diagnostics: diagnostics).first, "\(diagnostics.diagnostics)")
        let code = try #require(Generator.swiftSources(for: [model], options: GeneratorOptions()).first { $0.name.hasSuffix("codes.swift") })
        #expect(code.contents.contains("    /// States.\n    ///\n    /// Our summary: The states a report carries.\n"), "\(code.contents.prefix(1_500))")
    }

    /// A decision the table and several of its codes are given is said once, with all it is given to (a user's Jasmin
    /// page said one decision's whole text eight times).
    @Test func aDecisionIsSaidOnceForAllItIsGivenTo() throws {
        let yaml = spec("{code: 1, name: FAILED, summary: Failed, outcome: failure, category: unknown, decisions: [J1]}\n      - {code: 2, name: GONE, summary: Gone, outcome: failure, category: unknown, decisions: [J1]}")
            .replacingOccurrences(of: "    source: doc\n", with: "    source: doc\n    decisions:\n      - {id: J1, issue: Two vocabularies., decision: One table of both.}\n")
        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "specs/acme.yaml", contents: yaml)], diagnostics: diagnostics).first, "\(diagnostics.diagnostics)")
        let page = try #require(Artifacts.all(for: [model], options: GeneratorOptions()).flatMap(\.files).first { $0.name.hasSuffix(".md") }?.contents)
        #expect(page.components(separatedBy: "One table of both.").count == 2, "\(page)")
        #expect(page.contains("- Decision J1 (the table; codes `1`, `2`): One table of both. The issue: Two vocabularies."), "\(page)")
    }
}

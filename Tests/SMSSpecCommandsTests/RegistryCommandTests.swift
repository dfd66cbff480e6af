import Foundation
import SMSProviderCatalog
import SMSProviders
import SMSSpecCommands
import SMSSpecCore
import SMSSpecRuntime
import SMSSpecTestSupport
import Testing

enum Repository {
    static let root = PackageRoot.url

    static func models(in directory: String) throws -> [ProviderModel] {
        let diagnostics = DiagnosticCollector()
        let models = Generator.models(forFiles: try SpecDirectory.specPaths(in: directory), diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [])
        return models
    }
}

@Suite struct RegistryCommandTests {
    /// The compiled-in enums and the committed export agree to the byte.
    @Test func theRegistryAgreesWithTheGeneratedEnums() throws {
        let committed = try String(contentsOf: Repository.root.appending(path: "Generated/registry.json"), encoding: .utf8)
        #expect(Registry.render(SMSSpecCatalog.providers, format: .json) == committed)
    }

    @Test func theJSONDocumentIsVersionedAndEveryEntryHasOneValidCategory() throws {
        let data = Data(Registry.render(SMSSpecCatalog.providers, format: .json).utf8)
        let document = try JSONDecoder().decode(Document.self, from: data)
        #expect(document.formatVersion == 3)
        #expect(document.providers == ["bind", "fortytwo", "ginota", "oca", "rajasms"])
        #expect(document.entries.count == SMSSpecCatalog.registry.entries.count)
        for entry in document.entries {
            let category = try #require(ErrorCategory(rawValue: entry.category), "\(entry.provider) \(entry.code): \(entry.category)")
            let outcome = try #require(Outcome(rawValue: entry.outcome))
            #expect(entry.advice == RetryAdvice(outcome: outcome, category: category, retryable: entry.retryable).rawValue)
            #expect((entry.outcome == "failure") == (category != .none), "\(entry.provider) \(entry.table) \(entry.code)")
            #expect(SMSSpecCatalog.registry.lookup(provider: entry.provider, table: entry.table, code: entry.code).entry?.description == entry.description)
        }
    }

    @Test func everyCodeAndAliasLooksUpToItsOwnEntry() {
        for table in SMSSpecCatalog.registry.tables {
            for entry in table.entries {
                for spelling in [entry.code] + entry.aliases {
                    #expect(SMSSpecCatalog.registry.lookup(provider: entry.provider, table: entry.table, code: spelling).entry == entry)
                    #expect(SMSSpecCatalog.registry.lookup(provider: entry.provider, code: spelling).contains(entry))
                }
            }
        }
    }

    /// A code looked up as a payload's JSON number spells it (`27.0`, `2.7e1`, `-6.3e1`) is the entry the generated
    /// decoding reads from that number, and a number that is no integer is none: lookup and decoding agree.
    @Test func aCodeWrittenAsAJSONNumberLooksUpAsItDecodes() throws {
        let registry = SMSSpecCatalog.registry
        for table in registry.tables where table.isNumeric {
            for entry in table.entries {
                let number = try #require(Int(entry.code))
                let exponent = number < 0 ? "-\(-number)e0" : "\(number)e0"
                for spelling in ["\(number).0", exponent, "\(number).000"] {
                    let wire = try JSONDecoder().decode(WireCode.self, from: Data(spelling.utf8))
                    let decoded = table.row(of: wire).map { table.entries[$0] }
                    #expect(decoded == entry, "\(table.provider) \(table.id) \(spelling)")
                    #expect(registry.lookup(provider: table.provider, table: table.id, code: spelling).entry == decoded)
                    #expect(registry.lookup(provider: table.provider, code: spelling).contains(entry))
                }
                let fraction = "\(number).5"
                #expect(table.row(of: try JSONDecoder().decode(WireCode.self, from: Data(fraction.utf8))) == nil)
                #expect(registry.lookup(provider: table.provider, table: table.id, code: fraction).entry == nil)
            }
        }
    }

    @Test func theMarkdownPagesAreTheCommittedOnes() throws {
        for catalog in SMSSpecCatalog.providers {
            let page = try String(contentsOf: Repository.root.appending(path: "Generated/Docs/\(catalog.provider.id).md"), encoding: .utf8)
            #expect(Registry.render([catalog], format: .markdown) == page)
        }
    }

    /// Per-operation meanings, explanations and each table's own source reach registry.json and the Docs pages.
    @Test func theExportsSayAllTheDocumentsSay() throws {
        let data = Data(Registry.render(SMSSpecCatalog.providers, format: .json).utf8)
        let document = try JSONDecoder().decode(Document.self, from: data)
        let zero = try #require(document.entries.first { $0.provider == "fortytwo" && $0.table == "ResultCode" && $0.code == "0" })
        let validate = try #require(zero.perOperation.first { $0.operation == "validateCode" })
        #expect(validate.description == "Valid" && validate.httpStatus == 200 && validate.cause == "When the code is valid.")
        let ginotaStatus = try #require(document.tables.first { $0.provider == "ginota" && $0.table == "Status" })
        #expect(ginotaStatus.source.contains("Error Response Code") && !ginotaStatus.source.contains("Successful SMS Send"))
        let absent = try #require(document.entries.first { $0.provider == "bind" && $0.table == "DLRError" && $0.code == "27" })
        #expect(absent.cause == nil && absent.explanation?.contains("absentSubscriber") == true)

        let fortytwo = Registry.render(SMSSpecCatalog.providers.filter { $0.provider.id == "fortytwo" }, format: .markdown)
        #expect(fortytwo.contains("in `validateCode`: Valid — When the code is valid. (HTTP 200)"))
        let ginota = Registry.render(SMSSpecCatalog.providers.filter { $0.provider.id == "ginota" }, format: .markdown)
        #expect(ginota.contains("## Status: Response status codes (the status field)\n\nSource: Ginota, Genuine Concierge API Response (provider document 000), section \"Error Response Code\""))
        let bind = Registry.render(SMSSpecCatalog.providers.filter { $0.provider.id == "bind" }, format: .markdown)
        let templateRow = try #require(bind.split(separator: "\n").first { $0.hasPrefix("| `TEMPLATE_NOT_FOUND`") })
        #expect(templateRow.contains("Bind API reference, 2FA request endpoint") && templateRow.contains("/send's table does not"))
        #expect(bind.contains("| Explanation (ours) |"))
        // A table's summary, where the spec says how it reads the document's table, was in the Swift doc comment only.
        #expect(bind.contains("## DLRError: DLR error codes (the error field of a delivery receipt)\n\nSource: ")
            && bind.contains(".\n\nSummary: Codes 1 to 36 carry the names of the GSM MAP error values with the same numbers"))
        let oca = Registry.render(SMSSpecCatalog.providers.filter { $0.provider.id == "oca" }, format: .markdown)
        let rateLimit = try #require(oca.split(separator: "\n").first { $0.hasPrefix("| `429`") })
        #expect(rateLimit.contains("OCA SMS Premium V2"))
    }

    private struct Document: Decodable {
        struct Meaning: Decodable {
            let operation, description: String
            let cause: String?
            let httpStatus: Int?
        }
        struct Table: Decodable {
            let provider, table, title, source: String
        }
        struct Entry: Decodable {
            let provider, table, code, name, description, outcome, category: String
            let httpStatus: Int?
            let retryable: Bool
            let advice: String
            let cause, explanation: String?
            let perOperation: [Meaning]
        }
        let formatVersion: Int
        let providers: [String]
        let tables: [Table]
        let entries: [Entry]
    }
}

@Suite struct DiffTests {
    static let specs = Repository.root.appending(path: "specs").path(percentEncoded: false)

    /// The bundled specs, edited as a pull request would.
    func edited(_ file: String, in folder: String = "specs", _ edits: [(String, String)]) throws -> [ProviderModel] {
        let directory = FileManager.default.temporaryDirectory.appending(path: "specs-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Repository.root.appending(path: folder), to: directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appending(path: file)
        var text = try String(contentsOf: path, encoding: .utf8)
        for (old, new) in edits {
            #expect(text.contains(old), "edit not applied: \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(to: path, atomically: true, encoding: .utf8)
        return try Repository.models(in: directory.path(percentEncoded: false))
    }

    @Test func identicalSpecsHaveNoChanges() throws {
        let models = try Repository.models(in: Self.specs)
        #expect(SpecDiff.compare(old: models, new: models) == [])
    }

    @Test func removedAddedAndChangedCodesAreClassified() throws {
        let old = try Repository.models(in: Self.specs)
        let new = try edited("bind.yaml", [
            ("      - {code: 41, name: TIME_OUT, summary: TIME_OUT, outcome: failure, category: networkError}\n", ""),
            ("      - {code: 43, name: INVALID_ORIGINATOR_ADDRESS", "      - {code: 44, name: SPAM_FILTER, summary: SPAM_FILTER, outcome: failure, category: contentRejected}\n      - {code: 43, name: INVALID_ORIGINATOR_ADDRESS"),
            ("summary: The client is out of balance, httpStatus: 200", "summary: The client is out of balance, httpStatus: 402"),
        ])
        #expect(SpecDiff.compare(old: old, new: new).map(\.description) == [
            #"bind: changed table SendError, code "OUT_OF_BALANCE" — HTTP 200 → 402"#,
            "[breaking] bind: removed code 41 from table DLRError — case .timeOut is gone",
            "[exhaustive switches] bind: added code 44 to table DLRError — case .spamFilter",
        ])
    }

    @Test func fieldChangesThatBreakSourceAreFlagged() throws {
        let old = try Repository.models(in: Self.specs)
        let new = try edited("ginota.yaml", [
            ("      requestId:\n        type: string\n        required: false\n", "      requestId:\n        type: string\n"),
            ("      desc:\n        type: string\n        required: false\n        summary: Description of the request status.\n", ""),
            ("      ttl:\n        type: int\n", "      ttl:\n        type: int64\n"),
            ("      channel:\n", "      priority:\n        type: int\n        required: false\n        summary: New.\n      channel:\n"),
        ])
        #expect(SpecDiff.compare(old: old, new: new).map(\.description) == [
            "[breaking] ginota: changed shape SendRequest, field ttl — type Int? → Int64?",
            "ginota: added field priority to shape SendRequest — optional",
            "[breaking] ginota: removed field desc from shape SendResponse — property desc is gone",
            "[breaking] ginota: changed shape SendResponse, field requestId — type String? → String",
        ])
    }

    /// What a client's method returns is its answer's type: seven.io's send answering the union of its answer object
    /// and a bare code, where it answered the object, breaks every caller reading the object (it was not reported).
    @Test func anAnswerBecomingAUnionIsBreaking() throws {
        let folder = "Tests/ThirdPartySpecs"
        let old = try edited("seven.yaml", in: folder, [
            ("200: {shape: SendAnswer,", "200: {shape: SendResponse,"), ("  - name: refusedKey\n    message: SendAnswer\n    payload: '\"900\"'\n", ""),
        ])
        let new = try Repository.models(in: Repository.root.appending(path: folder).path(percentEncoded: false))
        #expect(SpecDiff.compare(old: old, new: new).map(\.description) == [
            "[breaking] seven: changed operation sendSMS, answer — shape SendResponse → union SendAnswer"
        ])
    }

    /// The same successful answers listed in another order change no type a caller reads; a failing status answering
    /// with another type changes what `error.answer(as:)` reads, silently: breaking.
    @Test func answersReorderedAreNoChangeAndAFailuresNewTypeIsBreaking() throws {
        let folder = "Tests/ThirdPartySpecs"
        let union = ("\nshapes:\n", "\nunions:\n  Failure:\n    variants: {err: APIError, text: string}\n\nshapes:\n")
        let answers = "      202: {shape: Message}\n      400: {shape: APIError}\n"
        let old = try edited("bandwidth.yaml", in: folder, [union, (answers, "      202: {shape: Message}\n      201: {shape: MediaList}\n      400: {shape: APIError}\n")])
        let reordered = try edited("bandwidth.yaml", in: folder, [union, (answers, "      201: {shape: MediaList}\n      202: {shape: Message}\n      400: {shape: APIError}\n")])
        #expect(SpecDiff.compare(old: old, new: reordered).map(\.description) == [])
        let failure = try edited("bandwidth.yaml", in: folder, [union, (answers, "      202: {shape: Message}\n      201: {shape: MediaList}\n      400: {shape: Failure}\n")])
        #expect(SpecDiff.compare(old: old, new: failure).map(\.description) == [
            "[breaking] bandwidth: changed operation createMessage, answer to 400 — shape APIError → union Failure: error.answer(as:) of the old type reads nothing"
        ])
    }

    /// A list's separator changes what goes on the wire, not the Swift type: the provider reads one of the two, so it
    /// is breaking, as a wire rename is (an attack: it was compatible).
    @Test func aSeparatorChangeIsReportedAsAWireChange() throws {
        let list = "        type: string\n        summary: Comma-separated recipients in international format without '+'.\n        constraints:\n"
            + "          pattern: '^[1-9][0-9]{6,14}(,[1-9][0-9]{6,14})*$'\n          providerCodes: {pattern: {code: 'Status:4', inferred: true}}\n"
        let repeated = try edited("ginota.yaml", [(list, "        type: '[string]'\n")])
        let comma = try edited("ginota.yaml", [(list, "        type: '[string]'\n        separator: ','\n")])
        let semicolon = try edited("ginota.yaml", [(list, "        type: '[string]'\n        separator: ';'\n")])
        #expect(SpecDiff.compare(old: repeated, new: comma).map(\.description) == [
            #"[breaking] ginota: changed shape BulkSendRequest, field dstAddrs — on the wire a list → one text joined by ",": a list written the old way no longer reads as it did"#
        ])
        #expect(SpecDiff.compare(old: comma, new: semicolon).map(\.description) == [
            #"[breaking] ginota: changed shape BulkSendRequest, field dstAddrs — on the wire one text joined by "," → one text joined by ";": a list written the old way no longer reads as it did"#
        ])
    }

    /// An answer's text forms change what is read from the wire, not the Swift type: a form added after the others reads
    /// only answers none read before (compatible); one removed or put first may read an old answer otherwise (breaking).
    @Test func changedTextFormsAreAWireChange() throws {
        let folder = "Tests/ThirdPartySpecs"
        let old = try edited("smsglobal.yaml", in: folder, [])
        let new = try edited("smsglobal.yaml", in: folder, [("      - 'ERROR: {status}'\n", "      - 'ERROR: {status}'\n      - 'ERR: {status}'\n")])
        #expect(SpecDiff.compare(old: old, new: new).map(\.description) == [
            #"smsglobal: changed shape SendAnswer — on the wire plain text in the forms "OK: {status}; Sent queued message ID: {queuedID} "#
                + #"SMSGlobalMsgID:{messageID}", "ERROR: {status}" → plain text in the forms "OK: {status}; Sent queued message ID: "#
                + #"{queuedID} SMSGlobalMsgID:{messageID}", "ERROR: {status}", "ERR: {status}""#
        ])
        #expect(SpecDiff.compare(old: new, new: old).map(\.description).map { $0.hasPrefix("[breaking] smsglobal: changed shape SendAnswer — on the wire ")
            && $0.hasSuffix(": an answer in an old form no longer reads as it did") } == [true])
    }

    /// A table's code type is its `RawCode`, and its wire what the provider gets: a text table of 'true' and 'false'
    /// made a flag (Textbelt's `success`) is both, though every code stays.
    @Test func aTablesCodeTypeAndWireAreReported() throws {
        let folder = "Tests/ThirdPartySpecs"
        let flag = try edited("textbelt.yaml", in: folder, [])
        let text = try edited("textbelt.yaml", in: folder, [
            ("    codeType: bool\n", "    codeType: string\n"), ("      - {code: true,", "      - {code: 'true',"), ("      - {code: false,", "      - {code: 'false',"),
        ])
        let quoted = try edited("textbelt.yaml", in: folder, [("    codeType: bool\n", "    codeType: bool\n    wire: string\n")])
        #expect(SpecDiff.compare(old: text, new: flag).map(\.description) == [
            "[breaking] textbelt: changed table SendSuccess — RawCode String → Bool",
            "textbelt: changed table SendSuccess — on the wire text → a JSON boolean",
        ])
        #expect(SpecDiff.compare(old: flag, new: quoted).map(\.description) == [
            "textbelt: changed table SendSuccess — on the wire a JSON boolean → text"
        ])
    }

    /// A field that moves between the body, the query, a header or the whole body changes the request sent, not the API:
    /// the provider reads it in one place, so it is breaking, as a wire rename is.
    @Test func aFieldsPlacementIsReported() throws {
        let old = try Repository.models(in: Self.specs)
        let header = "      X-FORWARDED-FOR: {type: string, name: forwardedFor, required: false, in: header,"
        let query = try edited("bind.yaml", [(header, header.replacingOccurrences(of: "in: header", with: "in: query"))])
        #expect(SpecDiff.compare(old: old, new: query).map(\.description) == ["SendTemplateRequest", "ListTemplatesRequest", "TemplateRequest", "TemplateUpdateRequest"].map {
            "[breaking] bind: changed shape \($0), field X-FORWARDED-FOR — sent in a header → in the query: the provider reads it in one of them"
        })
    }

    /// A `Servers` function whose variable is renamed breaks its callers; a new default moves the client's default.
    @Test func serversAndBaseURLsAreReported() throws {
        let folder = "Tests/ThirdPartySpecs"
        let old = try edited("sinch.yaml", in: folder, [])
        let renamed = try edited("sinch.yaml", in: folder, [("{region}", "{zone}"), ("        region: {default: us,", "        zone: {default: eu,")])
        #expect(SpecDiff.compare(old: old, new: renamed).map(\.description) == [
            "[breaking] sinch: changed function Servers.regional, parameter region — renamed zone: calls passing region: stop compiling",
            "[breaking] sinch: changed function Servers.regional, parameter zone — default us → eu: a call without it goes elsewhere",
            "[breaking] sinch: changed client default server — https://us.sms.api.sinch.com → https://eu.sms.api.sinch.com: a client without a serverURL goes there",
            "sinch: changed base URLs — https://us.sms.api.sinch.com → https://eu.sms.api.sinch.com",
        ])
    }

    /// A value a caller passes gone, any value made a list, a default changed, a parameter added or reordered: each
    /// said, the ones that break a call flagged.
    @Test func aServersValuesDefaultsAndParametersAreReported() throws {
        let folder = "Tests/ThirdPartySpecs"
        let old = try edited("sinch.yaml", in: folder, [])
        let shrunk = try edited("sinch.yaml", in: folder, [("enum: [us, eu, au, br, ca]", "enum: [us, eu, au, jp]"), ("{default: us,", "{default: eu,")])
        #expect(SpecDiff.compare(old: old, new: shrunk).map(\.description) == [
            "[breaking] sinch: changed function Servers.regional, parameter region — default us → eu: a call without it goes elsewhere",
            "[breaking] sinch: removed value br from function Servers.regional, parameter region — a call passing it throws",
            "[breaking] sinch: removed value ca from function Servers.regional, parameter region — a call passing it throws",
            "sinch: added value jp to function Servers.regional, parameter region",
            "[breaking] sinch: changed client default server — https://us.sms.api.sinch.com → https://eu.sms.api.sinch.com: a client without a serverURL goes there",
            "sinch: changed base URLs — https://us.sms.api.sinch.com → https://eu.sms.api.sinch.com",
        ])
        let versioned = [("'https://{region}.sms.api.sinch.com'", "'https://{region}.sms.api.sinch.com/{version}'"), ("        region: {", "        version: {default: xms}\n        region: {")]
        let added = try edited("sinch.yaml", in: folder, versioned)
        #expect(SpecDiff.compare(old: old, new: added).map(\.description) == [
            "[breaking] sinch: changed function Servers.regional — URL https://{region}.sms.api.sinch.com → https://{region}.sms.api.sinch.com/{version}: a call goes elsewhere",
            "sinch: added parameter version to function Servers.regional — default xms",
            "[breaking] sinch: changed client default server — https://us.sms.api.sinch.com → https://us.sms.api.sinch.com/xms: a client without a serverURL goes there",
            "sinch: changed base URLs — https://us.sms.api.sinch.com → https://us.sms.api.sinch.com/xms",
        ])
        let free = try edited("sinch.yaml", in: folder, versioned + [("enum: [us, eu, au, br, ca], ", "")])
        #expect(SpecDiff.compare(old: added, new: free).map(\.description) == [
            "sinch: changed function Servers.regional, parameter region — one of us, eu, au, br, ca → any value",
        ])
        #expect(SpecDiff.compare(old: free, new: added).map(\.description) == [
            "[breaking] sinch: changed function Servers.regional, parameter region — any value → one of us, eu, au, br, ca",
        ])
        let region = "        region: {default: us, enum: [us, eu, au, br, ca], description: The region the service plan is hosted in.}\n"
        let reordered = try edited("sinch.yaml", in: folder, [versioned[0], (region, region + "        version: {default: xms}\n")])
        let required = try edited("sinch.yaml", in: folder, [versioned[0], (region, region + "        version: {}\n")])
        #expect(SpecDiff.compare(old: reordered, new: required).map(\.description) == [
            "[breaking] sinch: changed function Servers.regional, parameter version — default xms → none, required: calls without it stop compiling",
            "[breaking] sinch: changed client default server — https://us.sms.api.sinch.com/xms → none: a client's serverURL is now required",
            "sinch: changed base URLs — https://us.sms.api.sinch.com/xms → none",
        ])
        let toRequired = SpecDiff.compare(old: old, new: required).map(\.description)
        #expect(toRequired.contains("[breaking] sinch: added parameter version to function Servers.regional — required: calls without it stop compiling"))
        // No call compiles against both, so none goes elsewhere: the URL line says only what changed.
        #expect(toRequired.contains("[breaking] sinch: changed function Servers.regional — URL https://{region}.sms.api.sinch.com → https://{region}.sms.api.sinch.com/{version}"))
        // A host's default in another case names the same server: listed, not flagged.
        let upper = try edited("sinch.yaml", in: folder, versioned + [("enum: [us, eu, au, br, ca], ", ""), ("{default: us,", "{default: US,")])
        #expect(SpecDiff.compare(old: free, new: upper).map(\.description) == [
            "sinch: changed function Servers.regional, parameter region — default us → US",
            "sinch: changed base URLs — https://us.sms.api.sinch.com/xms → https://US.sms.api.sinch.com/xms",
        ])
        #expect(SpecDiff.compare(old: added, new: reordered).map(\.description) == [
            "[breaking] sinch: changed function Servers.regional — parameters Servers.regional(version:region:) → Servers.regional(region:version:): calls passing them in the old order stop compiling",
        ])
    }

    /// An unnamed server is `serverN` by its place: a server put before it moves what a caller's `serverN()` makes.
    @Test func anUnnamedServerThatMovedIsBreaking() throws {
        let folder = "Tests/ThirdPartySpecs"
        let old = try edited("infobip.yaml", in: folder, [])
        let moved = try edited("infobip.yaml", in: folder, [("    - https://api.infobip.com\n", "    - https://eu.api.infobip.com\n    - https://api.infobip.com\n")])
        #expect(SpecDiff.compare(old: old, new: moved).map(\.description) == [
            "[breaking] infobip: changed function Servers.server1 — URL https://api.infobip.com → https://eu.api.infobip.com (https://api.infobip.com is now Servers.server2)",
            "infobip: added function Servers.server2()",
            "[breaking] infobip: changed client default server — https://api.infobip.com → https://eu.api.infobip.com: a client without a serverURL goes there",
            "infobip: changed base URLs — https://api.infobip.com → https://eu.api.infobip.com, https://api.infobip.com",
        ])
    }

    /// An unnamed function that now makes another old function's URL goes elsewhere: `server2` reaches what `server3` did.
    @Test func anUnnamedFunctionTakingAnotherOnesURLIsBreaking() throws {
        let folder = "Tests/ThirdPartySpecs"
        let third = "    - https://eu.api.infobip.com\n"
        let old = try edited("infobip.yaml", in: folder, [("    - https://api.infobip.com\n", "    - https://api.infobip.com\n    - https://us.api.infobip.com\n" + third)])
        let new = try edited("infobip.yaml", in: folder, [("    - https://api.infobip.com\n", "    - https://api.infobip.com\n" + third)])
        #expect(SpecDiff.compare(old: old, new: new).map(\.description).contains(
            "[breaking] infobip: changed function Servers.server2 — URL https://us.api.infobip.com → https://eu.api.infobip.com (was Servers.server3)"))
    }

    /// A placeholder renamed, its values the same, makes the same URLs: the parameter's label is what changed, and that
    /// alone is said. A server made templated with its URL as the default, or plain again, keeps its calls' URL too.
    @Test func aRenamedPlaceholderIsARenamedParameter() throws {
        let folder = "Tests/ThirdPartySpecs"
        let old = try edited("sinch.yaml", in: folder, [])
        let renamed = try edited("sinch.yaml", in: folder, [("{region}", "{zone}"), ("        region: {default: us,", "        zone: {default: us,")])
        #expect(SpecDiff.compare(old: old, new: renamed).map(\.description) == [
            "[breaking] sinch: changed function Servers.regional, parameter region — renamed zone: calls passing region: stop compiling"
        ])
        let plain = try edited("infobip.yaml", in: folder, [])
        let templated = try edited("infobip.yaml", in: folder, [
            ("    - https://api.infobip.com\n", "    - {url: 'https://{host}.infobip.com', variables: {host: {default: api, enum: [api, eu.api]}}}\n")
        ])
        #expect(SpecDiff.compare(old: plain, new: templated).map(\.description) == ["infobip: added parameter host to function Servers.server1 — default api"])
        #expect(SpecDiff.compare(old: templated, new: plain).map(\.description) == [
            "[breaking] infobip: removed parameter host from function Servers.server1 — calls passing it stop compiling"
        ])
    }

    /// A function's URL changed where it stands, its name the same, sends its calls to another host or path their
    /// callers did not choose: breaking, as are placeholders swapped (not a rename: both labels stay).
    @Test func aURLChangedInPlaceIsBreaking() throws {
        let folder = "Tests/ThirdPartySpecs"
        let old = try edited("sinch.yaml", in: folder, [])
        let v2 = try edited("sinch.yaml", in: folder, [("'https://{region}.sms.api.sinch.com'", "'https://{region}.sms.api.sinch.com/v2'")])
        #expect(SpecDiff.compare(old: old, new: v2).map(\.description) == [
            "[breaking] sinch: changed function Servers.regional — URL https://{region}.sms.api.sinch.com → https://{region}.sms.api.sinch.com/v2: a call goes elsewhere",
            "[breaking] sinch: changed client default server — https://us.sms.api.sinch.com → https://us.sms.api.sinch.com/v2: a client without a serverURL goes there",
            "sinch: changed base URLs — https://us.sms.api.sinch.com → https://us.sms.api.sinch.com/v2",
        ])
        let region = "        region: {default: us, enum: [us, eu, au, br, ca], description: The region the service plan is hosted in.}\n"
        let versioned = try edited("sinch.yaml", in: folder, [
            ("'https://{region}.sms.api.sinch.com'", "'https://{region}.sms.api.sinch.com/{version}'"), (region, region + "        version: {default: xms}\n"),
        ])
        let swapped = try edited("sinch.yaml", in: folder, [
            ("'https://{region}.sms.api.sinch.com'", "'https://{version}.sms.api.sinch.com/{region}'"), (region, region + "        version: {default: xms}\n"),
        ])
        #expect(SpecDiff.compare(old: versioned, new: swapped).map(\.description) == [
            "[breaking] sinch: changed function Servers.regional — URL https://{region}.sms.api.sinch.com/{version} → https://{version}.sms.api.sinch.com/{region}: a call goes elsewhere",
            "[breaking] sinch: changed function Servers.regional, parameter version — now in the host, one label: a call passing a value with a '.' throws",
            "[breaking] sinch: changed client default server — https://us.sms.api.sinch.com/xms → https://xms.sms.api.sinch.com/us: a client without a serverURL goes there",
            "sinch: changed base URLs — https://us.sms.api.sinch.com/xms → https://xms.sms.api.sinch.com/us",
        ])
    }

    /// Plain unnamed servers make no `Servers`, but the first is still a client's default: a reorder sends
    /// `Client(transport:)` to another host (Africa's Talking's sandbox).
    @Test func theDefaultServerChangingIsBreakingWhateverTheServersForm() throws {
        let folder = "Tests/ThirdPartySpecs"
        let old = try edited("africastalking.yaml", in: folder, [])
        let reordered = try edited("africastalking.yaml", in: folder, [
            ("[https://api.africastalking.com, https://api.sandbox.africastalking.com]", "[https://api.sandbox.africastalking.com, https://api.africastalking.com]")
        ])
        #expect(SpecDiff.compare(old: old, new: reordered).map(\.description) == [
            "[breaking] africastalking: changed client default server — https://api.africastalking.com → https://api.sandbox.africastalking.com: "
                + "a client without a serverURL goes there",
            "africastalking: changed base URLs — https://api.africastalking.com, https://api.sandbox.africastalking.com → "
                + "https://api.sandbox.africastalking.com, https://api.africastalking.com",
        ])
        // A scheme and host name one server in any case, with the scheme's own port, and with a trailing `/` (which a
        // request drops): the descriptor's text changed, no call goes elsewhere.
        for same in ["HTTPS://API.AfricasTalking.com", "https://api.africastalking.com:443", "https://api.africastalking.com/"] {
            let respelt = try edited("africastalking.yaml", in: folder, [("[https://api.africastalking.com,", "[\(same),")])
            #expect(SpecDiff.compare(old: old, new: respelt).map(\.description) == [
                "africastalking: changed base URLs — https://api.africastalking.com, https://api.sandbox.africastalking.com → "
                    + "\(same), https://api.sandbox.africastalking.com"
            ])
        }
        let sinch = try edited("sinch.yaml", in: "Tests/ThirdPartySpecs", [])
        let upperSinch = try edited("sinch.yaml", in: "Tests/ThirdPartySpecs", [("'https://{region}.sms.api.sinch.com'", "'https://{region}.SMS.api.sinch.com'")])
        #expect(SpecDiff.compare(old: sinch, new: upperSinch).map(\.description) == [
            "sinch: changed base URLs — https://us.sms.api.sinch.com → https://us.SMS.api.sinch.com"
        ])
    }

    /// A named function that now makes another old function's URL goes where that one did, as an unnamed one does; a
    /// function gone whose URL another now makes says which.
    @Test func aNamedFunctionTakingAnotherOnesURLIsBreaking() throws {
        let folder = "Tests/ThirdPartySpecs"
        let first = "    - https://api.infobip.com\n"
        let old = try edited("infobip.yaml", in: folder, [
            (first, first + "    - {url: 'https://us.api.infobip.com', name: us}\n    - {url: 'https://eu.api.infobip.com', name: eu}\n")
        ])
        let new = try edited("infobip.yaml", in: folder, [(first, first + "    - {url: 'https://us.api.infobip.com', name: eu}\n")])
        #expect(SpecDiff.compare(old: old, new: new).map(\.description) == [
            "[breaking] infobip: removed function Servers.us() — https://us.api.infobip.com is now Servers.eu",
            "[breaking] infobip: changed function Servers.eu — URL https://eu.api.infobip.com → https://us.api.infobip.com (was Servers.us)",
            "infobip: changed base URLs — https://api.infobip.com, https://us.api.infobip.com, https://eu.api.infobip.com → https://api.infobip.com, https://us.api.infobip.com",
        ])
        let renamed = try edited("infobip.yaml", in: folder, [("      name: personal\n", "      name: account\n")])
        #expect(SpecDiff.compare(old: try edited("infobip.yaml", in: folder, []), new: renamed).map(\.description) == [
            "[breaking] infobip: removed function Servers.personal(baseURL:) — https://{baseUrl}.api.infobip.com is now Servers.account",
            "infobip: added function Servers.account(baseURL:)",
        ])
    }

    /// A value that worked and now throws breaks the call passing it: a listed value with a '.' once the host's
    /// variable takes any value (one label), and any value with a '.' once a path's variable is in the host.
    @Test func aValueThatNowThrowsIsBreaking() throws {
        let folder = "Tests/ThirdPartySpecs"
        let url = ("'https://{host}/v1/{sid}'", "'https://{host}.kaleyra.io/v1/{sid}'")
        let listed = try edited("kaleyra.yaml", in: folder, [url, ("host: {default: api.kaleyra.io, enum: [api.kaleyra.io, api.eu.kaleyra.io],", "host: {default: api, enum: [api, api.eu],")])
        let free = try edited("kaleyra.yaml", in: folder, [url, ("host: {default: api.kaleyra.io, enum: [api.kaleyra.io, api.eu.kaleyra.io],", "host: {default: api,")])
        #expect(SpecDiff.compare(old: listed, new: free).map(\.description) == [
            "[breaking] kaleyra: changed function Servers.account, parameter host — one of api, api.eu → any value: a call passing api.eu throws, "
                + "a free value in the host being one label"
        ])
        let old = try edited("kaleyra.yaml", in: folder, [])
        let sidInHost = try edited("kaleyra.yaml", in: folder, [("'https://{host}/v1/{sid}'", "'https://{sid}.{host}/v1'")])
        #expect(SpecDiff.compare(old: old, new: sidInHost).map(\.description).contains(
            "[breaking] kaleyra: changed function Servers.account, parameter sid — now in the host, one label: a call passing a value with a '.' throws"))
    }

    /// The first server at its defaults is `Client.init(serverURL:)`'s default: a templated server without a default put
    /// before it makes `serverURL` required, so `Client(transport:)` stops compiling; taken back, it may be left out.
    @Test func aClientsDefaultServerGoneIsBreaking() throws {
        let folder = "Tests/ThirdPartySpecs"
        let old = try edited("infobip.yaml", in: folder, [])
        let account = "    - url: 'https://{account}.acme.example'\n      variables: {account: {}}\n"
        let required = try edited("infobip.yaml", in: folder, [("    - https://api.infobip.com\n", account + "    - https://api.infobip.com\n")])
        let changes = SpecDiff.compare(old: old, new: required).map(\.description)
        #expect(changes.contains(
            "[breaking] infobip: changed client default server — https://api.infobip.com → none: a client's serverURL is now required"))
        #expect(SpecDiff.compare(old: required, new: old).map(\.description).contains(
            "infobip: changed client default server — none → https://api.infobip.com: a client's serverURL may be left out"))
    }

    /// A callback's methods change what its receiver accepts, not the code.
    @Test func aCallbacksMethodsAreReported() throws {
        let old = try Repository.models(in: Self.specs)
        let new = try edited("ginota.yaml", [("    method: GET\n    encoding: query\n", "    method: [GET, POST]\n    encoding: form\n")])
        #expect(SpecDiff.compare(old: old, new: new).map(\.description) == [
            "ginota: changed callback DeliveryReceipt, methods — GET query → GET query, POST form"
        ])
    }

    /// Users: a path or method changed was compatible, though every call then reaches another URL (or is refused 405), and
    /// a callback's way of delivery its receiver no longer takes was too; a code's alias removed was no change at all
    /// ("No changes … tables"), though a delivery report spelling it then reads as an undocumented failure.
    @Test func changesThatMakeRunningCodeDoOtherwiseAreBreaking() throws {
        let old = try Repository.models(in: Self.specs)
        let moved = try edited("ginota.yaml", [("    path: /gemp/balance\n", "    path: /gemp/v2/balance\n")])
        let moves = SpecDiff.compare(old: old, new: moved).map(\.description)
        #expect(moves.count == 1 && moves[0].hasPrefix("[breaking] ginota: changed operation ") && moves[0].hasSuffix("the client's call reaches another URL"), "\(moves)")
        let both = try edited("ginota.yaml", [("    method: GET\n    encoding: query\n", "    method: [GET, POST]\n    encoding: form\n")])
        #expect(SpecDiff.compare(old: both, new: old).map(\.description) == [
            "[breaking] ginota: changed callback DeliveryReceipt, methods — GET query, POST form → GET query: its receiver refuses a callback sent as POST form"
        ])
        let aliased = try edited("bind.yaml", [("{code: OK, summary:", "{code: OK, aliases: [SUCCESS], summary:")])
        let unaliased = SpecDiff.compare(old: aliased, new: old).map(\.description)
        #expect(unaliased.contains { $0.hasPrefix("[breaking] bind: changed table") && $0.contains("aliases SUCCESS → none; a payload spelling it SUCCESS now reads as an undocumented code") }, "\(unaliased)")
        #expect(SpecDiff.compare(old: old, new: aliased).allSatisfy { $0.impact == .compatible })
        // An alias respelled in other scalars (canonically equivalent) is another alias, as codes are read (a review).
        let composed = try edited("bind.yaml", [("{code: OK, summary:", "{code: OK, aliases: [\"\u{E9}\"], summary:")])
        let decomposed = try edited("bind.yaml", [("{code: OK, summary:", "{code: OK, aliases: [\"e\u{301}\"], summary:")])
        let respelled = SpecDiff.compare(old: composed, new: decomposed)
        #expect(respelled.count == 1 && respelled[0].impact == .breaking, "\(respelled.map(\.description))")
    }

    /// Fields given together change what validate() asks of a message, not the code: one more asked refuses a request
    /// validate() passed, as a tighter constraint does.
    @Test func aPresenceRuleIsReported() throws {
        let old = try Repository.models(in: Self.specs)
        let new = try edited("ginota.yaml", [("  SendRequest:\n    summary:", "  SendRequest:\n    atLeastOne: [type, flash]\n    summary:")])
        #expect(SpecDiff.compare(old: old, new: new).map(\.description) == [
            "[breaking] ginota: changed shape SendRequest — validate() now asks for atLeastOne of type, flash: a request it passed may be refused"
        ])
        #expect(SpecDiff.compare(old: new, new: old).map(\.description) == [
            "ginota: changed shape SendRequest — validate() no longer asks for atLeastOne of type, flash"
        ])
    }
}

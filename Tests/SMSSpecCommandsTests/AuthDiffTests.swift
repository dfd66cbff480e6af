import Foundation
import SMSSpecCore
import Testing

extension DiffTests {
    /// A change of what a client authenticates with compiles as before and fails every request at run time, so
    /// `smsspec diff` reports it as breaking (it said "No changes"): Textmagic's auth headers added, removed and
    /// renamed, and Fortytwo's header and scheme; the same headers in another order or case are no change. Another
    /// type says what a client is now given (it said the credentials went "elsewhere").
    @Test func aChangeOfAuthHeadersIsBreaking() throws {
        let folder = "Tests/ThirdPartySpecs"
        let old = try Repository.models(in: Repository.root.appending(path: folder).path(percentEncoded: false))
        let headers = "auth: {type: headers, headers: [X-TM-Username, X-TM-Key]}"
        let textmagic = { (auth: String) in
            try SpecDiff.compare(old: old, new: self.edited("textmagic.yaml", in: folder, [(headers, auth)])).map(\.description)
        }
        #expect(try textmagic("auth: {type: headers, headers: [X-TM-User, X-TM-Key]}") == [
            "[breaking] textmagic: changed auth header X-TM-Username — renamed X-TM-User: a client given X-TM-Username sends no X-TM-User"
        ])
        #expect(try textmagic("auth: {type: headers, headers: [X-TM-Key]}") == [
            "[breaking] textmagic: removed auth header X-TM-Username — a client given its value is refused"
        ])
        #expect(try textmagic("auth: {type: headers, headers: [X-TM-Username, X-TM-Key, X-TM-Account, X-TM-Region]}") == [
            "[breaking] textmagic: added auth header X-TM-Account — every client must be given its value, or each request throws",
            "[breaking] textmagic: added auth header X-TM-Region — every client must be given its value, or each request throws",
        ])
        #expect(try textmagic("auth: {type: header, name: X-TM-Key}") == [
            "[breaking] textmagic: changed auth — headers X-TM-Username, X-TM-Key → header X-TM-Key: clients are given .apiKey(…) where they were given .headers([…])"
        ])
        #expect(try textmagic("auth: {type: headers, headers: [x-tm-key, X-TM-USERNAME]}") == [])

        let bundled = try Repository.models(in: Self.specs)
        let fortytwo = { (edits: [(String, String)]) in try SpecDiff.compare(old: bundled, new: self.edited("fortytwo.yaml", edits)).map(\.description) }
        #expect(try fortytwo([("    scheme: Token\n", "    scheme: Bearer\n")]) == [
            "[breaking] fortytwo: changed auth — header Authorization scheme Token → header Authorization scheme Bearer: clients send their credentials elsewhere"
        ])
        #expect(try fortytwo([("    name: Authorization\n", "    name: authorization\n"), ("    scheme: Token\n", "    scheme: token\n")]) == [])
    }
}

extension DiffTests {
    /// Bind's `TemplateStatus` made a table of codes (as its `SendStatus` was, decision B16) read as "added table
    /// TemplateStatus" and "removed enum TemplateStatus"; it is one change of kind, and the way back too.
    @Test func aTypeThatChangesKindIsOneBreakingChange() throws {
        let enumeration = """
            enums:
              TemplateStatus:
                summary: Whether Bind approved a template.
                source: {source: template}
                values:
                  approved: Approved; sends may use it.
                  for_review: Waiting for Bind's review.

            tables:

            """
        let table = """
            tables:
              TemplateStatus:
                title: Template statuses
                source: {source: template}
                codeType: string
                entries:
                  - {code: approved, summary: Approved; sends may use it., outcome: success, category: none}
                  - {code: for_review, summary: Waiting for Bind's review., outcome: failure, category: unknown}

            """
        let bundled = try Repository.models(in: Self.specs)
        let asTable = try edited("bind.yaml", [(enumeration, table)])
        // The template answers list no tables, so the new table's codes decide them: for_review, a failure, throws.
        let answers = ["listTemplates", "createTemplate", "updateTemplate"]
        #expect(SpecDiff.compare(old: bundled, new: asTable).map(\.description) == answers.map {
            "[breaking] bind: changed operation \($0), answer to 200 — no code decides → codes of TemplateStatus decide: an answer holding a failure code of TemplateStatus now throws"
        } + [
            "[breaking] bind: changed enum TemplateStatus — now a table of that name: code that uses it as an enum stops compiling"
        ])
        #expect(SpecDiff.compare(old: asTable, new: bundled).map(\.description) == answers.map {
            "bind: changed operation \($0), answer to 200 — codes of TemplateStatus decide → no code decides"
        } + [
            "[breaking] bind: changed table TemplateStatus — now an enum of that name: code that uses it as a table stops compiling"
        ])
    }
}

import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// Answers of several plain-text results joined on one line (`{items: Result, separator: ','}`; a user's Route
/// Mobile answers a send to two numbers `1701|919812345678|fc2a…,1701|919887654321|0a1b…`): what lint accepts and
/// refuses, located, and what the generated code reads and writes.
@Suite struct TextListSeparatorTests {
    static let yaml = """
        operations:
          send:
            method: GET
            path: /bulksms/bulksms
            encoding: query
            request: Send
            responses: {200: {shape: Results}}
        shapes:
          Send: {fields: {destination: string, message: string}}
          Results:
            summary: One result per number.
            items: Result
            separator: ','
          Result:
            text: ['{code}|{number}|{id}', '{code}|{number}', '{code}']
            fields:
              code: ResultCode
              number: {type: string, required: false}
              id: {type: string, required: false}
        tables:
          ResultCode:
            title: Result codes
            source: doc
            codeType: int
            entries:
              - {code: 1701, summary: Success, outcome: success, category: none}
              - {code: 1703, summary: Invalid username or password, outcome: failure, category: authentication}
              - {code: 1706, summary: Invalid destination, outcome: failure, category: invalidDestination}
        examples:
          - {name: sent, message: Results, payload: '1701|919812345678|fc2a5b6c,1706|919887654321'}

        """

    @Test func theGeneratedListReadsTheResultsBetweenSeparators() throws {
        #expect(Snippet.diagnostics(Self.yaml) == [])
        let models = try Snippet.swift(Self.yaml)
        Snippet.expect(models, contains: """
                /// One result per number.
                ///
                /// An answer in plain text, `Result`s joined by "," on one line (`TextAnswer.decodeLines`).
                public typealias Results = [Acme.Result]
            """)
        Snippet.expect(models, contains: """
                /// In an answer of several, the text between two.
                public static var listSeparator: Swift.String? { "," }
            """)
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let results = try TextAnswer.decodeAnswer(Acme.Results.self, from: Data("1701|919812345678|fc2a5b6c,1706|919887654321\n".utf8), charset: .utf8)
            for result in results { print(result.code.rawCode.map(String.init) ?? "-", result.number ?? "-", result.id ?? "-") }
            print(try TextAnswer.encodeLines(results))
            // A bare code refuses the whole request.
            print(try TextAnswer.decodeAnswer(Acme.Results.self, from: Data("1703".utf8), charset: .utf8).map { $0.code.rawCode ?? 0 })
            do { _ = try TextAnswer.decodeAnswer(Acme.Results.self, from: Data("1701|9198|a,<b>Bad Gateway</b>".utf8), charset: .utf8) } catch {
                print(DecodingErrorDescription.describe(error).prefix(19))
            }
            // A value holding the separator would read back as two results: refused.
            do { _ = try TextAnswer.encodeLines([Acme.Result(code: .init(rawCode: 1701), number: "9198", id: "a,b")]) } catch { print("refused") }
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + Self.yaml, main: main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == """
            1701 919812345678 fc2a5b6c
            1706 919887654321 -
            1701|919812345678|fc2a5b6c,1706|919887654321
            [1703]
            at `[1]`: part 2: T
            refused

            """, "\(run?.output ?? "")")
    }

    /// What an attack found lint let through: a `-` beside an integer code (a table's, a number enum's, a union's),
    /// which any integer is read as (`-1|fc2a` read as the documented 1), a `+` or `-` beside a date that writes its
    /// offset (`-05:00`), and a credential, which may hold any separator.
    @Test func aSeparatorANumberCodeOrAnOffsetMayHoldIsRefused() {
        let yaml = """
            operations:
              send: {method: GET, path: /send, responses: {200: {shape: Results}}}
              dated: {method: GET, path: /dated, responses: {200: {shape: Stamps}}}
              keys: {method: GET, path: /keys, responses: {200: {shape: Keys}}}
            shapes:
              Results: {items: Result, separator: '-'}
              Result:
                text: ['{code}|{id}', '{code}']
                fields: {code: Code, id: {type: string, required: false}}
              Stamps: {items: Stamp, separator: '+'}
              Stamp:
                text: ['OK|{at}']
                fields: {at: {type: date, format: "dd/MM/yyyy HH:mm:ssXXX"}}
              Keys: {items: Key, separator: ';'}
              Key:
                text: ['KEY {key}']
                fields: {key: {type: string, secret: true}}
            tables:
              Code:
                title: Codes
                source: doc
                entries:
                  - {code: 1, summary: Accepted, outcome: success, category: none}

            """
        let problems = Snippet.diagnostics(yaml)
        #expect(problems.contains { $0.contains("which a number's text ('Code') of its field 'code' holds") }, "\(problems)")
        #expect(problems.contains { $0.contains("which a date written 'dd/MM/yyyy HH:mm:ssXXX' of its field 'at' holds") }, "\(problems)")
        #expect(problems.contains { $0.contains("field 'key' of shape 'Key' is a credential, which may hold the separator \";\"") }, "\(problems)")
        #expect(problems.count == 3, "\(problems)")
    }

    /// A part of nothing but spaces or tabs is no result, as an empty one is (an attack: `…,␠` after the last result
    /// made a 200 to an accepted send unreadable, and a caller retrying it sent it twice).
    @Test func aBlankPartIsNoResult() throws {
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            for answer in ["1701|9198|a, ", "1701|9198|a,\t", "1701|9198|a, ,1706|9199\n"] {
                print(try TextAnswer.decodeAnswer(Acme.Results.self, from: Data(answer.utf8), charset: .utf8).map { "\($0.code.rawCode ?? 0)" })
            }
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + Self.yaml, main: main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == "[\"1701\"]\n[\"1701\"]\n[\"1701\", \"1706\"]\n", "\(run?.output ?? "")")
    }

    /// A separator added, changed or removed reads every answer of several otherwise: breaking, though the Swift type
    /// is the same.
    @Test func aChangedSeparatorIsABreakingWireChange() {
        let base = Snippet.header + Self.yaml
        #expect(DiffCoverageTests.changes([("    separator: ','\n", "")], from: base) == [
            "[breaking] acme: changed shape Results — on the wire Result answers joined by \",\" → one a line: an answer of several no longer reads as it did",
        ])
        #expect(DiffCoverageTests.changes([("    separator: ','\n", "    separator: ';'\n")], from: base) == [
            "[breaking] acme: changed shape Results — on the wire Result answers joined by \",\" → joined by \";\": an answer of several no longer reads as it did",
        ])
    }

    /// A form respelled in other Unicode scalars (`é` in NFD) reads no answer in the old spelling: breaking (an
    /// attack: "No changes").
    @Test func aFormRespelledInOtherScalarsIsBreaking() {
        let base = Snippet.header + Self.yaml.replacingOccurrences(of: "'{code}|{number}|{id}'", with: "'Reçu {code}|{number}|{id}'")
        #expect(DiffCoverageTests.changes([("'Reçu {code}", "'Rec\u{327}u {code}")], from: base).map { $0.hasPrefix("[breaking]") && $0.contains("U+00E7 → U+0327") } == [true])
    }

    /// The answer is cut at each separator before a form reads a part: a separator a form's text, a documented code,
    /// a number or a date may hold is refused, located; so is one on no list of text answers, and a line read by two
    /// lists with different separators.
    @Test func aSeparatorAValueOrAFormMayHoldIsRefused() {
        let yaml = """
            operations:
              send: {method: GET, path: /send, responses: {200: {shape: Results}}}
              other: {method: GET, path: /other, responses: {200: {shape: Lines}}}
              json: {method: GET, path: /json, responses: {200: {shape: Ids}}}
            shapes:
              Results: {items: Result, separator: '|'}
              Lines: {items: Result}
              Ids: {items: string, separator: ','}
              Holder: {fields: {id: string}, separator: ';'}
              Result:
                text: ['{code}|{id}', '{code}']
                fields:
                  code: Code
                  id: {type: string, required: false}
              Dashes: {items: Dated, separator: '-'}
              Dated:
                text: ['{count} at {at}']
                fields: {count: int, at: {type: date, format: 'yyyy-MM-dd'}}
              Words: {items: Word, separator: ', '}
              Word:
                text: ['{word}']
                fields: {word: string}
            tables:
              Code:
                title: Codes
                source: doc
                codeType: string
                entries:
                  - {code: 'A|B', summary: Joined code, outcome: failure, category: invalidRequest}
                  - {code: 'OK', summary: Success, outcome: success, category: none}

            """
        #expect(Snippet.diagnostics(yaml) == [
            #"13:39: list shape 'Results' cuts its answer at each "|" before reading a 'Result', which code of table 'Code' "A|B" of its field 'code' holds: an answer with it would be read as other results; choose another separator"#,
            #"14:3: shape 'Result' is read by list shapes 'Results' (joined by "|") and 'Lines' (one a line): its generated type has one list separator; give each list its own line shape"#,
            #"15:35: 'separator' of shape 'Ids' is for a list of plain-text answers joined on one line ('items: Line', 'Line' having 'text' forms); its items are no such answer"#,
            #"16:45: 'separator' of shape 'Holder' is for a list of plain-text answers joined on one line ('items: Line', 'Line' having 'text' forms); it is no list (a field's separator goes on the field)"#,
            #"18:12: text form '{code}|{id}' of shape 'Result' ends '{code}' at the first "|", which code of table 'Code' "A|B" holds: an answer with it would be read as another value; put other text after the field, or write the field last"#,
            #"18:12: text form '{code}|{id}' of shape 'Result' holds "|", but list shape 'Results' cuts its answer at each "|" before reading a 'Result': no part would take the form; choose the separator the provider puts between results"#,
            #"22:37: list shape 'Dashes' cuts its answer at each "-" before reading a 'Dated', which a date written 'yyyy-MM-dd' of its field 'at' holds: an answer with it would be read as other results; choose another separator"#,
            #"22:37: list shape 'Dashes' cuts its answer at each "-" before reading a 'Dated', which a number's text ('int') of its field 'count' holds: an answer with it would be read as other results; choose another separator"#,
            #"26:35: 'separator' of shape 'Words' must be one printable ASCII character that is not a letter or digit, such as ",", ";" or " "; found ", ""#,
        ])
    }
}

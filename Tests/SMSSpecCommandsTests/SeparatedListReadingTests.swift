import Foundation
import SMSSpecCore
@_spi(Generated) import SMSSpecRuntime
import SMSSpecTestSupport
import Testing

@testable import SMSSpecCommands

/// `smsspec lint` and `smsspec decode acme.yaml …` read a list with a `separator` from the spec's model, without
/// compiling: they must hold what the generated type holds and write it back as it does, or refuse it alike.
@Suite struct SeparatedListReadingTests {
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], encoding: form}
        enums:
          Priority: {wire: number, values: {1: High., 2: Low.}}
          Kind: {values: {plain: Plain., flash: Flash.}}
        shapes:
          Report:
            fields:
              numbers: {type: '[string]', separator: ','}
              counts: {type: '[int]', separator: '|', required: false}
              big: {type: '[int64]', separator: ';', required: false}
              priorities: {type: '[Priority]', separator: ' ', required: false}
              kinds: {type: '[Kind]', separator: '-', required: false}
              statuses: {type: '[Status]', separator: ',', required: false}
        callbacks:
          Reported: {method: POST, encoding: json, shape: Report}
        sources:
          doc: {title: Acme API, url: 'https://acme.example/docs'}
        tables:
          Status:
            title: Statuses
            source: doc
            entries:
              - {code: 4, summary: Delivered., outcome: success, category: none}

        """

    static let payloads = [
        #"{"numbers": "a,b", "counts": "1|+2|007", "big": "9223372036854775807;-1"}"#,
        #"{"numbers": "", "counts": null, "priorities": "01 2 7", "kinds": "flash-vip-"}"#,
        #"{"numbers": "a,\u0301b,", "kinds": ""}"#,
        #"{"numbers": "x", "counts": "1|x"}"#,
        #"{"numbers": "x", "counts": "1||2"}"#,
        #"{"numbers": "x", "big": "9223372036854775808"}"#,
        #"{"numbers": ["a"]}"#,
        #"{"numbers": 5}"#,
        #"{"counts": "1"}"#,
        #"{"numbers": "x", "statuses": "04,,x, 4"}"#,
    ]

    /// Written with each code's meaning (`smsspec decode`): a list of codes.
    static let annotated = #"{"numbers": "x", "statuses": "04,7"}"#

    @Test func theModelReadsAndWritesAsTheGeneratedTypeDoes() throws {
        let main = """
            import Foundation
            import SMSSpecRuntime
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for payload in [\(Self.payloads.map { "#\"" + $0 + "\"#" }.joined(separator: ", "))] {
                do {
                    let report = try JSONDecoder().decode(Acme.Report.self, from: Data(payload.utf8))
                    print(String(decoding: try encoder.encode(report), as: UTF8.self))
                } catch {
                    print(DecodingErrorDescription.describe(error))
                }
            }
            encoder.userInfo[.annotateStatusCodes] = true
            print(String(decoding: try encoder.encode(try JSONDecoder().decode(Acme.Report.self, from: Data(#"\(Self.annotated)"#.utf8))), as: UTF8.self))
            """
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: main)
        try #require(build.status == 0, "\(build.output)")
        let generated = try #require(run).output.split(separator: "\n").map(String.init)

        let diagnostics = DiagnosticCollector()
        let model = try #require(Generator.models(for: [SpecInput(path: "acme.yaml", contents: Self.spec)], diagnostics: diagnostics).first)
        #expect(diagnostics.sorted.isEmpty, "\(diagnostics.sorted)")
        let reader = ModelReader(model)
        let message = try #require(reader.message(named: "Report"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let read = Self.payloads.map { payload in
            do {
                return String(decoding: try encoder.encode(try reader.decode(message, from: Data(payload.utf8), as: .json)), as: UTF8.self)
            } catch {
                return DecodingErrorDescription.describe(error)
            }
        }
        encoder.userInfo[.annotateStatusCodes] = true
        let annotated = String(decoding: try encoder.encode(try reader.decode(message, from: Data(Self.annotated.utf8), as: .json)), as: UTF8.self)
        #expect(read + [annotated] == generated)
        // What each payload reads as, so the comparison cannot pass on two empty outputs.
        #expect(generated.count == Self.payloads.count + 1)
        #expect(generated.first == #"{"big":"9223372036854775807;-1","counts":"1|2|7","numbers":"a,b"}"#)
        #expect(generated.dropFirst().first == #"{"kinds":"flash-vip-","numbers":"","priorities":"1 2 7"}"#)
        #expect(generated.dropFirst(3).first == #"at `counts`: Element 1 of "1|x" is "x", not an integer."#)
        #expect(generated.dropLast().last == #"{"numbers":"x","statuses":"4,,x,4"}"#)
        #expect(generated.last?.hasPrefix(#"{"numbers":"x","statuses":[{"category":"none","code":4,"#) == true, "\(generated)")
    }

    /// `smsspec decode` names ten failures and counts the rest: a list of codes joined into one text holds one per
    /// separator, and the note listed each (4 MiB of commas: 250 MB of note, minutes of work).
    @Test func decodeNamesTenFailuresAndCountsTheRest() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let spec = try scratch.write("acme.yaml", Self.spec)
        let payload = try scratch.write("report.json", #"{"numbers": "x", "statuses": "4,x"# + String(repeating: ",", count: 11_999) + #""}"#)
        let run = await CLI.run(["decode", spec, "Reported", payload], exitsWith: .success)
        let lines = run.errors.split(separator: "\n")
        #expect(lines.first == "note: 12000 code(s) in this message report a failure:", "\(run.errors.prefix(2000))")
        #expect(lines.dropFirst().first == "  statuses[1]: acme Status x (undocumented) — failure")
        #expect(lines.dropFirst(10).first == "  statuses[10]: acme Status \"\" (undocumented) — failure")
        #expect(lines.dropFirst(11) == ["  and 11990 more", "note: the first 10000 codes are written with their meaning; the 2001 after them as sent"], "\(run.errors.suffix(500))")
    }

    /// Every separator lint takes for a list a provider sends in a form reads back as the elements, whether the
    /// provider escapes it or not: a raw `+` is a space there (`404+407` one text, `404 407`), so lint refuses it.
    @Test func everySeparatorLintTakesInAFormReadsBackRawOrEscaped() throws {
        var taken: [Character] = []
        for byte in UInt8(0x20)...0x7E {
            let separator = Character(Unicode.Scalar(byte))
            guard !separator.isLetter, !separator.isNumber else { continue }
            let quoted = "'" + (separator == "'" ? "''" : String(separator)) + "'"
            let yaml = Self.spec.replacingOccurrences(of: "separator: ','}", with: "separator: \(quoted)}")
                .replacingOccurrences(of: "encoding: json, shape: Report", with: "encoding: form, shape: Report")
            let diagnostics = DiagnosticCollector()
            _ = Generator.models(for: [SpecInput(path: "acme.yaml", contents: yaml)], diagnostics: diagnostics)
            guard !diagnostics.hasErrors else { continue }
            taken.append(separator)
            let written = "a\(separator)b"
            for wire in ["numbers=" + written, FormEncoder.encode([("numbers", written)])] {
                let value = try FormDecoder.parse(wire).first?.value ?? ""
                #expect(SeparatedList.texts(of: value, separator: separator.unicodeScalars.first!) == ["a", "b"], "\(wire)")
            }
        }
        #expect(taken.contains(",") && taken.contains(" ") && !taken.contains("+"), "\(taken)")
    }
}

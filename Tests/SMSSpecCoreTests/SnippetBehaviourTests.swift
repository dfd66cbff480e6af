import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// Generated code built and run: defaults apply to absent and null fields whatever `required` says, a message holding
/// its replies round-trips, a shape several discriminator values share keeps its value through re-encoding (and one
/// with the discriminator's field its field's type), a shape with no fields writes `{}`, a value no variant of a
/// union reads is reported by the variant reading its kind, and a Unix-time date keeps its number or text and its
/// `validate()` reports one that is no date.
@Suite struct SnippetBehaviourTests {
    static let spec = Snippet.header + """
        enums:
          Kind: {values: {plain: Plain., flash: Flash.}}
        operations:
          schedule: {method: POST, path: /schedule, request: Schedule, responses: {200: {summary: Scheduled.}}}
        shapes:
          Schedule:
            fields:
              at: {type: date, formats: [unixSeconds, iso8601]}
              until: {type: date, format: unixMilliseconds, required: false}
          Options:
            fields:
              retries: {type: int, default: 3}
              kind: {type: Kind, default: flash}
              price: {type: decimal, default: '12.50', required: false}
              label: {type: string, default: "it's", lenient: true}
          Message:
            fields:
              text: string
              inReplyTo: {type: Message, required: false}
              replies: {type: '[Message]', required: false}
          Receipt: {fields: {type: string, id: string}}
          Numbered: {fields: {type: int, id: string}}
          Maybe: {fields: {type: {type: string, required: false}, id: string}}
          Nothing: {fields: {}}
          Flags:
            fields:
              on: {type: bool, lenient: true}
              count: {type: int, required: false, lenient: true}
              note: {type: string, required: false}
              extra: {type: json, required: false}
        callbacks:
          Event:
            discriminator:
              field: type
              variants: {DLR: Receipt, dlr: Receipt}
          Coded:
            discriminator: {field: type, variants: {1: Numbered, 2: Receipt, 3: Maybe}}
        unions:
          Answer:
            variants: {count: Count, receipts: '[Receipt]', byId: '{Receipt}'}
          Count:
            variants: {number: int, words: string}

        """

    static let main = #"""
        import Foundation
        import SMSSpecRuntime
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for json in [#"{}"#, #"{"retries": null, "kind": null, "price": null, "label": null}"#, #"{"retries": 5, "kind": "plain", "price": 1.5, "label": 7}"#] {
            let options = try decoder.decode(Acme.Options.self, from: Data(json.utf8))
            print(options.retries, options.kind.wireValue, options.price, options.label)
        }
        let thread = #"{"text": "b", "inReplyTo": {"text": "a"}, "replies": [{"text": "c", "inReplyTo": {"text": "b"}}]}"#
        let message = try decoder.decode(Acme.Message.self, from: Data(thread.utf8))
        print(String(decoding: try encoder.encode(message), as: UTF8.self))
        print(message.inReplyTo?.text ?? "-", message.replies?.first?.inReplyTo?.text ?? "-")
        for json in [#"{"on": "1", "count": "7", "extra": "x"}"#, #"{"on": true, "count": null, "note": null, "extra": [true, 2]}"#, #"{"on": "no", "count": 3, "note": "n"}"#, #"{"on": 0}"#, #"{"on": 1}"#] {
            let flags = try decoder.decode(Acme.Flags.self, from: Data(json.utf8))
            print(String(decoding: try encoder.encode(flags), as: UTF8.self))
        }
        for json in [#"{"on": "maybe"}"#, #"{"count": 1}"#, #"{"on": true, "note": 5}"#, #"{"on": 2}"#, #"{"on": 0.5}"#] {
            do {
                _ = try decoder.decode(Acme.Flags.self, from: Data(json.utf8))
            } catch {
                print(DecodingErrorDescription.describe(error))
            }
        }
        for json in [#"{"type": "dlr", "id": "1"}"#, #"{"type": "DLR", "id": "2"}"#, #"{"type": "MO", "id": "3"}"#] {
            let event = try decoder.decode(Acme.Event.self, from: Data(json.utf8))
            print(String(decoding: try encoder.encode(event), as: UTF8.self))
        }
        // A shape with the discriminator's field writes it as its type says: `"type": 1` stays a number.
        // An optional one left empty still says the event's kind.
        for json in [#"{"type": 1, "id": "4"}"#, #"{"type": "2", "id": "6"}"#, #"{"type": "3", "id": "7"}"#] {
            let event = try decoder.decode(Acme.Coded.self, from: Data(json.utf8))
            print(String(decoding: try encoder.encode(event), as: UTF8.self))
        }
        print(String(decoding: try encoder.encode(Acme.Coded.maybe(Acme.Maybe(id: "8"))), as: UTF8.self))
        // A shape with no fields writes an empty object, a whole payload included.
        print(String(decoding: try encoder.encode(Acme.Nothing()), as: UTF8.self), String(decoding: try encoder.encode([Acme.Nothing()]), as: UTF8.self))
        let answers = [
            #""three""#, #"[{"type": "a", "id": "1"}]"#, #"[{"type": "a", "id": "1"}, {"type": "b"}]"#, #"{"r": {"id": "1"}}"#, "1.5",
            "true", "null",
        ]
        for json in answers {
            do {
                let answer = try decoder.decode(Acme.Answer.self, from: Data(json.utf8))
                print(String(decoding: try encoder.encode(answer), as: UTF8.self))
            } catch {
                print(DecodingErrorDescription.describe(error))
            }
        }
        // Unix time: a number or its digits, kept as it came; a value that is no date is kept and reported.
        let stamps = [
            #"{"at": 1505997340, "until": 1700000000123}"#, #"{"at": "1505997340", "until": null}"#,
            #"{"at": "2017-09-21T12:35:40Z"}"#, #"{"at": -5, "until": 1.5}"#, #"{"at": true}"#,
        ]
        for json in stamps {
            do {
                let schedule = try decoder.decode(Acme.Schedule.self, from: Data(json.utf8))
                let dates = [schedule.at.date, schedule.until?.date].map { $0.map { "\($0.timeIntervalSince1970)" } ?? "-" }
                print(String(decoding: try encoder.encode(schedule), as: UTF8.self), dates, schedule.validate().map(\.message))
            } catch {
                print(DecodingErrorDescription.describe(error))
            }
        }
        let scheduled = Acme.Schedule(at: Timestamp(Date(timeIntervalSince1970: 1_505_997_340.5), format: "unixSeconds"))
        print(String(decoding: try encoder.encode(scheduled), as: UTF8.self))
        """#

    @Test func generatedCodeBehavesAsTheSpecSays() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-behaviour-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let sources = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: Self.spec)], options: GeneratorOptions())
        let files = try (sources + [GeneratedFile(name: "main.swift", contents: Self.main)]).map { file in
            let url = directory.appending(path: file.name)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
            return url
        }
        let executable = directory.appending(path: "behaviour")
        let build = try BuildProducts.buildExecutable(files, output: executable)
        try #require(build.status == 0, "\(build.output)")
        let run = try BuildProducts.run(executable, [])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.split(separator: "\n").map(String.init) == [
            #"3 "flash" 12.5 it's"#,
            #"3 "flash" 12.5 it's"#,
            #"5 "plain" 1.5 7"#,
            #"{"inReplyTo":{"text":"a"},"replies":[{"inReplyTo":{"text":"b"},"text":"c"}],"text":"b"}"#,
            "a b",
            #"{"count":7,"extra":"x","on":true}"#,
            #"{"extra":[true,2],"on":true}"#,
            #"{"count":3,"note":"n","on":false}"#,
            // PHP gateways' 1 and 0, read by a lenient boolean and written as the boolean; no other number is one.
            #"{"on":false}"#,
            #"{"on":true}"#,
            #"at `on`: expected a boolean; Field "on" must be a boolean (true or false, 1 or 0, yes or no), as a value or as text."#,
            "at `on`: the required field is missing",
            "at `note`: expected text, found a number",
            #"at `on`: expected a boolean; Field "on" must be a boolean (true or false, 1 or 0, yes or no), as a value or as text."#,
            #"at `on`: expected a boolean; Field "on" must be a boolean (true or false, 1 or 0, yes or no), as a value or as text."#,
            #"{"id":"1","type":"dlr"}"#,
            #"{"id":"2","type":"DLR"}"#,
            #"{"id":"3","type":"MO"}"#,
            #"{"id":"4","type":1}"#,
            #"{"id":"6","type":"2"}"#,
            #"{"id":"7","type":"3"}"#,
            #"{"id":"8","type":"3"}"#,
            "{} [{}]",
            #""three""#,
            #"[{"id":"1","type":"a"}]"#,
            "at `[1].id`: the required field is missing",
            "at `r.type`: the required field is missing",
            "at `(top level)`: Expected `Int` or `String`.",
            "at `(top level)`: Expected `Count` or `[Receipt]` or `[String: Receipt]`.",
            "at `(top level)`: Expected `Count` or `[Receipt]` or `[String: Receipt]`.",
            #"{"at":1505997340,"until":1700000000123} ["1505997340.0", "1700000000.123"] []"#,
            #"{"at":"1505997340"} ["1505997340.0", "-"] []"#,
            #"{"at":"2017-09-21T12:35:40Z"} ["1505997340.0", "-"] []"#,
            #"{"at":-5,"until":1.5} ["-", "-"] ["\"-5\" is not a date in the format \"unixSeconds\" or \"iso8601\"", "\"1.5\" is not a date in the format \"unixMilliseconds\""]"#,
            #"at `at`: expected Timestamp; Field "at" must be a date: text, or a Unix time as a number."#,
            #"{"at":1505997340}"#,
        ])
    }
}

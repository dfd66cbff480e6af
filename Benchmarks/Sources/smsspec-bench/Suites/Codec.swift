import Foundation
import SMSSpecRuntime

/// How a payload arrives: a JSON body, or a query string (Ginota's delivery receipt).
enum Wire {
    case json, query
}

/// One document payload, decoded and encoded by a generated type and by its hand-written equivalent.
struct CodecCase {
    let name: String
    let decode: (Measure) throws -> Paired
    let encode: (Measure) throws -> Paired
    /// Both types' JSON encodings of the payload, keys sorted: equal when the hand-written type is an equivalent.
    let wireForms: () throws -> (generated: String, handWritten: String)

    init<Generated: Codable, HandWritten: Codable>(
        _ name: String, document: String, wire: Wire = .json, generated: Generated.Type, handWritten: HandWritten.Type
    ) {
        self.name = name
        let payload = Repository.document(document)
        let text = String(decoding: payload, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let jsonDecoder = JSONDecoder()
        let formDecoder = FormDecoder()
        func decoded<Value: Decodable>(_ type: Value.Type) throws -> Value {
            switch wire {
            case .json: try jsonDecoder.decode(type, from: payload)
            case .query: try formDecoder.decode(type, from: text)
            }
        }
        decode = { measure in
            try measure.paired({ consume(try decoded(Generated.self)) }, { consume(try decoded(HandWritten.self)) })
        }
        encode = { measure in
            let encoder = JSONEncoder()
            let generatedValue = try decoded(Generated.self)
            let handWrittenValue = try decoded(HandWritten.self)
            return try measure.paired({ consume(try encoder.encode(generatedValue)) }, { consume(try encoder.encode(handWrittenValue)) })
        }
        wireForms = {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let generated = try encoder.encode(try decoded(Generated.self))
            let handWritten = try encoder.encode(try decoded(HandWritten.self))
            return (String(decoding: generated, as: UTF8.self), String(decoding: handWritten, as: UTF8.self))
        }
    }
}

enum CodecSuite {
    /// A decode and an encode row per case: generated time, hand-written time, generated speed ÷ hand-written speed.
    static func run(_ cases: [CodecCase], measure: Measure, into report: inout Report) throws {
        for codec in cases {
            let wire = try codec.wireForms()
            if wire.generated != wire.handWritten {
                progress("warning: \(codec.name) encodes differently:\n  generated    \(wire.generated)\n  hand-written \(wire.handWritten)")
            }
            for (verb, run) in [("decode", codec.decode), ("encode", codec.encode)] {
                let result = try run(measure)
                report.add(Row(
                    benchmark: "\(verb) \(codec.name)",
                    measured: Format.time(nanoseconds: result.first),
                    comparedWith: Format.time(nanoseconds: result.second),
                    ratio: Format.ratio(1 / result.ratio, "speed")))
            }
        }
    }
}

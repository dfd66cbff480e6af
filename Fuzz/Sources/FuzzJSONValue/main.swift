// A value kept as JSON, read two ways: through JSONPayload (one parse of the payload, JSONDocument) and through
// Foundation's decoder alone (kind by kind), both on the UTF-8 text JSONPayload reads (UTF-16 and UTF-32 transcoded
// once, by JSONPayload.utf8). Both give the same value (but a number of more than 38 significant digits or beyond
// Decimal's exponents, which JSONPayload keeps whole and Foundation rounds), or both refuse the payload, except that
// JSONPayload also refuses a key repeated in one object and a number with more than 128 digits before an exponent
// (Foundation traps reading one as an integer); a payload that is not valid in the encoding its first bytes announce
// is refused. The payload is also read as two Unix-time date fields (UnixTimeCheck.swift).
import Foundation
import FuzzSupport
import SMSSpecRuntime

func fuzzJSONValue(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(UnsafeBufferPointer(start: start, count: count))
    func shown() -> String { String(decoding: data, as: UTF8.self).debugDescription }
    guard let text = try? JSONPayload.utf8(data) else {
        if let value = try? JSONPayload.decode(JSONValue.self, from: data) { fatalError("\(shown()): read as \(value), not being valid text") }
        return 0
    }
    checkUnixTime(data, shown: shown)
    let alone = try? JSONDecoder().decode(JSONValue.self, from: text)
    do {
        let payload = try JSONPayload.decode(JSONValue.self, from: data)
        if alone.map({ matches(payload, $0) }) != true { fatalError("\(shown()): \(payload) through JSONPayload, \(alone.map { "\($0)" } ?? "an error") alone") }
    } catch {
        let problem = DecodingErrorDescription.describe(error)
        // Refused on purpose: a repeated key, and a number Foundation traps on when an integer is read from it.
        if alone != nil, !problem.contains("appears twice in one object"), !problem.contains("digits before its exponent") {
            fatalError("\(shown()): refused through JSONPayload (\(error)), read alone")
        }
    }
    return 0
}

/// Whether `payload` is `alone`, but for numbers of more than 38 significant digits, which `JSONPayload` keeps
/// whole where Foundation's decoder alone rounds them to what `Decimal` holds, and numbers beyond `Decimal`'s
/// exponents (29 nines and 173 zeros), which it reads as a `Double` (1e+202).
func matches(_ payload: JSONValue, _ alone: JSONValue) -> Bool {
    switch (payload, alone) {
    case (.number(let exact), .number(let rounded)):
        let digits = exact.text.prefix { $0 != "e" }.filter(\.isNumber).drop { $0 == "0" }.reversed().drop { $0 == "0" }
        return exact == rounded || digits.count > 38 || Decimal(string: exact.text) == nil
    case (.array(let items), .array(let others)): return items.count == others.count && zip(items, others).allSatisfy(matches)
    case (.object(let members), .object(let others)):
        return members.count == others.count && members.allSatisfy { key, value in others[key].map { matches(value, $0) } == true }
    default: return payload == alone
    }
}

runFuzzer(seeds: {
        let texts = FuzzCatalog.examples.map(\.example.payload) + [
            #"[1, "a", null, true, {"k": [1.50, -0, 1e-400, 27.0000000000000001]}, ]"#, #"{"a": "\ud83d\ude00\u00e9\/", "b": {},}"#,
            #"[[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]]"#, #"{"a": "\x", "b": [01], "c": 1e400}"#,
            #"{"s": 1505997340, "ms": "1700000000123"}"#, #"{"s": " 0 ", "ms": -1.5e3}"#, #"{"s": 99999999999999999999999, "ms": 253402300799999}"#,
        ]
        return FuzzSeeds.texts(texts)
    }, fuzzJSONValue)

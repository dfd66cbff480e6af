// A value kept as JSON, read two ways: through JSONPayload (one parse of the payload, JSONDocument) and through
// Foundation's decoder alone (kind by kind). Both give the same value, or both refuse the payload, except that
// JSONPayload also refuses a key repeated in one object.
import Foundation
import FuzzSupport
import SMSSpecRuntime

func fuzzJSONValue(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(UnsafeBufferPointer(start: start, count: count))
    let alone = try? JSONDecoder().decode(JSONValue.self, from: data)
    do {
        let payload = try JSONPayload.decode(JSONValue.self, from: data)
        if payload != alone { fatalError("\(String(decoding: data, as: UTF8.self).debugDescription): \(payload) through JSONPayload, \(alone.map { "\($0)" } ?? "an error") alone") }
    } catch {
        if alone != nil, !DecodingErrorDescription.describe(error).contains("appears twice in one object") {
            fatalError("\(String(decoding: data, as: UTF8.self).debugDescription): refused through JSONPayload (\(error)), read alone")
        }
    }
    return 0
}

runFuzzer(seeds: {
        let texts = FuzzCatalog.examples.map(\.example.payload) + [
            #"[1, "a", null, true, {"k": [1.50, -0, 1e-400, 27.0000000000000001]}, ]"#, #"{"a": "\ud83d\ude00\u00e9\/", "b": {},}"#,
            #"[[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]]"#, #"{"a": "\x", "b": [01], "c": 1e400}"#,
        ]
        return FuzzSeeds.texts(texts)
    }, fuzzJSONValue)

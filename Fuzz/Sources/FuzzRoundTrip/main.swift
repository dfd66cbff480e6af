// Every generated message, written back: whatever decodes (see MessageInput for the input layout) is encoded as JSON
// (`JSONPayload.encode`, which writes a number longer than `Decimal` as it came)
// and that JSON must decode to a value written the same way again; a value read from a form or query is also written
// as a form (`FormEncoder`, as a client sends it), which must read back as the same value. A difference is a trap:
// a code, a number or a date that reads back as another value is a value silently changed. One difference is no
// change: a union of `decimal` then `double` (docs/spec-format.md) reads a number its decimal cannot hold (41 digits)
// as the double, which writes it in 17 digits, which the decimal then reads: the same number, spelled otherwise. So
// JSON that differs must hold the same numbers (`JSONNumber`s compare by value) and be written the same way again.
import Foundation
import FuzzSupport
import SMSSpecRuntime

func fuzzRoundTrip(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let input = MessageInput(UnsafeBufferPointer(start: start, count: count), among: FuzzCatalog.messages) else { return 0 }
    let descriptor = input.message.descriptor
    guard let value = try? descriptor.decode(input.payload, as: input.format), let once = try? JSONPayload.encode(value, using: encoder) else { return 0 }
    let name = "\(input.message.provider).\(descriptor.name)"
    let again: Data
    do {
        again = try JSONPayload.encode(try descriptor.decode(once, as: .json), using: encoder)
    } catch {
        fatalError("\(name): written as \(String(decoding: once, as: UTF8.self)), which does not read back: \(error)")
    }
    guard again == once || (sameNumbers(again, once) && writtenAgain(again, by: descriptor, using: encoder) == again) else {
        fatalError("\(name): written as \(String(decoding: once, as: UTF8.self)), read back as \(String(decoding: again, as: UTF8.self))")
    }
    let format = input.format ?? descriptor.wire
    // Only what a form can spell: a value holding an object or a list of lists has no form (an encoding error).
    guard format == .form || format == .query, let fields = try? FormEncoder.fields(of: value) else { return 0 }
    let form = FormEncoder.encode(fields)
    do {
        let fromForm = try JSONPayload.encode(try descriptor.decode(Data(form.utf8), as: .form), using: encoder)
        guard fromForm == once || sameNumbers(fromForm, once) else {
            fatalError("\(name): written as the form \(form), read back as \(String(decoding: fromForm, as: UTF8.self)), not \(String(decoding: once, as: UTF8.self))")
        }
    } catch {
        fatalError("\(name): written as the form \(form), which does not read back: \(error)")
    }
    return 0
}

/// Whether two JSON documents hold the same values, numbers compared as numbers (`1.2345678901234568e+41` is
/// `123456789012345680000000000000000000000000`).
func sameNumbers(_ one: Data, _ other: Data) -> Bool {
    guard let one = try? JSONPayload.decode(JSONValue.self, from: one), let other = try? JSONPayload.decode(JSONValue.self, from: other) else {
        return false
    }
    return one == other
}

func writtenAgain(_ json: Data, by descriptor: MessageDescriptor, using encoder: JSONEncoder) -> Data? {
    try? JSONPayload.encode(try descriptor.decode(json, as: .json), using: encoder)
}

runFuzzer(seeds: { MessageInput.seeds(among: FuzzCatalog.messages) }, fuzzRoundTrip)

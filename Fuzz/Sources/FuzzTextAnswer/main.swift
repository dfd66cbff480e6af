// Plain-text answers (`TextForms`, `TextAnswer`). The input up to the first 0x00 is the forms, separated by 0x01; the
// rest is the answer. Reading must not trap or take more than linear time, and a form the answer takes must give it
// back: its literals with the values read put back in place are the answer (trimmed) itself. The answer is then read
// into a probe type with a number, a text and an optional field, as generated code reads one, and as a list of them,
// one per line.
import Foundation
import FuzzSupport
import SMSSpecRuntime

struct Probe: TextMessage, Decodable {
    /// This input's forms: libFuzzer runs one input at a time, on one thread.
    nonisolated(unsafe) static var forms: TextForms = []
    static var textForms: TextForms { forms }
    let code: Int?
    let text: String?
    let id: String
}

func fuzzTextAnswer(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let templates = bytes.prefix { $0 != 0 }
    let answer = Data(bytes.dropFirst(templates.count + 1))
    let forms = TextForms(templates.split(separator: 1).map { TextForm(String(decoding: $0, as: UTF8.self)) })
    let text = TextForms.trimmed(String(decoding: answer, as: UTF8.self))
    for form in forms.forms {
        guard let fields = form.fields(in: text), Set(fields.map(\.name)).count == fields.count else { continue }
        let values = Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0.value) })
        guard form.text(with: values) == text else {
            fatalError("the form \(form.template.debugDescription) read \(text.debugDescription) as \(fields), which it writes back otherwise")
        }
    }
    Probe.forms = forms
    _ = try? TextAnswer.decode(Probe.self, from: answer)
    _ = try? TextAnswer.decode(Probe.self, from: answer, charset: .windows1252)
    // One answer per line: every element is one line's answer, in order.
    if let lines = try? [Probe].decodeLines(from: answer, charset: .utf8) {
        let expected = text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" }.count
        guard lines.count <= expected else { fatalError("\(lines.count) elements read from \(expected) lines of \(text.debugDescription)") }
    }
    return 0
}

runFuzzer(seeds: {
        let forms = "OK: {code}; Sent queued message ID: {id} SMSGlobalMsgID:{text}\u{1}ERROR: {code}\u{1}{code}|{text}|{id}\u{1}ID: {id}"
        return [
            "OK: 0; Sent queued message ID: 941596d028699601 SMSGlobalMsgID:6764842339385521\n", "ERROR: 402", "0|IN_PROGRESS|12|34",
            "ID: 3a63b6c5", "\u{FEFF} ERROR: 4O2 \r\n", "ID: 3a63b6c5\r\n0|x|1\n\nERROR: 7",
        ].map { Array((forms + "\u{0}" + $0).utf8) }
    }, fuzzTextAnswer)

import CYaml
import Foundation

/// Yams builds each scalar from libyaml's bytes with Foundation's UTF-8 decoding, which drops a leading byte-order
/// mark: an example payload pasted with one (`'\u{FEFF}{"id": 1}'`) was read without it, and the catalog kept another
/// text than the spec's, silently. Each value whose text, as libyaml reads it, starts with one is a located error,
/// however the file holds it: raw, first after a block's indentation or a double-quoted value's escaped line breaks,
/// or escaped (`"\uFEFF…"`, deliberate, but dropped all the same).
extension YAMLLoader {
    static func reportDroppedByteOrderMarks(text: String, file: String, diagnostics: DiagnosticCollector) {
        guard text.unicodeScalars.contains("\u{FEFF}") || text.range(of: "feff", options: .caseInsensitive) != nil else { return }
        let preflight = YAMLPreflight(file: file)
        let marks = YAMLPreflight.withParser(reading: text) { parser in
            var found: [yaml_mark_t] = []
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1, event.type != YAML_STREAM_END_EVENT {
                defer { yaml_event_delete(&event) }
                guard event.type == YAML_SCALAR_EVENT else { continue }
                // The scalar's text starts with U+FEFF in UTF-8, which Foundation's decoding drops.
                let text = UnsafeBufferPointer(start: event.data.scalar.value, count: event.data.scalar.length)
                if text.starts(with: [0xEF, 0xBB, 0xBF]) { found.append(event.start_mark) }
            }
            yaml_event_delete(&event)
            return found
        }
        for mark in marks ?? [] {
            // libyaml's marks: lines end at `\r\n`, `\r`, `\n`, NEL, LS and PS, as in every other located YAML error.
            diagnostics.error(
                "this value starts with a byte-order mark (U+FEFF), which the YAML reader drops, so it would be read without it: "
                    + "remove the mark (a payload's leading one is its encoding's, which every decoder here drops too)",
                at: preflight.location(mark))
        }
    }
}

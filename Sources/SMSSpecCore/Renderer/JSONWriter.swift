import SMSSpecVocabulary

/// Writes JSON with keys in the order given and a fixed layout, so exports are byte-identical on every machine.
struct JSONWriter {
    indirect enum Value {
        case string(String)
        case int(Int)
        case bool(Bool)
        case null
        case array([Value])
        case object([(String, Value)])
    }

    static func render(_ value: Value) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        return output + "\n"
    }

    private static func write(_ value: Value, indent: Int, into output: inout String) {
        let pad = String(repeating: "  ", count: indent)
        switch value {
        case .string(let text): output += quote(text)
        case .int(let number): output += String(number)
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        case .array(let items) where items.isEmpty: output += "[]"
        case .object(let members) where members.isEmpty: output += "{}"
        case .array(let items):
            if items.allSatisfy(isScalar) {
                output += "[" + items.map { render($0).dropLast() }.joined(separator: ", ") + "]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += pad + "  "
                write(item, indent: indent + 1, into: &output)
                output += index < items.count - 1 ? ",\n" : "\n"
            }
            output += pad + "]"
        case .object(let members):
            output += "{\n"
            for (index, (key, item)) in members.enumerated() {
                output += pad + "  " + quote(key) + ": "
                write(item, indent: indent + 1, into: &output)
                output += index < members.count - 1 ? ",\n" : "\n"
            }
            output += pad + "}"
        }
    }

    private static func isScalar(_ value: Value) -> Bool {
        switch value {
        case .array, .object: false
        default: true
        }
    }

    static func quote(_ text: String) -> String {
        var escaped = "\""
        for (scalar, unsafe) in DisplayText.marked(text) {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            // Controls must be; what else `DisplayText` escapes (DEL, C1, a bidirectional override) is, so that the
            // file shows in review and a terminal as it is: still the same JSON.
            case _ where unsafe:
                for unit in String(scalar).utf16 {
                    escaped += "\\u" + String(repeating: "0", count: 4 - String(unit, radix: 16).count) + String(unit, radix: 16)
                }
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}

/// A decoding failure in words, naming the field: `datapacket[0].sendingid: expected an integer …`.
public enum DecodingErrorDescription {
    /// The description, with anything that could drive a terminal escaped (see `DisplayText`).
    public static func describe(_ error: any Error) -> String {
        DisplayText.escaped(words(error))
    }

    private static func words(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(let key, let context):
            return "at `\(path(context.codingPath + [key]))`: the required field is missing"
        case .valueNotFound(_, let context):
            return "at `\(path(context.codingPath))`: \(context.debugDescription)"
        case .typeMismatch(let type, let context):
            let expected = kind(of: type)
            // Foundation's words repeat the Swift type (`Expected to decode Dictionary<String, Any> but found an array
            // instead.`: a user): what was found is said as the payload has it.
            if let found = foundKind(in: context) { return "at `\(path(context.codingPath))`: expected \(expected), found \(found)" }
            // Foundation gives a `Decimal` read from another kind of value no words at all.
            let reason = context.debugDescription.isEmpty ? "the value is of another kind" : context.debugDescription
            return "at `\(path(context.codingPath))`: expected \(expected); \(reason)"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError).map { " (\($0.localizedDescription))" } ?? ""
            return "at `\(path(context.codingPath))`: \(context.debugDescription)\(underlying)"
        @unknown default:
            return "\(error)"
        }
    }

    /// A Swift type as the kind of payload value it reads: `an object`, `a list`, `text`, `an integer`, ….
    static func kind(of type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Dictionary<") { return "an object" }
        if name.hasPrefix("Array<") { return "a list" }
        switch name {
        case "String", "Substring": return "text"
        case "Int", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64": return "an integer"
        case "Double", "Float": return "a number"
        case "Decimal": return "a decimal number"
        case "Bool": return "a boolean"
        default: return name
        }
    }

    /// What Foundation's `Expected to decode … but found X instead.` says was found, in the payload's words (read as
    /// `JSONValue.Found` reads it, and text and null besides).
    static func foundKind(in context: DecodingError.Context) -> String? {
        switch JSONValue.Found(context) {
        case .array?: "a list"
        case .object?: "an object"
        case .number?: "a number"
        case .bool?: "a boolean"
        case nil:
            context.debugDescription.hasSuffix("found a string instead.") ? "text"
                : context.debugDescription.hasSuffix("found null instead.") ? "null" : nil
        }
    }

    /// `datapacket[0].packet.sendingid`, or `(top level)`.
    public static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue, isPosition(key, index) {
                text += "[\(index)]"
            } else {
                // A key can be megabytes long: shown as a value is (`DisplayText.escapedExcerpt`).
                let name = DisplayText.escapedExcerpt(key.stringValue)
                text += text.isEmpty ? name : ".\(name)"
            }
        }
        return text.isEmpty ? "(top level)" : text
    }

    /// Whether a key with an integer value is a list position rather than a map's key that reads as a number: the
    /// standard library gives `[String: T]`'s key "15551234567" (a Sinch parameter's recipient) that integer too, so
    /// it is a name unless it is one of our list positions or Foundation's ("Index 3").
    private static func isPosition(_ key: any CodingKey, _ index: Int) -> Bool {
        if let key = key as? PayloadKey, case .element = key { return true }
        return key.stringValue != String(index)
    }
}

/// A place in a payload found while reading its raw text (a field name or an array position), for error paths.
enum PayloadKey: CodingKey {
    case field(String)
    case element(Int)

    var stringValue: String {
        switch self {
        case .field(let name): name
        case .element(let index): "\(index)"
        }
    }

    var intValue: Int? {
        if case .element(let index) = self { return index }
        return nil
    }

    init(stringValue: String) { self = .field(stringValue) }
    init(intValue: Int) { self = .element(intValue) }
}

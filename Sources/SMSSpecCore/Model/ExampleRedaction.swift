import Foundation
import SMSSpecVocabulary

/// An example payload as generated code holds it: the spec's example, each credential's value in it redacted.
public struct ExampleModel {
    /// The example with `payload` and `verbatim` redacted.
    public let spec: ExampleSpec
    /// The wire names of the secret fields whose values were replaced, in the order they appear.
    public let redactedFields: [String]
}

/// A credential in an example payload would be written in the generated catalog (and printed by every tool that shows
/// examples), as a secret's default would be: the value of every field the spec marks `secret` (and every `auth`
/// field) is replaced by `DisplayText.redactedUserinfo` — a JSON string member's value, a form or query pair's value.
/// Other values, the layout and the document's words stay as written. A payload that does not parse is redacted as far
/// as it reads (lint reports it).
struct ExampleRedaction {
    let secretNames: Set<String>

    init(secretNames: Set<String>) {
        self.secretNames = secretNames
    }

    init(_ spec: ProviderSpec) {
        let secrets = spec.shapes.flatMap { $0.fields.filter(\.secret).map(\.wireName.value) }
        let credentials = spec.authentication?.kind == .fields ? spec.authentication?.fields.map(\.value) ?? [] : []
        self.init(secretNames: Set(secrets + credentials))
    }

    func model(of example: ExampleSpec) -> ExampleModel {
        var redacted = example
        var fields: [String] = []
        guard !secretNames.isEmpty else { return ExampleModel(spec: example, redactedFields: []) }
        (redacted.payload, fields) = redact(example.payload, format: example.format)
        if let verbatim = example.verbatim {
            let (text, verbatimFields) = redact(verbatim, format: example.format)
            redacted.verbatim = text
            fields += verbatimFields.filter { !fields.contains($0) }
        }
        var seen: Set<String> = []
        return ExampleModel(spec: redacted, redactedFields: fields.filter { seen.insert($0).inserted })
    }

    func redact(_ payload: String, format: EncodingKind) -> (text: String, fields: [String]) {
        format == .json ? redactJSON(payload) : redactForm(payload)
    }

    /// Each pair `name=value` (`&`-separated, the name percent-decoded) whose name is a secret's.
    private func redactForm(_ payload: String) -> (text: String, fields: [String]) {
        var fields: [String] = []
        let pairs = payload.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            guard let equals = pair.firstIndex(of: "=") else { return String(pair) }
            let rawName = pair[..<equals]
            let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines).drop { $0 == "?" }
            let decoded = String(name).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(name)
            guard secretNames.contains(decoded) else { return String(pair) }
            fields.append(decoded)
            let trailing = pair[pair.index(after: equals)...].reversed().prefix { $0.isNewline }.reversed()
            return String(rawName) + "=" + Self.formPlaceholder + String(trailing)
        }
        return (pairs.joined(separator: "&"), fields)
    }

    /// `<redacted>`, percent-encoded as a form value.
    private static let formPlaceholder = DisplayText.redactedUserinfo
        .addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "redacted"

    /// Every string value of an object member whose (unescaped) name is a secret's, at any depth.
    private func redactJSON(_ payload: String) -> (text: String, fields: [String]) {
        let bytes = Array(payload.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var fields: [String] = []
        // For each open container: whether it is an object, and (in an object) the member name last read and
        // whether the next string is a value.
        var containers: [(isObject: Bool, name: String?, expectsValue: Bool)] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                let end = Self.endOfString(bytes, from: index)
                let token = bytes[index..<end]
                if var top = containers.last, top.isObject {
                    if top.expectsValue {
                        if let name = top.name, secretNames.contains(name) {
                            fields.append(name)
                            output += Array("\"\(DisplayText.redactedUserinfo)\"".utf8)
                        } else {
                            output += token
                        }
                        top.expectsValue = false
                    } else {
                        top.name = Self.text(of: token)
                        output += token
                    }
                    containers[containers.count - 1] = top
                } else {
                    output += token
                }
                index = end
                continue
            case UInt8(ascii: "{"): containers.append((true, nil, false))
            case UInt8(ascii: "["): containers.append((false, nil, false))
            case UInt8(ascii: "}"), UInt8(ascii: "]"): if !containers.isEmpty { containers.removeLast() }
            case UInt8(ascii: ":"): if containers.last?.isObject == true { containers[containers.count - 1].expectsValue = true }
            case UInt8(ascii: ","): if containers.last?.isObject == true { containers[containers.count - 1].expectsValue = false }
            default: break
            }
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "["), containers.count >= 2 {
                // A container is the value of its member: the member's string value is no longer expected.
                containers[containers.count - 2].expectsValue = false
            }
            output.append(byte)
            index += 1
        }
        return (String(decoding: output, as: UTF8.self), fields)
    }

    /// The index after the string token starting at `start` (its closing quote, or the end of an unterminated one).
    private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return bytes.count
    }

    /// A string token's text, escapes read as JSON reads them; nil when it does not read.
    private static func text(of token: ArraySlice<UInt8>) -> String? {
        guard token.contains(UInt8(ascii: "\\")) else { return String(decoding: token.dropFirst().dropLast(), as: UTF8.self) }
        return try? JSONDecoder().decode(String.self, from: Data(token))
    }
}

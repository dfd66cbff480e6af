import Foundation

/// The fields at the top of a callback's payload, as a signature over them reads them: a form's or query's fields
/// percent-decoded (in the form's charset), a JSON object's members as their text — a string's characters, a number
/// as written, `true` or `false`. A member that is an object, a list or `null` has no text and is refused.
public enum PayloadFields {
    /// The fields of a JSON object `body`, in order; refused when one is not text, a number or a boolean — but a
    /// member outside `reading` (the fields a signature names, `CallbackSignature.fieldsRead`), which is left out — or
    /// when there are more than a signature reads (`FieldPairs.maximumFields`, every member counted, those left out
    /// too), and refused as every payload is by what its structure shows (`JSONPayload.checkedStructure`), before
    /// anything decodes it: a body of 350,000 members costs a syntax pass and bounded scans, not a decode.
    public static func json(_ body: Data, reading: Set<String>? = nil) throws(SignatureFailure) -> [(name: String, value: String)] {
        let text: Data
        do { text = try JSONPayload.utf8(body) } catch { throw .unsignableFields(DecodingErrorDescription.describe(error)) }
        // Byte-order marks after the one `utf8` drops, which the payload's decoder passes over too.
        var bytes = Array(text)
        while bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard bytes.withUnsafeBufferPointer(JSONSyntaxCheck.firstProblem(in:)) == nil else {
            // Says why: the decoder stops where the text does.
            do { _ = try JSONPayload.decode(JSONValue.self, from: text) } catch { throw .unsignableFields(DecodingErrorDescription.describe(error)) }
            throw .unsignableFields("the JSON body does not read")
        }
        guard bytes.withUnsafeBufferPointer(Self.isObject) else { throw .unsignableFields("the JSON body is no object") }
        var scanner = JSONMemberScanner(bytes: bytes, reading: reading)
        let members = try scanner.members(atMost: CallbackSignature.FieldPairs.maximumFields)
        // Checked as a payload too: depth, a number Foundation's decoder traps on, a key sent twice.
        do { _ = try JSONPayload.checkedStructure(text) } catch { throw .unsignableFields(DecodingErrorDescription.describe(error)) }
        return members
    }

    /// Whether well-formed JSON `bytes` is an object: its first byte past whitespace is `{`.
    private static func isObject(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "{")
    }

    /// A form's or query's fields (`FormDecoder.parse`), refused as the signature's when they do not read.
    public static func form(_ body: Data, charset: FormCharset = .utf8) throws(SignatureFailure) -> [(name: String, value: String)] {
        do { return try FormDecoder.parse(body, charset: charset) } catch {
            throw .unreadableForm(DecodingErrorDescription.describe(error))
        }
    }

    /// The value of the field `name`; nil when there is none, refused when there are two.
    static func value(of name: String, in fields: [(name: String, value: String)]) throws(SignatureFailure) -> String? {
        let values = fields.lazy.filter { $0.name == name }.prefix(2).map(\.value)
        guard values.count < 2 else { throw .repeatedField(name) }
        return values.first
    }
}

extension CallbackSignature.FieldPairs {
    /// The signed text of `fields`: each but the one `carrier` names (a signature in a header leaves none out) sorted
    /// by name then value byte by byte — or those `names` lists, in its order, each sent once (refused when absent or
    /// sent twice) — an empty one left out if `omitsEmpty`, written by `pair` with the value's replacements made,
    /// joined by `separator`.
    func text(of fields: [(name: String, value: String)], leavingOut carrier: CallbackSignature.Place) throws(SignatureFailure) -> [UInt8] {
        guard fields.count <= Self.maximumFields else {
            throw .unsignableFields("the payload has \(fields.count) fields; a signature over them reads at most \(Self.maximumFields)")
        }
        guard let layout else { return [] }  // A spec's pair holds its placeholders (lint).
        let signed = try signedFields(of: fields, leavingOut: carrier)
        // A replacement is made per scalar, as providers' byte replacements do: `&` before a combining mark is still `&`.
        let replaced = Dictionary(replacements.compactMap { replacement in
            replacement.character.unicodeScalars.count == 1 ? (replacement.character.unicodeScalars.first!, replacement.text) : nil
        }, uniquingKeysWith: { first, _ in first })
        var bytes: [UInt8] = []
        for (index, field) in signed.enumerated() {
            if index > 0 { bytes += separator.utf8 }
            var value = ""
            for scalar in field.value.unicodeScalars {
                if let text = replaced[scalar] { value += text } else { value.unicodeScalars.append(scalar) }
            }
            let name = writesName ? field.name : ""
            let (first, second) = layout.nameFirst ? (name, value) : (value, name)
            bytes += (layout.texts[0] + first + layout.texts[1] + second + layout.texts[2]).utf8
        }
        return bytes
    }

    /// The fields signed, in order, an empty one left out if `omitsEmpty`: those `names` lists, each once, or every
    /// one but the code's, sorted, none of whose names holds a boundary (a forger's made-up name could sign the text
    /// of the fields it replaced; a listed name is the spec's).
    private func signedFields(
        of fields: [(name: String, value: String)], leavingOut carrier: CallbackSignature.Place
    ) throws(SignatureFailure) -> [(name: String, value: String)] {
        if let names {
            var listed: [(name: String, value: String)] = []
            for name in names {
                guard let value = try PayloadFields.value(of: name, in: fields) else { throw .missingHeader(.field(name)) }
                if !(omitsEmpty && value.isEmpty) { listed.append((name, value)) }
            }
            return listed
        }
        let signed = fields.filter { field in
            if case .field(let name) = carrier, field.name == name { return false }
            return !(omitsEmpty && field.value.isEmpty)
        }
        let boundaries = boundaryScalars
        for field in signed {
            if let scalar = field.name.unicodeScalars.first(where: boundaries.contains) {
                throw .unsignableFields(
                    "the field name \(DisplayText.quotedExcerpt(field.name)) holds \(DisplayText.quoted(String(scalar))), which marks where "
                        + "a signed field starts or ends: its signed text could be other fields'")
            }
        }
        return signed.sorted {
            $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) || ($0.name == $1.name && $0.value.utf8.lexicographicallyPrecedes($1.value.utf8))
        }
    }
}

/// Reads the members of a well-formed JSON object (`JSONSyntaxCheck`): each key, and each value's text as written,
/// without building the values it refuses.
private struct JSONMemberScanner {
    let bytes: [UInt8]
    /// The members read; an object, a list or `null` outside them is skipped. nil: every member.
    let reading: Set<String>?
    var index = 0

    /// The members, refused past `limit` of them, those skipped counted too (287,023 skipped `null`s cost a decode).
    mutating func members(atMost limit: Int) throws(SignatureFailure) -> [(name: String, value: String)] {
        var members: [(name: String, value: String)] = []
        var count = 0
        skipWhitespace()
        index += 1  // {
        skipWhitespace()
        while index < bytes.count, bytes[index] != UInt8(ascii: "}") {
            count += 1
            guard count <= limit else {
                throw .unsignableFields("the payload has more than \(limit) fields; a signature over them reads at most \(limit)")
            }
            let name = try string()
            skipWhitespace()
            index += 1  // :
            skipWhitespace()
            let value: String?
            switch bytes[index] {
            case UInt8(ascii: "\""): value = try string()
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "n"):
                guard reading?.contains(name) ?? true else {
                    skipValue()
                    value = nil
                    break
                }
                let kind = bytes[index] == UInt8(ascii: "{") ? "an object" : bytes[index] == UInt8(ascii: "[") ? "a list" : "null"
                throw .unsignableFields(
                    "the member \(DisplayText.quotedExcerpt(name)) is \(kind); a signature over the payload's fields reads text, numbers and booleans")
            default:  // A number or a boolean: its text as written.
                let start = index
                while index < bytes.count, !Self.ends(bytes[index]) { index += 1 }
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                guard text == "true" || text == "false" || JSONNumber(jsonText: text) != nil else {
                    throw .unsignableFields("the member \(DisplayText.quotedExcerpt(name)) is \(DisplayText.escapedExcerpt(text)), a number beyond what a Double holds")
                }
                value = text
            }
            if let value { members.append((name, value)) }
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: ",") { index += 1 }
            skipWhitespace()
        }
        return members
    }

    /// The JSON string at `index`, unescaped as the decoder reads it; one without escapes is its UTF-8 bytes.
    private mutating func string() throws(SignatureFailure) -> String {
        let start = index
        var escaped = false
        index += 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            escaped = escaped || bytes[index] == UInt8(ascii: "\\")
            index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        index += 1
        guard escaped else { return String(decoding: bytes[(start + 1)..<min(index - 1, bytes.count)], as: UTF8.self) }
        let token = Data(bytes[start..<min(index, bytes.count)])
        do { return try JSONDecoder().decode(String.self, from: token) } catch {
            throw .unsignableFields(DecodingErrorDescription.describe(error))
        }
    }

    /// Moves past the object, list or `null` at `index` (checked JSON: brackets balance outside strings).
    private mutating func skipValue() {
        var depth = 0
        repeat {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1 }
                index += 1
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1; index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1; index += 1
            case _ where depth == 0:  // null
                while index < bytes.count, !Self.ends(bytes[index]) { index += 1 }
            default: index += 1  // inside: a number, a letter, a comma, a colon, a space
            }
        } while index < bytes.count && depth > 0
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private static func ends(_ byte: UInt8) -> Bool {
        [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "}")].contains(byte)
    }
}

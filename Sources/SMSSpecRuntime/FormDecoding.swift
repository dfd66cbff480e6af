import Foundation

/// Decodes `application/x-www-form-urlencoded` bodies and query strings (`a=1&b=x`) into generated types.
/// Every value is text on such a wire, so numbers and booleans are read from text.
///
/// Strict where leniency could change a value: a field that is not a list may appear once (a repeated one is an
/// error, never silently one of its values); every name and value must be valid in `charset` after
/// percent-decoding — UTF-8 unless the body declares another (`FormCharset(contentType:)`); a byte-order mark is
/// kept, not dropped —; at most `PayloadLimits.maximumFormFields` fields. A `%` not followed by two hex digits is
/// kept as it is, as browsers do.
public struct FormDecoder: Sendable {
    /// The encoding the percent-decoded bytes are read in.
    public var charset: FormCharset

    public init(charset: FormCharset = .utf8) {
        self.charset = charset
    }

    /// A form given as text: its characters are written in `charset` first (a raw `é` stays `é`, as `%E9` is
    /// read back as it in ISO-8859-1); a character `charset` cannot write is an error.
    public func decode<Value: Decodable>(_ type: Value.Type, from text: String) throws -> Value {
        guard let bytes = charset.bytes(of: text) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [], debugDescription: "The form holds characters \(charset.rawValue) cannot write."))
        }
        return try decode(type, from: Data(bytes))
    }

    public func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        // `parse` checked each name and value as it read it.
        try Value(from: FormFieldsDecoder(fields: FormFields(try Self.parse(data, charset: charset)), codingPath: []))
    }

    /// Fields read already (a plain-text answer's, `TextAnswer`), each value read as a form's.
    public func decode<Value: Decodable>(_ type: Value.Type, fromFields fields: [(name: String, value: String)]) throws -> Value {
        // Fields from anywhere, checked before they are looked up by name, as `parse` checks what it reads.
        for (index, field) in fields.enumerated() {
            try Self.checkStreamSafe(field.name, field: nil, index: index)
            try Self.checkStreamSafe(field.value, field: field.name, index: index)
        }
        return try Value(from: FormFieldsDecoder(fields: FormFields(fields), codingPath: []))
    }

    /// Text with more combining marks in a row than `StreamSafeText` allows is refused: comparing it takes time in the
    /// square of the run.
    static func checkStreamSafe(_ text: String, field: String?, index: Int) throws {
        guard StreamSafeText.firstExcess(in: text) != nil else { return }
        let what = field.map { "The value of field \(DisplayText.quotedExcerpt($0))" } ?? "The name of field \(index + 1)"
        throw DecodingError.dataCorrupted(.init(
            codingPath: field.map { [PayloadKey.field($0)] } ?? [],
            debugDescription: "\(what) \(StreamSafeText.excess)"))
    }

    /// The name/value pairs of a form body or query string, in order.
    ///
    /// A query string may come with its `?` or as a whole URL (`https://host/path?a=1`, `/path?a=1`). Only then is
    /// anything before a `?` dropped: in a form body a `?` is part of a value (`url=https://x/cb?k=1&to=…` keeps
    /// `https://x/cb?k=1` as `url`, and `to` as its own field). Names and values are read in `charset`.
    public static func parse(_ data: Data, charset: FormCharset = .utf8) throws -> [(name: String, value: String)] {
        // A UTF-8 byte-order mark that starts the text is its encoding's, as for JSON: not part of the first name
        // (which would lose that field, or hide that it is sent twice). A percent-encoded one is a byte of a value.
        // Under another charset it contradicts the one declared: read in it, it would change the first name.
        let marked = data.starts(with: [0xEF, 0xBB, 0xBF])
        guard !marked || charset == .utf8 else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [], debugDescription: "The form starts with a UTF-8 byte-order mark but declares charset \(charset.rawValue)."))
        }
        let bytes = queryPart(of: trimmed(Array(marked ? data.dropFirst(3) : data)))
        // A JSON object or list read as a form is one field named by the whole text: every real field then read as
        // missing, or, all of them optional, as absent (a `[form, json]` callback posted as `text/plain` JSON answered
        // 200 with nothing in it: an attack). No form's first name starts so.
        // JSON in UTF-16 or UTF-32 too, whose first byte is a mark or zero.
        if let first = [bytes.first, JSONPayload.opening(of: data)].lazy.compactMap({ $0 }).first(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }) {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [], debugDescription: "The form is JSON (it starts with '\(Character(Unicode.Scalar(first)))'), not name=value fields."))
        }
        var fields: [(name: String, value: String)] = []
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            guard fields.count < PayloadLimits.maximumFormFields else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: [], debugDescription: "The form has more than \(PayloadLimits.maximumFormFields) fields, the limit."))
            }
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try text(unescape(parts[0]), in: charset, field: nil, index: fields.count)
            let value = parts.count > 1 ? try text(unescape(parts[1]), in: charset, field: name, index: fields.count) : ""
            fields.append((name, value))
        }
        return fields
    }

    public static func parse(_ text: String) throws -> [(name: String, value: String)] { try parse(Data(text.utf8)) }

    private static func trimmed(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        let isSpace: (UInt8) -> Bool = { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else {
            return []
        }
        return bytes[first...last]
    }

    /// The part after `?` when `bytes` is `?query`, an absolute URL or an absolute path; else all of it.
    private static func queryPart(of bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard let mark = bytes.firstIndex(of: UInt8(ascii: "?")) else { return bytes }
        let before = String(decoding: bytes[..<mark], as: UTF8.self)
        let isURL = before.isEmpty || Patterns.matches(before, #"^(?:[A-Za-z][A-Za-z0-9+.-]*://[^\s=&/?#]+)?(?:/[^\s=&?#]*)?$"#)
        return isURL ? bytes[(mark + 1)...] : bytes
    }

    /// `+` as space and `%XX` as the byte it names.
    private static func unescape(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex, let high = HexDigit.value(bytes[index + 1]),
                let low = HexDigit.value(bytes[index + 2])
            {
                result.append(high << 4 | low)
                index += 3
                continue
            }
            result.append(byte == UInt8(ascii: "+") ? 0x20 : byte)
            index += 1
        }
        return result
    }

    /// The decoded bytes as text; bytes invalid in `charset` are an error naming the field (or the position of a
    /// bad name).
    private static func text(_ bytes: [UInt8], in charset: FormCharset, field: String?, index: Int) throws -> String {
        if let text = charset.text(bytes) {
            // Before anything compares or hashes it (the fields by name, a code's table).
            try checkStreamSafe(text, field: field, index: index)
            return text
        }
        let what = field.map { "The value of field \(DisplayText.quotedExcerpt($0))" } ?? "The name of field \(index + 1)"
        throw DecodingError.dataCorrupted(.init(
            codingPath: field.map { [PayloadKey.field($0)] } ?? [],
            debugDescription: "\(what) is not valid \(charset.rawValue) after percent-decoding."))
    }
}

/// The fields by name, each with every value it was given in order; built once, so look-ups stay linear overall.
/// PHP's and Rails' indexed lists (`data[0]=…&data[1]=…`, SMS.ru's reports) are read as the list `data[]` too, by
/// their indexes (`data[1]=b&data[0]=a` is `[a, b]`); each indexed field stays readable by its own name. Indexes that
/// are not 0 to n − 1 each once, as PHP writes positions (`data[0]` twice, `data[5]` alone, `data[00]`), or beside a
/// `data[]` of the form's own, make no list, which reading `data[]` says (PHP would make an object of them, or keep the
/// last of a repeated index).
/// `names` (a keyed container's keys) lists what the form sent; the whole form's object holds the lists too, so that
/// the spec-file rules (`smsspec validate`, lint's examples), which read it, see the list the generated decoding reads.
private struct FormFields {
    let names: [String]
    let valuesByName: [String: [String]]
    /// Indexed lists whose indexes are not 0 to n − 1 each once, or that the form also sends as `data[]`, with what is
    /// wrong and each value by its index.
    let misnumberedLists: [String: (problem: String, byIndex: [(index: String, value: String)])]

    init(_ fields: [(name: String, value: String)]) {
        var names: [String] = []
        var valuesByName: [String: [String]] = [:]
        for (name, value) in fields {
            if valuesByName[name] == nil { names.append(name) }
            valuesByName[name, default: []].append(value)
        }
        var indexed: [String: [(index: String, value: String)]] = [:]
        for (name, value) in fields {
            if let (list, index) = IndexedFormNames.listName(ofIndexed: name) { indexed[list, default: []].append((index, value)) }
        }
        var misnumbered: [String: (problem: String, byIndex: [(index: String, value: String)])] = [:]
        for (list, elements) in indexed {
            var ordered = [String?](repeating: nil, count: elements.count)
            // PHP appends `data[]` and sets `data[0]` over it; which the sender meant is unknown (an attack: one was dropped).
            var problem: String? = valuesByName[list] == nil ? nil : "it is sent both as \(DisplayText.quotedExcerpt(list)) and by index"
            for (index, value) in elements where problem == nil {
                // `00` is a key to PHP, no index (an attack: read as 0).
                guard let position = Int(index), String(position) == index, position < elements.count else {
                    problem = Int(index).map { String($0) == index } == false
                        ? "index \(DisplayText.quotedExcerpt(index)) is written with a leading zero, which PHP reads as a name, not a position"
                        : "index \(DisplayText.quotedExcerpt(index)) is past its \(elements.count) element(s)"
                    continue
                }
                guard ordered[position] == nil else {
                    problem = "index \(position) is sent twice"
                    continue
                }
                ordered[position] = value
            }
            if let problem {
                misnumbered[list] = (problem, elements)
            } else {
                valuesByName[list] = ordered.map { $0 ?? "" }
            }
        }
        self.names = names
        self.valuesByName = valuesByName
        misnumberedLists = misnumbered
    }
}

/// A decoder of a whole form, which `JSONValue` reads as the object of its fields.
protocol WholeFormDecoding {
    /// Each field by name: its text, or the list of its texts when it is repeated (`to=1&to=2`).
    var fieldsAsObject: JSONValue { get }
}

private struct FormFieldsDecoder: Decoder, WholeFormDecoding {
    var fieldsAsObject: JSONValue {
        var object: [String: JSONValue] = [:]
        for (name, values) in fields.valuesByName {
            object[name] = values.count == 1 ? .string(values[0]) : .array(values.map(JSONValue.string))
        }
        // Misnumbered indexes make an object keyed by them, as PHP makes one: no list, which the rules then say.
        for (name, misnumbered) in fields.misnumberedLists {
            object[name] = .object(Dictionary(misnumbered.byIndex.map { ($0.index, JSONValue.string($0.value)) }, uniquingKeysWith: { _, last in last }))
        }
        return .object(object)
    }

    let fields: FormFields
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(FormKeyedContainer<Key>(fields: fields, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch(
            [Any].self, .init(codingPath: codingPath, debugDescription: "A form body is a set of named fields, not a list."))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(
            String.self, .init(codingPath: codingPath, debugDescription: "A form body is a set of named fields, not one value."))
    }
}

private struct FormKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let fields: FormFields
    let codingPath: [any CodingKey]

    var allKeys: [Key] { fields.names.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { fields.valuesByName[key.stringValue] != nil || fields.misnumberedLists[key.stringValue] != nil }

    private func values(for key: Key) throws -> [String] {
        if let misnumbered = fields.misnumberedLists[key.stringValue] {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath + [key],
                debugDescription: "The indexed fields of list \"\(key.stringValue)\" are not numbered 0 to n − 1 each once: \(misnumbered.problem)."))
        }
        guard let found = fields.valuesByName[key.stringValue] else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "Required field \"\(key.stringValue)\" is missing."))
        }
        return found
    }

    func decodeNil(forKey key: Key) throws -> Bool { false }

    /// Whether an optional number or boolean is there to read: sent, and not sent empty or blank (`units=`, as
    /// gateways leave an unset field; `units=+`, padded): such text is no number, and a form has no null. One
    /// look-up, as `contains` was.
    private func isPresent(_ key: Key) -> Bool {
        guard fields.misnumberedLists[key.stringValue] == nil else { return true }
        guard let texts = fields.valuesByName[key.stringValue] else { return false }
        return !Self.isBlank(texts)
    }

    /// One value, empty or of whitespace alone.
    private static func isBlank(_ texts: [String]) -> Bool { texts.count == 1 && texts[0].trimmingWhitespace.isEmpty }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { isPresent(key) ? try decode(type, forKey: key) : nil }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { isPresent(key) ? try decode(type, forKey: key) : nil }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { isPresent(key) ? try decode(type, forKey: key) : nil }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { isPresent(key) ? try decode(type, forKey: key) : nil }

    /// Any other optional field sent empty is absent as well when its type reads no value from the empty text (a
    /// number, a union of numbers and lists, a list of numbers): `count=` was an error beside `units=`, absent. Text
    /// keeps its empty value, a code its empty text (`unknown("")`), and a union with a text variant reads it.
    func decodeIfPresent<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value? {
        // A misnumbered list says why it is none, even sent empty beside its indexes (`data[]=&data[0]=y`: a review).
        guard let texts = fields.valuesByName[key.stringValue], fields.misnumberedLists[key.stringValue] == nil else {
            return isPresent(key) ? try decode(type, forKey: key) : nil
        }
        guard Self.isBlank(texts) else { return try decode(type, forKey: key) }
        return try? decode(type, forKey: key)
    }

    /// An `Int` field: its text with any padding or sign ("007" is 7). Codes read numbers through the generic
    /// `decode` instead, which takes only an integer's own digits (see `FormTextDecoder.decode`).
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        try FormTextDecoder(texts: try values(for: key), codingPath: codingPath + [key]).decodeInteger()
    }

    /// A `Bool` field: `1`, `yes`, `true` in any case (see `Bool(wireText:)`). Codes read flags through the generic
    /// `decode` instead, which takes only `true` and `false`.
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        try FormTextDecoder(texts: try values(for: key), codingPath: codingPath + [key]).decode(type)
    }

    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        let decoder = FormTextDecoder(texts: try values(for: key), codingPath: codingPath + [key])
        // A scalar is read from its text (a `Decimal` would otherwise ask for the keyed form it encodes itself as);
        // a list takes every repetition, a single value refuses more than one (see `FormTextDecoder.decode`).
        if Value.self is any LenientScalar.Type || Value.self is any LosslessStringConvertible.Type { return try decoder.decode(type) }
        return try Value(from: decoder)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw DecodingError.typeMismatch(
            [String: Any].self, .init(codingPath: codingPath + [key], debugDescription: "Form fields cannot nest."))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        FormTextList(texts: try values(for: key), codingPath: codingPath + [key])
    }

    func superDecoder() throws -> any Decoder { FormFieldsDecoder(fields: fields, codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder {
        FormTextDecoder(texts: try values(for: key), codingPath: codingPath + [key])
    }
}

/// One field's text (or, for a list, every repetition of it).
private struct FormTextDecoder: Decoder, SingleValueDecodingContainer {
    let texts: [String]
    let codingPath: [any CodingKey]
    /// How many types decoding themselves from this text wrap the one being decoded.
    var nesting = 0
    static let maximumNesting = 8
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        throw DecodingError.typeMismatch(
            [String: Any].self, .init(codingPath: codingPath, debugDescription: "Form fields cannot nest."))
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { FormTextList(texts: texts, codingPath: codingPath, nesting: nesting) }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { false }

    /// A `Bool` field, read leniently; a code's flag comes through the generic `decode`, which reads only `true`
    /// and `false`.
    func decode(_ type: Bool.Type) throws -> Bool { try read(type, flagsExactly: false) }

    /// A scalar takes one text: a repeated field is an error, never silently one of its values. Any other type reads
    /// itself from every repetition (a list, or a union whose list variant takes `to=a&to=b`); a scalar inside it
    /// refuses them in turn.
    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value { try read(type, flagsExactly: true) }

    private func read<Value: Decodable>(_ type: Value.Type, flagsExactly: Bool) throws -> Value {
        let isScalar = Value.self is any LenientScalar.Type || Value.self is any LosslessStringConvertible.Type
        guard texts.count <= 1 || !isScalar else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath, debugDescription: "The field appears \(texts.count) times; it takes one value."))
        }
        let text = texts.first ?? ""
        // A code (its table written as numbers) reads an `Int` here first: text that is not the number's own
        // spelling ("0012", "+12", " 12") is then read as text, so an undocumented code keeps it and is written back
        // as it came. `Int` fields read through `decodeInteger`, which takes any such spelling.
        if Value.self == Int.self, Int(text).map(String.init) != text {
            throw DecodingError.typeMismatch(
                Value.self, .init(codingPath: codingPath, debugDescription: "\(DisplayText.quotedExcerpt(text)) is not an integer's own digits."))
        }
        // A success flag's code likewise reads only `true` and `false`: `1` or `TRUE` is the code as sent, documented
        // only where an alias says so (a `Bool` field reads them through `decode(Bool.self)`).
        if flagsExactly, Value.self == Bool.self, text != "true", text != "false" {
            throw DecodingError.typeMismatch(
                Value.self, .init(codingPath: codingPath, debugDescription: "\(DisplayText.quotedExcerpt(text)) is not true or false."))
        }
        if let scalarType = Value.self as? any LenientScalar.Type {
            guard let value = scalarType.init(wireText: text) as? Value else {
                throw DecodingError.typeMismatch(
                    Value.self,
                    .init(codingPath: codingPath, debugDescription: "\(DisplayText.quotedExcerpt(text)) is not \(scalarType.wireDescription).\(scalarType.refusalNote(for: text))"))
            }
            return value
        }
        // Other standard scalars (Int8, UInt, Float, …) would otherwise call back here for ever.
        if let convertible = Value.self as? any LosslessStringConvertible.Type {
            guard let value = convertible.init(text.trimmingWhitespace) as? Value else {
                throw DecodingError.typeMismatch(
                    Value.self, .init(codingPath: codingPath, debugDescription: "\(DisplayText.quotedExcerpt(text)) is not a \(Value.self)."))
            }
            return value
        }
        // A type decoding itself from this one text wraps another type; a few levels are plenty.
        guard nesting < Self.maximumNesting else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: codingPath, debugDescription: "\(Value.self) decodes through more than \(Self.maximumNesting) wrappers."))
        }
        return try Value(from: FormTextDecoder(texts: texts, codingPath: codingPath, nesting: nesting + 1))
    }
}

/// One form field's text, for a type that reads its value from the text itself (`JSONNumber`).
protocol FormFieldText {
    /// The text; a field sent more than once is an error, as for any scalar.
    func fieldText() throws -> String
}

extension FormTextDecoder: FormFieldText {
    func fieldText() throws -> String { try decode(String.self) }
}

extension FormTextDecoder {
    /// An `Int` field's value, with any padding, sign or surrounding whitespace.
    func decodeInteger() throws -> Int {
        guard texts.count <= 1 else { return try decode(Int.self) }
        let text = texts.first ?? ""
        guard let value = Int(wireText: text) else {
            throw DecodingError.typeMismatch(
                Int.self, .init(codingPath: codingPath, debugDescription: "\(DisplayText.quotedExcerpt(text)) is not \(Int.wireDescription).\(Int.refusalNote(for: text))"))
        }
        return value
    }
}

private struct FormTextList: UnkeyedDecodingContainer {
    let texts: [String]
    let codingPath: [any CodingKey]
    /// The nesting of the decoder the list is read from, kept by its elements: a type that holds a list of itself
    /// (a union with a `[Self]` variant) would otherwise read one text through ever more levels, until the stack ends.
    let nesting: Int
    var currentIndex = 0
    var count: Int? { texts.count }
    var isAtEnd: Bool { currentIndex >= texts.count }

    init(texts: [String], codingPath: [any CodingKey], nesting: Int = 0) {
        self.texts = texts
        self.codingPath = codingPath
        self.nesting = nesting
    }

    mutating func decodeNil() throws -> Bool { false }

    /// An element; a list of `Int`s reads each as an `Int` field (any padding or sign), a code as a code.
    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        let element = try next(Value.self)
        if Value.self == Int.self, let number = try element.decodeInteger() as? Value { return number }
        if Value.self == Bool.self, let flag = try element.decode(Bool.self) as? Value { return flag }
        return try element.decode(Value.self)
    }

    private mutating func next<Value>(_ type: Value.Type) throws -> FormTextDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(Value.self, .init(codingPath: codingPath, debugDescription: "No more values."))
        }
        defer { currentIndex += 1 }
        // Each element at a place of its own, as Foundation's decoders name it: `UnionReads` keeps reads by place.
        return FormTextDecoder(texts: [texts[currentIndex]], codingPath: codingPath + [PayloadKey.element(currentIndex)], nesting: nesting)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw DecodingError.typeMismatch(
            [String: Any].self, .init(codingPath: codingPath, debugDescription: "Form fields cannot nest."))
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "Form fields cannot nest."))
    }
    mutating func superDecoder() throws -> any Decoder { FormTextDecoder(texts: texts, codingPath: codingPath, nesting: nesting) }
}

import Foundation
@_spi(Generated) import SMSSpecRuntime
import Testing

/// Codes read and written in place under a key (no nested decoder or encoder) give exactly what the nested
/// `Code(from:)` and `encode(to:)` give, for every kind of value a provider sends; annotation still works.
@Suite struct InPlaceCodeTests {
    /// A numeric table written as zero-padded text, like Bind's DLR errors.
    enum Padded: StatusCode {
        case ok, absent
        case unknown(WireCode)
        typealias RawCode = Int
        static let table = StatusTable(
            provider: "test", id: "Padded", title: "Padded", source: "test", isNumeric: true, wireFormat: .string(minimumDigits: 3),
            rows: [.row("0", "Delivered", outcome: .success), .row("27", "Absent subscriber", category: .recipientUnavailable)])
        init(wireCode: WireCode) { self = Self.table.row(of: wireCode).map { [Padded.ok, .absent][$0] } ?? .unknown(wireCode) }
        var wireCode: WireCode {
            switch self {
            case .ok: "000"
            case .absent: "027"
            case .unknown(let code): code
            }
        }
    }

    /// A numeric table written as JSON numbers: read as a number first.
    enum Numbered: StatusCode {
        case ok
        case unknown(WireCode)
        typealias RawCode = Int
        static let table = StatusTable(
            provider: "test", id: "Numbered", title: "Numbered", source: "test", isNumeric: true, wireFormat: .number,
            rows: [.row("0", "Success", outcome: .success)])
        init(wireCode: WireCode) { self = Self.table.row(of: wireCode) == nil ? .unknown(wireCode) : .ok }
        var wireCode: WireCode {
            switch self {
            case .ok: 0
            case .unknown(let code): code
            }
        }
    }

    enum Color: OpenEnum {
        case red
        case unknown(WireCode)
        static let knownCases: [Color] = [.red]
        init(wireValue: WireCode) { self = wireValue == "red" ? .red : .unknown(wireValue) }
        var wireValue: WireCode {
            switch self {
            case .red: "red"
            case .unknown(let value): value
            }
        }
    }

    /// Synthesized `Codable`: its `decode(_:forKey:)` calls are the in-place overloads.
    struct Message: Codable, Equatable {
        var padded: Padded
        var numbered: Numbered
        var color: Color
        var optionalPadded: Padded?
        var optionalColor: Color?
    }

    /// An explicit `encode(to:)` as generated code writes one, passing its encoder's user info.
    struct Written: Encodable {
        var padded: Padded
        var optionalPadded: Padded? = nil
        enum CodingKeys: String, CodingKey { case padded, optionalPadded }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeCode(padded, forKey: .padded, userInfo: encoder.userInfo)
            try container.encodeCodeIfPresent(optionalPadded, forKey: .optionalPadded, userInfo: encoder.userInfo)
        }
    }

    static let values = [#""000""#, "0", #"" 27 ""#, "27", #""""#, #""N/A""#, "12.5", "1e30", "99999999999999999999", "true", "null", #""red""#, "-3"]

    @Test(arguments: values) func inPlaceEqualsNested(_ value: String) throws {
        func alone<Code: Decodable>(_ type: Code.Type) throws -> Code { try JSONDecoder().decode(type, from: Data(value.utf8)) }
        let json = #"{"padded": \#(value), "numbered": \#(value), "color": \#(value), "optionalPadded": \#(value), "optionalColor": \#(value)}"#
        let message = try JSONDecoder().decode(Message.self, from: Data(json.utf8))
        let (padded, numbered, color) = (try alone(Padded.self), try alone(Numbered.self), try alone(Color.self))
        #expect(message.padded == padded && message.numbered == numbered && message.color == color)
        #expect(message.optionalPadded == (value == "null" ? nil : padded))
        #expect(message.optionalColor == (value == "null" ? nil : color))
        // Written back in place, each decodes again to itself: the same JSON kind and text.
        let written = try JSONEncoder().encode(message)
        let reread = try JSONDecoder().decode(Message.self, from: written)
        #expect(reread == message)
        let nested = String(decoding: try JSONEncoder().encode(message.padded), as: UTF8.self)
        let inPlace = String(decoding: try JSONEncoder().encode(Written(padded: message.padded)), as: UTF8.self)
        #expect(inPlace == #"{"padded":\#(nested)}"#)
    }

    @Test func knownCodesMatchWhateverTheirSpelling() throws {
        let message = try JSONDecoder().decode(
            Message.self, from: Data(#"{"padded": " 27 ", "numbered": "000", "color": "red", "optionalPadded": 0}"#.utf8))
        #expect(message == Message(padded: .absent, numbered: .ok, color: .red, optionalPadded: .ok, optionalColor: nil))
        #expect(String(decoding: try JSONEncoder().encode(Written(padded: .absent)), as: UTF8.self) == #"{"padded":"027"}"#)
    }

    @Test func aMissingOrMisshapenCodeIsNamed() throws {
        let missing = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(Message.self, from: Data(#"{"numbered": 0, "color": "red"}"#.utf8))
        }
        #expect(DecodingErrorDescription.describe(missing) == "at `padded`: the required field is missing")
        let list = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(Message.self, from: Data(#"{"padded": [1], "numbered": 0, "color": "red"}"#.utf8))
        }
        #expect(DecodingErrorDescription.describe(list).hasPrefix("at `padded`: "))
        #expect(DecodingErrorDescription.describe(list).contains("not a list or an object"))
    }

    @Test func encodeCodeAnnotatesWhenAsked() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        encoder.userInfo[.annotateStatusCodes] = true
        let text = String(decoding: try encoder.encode(Written(padded: .absent, optionalPadded: .unknown(12))), as: UTF8.self)
        #expect(text.contains(#""padded":{"category":"recipientUnavailable","code":"027","meaning":"Absent subscriber""#), "\(text)")
        #expect(text.contains(#""optionalPadded":{"category":"unknown","code":12,"#), "\(text)")
    }

    /// A JSON field under a key, written through the in-place overload or through `JSONValue.encode(to:)`.
    struct JSONField: Encodable {
        let value: JSONValue?
        let inPlace: Bool
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: FieldKey.self)
            if inPlace { try container.encodeIfPresent(value, forKey: "value") } else { try encodeNested(value, into: &container) }
        }
        private func encodeNested<Value: Encodable>(_ value: Value?, into container: inout KeyedEncodingContainer<FieldKey>) throws {
            try container.encodeIfPresent(value, forKey: "value")
        }
    }

    @Test(arguments: [
        #""text""#, #""""#, "true", "false", "null", "0", "-63", "12.5", "9007199254740993", "18446744073709551615",
        "1e30", "-0.000001", #"[1, "a", null, {"b": [true]}]"#, #"{"z": 1, "a": {"n": null}}"#, "[]", "{}",
    ]) func jsonFieldsWrittenInPlaceEqualNested(_ json: String) throws {
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let inPlace = try encoder.encode(JSONField(value: value, inPlace: true))
        #expect(inPlace == (try encoder.encode(JSONField(value: value, inPlace: false))))
        #expect(try JSONDecoder().decode([String: JSONValue].self, from: inPlace)["value"] == value)
        #expect(try encoder.encode(JSONField(value: nil, inPlace: true)) == Data("{}".utf8))
    }

    /// A JSON field under a key, read through the in-place overloads or through `JSONValue(from:)`.
    struct JSONFields: Decodable, Equatable {
        let required: JSONValue
        let optional: JSONValue?
        init(required: JSONValue, optional: JSONValue?) { (self.required, self.optional) = (required, optional) }
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: FieldKey.self)
            if decoder.userInfo[.nested] as? Bool == true {
                (required, optional) = try (Self.nested(container, "required"), Self.nestedIfPresent(container, "optional"))
            } else {
                (required, optional) = try (container.decode(JSONValue.self, forKey: "required"), container.decodeIfPresent(JSONValue.self, forKey: "optional"))
            }
        }
        private static func nested<Value: Decodable>(_ container: KeyedDecodingContainer<FieldKey>, _ key: FieldKey) throws -> Value {
            try container.decode(Value.self, forKey: key)
        }
        private static func nestedIfPresent<Value: Decodable>(_ container: KeyedDecodingContainer<FieldKey>, _ key: FieldKey) throws -> Value? {
            try container.decodeIfPresent(Value.self, forKey: key)
        }
    }

    @Test(arguments: [
        #""text""#, #""""#, "true", "false", "null", "0", "-63", "12.5", "9007199254740993", "1e30",
        #"[1, "a", null, {"b": [true]}]"#, #"{"z": 1, "a": {"n": null}}"#, "[]", "{}",
    ]) func jsonFieldsReadInPlaceEqualNested(_ json: String) throws {
        let payloads = [#"{"required": \#(json), "optional": \#(json)}"#, #"{"required": \#(json)}"#]
        for payload in payloads {
            let inPlace = try JSONDecoder().decode(JSONFields.self, from: Data(payload.utf8))
            let nestedDecoder = JSONDecoder()
            nestedDecoder.userInfo[.nested] = true
            #expect(inPlace == (try nestedDecoder.decode(JSONFields.self, from: Data(payload.utf8))), "\(payload)")
            #expect(inPlace.required == (try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))))
        }
    }

    @Test func aMissingJSONFieldIsNamedAndFormTextStaysText() throws {
        let missing = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(JSONFields.self, from: Data(#"{"optional": 1}"#.utf8))
        }
        #expect(DecodingErrorDescription.describe(missing) == "at `required`: the required field is missing")
        let form = try FormDecoder().decode(JSONFields.self, from: "required=12&optional=true")
        #expect(form == JSONFields(required: .string("12"), optional: .string("true")))
    }
}

extension CodingUserInfoKey {
    /// Set on a decoder for `InPlaceCodeTests.JSONFields` to read through the generic, nested path.
    fileprivate static let nested = CodingUserInfoKey(rawValue: "test.nested")!
}

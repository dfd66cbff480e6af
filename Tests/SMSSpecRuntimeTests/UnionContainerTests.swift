import Foundation
@_spi(Generated) import SMSSpecRuntime
import Testing

/// A union failing every variant says why the variant reading the value's kind failed, and where.
@Suite struct UnionContainerTests {
    struct Item: Codable { let id: Int }

    /// As generated: a number, a list of items, or one item.
    enum Value: Decodable {
        case number(Int)
        case items([Item])
        case item(Item)

        init(from decoder: any Decoder) throws {
            var container = try UnionContainer(decoder)
            if let value = container.decode(Int.self, reads: .number) {
                self = .number(value)
                return
            }
            if let value = container.decode([Item].self, reads: .array) {
                self = .items(value)
                return
            }
            if let value = container.decode(Item.self, reads: .object) {
                self = .item(value)
                return
            }
            throw container.failure(expected: "`Int` or `[Item]` or `Item`")
        }
    }

    struct Holder: Decodable { let value: Value }

    static func failure(_ json: String) -> String {
        do {
            _ = try JSONDecoder().decode(Holder.self, from: Data(#"{"value": \#(json)}"#.utf8))
            return "decoded"
        } catch {
            return DecodingErrorDescription.describe(error)
        }
    }

    @Test func theVariantReadingTheKindSaysWhy() {
        #expect(Self.failure(#"[{"id": 1}, {"id": 2}]"#) == "decoded")
        #expect(Self.failure(#"[{"id": 1}, {"id": 2}, {}]"#) == "at `value[2].id`: the required field is missing")
        #expect(Self.failure(#"{"id": "7"}"#) == "at `value.id`: expected an integer, found text")
        // Foundation's own error for a number the variant cannot hold names no place: the union's words do.
        #expect(Self.failure("1.5") == "at `value`: Expected `Int` or `[Item]` or `Item`.")
        for json in [#""7""#, "true", "null"] {
            #expect(Self.failure(json) == "at `value`: Expected `Int` or `[Item]` or `Item`.")
        }
    }

    /// A union that is the whole payload: its own words at the top are not taken for the decoder's bare "not valid
    /// JSON" (which `JSONPayload` explains as a number that does not fit).
    @Test func aUnionAtTheTopKeepsItsWords() {
        for (json, expected) in [
            ("true", "Expected `Int` or `[Item]` or `Item`."), ("[{}]", "the required field is missing"),
            ("1.5", "Expected `Int` or `[Item]` or `Item`."),
        ] {
            let error = #expect(throws: DecodingError.self) { try JSONPayload.decode(Value.self, from: Data(json.utf8)) }
            let text = error.map(DecodingErrorDescription.describe) ?? ""
            #expect(text.contains(expected), "\(json): \(text)")
        }
    }

    /// Another decoder than Foundation's JSON one: the kind is still told.
    @Test func aPropertyListIsToldApartToo() throws {
        let plist = try PropertyListEncoder().encode(["value": [["id": 1], [:]]])
        let error = #expect(throws: DecodingError.self) { try PropertyListDecoder().decode(Holder.self, from: plist) }
        #expect(error.map(DecodingErrorDescription.describe) == "at `value[1].id`: the required field is missing")
    }
}

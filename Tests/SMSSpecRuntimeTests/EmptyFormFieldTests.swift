import Foundation
@_spi(Generated) import SMSSpecRuntime
import Testing

/// An optional field a gateway leaves empty (`u=`) reads the same whatever its type: absent when the type reads
/// nothing from empty text (a number, a boolean, a union of them, a list of numbers), the empty text otherwise.
@Suite struct EmptyFormFieldTests {
    /// As generated for `{one: int, many: '[int]'}`: a count, or one per recipient.
    enum Count: Decodable, Equatable {
        case one(Int)
        case many([Int])

        init(from decoder: any Decoder) throws {
            var container = try UnionContainer(decoder)
            if let value = container.decode(Int.self, reads: .number) {
                self = .one(value)
                return
            }
            if let value = container.decode([Int].self, reads: .array) {
                self = .many(value)
                return
            }
            throw container.failure(expected: "`Int` or `[Int]`")
        }
    }

    /// As generated for `{name: string, id: int}`: a variant reads the empty text.
    enum Sender: Decodable, Equatable {
        case name(String)
        case id(Int)

        init(from decoder: any Decoder) throws {
            var container = try UnionContainer(decoder)
            if let value = container.decode(Int.self, reads: .number) {
                self = .id(value)
                return
            }
            if let value = container.decode(String.self, reads: .text) {
                self = .name(value)
                return
            }
            throw container.failure(expected: "`Int` or `String`")
        }
    }

    struct Report: Decodable, Equatable {
        var units: Int?
        var count: Count?
        var sender: Sender?
        var tags: [Int]?
        var to: [String]?
    }

    /// `count=` was "Expected `Int` or `[Int]`" (and `tags=` "not an integer") while `units=` beside it was absent.
    @Test func anEmptyOptionalUnionOrListIsAbsentWhenNoVariantReadsEmptyText() throws {
        let report = try FormDecoder().decode(Report.self, from: "units=&count=&sender=&tags=&to=")
        #expect(report == Report(units: nil, count: nil, sender: .name(""), tags: nil, to: [""]))
        #expect(try FormDecoder().decode(Report.self, from: "count=2&tags=1&tags=2") == Report(count: .one(2), tags: [1, 2]))
        #expect(try FormDecoder().decode(Report.self, from: "count=2&count=3") == Report(count: .many([2, 3])))
    }

    /// Only a field sent once and empty is absent: an empty repetition of a list, or a required field, is an error.
    /// A union's repeated field is its list variant's error, where it stands (it was "Expected `Int` or `[Int]`.":
    /// a repeated field, read as text, named no kind).
    @Test func anEmptyValueAmongOthersOrARequiredOneIsStillAnError() {
        #expect(FormEncodingTests.problem { try FormDecoder().decode(Report.self, from: "count=2&count=") }
            == "at `count[1]`: expected an integer; \"\" is not an integer.")
        #expect(FormEncodingTests.problem { try FormDecoder().decode(Report.self, from: "tags=1&tags=") }
            == "at `tags[1]`: expected an integer; \"\" is not an integer.")
        struct Required: Decodable { var count: Count }
        #expect(FormEncodingTests.problem { try FormDecoder().decode(Required.self, from: "count=") } != "decoded")
    }

    struct Receipt: Codable, Equatable {
        var numbered: InPlaceCodeTests.Numbered? = nil
        var padded: InPlaceCodeTests.Padded? = nil
    }

    /// An optional code of a table sent as numbers was read as absent when sent empty (`err=`), as an `Int` field is,
    /// and so dropped when the receipt was written back; a code keeps its empty text, as a text table's does and as
    /// JSON's `"err": ""` does. Absent and `null` stay nil.
    @Test func anEmptyOptionalCodeKeepsItsEmptyTextAndIsWrittenBack() throws {
        let receipt = try FormDecoder().decode(Receipt.self, from: "numbered=&padded=")
        #expect(receipt == Receipt(numbered: .unknown(WireCode(text: "")), padded: .unknown(WireCode(text: ""))))
        #expect(try FormEncoder.fields(of: receipt).map { "\($0.name)=\($0.value)" } == ["numbered=", "padded="])
        #expect(try JSONDecoder().decode(Receipt.self, from: Data(#"{"numbered": ""}"#.utf8)) == receipt.with(padded: nil))
        #expect(try JSONDecoder().decode(Receipt.self, from: Data(#"{"numbered": null}"#.utf8)) == Receipt())
        #expect(try FormDecoder().decode(Receipt.self, from: "numbered=0") == Receipt(numbered: .ok))
    }
}

extension EmptyFormFieldTests.Receipt {
    func with(padded: InPlaceCodeTests.Padded?) -> Self { Self(numbered: numbered, padded: padded) }
}

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
            == "at `count[1]`: expected Int; \"\" is not an integer.")
        #expect(FormEncodingTests.problem { try FormDecoder().decode(Report.self, from: "tags=1&tags=") }
            == "at `tags[1]`: expected Int; \"\" is not an integer.")
        struct Required: Decodable { var count: Count }
        #expect(FormEncodingTests.problem { try FormDecoder().decode(Required.self, from: "count=") } != "decoded")
    }
}

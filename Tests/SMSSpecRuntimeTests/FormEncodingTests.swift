import Foundation
import SMSSpecRuntime
import Testing

/// A request written as a form or query says exactly what its values say: numbers digit for digit, lists that
/// `FormDecoder` reads back as they were, and an error, never a silent omission, for what a form cannot carry.
@Suite struct FormEncodingTests {
    struct Amounts: Codable, Equatable {
        var price: Decimal
        var tiny: Decimal
        var ratio: Double
        var huge: Double
        var count: Int64
        var unsigned: UInt64
        var flag: Bool
        var note: String?
    }

    @Test func numbersAreWrittenDigitForDigit() throws {
        let amounts = Amounts(
            price: Decimal(string: "12345678901234567.89")!, tiny: Decimal(string: "0.00000001")!, ratio: 0.1, huge: 1e21,
            count: .min, unsigned: .max, flag: true, note: nil)
        let fields = try FormEncoder.fields(of: amounts)
        #expect(fields.map { "\($0.name)=\($0.value)" } == [
            "count=-9223372036854775808", "flag=1", "huge=1000000000000000000000", "price=12345678901234567.89", "ratio=0.1",
            "tiny=0.00000001", "unsigned=18446744073709551615",
        ])
        let again = try FormDecoder().decode(Amounts.self, from: FormEncoder.encode(fields))
        #expect(again == amounts)
    }

    struct Recipients: Codable, Equatable {
        var to: [String]
        var tags: [Int]?
    }

    @Test func listsRepeatTheFieldAndReadBackAsTheyWere() throws {
        let recipients = Recipients(to: ["a,b", "c&d=e", ""], tags: [1, 2])
        let body = FormEncoder.encode(try FormEncoder.fields(of: recipients))
        #expect(body == "tags=1&tags=2&to=a%2Cb&to=c%26d%3De&to=")
        #expect(try FormDecoder().decode(Recipients.self, from: body) == recipients)
    }

    /// A form callback's event of a kind the spec does not list is kept whole (`unknown(kind, payload)` reads the
    /// whole form as a `JSONValue`): each field's text, a repeated field as the list of its texts, and written back
    /// as the same fields. It used to fail: "A form body is a set of named fields, not one value."
    @Test func aWholeFormReadsAsTheObjectOfItsFieldsAndWritesThemBack() throws {
        let value = try FormDecoder().decode(JSONValue.self, from: "kind=other&to=1&to=2&note=&x=a%26b")
        #expect(value == .object(["kind": .string("other"), "to": .array([.string("1"), .string("2")]), "note": .string(""), "x": .string("a&b")]))
        #expect(FormEncoder.encode(try FormEncoder.fields(of: value)) == "kind=other&note=&to=1&to=2&x=a%26b")
        #expect(try FormDecoder().decode(JSONValue.self, from: "") == .object([:]))
    }

    struct Nested: Codable {
        struct Inner: Codable { var id: Int }
        var plain: String
        var inner: Inner?
        var grid: [[Int]]?
        var labels: [String: String]?
    }

    @Test func whatAFormCannotCarryIsAnErrorNamingTheField() throws {
        for (value, name, holds) in [
            (Nested(plain: "p", inner: .init(id: 1)), "inner", "an object"),
            (Nested(plain: "p", grid: [[1]]), "grid", "a list of lists or objects"),
            (Nested(plain: "p", labels: ["k": "v"]), "labels", "an object"),
        ] {
            #expect(performing: { try FormEncoder.fields(of: value) }, throws: { error in
                DecodingErrorDescription.describe(error).contains("\"\(name)\" holds \(holds), which a form, query, path or header cannot carry")
            })
        }
        #expect(throws: Never.self) { try FormEncoder.fields(of: Nested(plain: "p")) }
        // In a JSON request the object travels in the body: the fields sent as text are the rest.
        let inBody = try? FormEncoder.fields(of: Nested(plain: "p", inner: .init(id: 1)), sentAsText: { $0 == "plain" })
        #expect(inBody?.map(\.name) == ["plain"])
        // A JSON body nested deeper than a value kept as JSON may be is not read below what a form could spell.
        let deep = (0..<40).reduce(JSONValue.string("leaf")) { inner, _ in .object(["a": inner]) }
        let fields = try FormEncoder.fields(of: ["deep": deep, "id": .string("7")], sentAsText: { $0 == "id" })
        #expect(fields.map(\.name) == ["id"])
        // A request that is a list: no named fields in a JSON body, an error in a form.
        #expect(try FormEncoder.fields(of: [1, 2], sentAsText: { _ in false }).isEmpty)
        #expect(throws: EncodingError.self) { try FormEncoder.fields(of: [1, 2]) }
    }

    struct Lookup: ProviderRequest {
        static let operation = OperationDescriptor(
            provider: "p", id: "lookup", summary: "", method: "GET", path: "/items/{id}", encoding: .query, request: "Lookup",
            responses: [])
        static let pathFields = ["id"]
        static let queryFields: [String] = []
        static let headerFields: [String] = []
        static let preEncodedFields: Set<String> = []
        var id: [String]
        var page: [Int]
    }

    @Test func aListInThePathIsAnErrorAndInTheQueryRepeats() throws {
        let http = try Lookup(id: ["7"], page: [1, 2]).httpRequest(baseURL: "https://p.example", authentication: .requestFields([]))
        #expect(http.url == "https://p.example/items/7?page=1&page=2")
        #expect(throws: RequestBuildingError.listInPath("id")) {
            try Lookup(id: ["7", "8"], page: []).httpRequest(baseURL: "https://p.example", authentication: .requestFields([]))
        }
    }
}

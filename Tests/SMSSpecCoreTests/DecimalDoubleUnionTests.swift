import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A union of a decimal and a double, built and run on real payloads: the decimal, first, reads every number
/// `Decimal` holds, as the payload writes it (its 38 digits; `-0.0` is 0, which `Decimal` has no sign for); the double
/// reads the numbers beyond `Decimal`'s exponent range, which no variant would otherwise read. No number takes another
/// value than the payload's, and neither variant hides the other. The other way round, the double reads every number
/// first: a located lint error at the decimal.
@Suite struct DecimalDoubleUnionTests {
    static let variants = "{d: decimal, e: double}"

    static func spec(_ variants: String) -> String {
        """
        shapes:
          Box: {fields: {amount: Amount}}
        unions:
          Amount:
            variants: \(variants)

        """
    }

    @Test func theDecimalReadsWhatItHoldsAndTheDoubleTheRest() throws {
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let encoder = JSONEncoder()
            func show(_ box: Acme.Box) throws -> String {
                let written = String(decoding: try encoder.encode(box), as: UTF8.self)
                switch box.amount {
                case .d(let number): return "d \(number) \(written)"
                case .e(let number): return "e \(number) \(written)"
                }
            }
            for number in ["1e300", "5e-324", "0.1", "12345678901234567890123", "-0.0", "1e127", "1e128", "1e-400"] {
                do {
                    print(number, try show(JSONDecoder().decode(Acme.Box.self, from: Data(("{\"amount\": " + number + "}").utf8))))
                } catch {
                    print(number, DecodingErrorDescription.describe(error))
                }
            }
            // A value made as the double and written reads back as the decimal, with the value it was written with.
            let written = try encoder.encode(Acme.Box(amount: .e(0.1)))
            print("e(0.1)", try show(JSONDecoder().decode(Acme.Box.self, from: written)))
            """#
        let result = try BuildProducts.buildAndRun(spec: Snippet.header + Self.spec(Self.variants), main: main)
        #expect(result.build.status == 0, "\(result.build.output)")
        #expect(result.run?.output.split(separator: "\n") == [
            #"1e300 e 1e+300 {"amount":1e+300}"#,
            #"5e-324 e 5e-324 {"amount":5e-324}"#,
            #"0.1 d 0.1 {"amount":0.1}"#,
            #"12345678901234567890123 d 12345678901234567890123 {"amount":12345678901234567890123}"#,
            #"-0.0 d 0 {"amount":0}"#,
            #"1e127 d 1\#(String(repeating: "0", count: 127)) {"amount":1\#(String(repeating: "0", count: 127))}"#,
            #"1e128 e 1e+128 {"amount":1e+128}"#,
            "1e-400 at `amount`: Expected `Decimal` or `Double`.",
            #"e(0.1) d 0.1 {"amount":0.1}"#,
        ])
    }

    @Test func theDoubleFirstHidesTheDecimalAndIsALocatedError() {
        #expect(Snippet.diagnostics(Self.spec("{e: double, d: decimal}")) == [
            "12:30: variant 'd' of union 'Amount' never reads a value: variant 'e' (Double, which reads any number) comes "
                + "first and reads every value it would; put 'd' first, or remove one"
        ])
    }
}

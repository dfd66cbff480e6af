import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// An enum of values the provider writes as numbers (`wire: number`: MessageBird's `mclass`): a value made in code is
/// written as a number, and a number, or its text in a form, decodes to its case — where text values would have sent
/// `"1"` and read the provider's `0` as `unknown(0)`.
@Suite struct EnumWireTests {
    static let yaml = """
        shapes:
          Send:
            fields:
              mclass: {type: MClass, default: 1}
              priority: {type: Priority, required: false}
        enums:
          MClass:
            wire: number
            values: {0: Flash, 1: Normal}
          Priority:
            wire: string
            values: {1: Low, 2: High}

        """

    static let main = #"""
        import Foundation
        import SMSSpecRuntime
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(Acme.Send(priority: .n2)), as: UTF8.self))
        for json in [#"{"mclass": 0, "priority": "2"}"#, #"{"mclass": "0", "priority": 2}"#, #"{"mclass": 7}"#] {
            let send = try JSONDecoder().decode(Acme.Send.self, from: Data(json.utf8))
            print(send.mclass == .n0, send.mclass.isKnown, send.priority == .n2, String(decoding: try encoder.encode(send), as: UTF8.self))
        }
        let form = try FormDecoder().decode(Acme.Send.self, from: Data("mclass=0&priority=2".utf8))
        print(form.mclass == .n0, form.priority == .n2)
        """#

    @Test func numbersAreWrittenAsNumbersAndReadAsTheirCase() throws {
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + Self.yaml, main: Self.main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == #"""
            {"mclass":1,"priority":"2"}
            true true true {"mclass":0,"priority":"2"}
            true true false {"mclass":0,"priority":2}
            false false false {"mclass":7}
            true true

            """#)
    }

    /// A negative value (a provider's `-1` for "failed"): its case pattern was `-1?`, which Swift reads as `-(1?)`, so
    /// the lint-clean spec did not compile.
    @Test func aNegativeNumberReadsAsItsCase() throws {
        let yaml = "shapes:\n  Send:\n    fields:\n      result: Result\nenums:\n  Result:\n    wire: number\n    values: {-1: Failed, 0: Done}\n"
        let main = #"""
            import Foundation
            let send = try JSONDecoder().decode(Acme.Send.self, from: Data(#"{"result": -1}"#.utf8))
            print(send.result == .n1, String(decoding: try JSONEncoder().encode(send), as: UTF8.self))
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + yaml, main: main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == "true {\"result\":-1}\n")
    }

    /// Integers alone are as often text (Vonage's "0") as numbers: the spec says which, where the enum is named.
    @Test func anEnumOfIntegersSaysHowTheyTravel() {
        let yaml = Self.yaml.replacingOccurrences(of: "    wire: string\n", with: "")
        #expect(Snippet.diagnostics(yaml) == [
            "17:3: enum 'Priority' lists only integers: say 'wire: number' if the provider writes them as JSON numbers, "
                + "or 'wire: string' if as text (\"1\"); as text, the number 1 would read as unknown(1)"
        ])
    }

    /// In a flow mapping a comma ends a plain summary: the rest became a value of the enum, without a summary.
    @Test func aSummaryCutByACommaIsNoValue() {
        let yaml = Self.yaml.replacingOccurrences(of: "{1: Low, 2: High}", with: "{1: Low, 2: High (shown, not stored), 3: Top}")
        #expect(Snippet.diagnostics(yaml) == [
            "19:38: value 'not stored)' of enum 'Priority' has no summary (a comma ends a value in {…}: quote the value of '2' "
                + "if it holds one, 2: 'High (shown, not stored)')"
        ])
    }

    @Test func aValueThatIsNoPlainIntegerIsALocatedError() {
        let yaml = Self.yaml.replacingOccurrences(of: "{0: Flash, 1: Normal}", with: "{'01': Flash, one: Normal, 1: One}")
        #expect(Snippet.diagnostics(yaml) == [
            "16:14: value \"01\" of enum 'MClass' is not an integer in plain digits, which 'wire: number' needs (the provider writes the values as JSON numbers); drop 'wire' for text values",
            "16:27: value \"one\" of enum 'MClass' is not an integer in plain digits, which 'wire: number' needs (the provider writes the values as JSON numbers); drop 'wire' for text values",
        ])
        // Plain digits beyond Int are said as such (an attack: they were called no plain digits).
        let large = Self.yaml.replacingOccurrences(of: "{0: Flash, 1: Normal}", with: "{0: Flash, 99999999999999999999: Huge}")
        #expect(Snippet.diagnostics(large).last?.contains(
            "value \"99999999999999999999\" of enum 'MClass' is beyond the integers a generated enum holds (-9223372036854775808 to 9223372036854775807)") == true,
            "\(Snippet.diagnostics(large))")
    }
}

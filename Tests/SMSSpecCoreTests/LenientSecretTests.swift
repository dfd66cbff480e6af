import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A credential a provider echoes as a number (a user's Celcom Africa balance answer, `{"partner-id": 123}`, which
/// lint asks to mark `secret`): `lenient: true` reads it as its text, as for any text field (it was ignored on a
/// secret, and the answer did not decode), and it still never prints.
@Suite struct LenientSecretTests {
    static let yaml = """
        shapes:
          Balance:
            fields:
              partner-id: {type: string, secret: true, lenient: true}
              key: {type: string, secret: true, lenient: true, required: false}
              credit: decimal

        """

    @Test func aLenientCredentialReadsANumberAsItsText() throws {
        #expect(Snippet.diagnostics(Self.yaml) == [])
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            for body in [#"{"partner-id": 123, "key": 4567, "credit": 1.5}"#, #"{"partner-id": "123", "credit": 2}"#] {
                let balance = try JSONDecoder().decode(Acme.Balance.self, from: Data(body.utf8))
                print(balance.partnerID.value, balance.key?.value ?? "-", balance)
            }
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header + Self.yaml, main: main)
        #expect(build.status == 0, "\(build.output)")
        let lines = run?.output.split(separator: "\n").map(String.init) ?? []
        #expect(lines.count == 2 && lines[0].hasPrefix("123 4567 ") && lines[1].hasPrefix("123 - "), "\(run?.output ?? "")")
        let printed = lines.compactMap { line in line.range(of: "Balance(").map { String(line[$0.lowerBound...]) } }
        #expect(printed == ["Balance(partnerID: <redacted>, key: Optional(<redacted>), credit: 1.5)", "Balance(partnerID: <redacted>, key: nil, credit: 2)"], "\(lines)")
    }
}

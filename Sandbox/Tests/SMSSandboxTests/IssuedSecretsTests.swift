@testable import SMSSandbox
import Testing

/// The tokens the sandbox answered are kept so that a later request may present one; they were bounded by count alone,
/// and a spec whose example token is half a megabyte grew the sandbox by 0.5 MB a login (5 GB at the count, an attack).
@Suite struct IssuedSecretsTests {
    @Test func theKeptTokensAreBoundedInBytesAndCount() {
        let secrets = IssuedSecrets()
        let large = String(repeating: "t", count: 1 << 20)
        for index in 0..<40 { secrets.add("\(index)" + large, provider: "eskiz") }
        // 16 MiB of 1 MiB tokens: the last 15 or so are kept, the first long gone.
        #expect(secrets.contains("39" + large, provider: "eskiz"))
        #expect(!secrets.contains("0" + large, provider: "eskiz") && !secrets.contains("20" + large, provider: "eskiz"))
        let many = IssuedSecrets()
        for index in 0..<(IssuedSecrets.limit + 3_000) { many.add("token-\(index)", provider: "smsportal") }
        #expect(many.contains("token-\(IssuedSecrets.limit + 2_999)", provider: "smsportal"))
        #expect(!many.contains("token-2999", provider: "smsportal") && many.contains("token-3000", provider: "smsportal"))
        #expect(!many.contains("token-3000", provider: "eskiz"))
    }
}

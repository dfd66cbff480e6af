@testable import SMSSandbox
import Testing

/// Which request fields are the caller's reference, echoed or left out as one.
struct ReferenceNameTests {
    /// A review: `ref` anywhere in a name was taken for the caller's reference, so a `ref_url` (a URL) or a
    /// `referenceType` (a type) was echoed or left out as one. The name's last word is `ref` or `reference`.
    @Test func aReferenceIsNamedSoByItsLastWord() {
        for name in ["ref", "reference", "reference01", "clientRef", "customer_reference", "txnRef", "REF", "ref_1"] {
            #expect(PayloadBuilder.isReferenceNamed(name), "\(name)")
        }
        for name in ["ref_url", "referenceType", "reference_date", "refresh", "preference", "refUrl"] {
            #expect(!PayloadBuilder.isReferenceNamed(name), "\(name)")
        }
    }
}

import Foundation
@testable import SMSSandbox
import SMSSpecRuntime
import Testing

/// Sandbox answers three users reported for their Kannel, Jasmin, LabsMobile, ASPSMS, Msegat, Taqnyat and Mobizon
/// specs that no real gateway would give.
@Suite(.timeLimit(.minutes(1)))
struct UserU56Tests {
    /// A user's Kannel send gave a `dlr-url` holding `api_key=…&password=…`, percent-encoded in the query: the request
    /// line printed both, where the callback line hid them. The log hides a credential-named pair at every level of
    /// percent-encoding.
    @Test func aCallbackURLsKeyIsHiddenInTheRequestLine() throws {
        let emulator = try UserReportsFollowRequestTests.emulator(["kannel-dlr-url"])
        let query = "username=alice&password=s3cretpass1&to=4917612345675&text=X&dlr-mask=1"
            + "&dlr-url=http%3A%2F%2F127.0.0.1%3A18562%2Fkannel%2Fdlr%3Fapi_key%3DAK99887766%26password%3Dpw55443322%26ref%3Do-1"
        let request = WireRequest(method: "GET", path: "/kannel/cgi-bin/sendsms", query: query)
        let answer = emulator.answer(request)
        #expect(answer.status == 202, "\(answer.summary)")
        let line = emulator.loggedLine(request, answer)
        #expect(!line.contains("AK99887766") && !line.contains("pw55443322"), "\(line)")
        #expect(line.contains("api_key%3D<redacted>%26password%3D<redacted>%26ref%3Do-1"), "\(line)")
        // Twice encoded, and a URL quoting another in a callback's own line.
        let twice = "http%253A%252F%252Fh%252Fdlr%253Ftoken%253DTK11223344%2526x%253D1"
        #expect(NestedCredentialPairs.hiding(in: "?u=" + twice) == "?u=http%253A%252F%252Fh%252Fdlr%253Ftoken%253D<redacted>%2526x%253D1")
        let logged = CallbackRequest.loggedURL("http://h/cb?next=https%3A%2F%2Fo%2F%3Fsecret%3DSS99887766&a=1")
        #expect(!logged.contains("SS99887766"), "\(logged)")
        #expect(NestedCredentialPairs.hiding(in: "GET /x?monkey=1&text=a%3Db → 202") == "GET /x?monkey=1&text=a%3Db → 202")
    }
}

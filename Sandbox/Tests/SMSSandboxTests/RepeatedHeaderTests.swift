import Foundation
import SMSSandbox
import Testing

/// A header field sent twice is read as the runtime's receivers read it: its values joined. The sandbox read the
/// first Content-Type of two, so a UTF-8 form sent with a second, Latin-1 Content-Type was read as UTF-8 where a
/// generated receiver refuses it (two Content-Type values that differ).
@Suite struct RepeatedHeaderTests {
    static let emulator = SandboxEmulator(providers: try! SandboxSpecs.load(bundled: [], specPaths: [RuntimeSpecLoopbackTests.spec]), configuration: .init(seed: 1))

    static func send(_ contentTypes: [String]) -> Int {
        let headers = [("X-Acme-Key", "k")] + contentTypes.map { ("Content-Type", $0) }
        return emulator.answer(WireRequest(
            method: "POST", path: "/acme/messages", headers: headers, body: Data("msisdn=4915100000001&text=Caf%C3%A9".utf8))).status
    }

    @Test func twoContentTypesThatDisagreeAreRefused() {
        #expect(Self.send(["application/x-www-form-urlencoded"]) == 202)
        #expect(Self.send(["application/x-www-form-urlencoded", "application/x-www-form-urlencoded"]) == 202)
        #expect(Self.send(["application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=ISO-8859-1"]) == 400)
    }
}

import SMSSpecCore
import Testing

/// A GET send (Netgsm's, Kannel's) is taken as idempotent unless its spec says otherwise, and a retrying client sends
/// an idempotent request again after a server error that may have come after the gateway sent it: a second SMS. Lint
/// warns where a request taken as idempotent carries a message's text and recipient; saying `idempotent:` either way
/// silences it.
@Suite struct SendingIdempotenceTests {
    static func spec(method: String, idempotent: String = "", fields: String = "{msg: {type: string, role: text}, no: {type: string, role: recipient}}") -> String {
        """
        provider: {id: n, name: N, baseURLs: ['https://n.example'], encoding: query}
        operations:
          send: {method: \(method), path: /sms/send/get, request: Send,\(idempotent) responses: {200: {summary: sent}}}
        shapes:
          Send: {fields: \(fields)}

        """
    }

    @Test func aGetCarryingATextAndItsRecipientIsAskedToSayWhetherItIsIdempotent() {
        #expect(lintDiagnostics(Self.spec(method: "GET")) == [
            "specs/acme.yaml:3:18: warning: operation 'send' (GET) carries a message's text 'msg' and recipient 'no', as a send does, "
                + "and is taken as idempotent, as a GET is: if it sends an SMS, a retrying client sends it again after a server error, which "
                + "may come after the gateway sent it (a second SMS), so say `idempotent: false`; if it sends none (a price, a simulation), "
                + "say `idempotent: true`"
        ])
        #expect(lintDiagnostics(Self.spec(method: "put")).count == 1)
        // Fields that declare no role are read by their names (a review: by roles alone no spec we hold drew it).
        #expect(lintDiagnostics(Self.spec(method: "GET", fields: "{message: string, gsmno: string, to: string}")).count == 1)
        for quiet in [
            Self.spec(method: "GET", idempotent: " idempotent: false,"), Self.spec(method: "GET", idempotent: " idempotent: true,"),
            Self.spec(method: "POST"),
            // A look-up names a message, and sends none; a field declared another role is not named as its role's.
            Self.spec(method: "GET", fields: "{id: {type: string, role: messageID}, no: {type: string, role: recipient}}"),
            Self.spec(method: "GET", fields: "{text: {type: string, role: messageID}, to: string}"),
        ] {
            #expect(lintDiagnostics(quiet) == [], "\(quiet)")
        }
    }
}

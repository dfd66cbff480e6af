import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A signature that travels in a payload field over the payload's sorted fields: generated receivers accept a request
/// signed as the provider documents it — each code below computed outside SMSSpec (Python's hashlib and hmac) — and
/// refuse a wrong code, a tampered field, a missing code and a stale time. smsc.ru's signature over chosen fields in its
/// order takes an unsigned field altered and refuses a signed one, a listed field absent or sent twice; Telerivet's
/// shared secret is compared as sent, and never printed.
@Suite struct FieldSignatureReceiverTests {
    /// Vonage's receipt fields, one value holding `&`, `=` and a space; the signed text (Vonage's guide: every field
    /// but `sig` sorted, `&name=value`, `&` and `=` in a value written `_`) is
    /// `&client-ref=a_b_c d&err-code=0&message-timestamp=2020-01-01 12:00:00&messageId=0A0000001234567B&msisdn=447700900000&nonce=ec11dd3e-1e7f-4db5-9467-82b02cd223b9&status=delivered&timestamp=1582650446&to=AcmeInc`.
    static let fields = [
        ("msisdn", "447700900000"), ("to", "AcmeInc"), ("messageId", "0A0000001234567B"), ("status", "delivered"), ("err-code", "0"),
        ("client-ref", "a&b=c d"), ("message-timestamp", "2020-01-01 12:00:00"), ("timestamp", "1582650446"),
        ("nonce", "ec11dd3e-1e7f-4db5-9467-82b02cd223b9"),
    ]
    /// md5(text + secret), hex: Vonage's md5hash.
    static let md5hash = "ce40ab95ab96fafbacd3f80f6fdba221"
    /// HMAC-SHA256(secret, text), hex as Vonage writes it (capitals).
    static let hmacSHA256 = "1E7B9BF34B52C72E4379C38A732A7E780E796E321EDBB451A3CC25A341B4294D"
    /// upper(md5(secret + "amount1.50idm-17statusDELIVRDts1700000000" + secret)): the fields without separators,
    /// the empty `note` left out, the number 1.50 as written.
    static let upperMD5 = "3B96D9CBD2A7E6EDB9809BF2EB73A6D3"

    /// md5("42:79991234567:1:smsc-password"): smsc.ru's status callback signs id, phone and status in this order,
    /// joined by ':', then ':' and the password (Python's hashlib).
    static let smscMD5 = "37b30bf0eef3d87dfdac1b6a7ab86980"

    static let smsc = """
        smsspec: 1
        provider: {id: smsc, name: Smsc, baseURLs: ['https://smsc.example']}
        shapes:
          Status: {fields: {id: string, phone: string, status: int, err: {type: int, required: false}, md5: {type: string, required: false}}}
        callbacks:
          Status:
            encoding: form
            shape: Status
            signature: {field: md5, algorithm: md5, signs: [{fields: {names: [id, phone, status], pair: '{value}', separator: ':'}}, {text: ':'}, secret], encoding: hex}

        """

    /// Telerivet posts its webhook secret as the form field `secret`.
    static let telerivet = """
        smsspec: 1
        provider: {id: telerivet, name: Telerivet, baseURLs: ['https://api.telerivet.example']}
        shapes:
          Incoming: {fields: {id: string, content: string, secret: {type: string, required: false, secret: true}}}
        callbacks:
          Incoming:
            encoding: form
            shape: Incoming
            signature: {field: secret, algorithm: secret}

        """

    static let gateway = """
        smsspec: 1
        provider: {id: gateway, name: Gateway, baseURLs: ['https://api.gateway.example']}
        shapes:
          Report: {fields: {id: string, status: string, note: {type: string, required: false}, ts: string, amount: decimal, sign: {type: string, required: false}}}
        callbacks:
          Report:
            shape: Report
            signature: {field: sign, algorithm: md5, signs: [secret, {fields: {pair: '{name}{value}', omitEmpty: true}}, secret], encoding: hex}

        """

    @Test func receiversAcceptTheProvidersSignatureAndRefuseAnyOther() throws {
        let vonage = try String(contentsOfFile: ThirdPartySpecs.folder + "/vonage.yaml", encoding: .utf8)
        // An account set to HMAC-SHA256: the same text, the secret as the key.
        let hmac = vonage.replacingOccurrences(of: "id: vonage", with: "id: vonagehmac")
            .replacingOccurrences(of: "algorithm: md5\n", with: "algorithm: hmac-sha256\n")
            .replacingOccurrences(of: "}}}, secret]", with: "}}}]")
        #expect(hmac.contains("hmac-sha256") && !hmac.contains("}}}, secret]"))
        let fields = Self.fields.map { #"("\#($0.0)", "\#($0.1)")"# }.joined(separator: ", ")
        let main = #"""
            import Foundation
            import HTTPTypes
            import SMSSpecReceiver
            import SMSSpecRuntime

            let signedAt = Date(timeIntervalSince1970: 1582650446)
            let fields: [(String, String)] = [\#(fields)]
            func check<C>(_ label: String, _ receiver: CallbackReceiver<C>, get query: String? = nil, json: String = "", late: Double = 20) {
                var receiver = receiver.verifying(with: "vonage-signature-secret")
                let now = signedAt.addingTimeInterval(late)
                receiver.clock = { now }
                var headers = HTTPFields()
                if query == nil { headers[.contentType] = "application/json" }
                let request = HTTPRequest(method: query == nil ? .post : .get, scheme: "https", authority: "hooks.example", path: "/hook" + (query.map { "?" + $0 } ?? ""), headerFields: headers)
                switch receiver.receive(request, body: Data(json.utf8)).result {
                case .success: print(label, "accepted")
                case .failure(let error): print(label, "refused:", error)
                }
            }
            func json(_ fields: [(String, String)], _ extra: String = "") -> String {
                "{" + fields.map { "\"\($0.0)\": \"\($0.1)\"" }.joined(separator: ", ") + extra + "}"
            }
            func query(_ fields: [(String, String)]) -> String {
                var allowed = CharacterSet.alphanumerics
                allowed.insert(charactersIn: "-._")
                return fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&")
            }
            let tampered = fields.map { $0.0 == "status" ? ($0.0, "failed") : $0 }
            let md5hash = ("sig", "\#(Self.md5hash)"), hmac = ("sig", "\#(Self.hmacSHA256)")
            check("md5hash json", Vonage.Receivers.deliveryReceiptJSON, json: json(fields + [md5hash]))
            check("md5hash json in capitals", Vonage.Receivers.deliveryReceiptJSON, json: json(fields + [("sig", "\#(Self.md5hash.uppercased())")]))
            check("md5hash query", Vonage.Receivers.deliveryReceipt, get: query(fields + [md5hash]))
            check("wrong code", Vonage.Receivers.deliveryReceiptJSON, json: json(fields + [hmac]))
            check("tampered json", Vonage.Receivers.deliveryReceiptJSON, json: json(tampered + [md5hash]))
            check("tampered query", Vonage.Receivers.deliveryReceipt, get: query(tampered + [md5hash]))
            check("no code", Vonage.Receivers.deliveryReceipt, get: query(fields))
            check("stale", Vonage.Receivers.deliveryReceiptJSON, json: json(fields + [md5hash]), late: 301)
            check("an object member", Vonage.Receivers.deliveryReceiptJSON, json: json(fields + [md5hash], #", "meta": {"a": 1}"#))
            check("hmac-sha256 json", Vonagehmac.Receivers.deliveryReceiptJSON, json: json(fields + [hmac]))
            check("hmac-sha256 query", Vonagehmac.Receivers.deliveryReceipt, get: query(fields + [hmac]))
            check("hmac-sha256 md5hash code", Vonagehmac.Receivers.deliveryReceiptJSON, json: json(fields + [md5hash]))
            let report = #"{"sign": "\#(Self.upperMD5)", "ts": "1700000000", "status": "DELIVRD", "note": "", "id": "m-17", "amount": 1.50}"#
            check("upper md5", Gateway.Receivers.report, json: report)
            check("upper md5, 1.5 for 1.50", Gateway.Receivers.report, json: report.replacingOccurrences(of: "1.50", with: "1.5"))
            func post<C>(_ label: String, _ receiver: CallbackReceiver<C>, secret: String, form: String) {
                var headers = HTTPFields()
                headers[.contentType] = "application/x-www-form-urlencoded"
                let request = HTTPRequest(method: .post, scheme: "https", authority: "hooks.example", path: "/hook", headerFields: headers)
                switch receiver.verifying(with: Secret(secret)).receive(request, body: Data(form.utf8)).result {
                case .success(let value): print(label, "accepted" + (String(describing: value).contains(secret) ? ", printing the secret" : ""))
                case .failure(let error): print(label, "refused:", error)
                }
            }
            let smsc = "id=42&phone=79991234567&status=1&err=0&md5=\#(Self.smscMD5)"
            post("smsc", Smsc.Receivers.status, secret: "smsc-password", form: smsc)
            post("smsc, an unsigned field altered", Smsc.Receivers.status, secret: "smsc-password", form: smsc.replacingOccurrences(of: "err=0", with: "err=9"))
            post("smsc, a signed field altered", Smsc.Receivers.status, secret: "smsc-password", form: smsc.replacingOccurrences(of: "status=1", with: "status=3"))
            post("smsc, no phone", Smsc.Receivers.status, secret: "smsc-password", form: smsc.replacingOccurrences(of: "phone=79991234567&", with: ""))
            post("smsc, id twice", Smsc.Receivers.status, secret: "smsc-password", form: "id=42&" + smsc)
            post("telerivet", Telerivet.Receivers.incoming, secret: "webhook-secret", form: "id=SM1&content=Hi&secret=webhook-secret")
            post("telerivet, another secret", Telerivet.Receivers.incoming, secret: "webhook-secret", form: "id=SM1&content=Hi&secret=webhook-secreT")
            post("telerivet, the secret twice", Telerivet.Receivers.incoming, secret: "webhook-secret", form: "id=SM1&content=Hi&secret=webhook-secret&secret=x")
            post("telerivet, no secret", Telerivet.Receivers.incoming, secret: "webhook-secret", form: "id=SM1&content=Hi")
            """#
        let specs = [("vonage", vonage), ("vonagehmac", hmac), ("gateway", Self.gateway), ("smsc", Self.smsc), ("telerivet", Self.telerivet)].map { SpecInput(path: "\($0.0).yaml", contents: $0.1) }
        let (build, run) = try BuildProducts.buildAndRun(specs: specs, main: main, receivers: true)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        let refused = "refused: DeliveryReceiptJSON: refused unread:", refusedGET = "refused: DeliveryReceipt: refused unread:"
        #expect(run?.output == """
            md5hash json accepted
            md5hash json in capitals accepted
            md5hash query accepted
            wrong code \(refused) the sig field is not the signature of this request
            tampered json \(refused) the sig field is not the signature of this request
            tampered query \(refusedGET) the sig field is not the signature of this request
            no code \(refusedGET) the payload has no sig field
            stale \(refused) the timestamp field is 301 seconds behind the receiver's clock; the limit is 300 (a replayed or delayed request, or a clock that is off)
            an object member \(refused) the payload's fields, which the signature covers, do not read: the member "meta" is an object; a signature over the payload's fields reads text, numbers and booleans
            hmac-sha256 json accepted
            hmac-sha256 query accepted
            hmac-sha256 md5hash code \(refused) the sig field is not the signature of this request
            upper md5 accepted
            upper md5, 1.5 for 1.50 refused: Report: refused unread: the sign field is not the signature of this request
            smsc accepted
            smsc, an unsigned field altered accepted
            smsc, a signed field altered refused: Status: refused unread: the md5 field is not the signature of this request
            smsc, no phone refused: Status: refused unread: the payload has no phone field
            smsc, id twice refused: Status: refused unread: the payload sends the field "id" twice, which the signature reads once
            telerivet accepted
            telerivet, another secret refused: Incoming: refused unread: the secret field is not the shared secret
            telerivet, the secret twice refused: Incoming: refused unread: the payload sends the field "secret" twice, which the signature reads once
            telerivet, no secret refused: Incoming: refused unread: the payload has no secret field

            """, "\(run?.output ?? "")")
    }
}

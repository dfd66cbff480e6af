import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A callback the provider sends by GET or by POST, as the account chooses (Vonage's receipts): `method: [GET, POST]`
/// is one receiver that reads a GET from its query and a POST from its body, and answers any other method 405.
@Suite struct CallbackMethodsTests {
    static func callback(method: String, encoding: String = "form", shape: String = "Receipt", signature: String? = nil, shapes: String = "") -> String {
        """
        shapes:
          Receipt: {fields: {id: string, status: int}}
        \(shapes)callbacks:
          \(shape == "Receipt" ? "Receipt" : "Dlr"):
            method: \(method)
            encoding: \(encoding)
            shape: \(shape)
        """ + (signature.map { "\n    signature: \($0)" } ?? "") + "\n"
    }

    @Test func eachWrongMethodIsALocatedErrorWithTheNearestRightOne() {
        #expect(Snippet.diagnostics(Self.callback(method: "[GET, PSOT]")) == [
            "12:19: 'method' of callback 'Receipt' must be one of GET, POST, PUT; found 'PSOT' (did you mean 'POST'?)"
        ])
        #expect(Snippet.diagnostics(Self.callback(method: "[GET, POST, GET]")) == [
            "12:25: 'method' of callback 'Receipt' lists GET twice; remove one"
        ])
        #expect(Snippet.diagnostics(Self.callback(method: "[]")) == [
            "12:13: 'method' of callback 'Receipt' lists no method; give one of GET, POST, PUT, or a list of them"
        ])
        #expect(Snippet.diagnostics(Self.callback(method: "[GET, DELETE]")) == [
            "12:19: 'method' of callback 'Receipt' must be one of GET, POST, PUT; found 'DELETE'"
        ])
        #expect(Snippet.diagnostics(Self.callback(method: "[GET, {POST: 1}]")).count == 1)
        // A scalar keeps its meaning; a list of one is the same.
        #expect(Snippet.diagnostics(Self.callback(method: "[GET]", encoding: "query")) == [])
        #expect(Snippet.diagnostics(Self.callback(method: "[GET]")) == [
            "12:14: callback 'Receipt' is a GET, which carries no body, but says its payload is a form (encoding: form): a GET's payload is its query; give it 'encoding: query'"
        ])
        #expect(Snippet.diagnostics(Self.callback(method: "[POST, GET]", encoding: "json")) == [])
        #expect(Snippet.diagnostics(Self.callback(method: "[PUT, GET]", encoding: "query")) == [])
    }

    /// A GET has no body to sign, and its query holds only what a form can spell.
    @Test func aGETAmongTheMethodsHoldsThePayloadToAQuery() {
        #expect(Snippet.diagnostics(Self.callback(method: "[GET, POST]", signature: "{header: X-Sig, algorithm: hmac-sha1, signs: body, encoding: hex}")) == [
            "15:61: 'signature' of callback 'Receipt' signs the body, but the callback may arrive by GET, whose payload is its query, and a GET has no body; sign 'url+sorted-form-params' (the URL with its query, and a form's fields)"
        ])
        #expect(Snippet.diagnostics(Self.callback(
            method: "[GET, POST]", encoding: "json", signature: "{header: X-Sig, algorithm: hmac-sha1, signs: url+sorted-form-params, encoding: hex}")) == [
            "15:61: 'signature' of callback 'Receipt' signs the URL and the form's fields, but the callback's payload is JSON, which has no form fields (a JSON body signed so carries its hash in the URL, which SMSSpec does not check); make the callback a form (a GET among its methods has no body to sign)"
        ])
        #expect(Snippet.diagnostics(Self.callback(method: "[POST, GET]", encoding: "json", shape: "Nested", shapes: "  Nested: {fields: {receipt: Receipt}}\n")) == [
            "10:30: field 'receipt' of shape 'Nested' is sent in the query by callback 'Dlr' when it arrives by GET (encoding: query): 'Receipt' has no form spelling; form and query values must be text, numbers, booleans or lists of those"
        ])
        #expect(Snippet.diagnostics(Self.callback(method: "[POST, GET]", encoding: "json", shape: "Receipts", shapes: "  Receipts: {items: Receipt}\n")) == [
            "15:12: callback 'Dlr' is sent as a query (by GET, among its methods), a set of named fields, so its payload cannot be 'Receipts', a list shape; give it a shape with fields"
        ])
        // The same payloads by POST alone are JSON, which spells them.
        #expect(Snippet.diagnostics(Self.callback(method: "POST", encoding: "json", shape: "Nested", shapes: "  Nested: {fields: {receipt: Receipt}}\n")) == [])
    }

    /// The discriminated payload of a callback that may arrive by GET is held to a query's spelling, variant by variant.
    @Test func aDiscriminatedGETCallbackHoldsEachVariantToAQuery() {
        let yaml = """
            shapes:
              Receipt: {fields: {kind: string, id: string}}
              Inbound: {fields: {kind: string, parts: '[Receipt]'}}
            callbacks:
              Event:
                method: [GET, POST]
                encoding: json
                discriminator: {field: kind, variants: {dlr: Receipt, mo: Inbound}}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "10:43: field 'parts' of shape 'Inbound' is sent in the query by callback 'Event' when it arrives by GET (encoding: query): '[Receipt]' has no form spelling; form and query values must be text, numbers, booleans or lists of those"
        ])
    }

    /// The model resolves each method's encoding once; the type and receiver say them, the receiver takes them all.
    @Test func theReceiverListsTheMethodsAndTheTypeSaysHowEachCarriesThePayload() throws {
        let yaml = Self.callback(method: "[GET, POST]").replacingOccurrences(of: "shape: Receipt", with: "shape: Receipt\n  Dlr:\n    method: [POST, GET]\n    encoding: json\n    shape: Receipt")
        let receivers = try Snippet.swift(yaml, "receiver", options: ClientRendererTests.options)
        Snippet.expect(receivers, contains: """
                /// GET query, POST form: Receipt
                ///
                /// Answers a callback that decodes with 200 and an empty body (our inference: the documents do not say what to answer).
                public static let receipt = SMSSpecReceiver.CallbackReceiver<Acme.Receipt>(
                    provider: "acme", name: "Receipt", methods: ["GET", "POST"], encoding: .form)
            """)
        Snippet.expect(receivers, contains: """
                /// POST json, GET query: Dlr
                ///
                /// Answers a callback that decodes with 200 and an empty body (our inference: the documents do not say what to answer).
                public static let dlr = SMSSpecReceiver.CallbackReceiver<Acme.Receipt>(
                    provider: "acme", name: "Dlr", methods: ["POST", "GET"], encoding: .json)
            """)
        // The catalog says them too: tools see which methods a callback takes.
        let catalog = try Snippet.swift(yaml, "catalog", options: GeneratorOptions(outputs: GeneratorOptions.Output.defaults.union([.catalog])))
        #expect(catalog.contains(#"name: "Receipt", kind: .callback, summary: "", wire: .form, methods: ["GET", "POST"], otherEncodings: [.query]),"#), "\(catalog)")
        let models = try Snippet.swift(yaml, "models", options: ClientRendererTests.options)
        #expect(models.contains("/// Delivered as POST with a JSON body, or GET with a query string. Its receiver takes each; any other method is answered 405."), "\(models)")
    }

    /// One generated receiver decodes the same receipt sent as a GET query and as a POST form, verifies a Twilio-style
    /// signature (the URL, then the sorted form fields) on both, and answers PUT 405 with `Allow: GET, POST`.
    @Test func oneReceiverTakesAReceiptByGETAndByPOST() throws {
        let spec = Snippet.header + Self.callback(method: "[GET, POST]")
            + "  Signed:\n    method: [GET, POST]\n    encoding: form\n    shape: Receipt\n"
            + "    signature: {header: X-Sig, algorithm: hmac-sha256, signs: url+sorted-form-params, encoding: base64}\n"
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: #"""
            import Foundation
            import HTTPTypes
            import SMSSpecReceiver
            import SMSSpecRuntime

            func request(_ method: HTTPRequest.Method, _ path: String, form: Bool = false) -> HTTPRequest {
                var request = HTTPRequest(method: method, scheme: "https", authority: "hooks.example", path: path)
                if form { request.headerFields[.contentType] = "application/x-www-form-urlencoded" }
                return request
            }
            let receiver = Acme.Receivers.receipt
            let byGET = receiver.receive(request(.get, "/dlr?id=m%201&status=2"), body: Data())
            let byPOST = receiver.receive(request(.post, "/dlr", form: true), body: Data("id=m%201&status=2".utf8))
            print("GET:", byGET.result, byGET.answer.status.code)
            print("POST:", byPOST.result, byPOST.answer.status.code)
            print("same:", (try? byGET.result.get()) == (try? byPOST.result.get()))
            // Methods are matched whatever their case, and a `get` is read as a GET is, from its query.
            let byLowercaseGET = receiver.receive(request(HTTPRequest.Method("get")!, "/dlr?id=m%201&status=2"), body: Data())
            print("get:", (try? byLowercaseGET.result.get()) == (try? byGET.result.get()))
            let byPUT = receiver.receive(request(.put, "/dlr", form: true), body: Data("id=m%201&status=2".utf8))
            print("PUT:", byPUT.answer.status.code, byPUT.answer.response.headerFields[.allow] ?? "no Allow", String(decoding: byPUT.answer.body, as: UTF8.self), terminator: "")

            let secret: Secret = "s3cret"
            let signed = Acme.Receivers.signed.verifying(with: secret, publicBaseURL: "https://hooks.example")
            guard let scheme = signed.signature else { fatalError("unsigned") }
            for (method, path, body) in [(HTTPRequest.Method.get, "/dlr?status=2&id=m%201", ""), (.post, "/dlr", "status=2&id=m%201")] {
                var request = request(method, path, form: method == .post)
                let bytes = try scheme.signedBytes(url: "https://hooks.example" + path, body: Data(body.utf8), form: method == .post)
                request.headerFields[HTTPField.Name("X-Sig")!] = scheme.headerValue(secret: secret, signed: bytes)
                print(method, "signed:", signed.receive(request, body: Data(body.utf8)).answer.status.code)
                request.headerFields[HTTPField.Name("X-Sig")!] = scheme.headerValue(secret: "another", signed: bytes)
                print(method, "forged:", signed.receive(request, body: Data(body.utf8)).answer.status.code)
            }
            """#, receivers: true)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        #expect(run?.output == """
            GET: success(Snippet.Acme.Receipt(id: "m 1", status: 2)) 200
            POST: success(Snippet.Acme.Receipt(id: "m 1", status: 2)) 200
            same: true
            get: true
            PUT: 405 GET, POST Receipt arrives by GET or POST, not PUT
            GET signed: 200
            GET forged: 401
            POST signed: 200
            POST forged: 401

            """)
    }
}

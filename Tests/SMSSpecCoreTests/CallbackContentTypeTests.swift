import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A callback whose documents say one body and show the other (D7 Networks, SMS.to): `encoding: [json, form]` is one
/// receiver that reads a request as its Content-Type says; when it names neither, JSON for a JSON object or list, else
/// the form.
@Suite struct CallbackContentTypeTests {
    static func callback(encoding: String, method: String = "POST", shape: String = "Receipt", signature: String? = nil, shapes: String = "") -> String {
        """
        shapes:
          Receipt: {fields: {id: string, status: int}}
        \(shapes)callbacks:
          Dlr:
            method: \(method)
            encoding: \(encoding)
            shape: \(shape)
        """ + (signature.map { "\n    signature: \($0)" } ?? "") + "\n"
    }

    @Test func eachWrongEncodingInTheListIsALocatedError() {
        #expect(Snippet.diagnostics(Self.callback(encoding: "[json, form]")) == [])
        #expect(Snippet.diagnostics(Self.callback(encoding: "[form]")) == [])
        #expect(Snippet.diagnostics(Self.callback(encoding: "[json, jsn]")) == [
            "13:22: an encoding in the list of callback 'Dlr' must be one of json, form; found 'jsn' (did you mean 'json'?)"
        ])
        #expect(Snippet.diagnostics(Self.callback(encoding: "[json, query]")) == [
            "13:22: an encoding in the list of callback 'Dlr' must be one of json, form; found 'query' (a query is a GET's payload, which has no Content-Type to choose by: list GET in 'method', and its query is read)"
        ])
        #expect(Snippet.diagnostics(Self.callback(encoding: "[json, application/x-www-form-urlencoded]")) == [
            "13:22: an encoding in the list of callback 'Dlr' must be one of json, form; found 'application/x-www-form-urlencoded' (that media type is 'form')"
        ])
        #expect(Snippet.diagnostics(Self.callback(encoding: "[form, json, form]")) == [
            "13:28: 'encoding' of callback 'Dlr' lists form twice; remove one"
        ])
        #expect(Snippet.diagnostics(Self.callback(encoding: "[]")) == [
            "13:15: 'encoding' of callback 'Dlr' lists no encoding; give json, form or query, or a list of json and form"
        ])
        #expect(Snippet.diagnostics(Self.callback(encoding: "[json, form]", method: "GET")) == [
            "12:13: callback 'Dlr' is a GET, which carries no body, but says its payload is JSON or a form (encoding: [json, form]): a GET's payload is its query; give it 'encoding: query'"
        ])
        // Beside a GET among the methods, the other methods' bodies are told apart as before.
        #expect(Snippet.diagnostics(Self.callback(encoding: "[form, json]", method: "[GET, POST]")) == [])
    }

    /// What a form cannot spell is an error where the payload may arrive as one, and a signature over form fields
    /// where it may arrive as JSON.
    @Test func eachEncodingHoldsThePayloadToWhatItSpells() {
        #expect(Snippet.diagnostics(Self.callback(encoding: "[json, form]", shape: "Nested", shapes: "  Nested: {fields: {receipt: Receipt}}\n")) == [
            "10:30: field 'receipt' of shape 'Nested' is sent in a form by callback 'Dlr' when its Content-Type says so (encoding: form): 'Receipt' has no form spelling; form and query values must be text, numbers, booleans or lists of those"
        ])
        #expect(Snippet.diagnostics(Self.callback(encoding: "[json, form]", shape: "Receipts", shapes: "  Receipts: {items: Receipt}\n")) == [
            "15:12: callback 'Dlr' is sent as a form (encoding: [json, form]), a set of named fields, so its payload cannot be 'Receipts', a list shape; give it a shape with fields"
        ])
        #expect(Snippet.diagnostics(Self.callback(
            encoding: "[form, json]", signature: "{header: X-Sig, algorithm: hmac-sha1, signs: url+sorted-form-params, encoding: hex}")) == [
            "15:61: 'signature' of callback 'Dlr' signs the URL and the form's fields, but the callback's payload is JSON, which has no form fields (a JSON body signed so carries its hash in the URL, which SMSSpec does not check); sign 'body' or make the callback a form"
        ])
        #expect(Snippet.diagnostics(Self.callback(
            encoding: "[form, json]", signature: "{header: X-Sig, algorithm: hmac-sha1, signs: body, encoding: hex}")) == [])
    }

    /// The receiver is given the other encodings; its documentation, the type's and `smsspec diff` say them.
    @Test func theReceiverTheDocumentationAndTheDiffSayEachEncoding() throws {
        let yaml = Self.callback(encoding: "[json, form]")
        let receivers = try Snippet.swift(yaml, "receiver", options: ClientRendererTests.options)
        Snippet.expect(receivers, contains: """
                /// POST json, POST form: Dlr
                ///
                /// Answers a callback that decodes with 200 and an empty body (our inference: the documents do not say what to answer).
                public static let dlr = SMSSpecReceiver.CallbackReceiver<Acme.Receipt>(
                    provider: "acme", name: "Dlr", method: "POST", encoding: .json, otherEncodings: [.form])
            """)
        let models = try Snippet.swift(yaml, "models", options: ClientRendererTests.options)
        #expect(models.contains(
            "/// Delivered as POST with a JSON body or a form body, as its Content-Type says (when it names neither, a JSON body if it is a JSON object or list, else a form body)."),
            "\(models)")

        func specModels(_ encoding: String) -> [ProviderModel] {
            Generator.models(for: [SpecInput(path: "acme.yaml", contents: Snippet.header + Self.callback(encoding: encoding))], diagnostics: DiagnosticCollector())
        }
        #expect(SpecDiff.compare(old: specModels("json"), new: specModels("[json, form]")).map(\.description) == [
            "acme: changed callback Dlr, methods — POST json → POST json, POST form"
        ])
        #expect(SpecDiff.compare(old: specModels("[json, form]"), new: specModels("form")).map(\.description) == [
            "[breaking] acme: changed callback Dlr, methods — POST json, POST form → POST form: its receiver refuses a callback sent as POST json"
        ])
    }

    /// One generated receiver reads the same receipt posted as JSON and as a form, each by its Content-Type, and a
    /// request labelled neither way as JSON when it is a JSON object or list, else as the form (read as JSON, a form
    /// labelled `text/plain` was refused); a payload that does not decode says what else it may be.
    @Test func oneReceiverReadsAReceiptAsItsContentTypeSays() throws {
        let spec = Snippet.header + Self.callback(encoding: "[json, form]")
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: #"""
            import Foundation
            import HTTPTypes
            import SMSSpecReceiver

            func post(_ contentType: String?, _ body: String) -> String {
                var request = HTTPRequest(method: .post, scheme: "https", authority: "hooks.example", path: "/dlr")
                if let contentType { request.headerFields[.contentType] = contentType }
                let reception = Acme.Receivers.dlr.receive(request, body: Data(body.utf8))
                switch reception.result {
                case .success(let receipt): return "\(reception.answer.status.code) \(receipt.id) \(receipt.status)"
                case .failure(let error): return "\(reception.answer.status.code) \(error)"
                }
            }
            print(post("application/json", #"{"id": "m1", "status": 2}"#))
            print(post("application/x-www-form-urlencoded; charset=ISO-8859-1", "id=m%E91&status=2"))
            print(post("Application/X-WWW-Form-Urlencoded", "id=m1&status=3"))
            print(post(nil, #"{"id": "m1", "status": 4}"#))
            print(post("text/plain", #"{"id": "m1", "status": 5}"#))
            print(post("text/plain", "id=m1&status=6"))
            print(post("application/vnd.acme+json", #"{"id": "m1", "status": 7}"#))
            print(post(nil, "id=m1&status=8"))
            print(post("application/json", "id=m1&status=9"))
            """#, receivers: true)
        #expect(build.status == 0 && !build.output.contains("warning"), "\(build.output)")
        #expect(run?.output == """
            200 m1 2
            200 mé1 2
            200 m1 3
            200 m1 4
            200 m1 5
            200 m1 6
            200 m1 7
            200 m1 8
            400 Dlr: at `(top level)`: Not valid JSON at line 1, column 1: an unexpected character where a value should be.

            """)
    }
}

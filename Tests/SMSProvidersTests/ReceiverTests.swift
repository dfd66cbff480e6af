import Foundation
import HTTPTypes
import SMSProviderReceivers
import SMSProviders
import Testing

/// The generated callback receivers on every provider's callback examples, and on bad input.
@Suite struct ReceiverTests {
    static func request(_ method: HTTPRequest.Method, _ path: String, contentType: String? = nil) -> HTTPRequest {
        var fields = HTTPFields()
        if let contentType { fields[.contentType] = contentType }
        return HTTPRequest(method: method, scheme: "https", authority: "app.example", path: path, headerFields: fields)
    }

    static let postJSON = request(.post, "/callbacks/sms", contentType: "application/json")

    @Test func bindDeliveryReceiptAndInboundMessageDecodeByTheirType() throws {
        let dlr = Bind.Receivers.callbackEvent.receive(Self.postJSON, body: try Fixtures.data("bind/dlr.json"))
        guard case .deliveryReceipt(let receipt) = try dlr.result.get() else { Issue.record("not a DLR"); return }
        #expect(receipt.messageID == "8bd71f49-6f42-4729-bf5e-ecf857747633")
        #expect(receipt.status == .delivered)
        #expect(dlr.answer == .accepted)
        #expect(dlr.answer.response.status == .ok)

        let mo = Bind.Receivers.callbackEvent.receive(Self.postJSON, body: try Fixtures.data("bind/mo.json"))
        guard case .inboundMessage(let message) = try mo.result.get() else { Issue.record("not an MO"); return }
        #expect(message.text == "STOP")
    }

    @Test func ginotaReceiptArrivesAsAGETQuery() throws {
        let query = try Fixtures.text("ginota/dlr.query").trimmingCharacters(in: .whitespacesAndNewlines)
        let received = Ginota.Receivers.deliveryReceipt.receive(Self.request(.get, "/dlr?" + query), body: Data())
        let receipt = try received.result.get()
        #expect(receipt.messageID == "18D64EC1EADD")
        #expect(receipt.deliveryStatus == .delivered)
        #expect(receipt.srcAddr == "MyCampany")
        #expect(received.answer.response.status == .ok)
    }

    /// The query is what follows the target's first `?`, read as a query only: one starting with a path
    /// (`/dlr?/x?deliveryStatus=2`) has a field named `/x?deliveryStatus`, not a `deliveryStatus` of 2 (read as a URL
    /// again, it gave the receipt a status the request does not carry).
    @Test func aQueryIsNotReadAsAURLAgain() throws {
        let query = try Fixtures.text("ginota/dlr.query").trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "deliveryStatus=", with: "deliveryStatusWas=")
        let received = Ginota.Receivers.deliveryReceipt.receive(Self.request(.get, "/dlr?/x?deliveryStatus=2&" + query), body: Data())
        guard case .failure(.invalidPayload(_, let field, _)) = received.result else { Issue.record("\(received.result)"); return }
        #expect(field == "deliveryStatus")
    }

    /// A request target holds no fragment; one that does is cut at its `#`, as the server routing it cuts its query
    /// (Hummingbird's `uri.query`): the fields after it were read, so the receiver saw a status the server did not.
    @Test func aQueryEndsAtAFragmentMark() throws {
        let query = try Fixtures.text("ginota/dlr.query").trimmingCharacters(in: .whitespacesAndNewlines)
        let received = Ginota.Receivers.deliveryReceipt.receive(Self.request(.get, "/dlr?" + query + "#&deliveryStatus=5"), body: Data())
        #expect(try received.result.get().deliveryStatus == .delivered)
        let cut = Ginota.Receivers.deliveryReceipt.receive(
            Self.request(.get, "/dlr?" + query.replacingOccurrences(of: "&deliveryStatus=0", with: "#&deliveryStatus=0")), body: Data())
        guard case .failure(.invalidPayload(_, let field, _)) = cut.result else { Issue.record("\(cut.result)"); return }
        #expect(field == "deliveryStatus")
    }

    @Test func rajaSMSReportDecodesEveryStatus() throws {
        let received = RajaSMS.Receivers.deliveryReport.receive(Self.postJSON, body: try Fixtures.data("rajasms/delivery-report.json"))
        let report = try received.result.get()
        #expect(report.reports.map(\.sendingID) == [1_287_265, 9_775_454_545])
        #expect(report.reports.first?.deliveryStatus.entry?.code == "3")
    }

    @Test func fortytwoCallbackDecodes() throws {
        // The spec's example, from the callbacks page (specs/fortytwo.yaml, example delivery-callback).
        let payload = #"{"api_job_id": "0c6ccf37-dd15-49ff-a12f-ffad8f2655a6", "client_job_id": "", "data": [{"type": "SMS", "message_id": "14466445287300014003", "status": "DELIVRD", "timestamp": 1443165174145, "micro_timestamp": 1443165174145000, "to": "35699XXXXXX", "sms_from": "Fortytwo", "viber_from": "", "client_message_id": "reference1", "error_code": 943}]}"#
        let callback = try Fortytwo.Receivers.deliveryCallback.decode(Self.postJSON, body: Data(payload.utf8))
        #expect(callback.data.first?.messageID == "14466445287300014003")
    }

    /// A status code known only at run time never traps, as swift-http-types' `Status(code:)` does outside 0…999
    /// (the answer took an `Int` and trapped): outside three digits there is no answer; a literal reads as before.
    @Test func anAnswersStatusOutsideThreeDigitsIsNoAnswerNotATrap() {
        for code in [-1, 0, 99, 1000, Int.max, Int.min] { #expect(CallbackAnswer(statusCode: code, text: "OK") == nil, "\(code)") }
        let answer = CallbackAnswer(statusCode: 202, contentType: "text/plain", text: "OK")
        #expect(answer == CallbackAnswer(status: 202, contentType: "text/plain", text: "OK") && answer?.status.code == 202)
        // A status made from its code alone, as a spec's acknowledgement writes it, has its reason phrase (it was `200 `).
        #expect(CallbackAnswer(status: 200, text: "ACK").status.reasonPhrase == "OK" && answer?.status.reasonPhrase == "Accepted")
        #expect(CallbackAnswer(status: 299, text: "ACK").status.reasonPhrase == "")
        var changed = CallbackAnswer(status: 202, text: "ACK")
        changed.status = 200
        #expect(changed.status.reasonPhrase == "OK")
    }

    @Test func aMissingFieldIsRefusedWithA400NamingIt() throws {
        let body = try Fixtures.text("rajasms/delivery-report.json").replacingOccurrences(of: #""sendingid":1287265,"#, with: "")
        let received = RajaSMS.Receivers.deliveryReport.receive(Self.postJSON, body: Data(body.utf8))
        guard case .failure(.invalidPayload(let callback, let field, _)) = received.result else { Issue.record("\(received.result)"); return }
        #expect(callback == "DeliveryReport")
        #expect(field == "status_respon[0].sendingid")
        #expect(received.answer.status == .badRequest)
        #expect(String(decoding: received.answer.body, as: UTF8.self).contains("status_respon[0].sendingid"))
    }

    @Test func aPayloadThatDoesNotDecodeSaysWhatItsContentTypeClaims() throws {
        let form = Data("type=DLR&message_id=m".utf8)
        let labelled = Bind.Receivers.callbackEvent.receive(Self.request(.post, "/cb", contentType: "application/x-www-form-urlencoded"), body: form)
        let text = String(decoding: labelled.answer.body, as: UTF8.self)
        #expect(labelled.answer.status == .badRequest)
        #expect(text.contains(#"(the request's Content-Type is "application/x-www-form-urlencoded"; this callback is JSON)"#), "\(text)")
        // Loosely labelled JSON still decodes, and a matching label adds nothing to an error.
        let dlr = try Fixtures.data("bind/dlr.json")
        #expect(throws: Never.self) { try Bind.Receivers.callbackEvent.decode(Self.request(.post, "/cb", contentType: "text/plain"), body: dlr) }
        let broken = Bind.Receivers.callbackEvent.receive(Self.request(.post, "/cb", contentType: "application/json; charset=utf-8"), body: form)
        #expect(!String(decoding: broken.answer.body, as: UTF8.self).contains("Content-Type"))
    }

    /// A Content-Type that names no one charset is quoted once in the 400: the charset's error quotes it, and the
    /// note on what the callback is carried it again. One that reads keeps its note.
    @Test func aContentTypeThatNamesNoCharsetIsQuotedOnce() throws {
        for encoding in [PayloadEncoding.form, .text] {
            let receiver = CallbackReceiver<Ginota.DeliveryReceipt>(provider: "ginota", name: "Receipt", method: "POST", encoding: encoding)
            for contentType in ["]]]; charset=", "]]], text/plain", "]]]; charset=\"utf-8", "]]]"] {
                let received = receiver.receive(Self.request(.post, "/cb", contentType: contentType), body: Data("a=1".utf8))
                let text = String(decoding: received.answer.body, as: UTF8.self)
                #expect(received.answer.status == .badRequest && text.components(separatedBy: DisplayText.quoted(contentType)).count == 2, "\(text)")
            }
        }
    }

    @Test func aQueryOverThePayloadLimitIsRefusedLikeABody() throws {
        let padding = String(repeating: "x", count: PayloadLimits.maximumBytes)
        let received = Ginota.Receivers.deliveryReceipt.receive(
            Self.request(.get, "/dlr?messageId=18D64EC1EADD&deliveryStatus=0&desc=" + padding), body: Data())
        guard case .failure(.tooLarge(_, let bytes)) = received.result else { Issue.record("\(received.result)"); return }
        #expect(bytes > PayloadLimits.maximumBytes)
        #expect(received.answer.status == .contentTooLarge)
    }

    @Test func aQueryReceiptWithoutItsStatusNamesTheField() throws {
        let received = Ginota.Receivers.deliveryReceipt.receive(Self.request(.get, "/dlr?messageId=18D64EC1EADD&desc=Delivered"), body: Data())
        guard case .failure(.invalidPayload(_, let field, _)) = received.result else { Issue.record("\(received.result)"); return }
        #expect(field == "deliveryStatus")
        #expect(received.answer.status == .badRequest)
    }

    @Test func aCodeSentTwiceInAQuerySaysSo() throws {
        let received = Ginota.Receivers.deliveryReceipt.receive(
            Self.request(.get, "/dlr?messageId=18D64EC1EADD&deliveryStatus=0&deliveryStatus=5"), body: Data())
        #expect(received.answer.status == .badRequest)
        #expect(String(decoding: received.answer.body, as: UTF8.self).contains("The field appears 2 times; it takes one value."))
    }

    @Test func aReceiptNamingItsStatusTwiceIsRefused() throws {
        let body = #"{"type":"DLR","error":"000","error":"027","from":"1","message_id":"m","status":"DELIVERED","to":"2"}"#
        let received = Bind.Receivers.callbackEvent.receive(Self.postJSON, body: Data(body.utf8))
        guard case .failure(.invalidPayload(_, let field, let problem)) = received.result else { Issue.record("\(received.result)"); return }
        #expect(field == "error")
        #expect(problem.contains(#"The key "error" appears twice in one object"#))
        #expect(received.answer.status == .badRequest)
    }

    @Test func brokenJSONIsRefusedAndAWrongMethodIsA405() throws {
        let broken = Bind.Receivers.callbackEvent.receive(Self.postJSON, body: Data(#"{"type": "DLR", "from": "#.utf8))
        #expect(broken.answer.status == .badRequest)
        if case .success = broken.result { Issue.record("broken JSON decoded") }

        let wrongMethod = Bind.Receivers.callbackEvent.receive(Self.request(.get, "/callbacks/sms"), body: Data())
        #expect(wrongMethod.result == .failure(.wrongMethod(callback: "CallbackEvent", expected: "POST", received: "GET")))
        #expect(wrongMethod.answer.status == .methodNotAllowed)
        // A 405 says which methods the callback arrives by (RFC 9110 requires Allow on it).
        #expect(wrongMethod.answer.response.headerFields[.allow] == "POST")
    }

    /// A method is any token, as long as the client likes: the 405 answer quotes it cut, as a long value is.
    @Test func aLongMethodIsCutInTheAnswer() throws {
        let method = String(repeating: "X", count: 1_000_000)
        let received = Bind.Receivers.callbackEvent.receive(Self.request(try #require(HTTPRequest.Method(method)), "/callbacks/sms"), body: Data())
        #expect(received.answer.status == .methodNotAllowed)
        #expect(String(decoding: received.answer.body, as: UTF8.self)
            == "CallbackEvent arrives by POST, not \(method.prefix(64))… (1000000 characters)\n")
    }

    @Test func aFormCallbackIsReadFromTheBodyAndAnOversizedOneIsRefusedUnread() throws {
        // Ginota's receipt fields, as a provider that posts its receipts as a form would send them.
        let receiver = CallbackReceiver<Ginota.DeliveryReceipt>(provider: "ginota", name: "FormReceipt", method: "POST", encoding: .form)
        let form = Self.request(.post, "/dlr", contentType: "application/x-www-form-urlencoded")
        let receipt = try receiver.decode(form, body: try Fixtures.data("ginota/dlr.query"))
        #expect(receipt.messageID == "18D64EC1EADD")
        #expect(receipt.dstAddr == "60123456789")

        let oversized = receiver.receive(form, body: Data(count: PayloadLimits.maximumBytes + 1))
        #expect(oversized.result == .failure(.tooLarge(callback: "FormReceipt", bytes: PayloadLimits.maximumBytes + 1)))
        #expect(oversized.answer.status == .contentTooLarge)
    }

    /// A legacy gateway posts its form in the charset its Content-Type declares: `desc=Livr%E9` is "Livré" in
    /// ISO-8859-1 (the receipt was refused with a 400: not valid UTF-8, and lost). Without a charset the form is
    /// UTF-8 as before; a charset no form is read in is a 400 that names it; a GET query stays UTF-8.
    @Test func aFormCallbackIsReadInTheCharsetItsContentTypeDeclares() throws {
        let receiver = CallbackReceiver<Ginota.DeliveryReceipt>(provider: "ginota", name: "FormReceipt", method: "POST", encoding: .form)
        let body = Data(try Fixtures.text("ginota/dlr.query").replacingOccurrences(of: "desc=Delivered", with: "desc=Livr%E9+%80").utf8)
        let form = "application/x-www-form-urlencoded"
        let latin1 = try receiver.decode(Self.request(.post, "/dlr", contentType: "\(form); charset=ISO-8859-1"), body: body)
        #expect(latin1.desc == "Livré \u{80}")
        #expect(latin1.messageID == "18D64EC1EADD")
        let windows = try receiver.decode(Self.request(.post, "/dlr", contentType: "\(form);charset=\"Windows-1252\""), body: body)
        #expect(windows.desc == "Livré €")

        let undeclared = receiver.receive(Self.request(.post, "/dlr", contentType: form), body: body)
        #expect(undeclared.result == .failure(.invalidPayload(
            callback: "FormReceipt", field: "desc", problem: #"at `desc`: The value of field "desc" is not valid UTF-8 after percent-decoding."#)))
        let unknown = receiver.receive(Self.request(.post, "/dlr", contentType: "\(form); charset=KOI8-U"), body: body)
        #expect(unknown.answer.status == .badRequest)
        #expect(String(decoding: unknown.answer.body, as: UTF8.self).contains(#"declares charset "KOI8-U", whose text is read here only where it is ASCII, and this body holds other characters"#))
        // A body of ASCII alone reads alike in every charset that writes ASCII as ASCII (a user: Kavenegar's report
        // labelled windows-1256 was a 400 before that charset was read); UTF-16 writes it otherwise.
        let ascii = Data(String(decoding: body, as: UTF8.self).replacingOccurrences(of: "Livr%E9+%80", with: "Delivered").utf8)
        #expect(try receiver.decode(Self.request(.post, "/dlr", contentType: "\(form); charset=KOI8-U"), body: ascii).desc == "Delivered")
        #expect(receiver.receive(Self.request(.post, "/dlr", contentType: "\(form); charset=UTF-16"), body: ascii).answer.status == .badRequest)

        let query = try Fixtures.text("ginota/dlr.query").trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "desc=Delivered", with: "desc=Livr%E9")
        let get = Ginota.Receivers.deliveryReceipt.receive(Self.request(.get, "/dlr?" + query, contentType: "\(form); charset=ISO-8859-1"), body: Data())
        guard case .failure(.invalidPayload(_, let field, _)) = get.result else { Issue.record("\(get.result)"); return }
        #expect(field == "desc")
    }

    /// A form posted with two Content-Type fields, one naming ISO-8859-1: a UTF-8 `Caf%C3%A9` read as Latin-1 is
    /// "CafÃ©", so the receiver answers 400 rather than pick one (a server taking the first field and one taking the
    /// last read different receipts).
    @Test func aFormWithTwoContentTypesIsRefused() throws {
        let receiver = CallbackReceiver<Ginota.DeliveryReceipt>(provider: "ginota", name: "FormReceipt", method: "POST", encoding: .form)
        let body = Data(try Fixtures.text("ginota/dlr.query").replacingOccurrences(of: "desc=Delivered", with: "desc=Caf%C3%A9").utf8)
        var request = Self.request(.post, "/dlr", contentType: "application/x-www-form-urlencoded")
        request.headerFields.append(HTTPField(name: .contentType, value: "application/x-www-form-urlencoded; charset=ISO-8859-1"))
        let received = receiver.receive(request, body: body)
        #expect(received.answer.status == .badRequest, "\(received.result)")
        #expect(String(decoding: received.answer.body, as: UTF8.self).contains("joins 2 Content-Type values that differ"))
        request.headerFields[.contentType] = "application/x-www-form-urlencoded"
        #expect(try receiver.decode(request, body: body).desc == "Café")
    }

    /// JSON has no charset (RFC 8259): its bytes say UTF-8, -16 or -32, as `JSONPayload` reads them, whatever the
    /// label. A JSON callback labelled ISO-8859-1 decodes when its bytes are JSON's; when they are not (a Latin-1
    /// `é`), the 400 says the label named a charset JSON is not read in.
    @Test func aJSONCallbackIsReadByItsBytesAndALabelledCharsetExplainsAFailure() throws {
        let latin1 = Self.request(.post, "/cb", contentType: "application/json; charset=ISO-8859-1")
        let mo = try Fixtures.text("bind/mo.json")
        guard case .inboundMessage(let message) = try Bind.Receivers.callbackEvent.decode(latin1, body: Data(mo.utf8)) else {
            Issue.record("not an MO")
            return
        }
        #expect(message.text == "STOP")
        let utf16 = Self.request(.post, "/cb", contentType: "application/json; charset=UTF-16")
        #expect(throws: Never.self) { try Bind.Receivers.callbackEvent.decode(utf16, body: mo.data(using: .utf16BigEndian)!) }

        let accented = Data(mo.replacingOccurrences(of: "STOP", with: "Caf\u{E9}").data(using: .isoLatin1)!)
        let refused = Bind.Receivers.callbackEvent.receive(latin1, body: accented)
        let text = String(decoding: refused.answer.body, as: UTF8.self)
        #expect(refused.answer.status == .badRequest)
        #expect(text.hasSuffix(#"(the request's Content-Type declares charset "ISO-8859-1"; JSON is read as UTF-8, or UTF-16 or UTF-32 by its first bytes, whatever the label says: RFC 8259)\#n"#), "\(text)")
        let unlabelled = Bind.Receivers.callbackEvent.receive(Self.postJSON, body: accented)
        #expect(!String(decoding: unlabelled.answer.body, as: UTF8.self).contains("charset"))
    }

    @Test func anUnknownEventNestedBeyondTheLimitIsRefusedNamingIt() throws {
        let depth = PayloadLimits.maximumJSONValueDepth
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let received = Bind.Receivers.callbackEvent.receive(Self.postJSON, body: Data(#"{"type": "XX", "p": \#(nested)}"#.utf8))
        #expect(received.answer.status == .badRequest)
        #expect(String(decoding: received.answer.body, as: UTF8.self).contains("Nested deeper than \(depth) levels"))
    }

    /// The field an error names comes from the payload (an unknown event's keys): like the problem, it is escaped,
    /// so the 400 answer and any log of the error show `\u{1B}` and `\u{202E}`, never a terminal escape or an override.
    @Test func theFieldAnErrorNamesIsEscaped() throws {
        let depth = PayloadLimits.maximumJSONValueDepth
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let payloads = [
            #"{"type": "XX", "\u001b[2J\u202e": \#(nested)}"#, #"{"type": "XX", "\u001b[2J": 1, "\u001b[2J": 2}"#,
            "{\"type\": \"XX\", \"p\": {\"\u{202E}k\": [1,}}",
        ]
        for payload in payloads {
            let received = Bind.Receivers.callbackEvent.receive(Self.postJSON, body: Data(payload.utf8))
            guard case .failure(.invalidPayload(_, let field?, _)) = received.result else { Issue.record("\(received.result)"); continue }
            let answer = String(decoding: received.answer.body, as: UTF8.self)
            for text in [field, answer] {
                #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" }, "\(text.debugDescription)")
            }
            #expect(field.hasPrefix("\\u{1B}[2J") || field == "p.\\u{202E}k[1]", "\(field)")
        }
    }

    @Test func anUnknownEventTypeIsKeptWhole() throws {
        let received = Bind.Receivers.callbackEvent.receive(Self.postJSON, body: Data(#"{"type": "CLICK", "url": "https://x"}"#.utf8))
        guard case .unknown(let type, _) = try received.result.get() else { Issue.record("decoded as a known event"); return }
        #expect(type == "CLICK")
    }

    /// A gzip body the server did not decompress was refused as "Not valid JSON at line 1, column 1", which names
    /// no cause: the 400 now says the body is read as it arrives, under the request's Content-Encoding. A query
    /// callback's body is not read, and says nothing of it.
    @Test func aCompressedBodySaysItsContentEncoding() throws {
        let gzip = Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xAB, 0xAE, 0x05, 0x00])
        var request = Self.postJSON
        request.headerFields[.contentEncoding] = "gzip"
        let received = Bind.Receivers.callbackEvent.receive(request, body: gzip)
        #expect(received.answer.status == .badRequest)
        let text = String(decoding: received.answer.body, as: UTF8.self)
        #expect(text.hasSuffix(#"(the request's Content-Encoding is "gzip": the body is read as it arrives, so the server must decompress it first)\#n"#), "\(text)")
        var get = Self.request(.get, "/dlr?messageId=18D64EC1EADD")
        get.headerFields[.contentEncoding] = "gzip"
        let query = Ginota.Receivers.deliveryReceipt.receive(get, body: Data())
        #expect(!String(decoding: query.answer.body, as: UTF8.self).contains("Content-Encoding"))
    }
}

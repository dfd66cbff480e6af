import Foundation
import SMSProviders
import Testing

/// OCA's document 004 against the generated code.
@Suite struct OCADocumentTests {
    @Test func everyHTTPStatusRowIsGenerated() throws {
        let rows = try Fixtures.table("oca/http-statuses.tsv")
        for row in rows {
            let entry = try #require(OCA.HTTPStatus(rawCode: Int(row["code"] ?? "") ?? 0).entry)
            #expect(entry.name == row["text"] && entry.description == row["description"])
            #expect(entry.httpStatus == Int(row["code"] ?? ""))
        }
        DocumentTable.check(OCA.HTTPStatus.table, documented: rows.compactMap { $0["code"] })
        #expect(OCA.HTTPStatus(rawCode: 429).entry?.source.contains("Premium V2") == true)  // O12
        // The Premium V2 page's own words (its typo kept); the rate-limit figures are our explanation.
        let tooMany = try #require(OCA.HTTPStatus(rawCode: 429).entry)
        #expect(tooMany.name == "To Many Request" && tooMany.description.hasPrefix("Returned when a request cannot be served"))
        #expect(tooMany.explanation?.contains("25 requests per second") == true && tooMany.cause == nil)
    }

    @Test func everyErrorCodeRowIsGeneratedWithItsHTTPMapping() throws {
        let rows = try Fixtures.table("oca/error-codes.tsv")
        #expect(rows.count == 7)
        for row in rows {
            let entry = try #require(OCA.ErrorCode(rawCode: Int(row["code"] ?? "") ?? 0).entry)
            let cause = try #require(row["description"])
            #expect(entry.name == row["text"] && entry.cause == cause)
            // "Corresponds with HTTP 406." — the mapping the document gives.
            #expect(cause.hasPrefix("Corresponds with HTTP \(entry.httpStatus ?? 0)."))
        }
        DocumentTable.check(OCA.ErrorCode.table, documented: rows.compactMap { $0["code"] })
    }

    @Test func everyDocumentedPropertyIsAWireNameOfItsMessage() throws {
        let encoder = JSONEncoder()
        func keys<Value: Encodable>(_ value: Value) throws -> Set<String> {
            let object = try JSONDecoder().decode([String: JSONValue].self, from: encoder.encode(value))
            return Set(object.keys)
        }
        let history = try JSONDecoder().decode(OCA.History.self, from: Fixtures.data("oca/history.json"))
        let status = try JSONDecoder().decode(OCA.StatusEnvelope.self, from: Fixtures.data("oca/status.json"))
        let send = try JSONDecoder().decode(OCA.SendResponse.self, from: Fixtures.data("oca/send-response.json"))
        let request = OCA.SendRequest(phone: "6281381475159", message: "Hello")
        let generated: [String: Set<String>] = [
            "history": try keys(history[0]), "status": try keys(status.data), "send-response": try keys(send),
            "send-request": try keys(request),
        ]
        for row in try Fixtures.table("oca/properties.tsv") {
            let endpoint = row["endpoint"] ?? "", property = row["property"] ?? ""
            if endpoint == "send-response" && property == "success" { continue }  // O4: the answer carries `status`
            #expect(generated[endpoint]?.contains(property) == true, "\(endpoint).\(property) is not generated")
        }
    }

    @Test func thePayloadsDecodeToTheirValues() throws {
        let history = try JSONDecoder().decode(OCA.History.self, from: Fixtures.data("oca/history.json"))
        #expect(history.map(\.msgUID) == ["a1", "a2"])
        #expect(history[1].createdAt.text == "2020-06-4T10:00:00.000Z")  // O7: kept as sent …
        #expect(history[1].createdAt.date == history[0].createdAt.date)  // … and read as 4 June
        #expect(history[1].totalSMS == 2 && history[1].updatedAt != nil)
        let status = try JSONDecoder().decode(OCA.StatusEnvelope.self, from: Fixtures.data("oca/status.json"))
        #expect(status.status && status.data.status == .sent && status.data.application == "my-app")
        let send = try JSONDecoder().decode(OCA.SendResponse.self, from: Fixtures.data("oca/send-response.json"))
        #expect(send.status == .sent)
        let odd = try JSONDecoder().decode(OCA.SendResponse.self, from: Data(#"{"status":"queued","msg_uid":"x"}"#.utf8))
        #expect(odd.status == .unknown("queued"))
    }

    @Test func errorBodiesCarryATextOrFieldErrorsAndACodeAsNumberOrText() throws {
        let credentials = try JSONDecoder().decode(OCA.ErrorBody.self, from: Fixtures.data("oca/error-credentials.json"))
        #expect(credentials.errors.first?.code == .invalidAuthenticationCredentials)
        #expect(credentials.errors.first?.message == .text("Invalid Authentication Credentials"))
        let validation = try JSONDecoder().decode(OCA.ErrorBody.self, from: Fixtures.data("oca/error-validation.json"))
        #expect(validation.errors.first?.code == .invalidBody)
        guard case .fieldErrors(let fields)? = validation.errors.first?.message else {
            Issue.record("expected field errors")
            return
        }
        #expect(fields.map(\.param) == ["phone_number"] && fields.first?.msg == "Invalid country code")
        #expect(validation.failures.first?.error.httpStatus == 406)
    }

    /// A list of field errors with a broken element fails where the element breaks, saying why, not as "Expected
    /// `String` or `[FieldError]`"; only a message that is neither text nor a list is that.
    @Test func aBrokenFieldErrorIsReportedAtItsPlaceWithItsReason() throws {
        let validation = try Fixtures.text("oca/error-validation.json")
        let field = #"{"value":"89694353628","msg":"Invalid country code","param":"phone_number","location":"body"}"#
        try #require(validation.contains(field))
        func failure(message: String) -> String {
            let body = validation.replacingOccurrences(of: "[\(field)]", with: message)
            do {
                _ = try JSONPayload.decode(OCA.ErrorBody.self, from: Data(body.utf8))
                return "decoded"
            } catch {
                return DecodingErrorDescription.describe(error)
            }
        }
        func third(_ broken: String) -> String { "[\(field),\(field),\(broken)]" }
        #expect(failure(message: third(field)) == "decoded")
        #expect(failure(message: third(field.replacingOccurrences(of: #""msg":"Invalid country code","#, with: "")))
            == "at `errors[0].message[2].msg`: the required field is missing")
        let deep = String(repeating: "[", count: 20) + String(repeating: "]", count: 20)
        #expect(failure(message: third(field.replacingOccurrences(of: #""89694353628""#, with: deep)))
            == "at `errors[0].message[2].value[0][0][0][0][0][0][0][0][0][0][0]`: Nested deeper than 16 levels, the limit for a value kept as JSON.")
        #expect(failure(message: third(#""Invalid country code""#)).hasPrefix(
            "at `errors[0].message[2]`: expected an object, found text"))
        for other in [#"{"msg":"Invalid country code"}"#, "39", "39.5", "true", "null"] {
            #expect(failure(message: other) == "at `errors[0].message`: Expected `String` or `[FieldError]`.")
        }
    }

    @Test func requestsUseHTTPBasic() throws {
        let http = try OCA.StatusRequest(msgUID: "a1").httpRequest(
            baseURL: OCA.provider.baseURLs[0], authentication: .basic, credentials: .basic(username: "test@gmail.com", password: "test123"))
        #expect(http.url == "https://sms.ocatelkom.co.id/api/v1/sms/status/a1" && http.method == "GET")
        #expect(http.headers.contains { $0 == ("Authorization", "Basic dGVzdEBnbWFpbC5jb206dGVzdDEyMw==") })  // the document's example
    }
}

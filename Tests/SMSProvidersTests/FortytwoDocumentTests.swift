import Foundation
import SMSProviders
import Testing

/// Fortytwo's document 003 against the generated code.
@Suite struct FortytwoDocumentTests {
    @Test func everyResultCodeRowIsGeneratedWithItsMessageHTTPStatusAndDescription() throws {
        let rows = try Fixtures.table("fortytwo/result-codes.tsv")
        #expect(rows.count == 22)
        for row in rows {
            let code = try #require(Int(row["code"] ?? ""))
            let entry = try #require(Fortytwo.ResultCode(rawCode: code).entry, "\(code) missing")
            let status = Int(row["http_status"] ?? "")
            if code == 0 {
                // F5: 0 is "Success" (201) on request code and "Valid" (200) on validate code.
                let meaning = try #require(entry.perOperation.first { $0.description == row["message"] })
                #expect(meaning.httpStatus == status && meaning.cause == row["description"])
            } else {
                #expect(entry.description == row["message"])
                #expect(entry.cause == row["description"])
                #expect(entry.httpStatuses == [status].compactMap { $0 })
            }
        }
        DocumentTable.check(Fortytwo.ResultCode.table, documented: rows.compactMap { $0["code"] })
        #expect(Fortytwo.ResultCode.success.entry?.description(in: "requestCode") == "Success")
        #expect(Fortytwo.ResultCode.success.entry?.description(in: "validateCode") == "Valid")
    }

    @Test func everyHTTPStatusRowIsGenerated() throws {
        let rows = try Fixtures.table("fortytwo/http-statuses.tsv")
        #expect(rows.count == 12)
        for row in rows {
            let entry = try #require(Fortytwo.HTTPStatus(rawCode: Int(row["code"] ?? "") ?? 0).entry)
            #expect(entry.description == row["description"])
            #expect(entry.httpStatus == Int(row["code"] ?? ""))
        }
        DocumentTable.check(Fortytwo.HTTPStatus.table, documented: rows.compactMap { $0["code"] })
    }

    @Test func theRequestCodeExampleDecodes() throws {
        let response = try JSONDecoder().decode(Fortytwo.Response.self, from: Fixtures.data("fortytwo/request-code-response.json"))
        #expect(response.apiJobID == "0c6ccf37-dd15-49ff-a12f-ffad8f2655a6")
        #expect(response.resultInfo.statusCode == .success && response.resultInfo.description == "Success")
        #expect(response.result?.messageID == "14466445287300014003")  // F4: beyond Int64, kept as text
        #expect(response.allSucceeded)
    }

    @Test func theValidateCodeExampleDecodesOnceCorrected() throws {
        let response = try JSONDecoder().decode(Fortytwo.Response.self, from: Fixtures.data("fortytwo/validate-code-response.json"))
        #expect(response.resultInfo.statusCode == .success && response.resultInfo.description == "Valid")
        #expect(response.result == nil)
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(Fortytwo.Response.self, from: Fixtures.data("fortytwo/validate-code-response.verbatim.txt"))
        }
        #expect(DecodingErrorDescription.describe(error).contains("not valid JSON"))
    }

    @Test func anExpiredCodeUnderHTTP200IsAFailure() throws {
        let body = #"{"api_job_id":"j","result_info":{"status_code":-53,"description":"Invalid"}}"#
        let response = try JSONDecoder().decode(Fortytwo.Response.self, from: Data(body.utf8))
        #expect(response.resultInfo.statusCode == .expiredCode)
        #expect(response.resultInfo.statusCode.httpStatus == 200)
        #expect(!response.allSucceeded && !response.resultInfo.statusCode.isRetryable)
    }

    @Test func validateCodeTravelsInThePathWithATokenHeader() throws {
        let request = Fortytwo.ValidateCodeRequest(clientRef: "order/42", code: "123456")
        let http = try request.httpRequest(baseURL: Fortytwo.provider.baseURLs[0], authentication: Fortytwo.provider.authentication, credentials: .apiKey("tok"))
        #expect(http.method == "POST")
        #expect(http.url == "https://rest.fortytwo.com/1/2fa/order%2F42/123456")
        #expect(http.body == nil)
        #expect(http.headers.contains { $0 == ("Authorization", "Token tok") })
    }
}

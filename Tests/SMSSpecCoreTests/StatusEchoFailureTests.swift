import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// An error body carrying two known codes, one of them the HTTP status itself (a user's Smshosting
/// `{"errorCode": 400, "errorMsg": "BAD_CREDIT"}`, `errorCode` read as its HTTP-status table): the error thrown is the
/// body's own code, whichever field the shape declares first (it was the status's row when `errorCode` came last).
@Suite struct StatusEchoFailureTests {
    static func spec(fields: String) -> String {
        """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: header, name: X-Key}}
        sources: {doc: {title: Doc, url: 'https://acme.example/doc'}}
        operations:
          send:
            method: POST
            path: /send
            request: Send
            responses:
              200: {shape: Sent}
              400: {shape: Problem, tables: [ErrorMessage, HTTPStatus]}
        shapes:
          Send: {fields: {to: string}}
          Sent: {fields: {id: string}}
          Problem:
            fields:
        \(fields)
        tables:
          HTTPStatus:
            title: HTTP statuses
            source: doc
            entries:
              - {code: 400, name: Bad Request, summary: A parameter is missing, httpStatus: 400, outcome: failure, category: invalidRequest}
          ErrorMessage:
            title: errorMsg values
            source: doc
            codeType: string
            entries:
              - {code: BAD_CREDIT, summary: Not enough credit, httpStatus: 400, outcome: failure, category: insufficientFunds}
              - {code: BAD_FROM, summary: Bad sender, httpStatus: 400, outcome: failure, category: invalidRequest}

        """
    }

    @Test func theBodysOwnCodeIsThrownBeforeTheStatusItRepeats() throws {
        let main = FailureReasonTests.answering + ##"""
            for body in [#"{"errorCode": 400, "errorMsg": "BAD_CREDIT"}"#, #"{"errorMsg": "BAD_CREDIT", "errorCode": 400}"#, #"{"errorCode": 400}"#] {
                let client = Acme.Client(transport: Answers(status: .badRequest, body: body), configuration: ClientConfiguration(credentials: .apiKey("k")))
                do { _ = try await client.send(Acme.Send(to: "1")) } catch let error as ProviderError {
                    print(error.table ?? "-", error.rawCode, error.category)
                }
            }
            """##
        for fields in [
            "      errorMsg: {type: ErrorMessage, required: false}\n      errorCode: HTTPStatus",
            "      errorCode: HTTPStatus\n      errorMsg: {type: ErrorMessage, required: false}",
        ] {
            #expect(lintDiagnostics(Self.spec(fields: fields)) == [])
            let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec(fields: fields), main: main, clients: true)
            #expect(build.status == 0, "\(build.output)")
            #expect(run?.output == """
                ErrorMessage BAD_CREDIT insufficientFunds
                ErrorMessage BAD_CREDIT insufficientFunds
                HTTPStatus 400 invalidRequest

                """, "\(fields): \(run?.output ?? "")")
        }
    }
}

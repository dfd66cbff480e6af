import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A code whose meaning depends on the operation (`perOperation`: a user's Advanta 1009, "Unsupported data type" for a
/// send, "No dlr" for `getDLR`): the error a call throws says what it means in that call, as `lookup` does (it said
/// the general meaning), and names the operation.
@Suite struct OperationMeaningErrorTests {
    static let spec = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: header, name: X-Key}}
        sources: {doc: {title: Doc, url: 'https://acme.example/doc'}}
        operations:
          send: {method: POST, path: /send, request: Send, responses: {200: {shape: Answer, tables: [Code]}}}
          getDLR: {method: POST, path: /dlr, request: Send, responses: {200: {shape: Answer, tables: [Code]}}}
        shapes:
          Send: {fields: {to: string}}
          Answer: {fields: {code: Code}}
        tables:
          Code:
            title: Response codes
            source: doc
            entries:
              - {code: 200, summary: Success, outcome: success, category: none}
              - code: 1009
                summary: Unsupported data type
                outcome: failure
                category: invalidRequest
                perOperation:
                  getDLR: {summary: No dlr}

        """

    @Test func theErrorSaysWhatItsCodeMeansInTheCall() throws {
        #expect(lintDiagnostics(Self.spec) == [])
        let main = FailureReasonTests.answering + ##"""
            let client = Acme.Client(transport: Answers(status: .ok, body: #"{"code": 1009}"#), configuration: ClientConfiguration(credentials: .apiKey("k")))
            do { _ = try await client.send(Acme.Send(to: "1")) } catch let error as ProviderError { print(error.operation ?? "-", error) }
            do { _ = try await client.getDLR(Acme.Send(to: "1")) } catch let error as ProviderError { print(error.operation ?? "-", error) }
            """##
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: main, clients: true)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == """
            send acme Code 1009 (1009: Unsupported data type) [invalidRequest]
            getDLR acme Code 1009 (1009: No dlr) [invalidRequest]

            """, "\(run?.output ?? "")")
    }
}

import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A list of a table's codes joined into one text (SMSAPI's delivery report `status=404,407`): each element reads as
/// a code of its table, whatever it is (padded, undocumented, empty, text), is written back joined, and carries its
/// code into the status walk.
@Suite struct SeparatedCodesTests {
    static let yaml = """
        callbacks:
          Report: {method: GET, encoding: query, shape: Report}
        shapes:
          Report:
            fields:
              status: {type: '[Status]', separator: ','}
              more: {type: '[Status]', separator: ';', required: false}
        tables:
          Status:
            title: Statuses
            source: doc
            deliveryStatus: true
            entries:
              - {code: 404, name: DELIVERED, summary: Delivered., outcome: success, category: none, deliveryState: delivered, final: true}
              - {code: 407, name: FAILED, summary: Failed., outcome: failure, category: networkError, deliveryState: undelivered, final: true}

        """

    @Test func eachElementIsACodeOfItsTableAndItsFailureIsFound() throws {
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let report = try FormDecoder().decode(Acme.Report.self, from: Data("status=404,0407,,abc".utf8))
            print(report.status.map(\.name), report.more == nil)
            print(report.failures.map(\.description))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let json = try encoder.encode(report)
            print(String(decoding: json, as: UTF8.self))
            print(try JSONDecoder().decode(Acme.Report.self, from: json) == report)
            encoder.userInfo[.annotateStatusCodes] = true
            print(String(decoding: try encoder.encode(Acme.Report(status: [.delivered])), as: UTF8.self))
            do {
                _ = try JSONEncoder().encode(Acme.Report(status: [.unknown(.init(text: "4,5"))]))
            } catch {
                print(error)
            }
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Snippet.header(providerKeys: "") + Self.yaml, main: main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == #"""
            ["DELIVERED", "FAILED", "UNKNOWN", "UNKNOWN"] true
            ["status[1]: acme Status 407 (FAILED: Failed.) — failure", "status[2]: acme Status \"\" (undocumented) — failure", "status[3]: acme Status abc (undocumented) — failure"]
            {"status":"404,407,,abc"}
            true
            {"status":[{"category":"none","code":404,"deliveryState":"delivered","final":true,"meaning":"Delivered.","name":"DELIVERED","outcome":"success","retryable":false}]}
            EncodingError.invalidValue: ["4,5" (not in acme Status)] (Array<Status>). Path: status. Debug description: The list has element 0 ("4,5"), which holds the separator "," and would be read back as more than one element.

            """#, "\(run?.output ?? "")")
    }

    /// A code whose spelling holds the separator would be sent as two elements.
    @Test func aSeparatorACodeHoldsIsALocatedError() {
        let yaml = """
            shapes:
              Report:
                fields:
                  errors: {type: '[Error]', separator: '-'}
                  states: {type: '[State]', separator: ' '}
            tables:
              Error:
                title: Errors
                source: doc
                entries:
                  - {code: -10009, summary: Bad IP., outcome: failure, category: authorization}
              State:
                title: States
                source: doc
                codeType: string
                entries:
                  - {code: OK, aliases: [all good], summary: Fine., outcome: success, category: none}

            """
        #expect(Snippet.diagnostics(yaml) == [
            "11:44: 'separator' of field 'errors' of shape 'Report' is \"-\", which code -10009 of table 'Error' holds: it would be sent as two elements; choose another separator",
            "12:44: 'separator' of field 'states' of shape 'Report' is \" \", which code \"all good\" of table 'State' holds: it would be sent as two elements; choose another separator",
        ])
    }
}

import Foundation
@testable import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// The specs of gateways SMSSpec does not bundle (Tests/ThirdPartySpecs), message by message, through the Swift
/// generated from them: a payload of every message (`RandomPayloads`) decodes and is written back as it came, with
/// every code place holding each undocumented code (text, `""`, `null`, a fraction, a number beyond `Int64`, padded
/// digits) kept in its kind and text; a form of every message sent as one, undocumented codes included, reads back
/// the same written as a form again; and every example of the specs (JSON, form and query callbacks) reads back the
/// same written as JSON, and as a form for a form or query.
@Suite struct ThirdPartyRoundTripTests {
    @Test func everyMessageOfTheThirdPartySpecsRoundTrips() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "smsspec-thirdparty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let (models, files, diagnostics) = try ThirdPartySpecs.generate(into: directory)
        #expect(diagnostics == [])
        #expect(models.count == 38)
        var cases: [[String]] = []
        for model in models {
            cases += RandomRoundTripTests.cases(of: model, label: "third-party")
            cases += model.examples.map(\.spec).map { ["example \($0.name.value)", model.id, $0.message.value, $0.payload, $0.format.rawValue] }
        }
        // Kaleyra's Amount (decimal, then double): a 42-digit price reads as the double, written 1.2345678901234568e+41,
        // which reads back as the decimal, the same number (the fuzzer's find, Fuzz/regressions/FuzzRoundTrip/).
        let longPrice = #"{"id": "x", "status": "DELIVRD", "price": 123456789012345678901234567890123456789012}"#
        cases.append(["42-digit price", "kaleyra", "StatusAnswer", longPrice, "json", #"{"id": "x", "status": "DELIVRD", "price": 1.2345678901234568e41}"#])
        let formCases = cases.filter { $0.count > 4 && $0[4] != "json" }.count
        #expect(formCases >= 10, "too few forms: \(formCases)")
        let failures = try RandomRoundTripTests.failures(of: cases, files: files, catalogs: ["ThirdPartyCatalog.providers"], in: directory)
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) payloads:\n\(failures.prefix(20).joined(separator: "\n"))")
    }
}

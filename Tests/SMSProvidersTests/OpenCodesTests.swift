import Foundation
import SMSProviderCatalog
import SMSProviders
import Testing

/// A new code from a provider never breaks decoding, and goes back on the wire unchanged.
@Suite struct OpenCodesTests {
    @Test func unknownCodesDecodeToUnknownAndRoundTrip() throws {
        let bind = try JSONDecoder().decode(Bind.DLRError.self, from: Data("\"9999\"".utf8))
        #expect(bind == .unknown("9999"))  // text stays text
        #expect(!bind.isKnown && bind.category == .unknown && bind.outcome == .failure)
        #expect(String(decoding: try JSONEncoder().encode(bind), as: UTF8.self) == "\"9999\"")

        let status = try JSONDecoder().decode(Bind.SendError.self, from: Data("\"NUMBER_PORTED\"".utf8))
        #expect(status == .unknown("NUMBER_PORTED"))
        #expect(String(decoding: try JSONEncoder().encode(status), as: UTF8.self) == "\"NUMBER_PORTED\"")

        let ginota = try JSONDecoder().decode(Ginota.Status.self, from: Data("\"99\"".utf8))
        #expect(ginota == .unknown("99"))
        #expect(String(decoding: try JSONEncoder().encode(ginota), as: UTF8.self) == "\"99\"")
    }

    @Test func anArrayWithOneUnknownValueStillDecodes() throws {
        let values = try JSONDecoder().decode([Bind.DeliveryStatus].self, from: Data(#"["DELIVERED","PARTIALLY_DELIVERED"]"#.utf8))
        #expect(values == [.delivered, .unknown("PARTIALLY_DELIVERED")])
    }

    @Test func knownCodesRoundTripThroughTheirRawCode() {
        for entry in Bind.DLRError.table.entries {
            let code = Bind.DLRError(rawCode: Int(entry.code) ?? -1)
            #expect(code.isKnown && code.rawCode.map(String.init) == entry.code)
        }
        for entry in Ginota.Status.table.entries {
            #expect(Ginota.Status(rawCode: Int(entry.code) ?? -1).entry == entry)
        }
    }

    @Test func malformedPayloadsThrowErrorsThatNameTheField() throws {
        let cases: [(String, String)] = [
            (#"{"error":{},"from":"1","message_id":"m","status":"DELIVERED","to":"2"}"#, "at `error`"),
            (#"{"error":"0","message_id":"m","status":"DELIVERED","to":"2"}"#, "at `from`"),
            (#"{"error":"0","from":7,"message_id":"m","status":"DELIVERED","to":"2"}"#, "at `from`"),
            (#"{"error":"0","from":"1","message_id":"m","status":[],"to":"2"}"#, "at `status`"),
            (#"[1,2]"#, "(top level)"),
        ]
        for (payload, location) in cases {
            let error = try #require(throws: DecodingError.self) {
                try JSONDecoder().decode(Bind.DeliveryReceipt.self, from: Data(payload.utf8))
            }
            #expect(DecodingErrorDescription.describe(error).contains(location), "\(payload): \(DecodingErrorDescription.describe(error))")
        }
    }
}

/// Credentials never show in printed values.
@Suite struct SecretTests {
    @Test func secretsAreRedactedInDescriptionsAndDumps() {
        let request = Ginota.SendRequest(apiKey: "KEY%2Fabc", apiSecret: "s3cr3t!", srcAddr: "Shop", dstAddr: "6591234567", content: "Hi")
        var dumped = ""
        dump(request, to: &dumped)
        for text in [String(describing: request), String(reflecting: request), dumped, "\(request.apiSecret)"] {
            #expect(!text.contains("s3cr3t!") && !text.contains("KEY%2Fabc"), "leaked in: \(text)")
        }
        #expect(request.apiSecret.value == "s3cr3t!")
    }
}

/// Every example payload in the specs decodes; the documents' broken versions do not.
@Suite struct SpecExamplesTests {
    @Test func everyExampleDecodesWithItsMessageType() throws {
        let catalogs = SMSSpecCatalog.providers
        #expect(catalogs.map(\.provider.id) == ["bind", "fortytwo", "ginota", "oca", "rajasms"])
        for catalog in catalogs {
            for example in catalog.examples {
                let message = try #require(catalog.message(named: example.message), "\(example.name): no message \(example.message)")
                #expect(throws: Never.self, "\(catalog.provider.id) \(example.name)") {
                    _ = try message.decode(Data(example.payload.utf8), as: example.format)
                }
                if let verbatim = example.verbatim {
                    #expect(throws: (any Error).self) { _ = try message.decode(Data(verbatim.utf8), as: example.format) }
                }
            }
        }
    }
}

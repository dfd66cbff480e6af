import Foundation
import SMSProviders
import SMSSpecRuntime
import Testing

/// A number where a textual table expects text (Bind's DLR error is `"000"`) is read exactly: Foundation's integer
/// read goes through `Double` for a number written with a fraction or an exponent, so `27.0000000000000001` was the
/// documented ABSENT_SUBSCRIBER (written back as `"027"`) and `1e-400` the documented DELIVERED.
@Suite struct FractionalCodeTests {
    private func receipt(error value: String) throws -> Bind.DeliveryReceipt {
        let json = #"{"error": \#(value), "from": "1", "message_id": "m", "status": "DELIVERED", "to": "2"}"#
        return try JSONPayload.decode(Bind.DeliveryReceipt.self, from: Data(json.utf8))
    }

    private func written(_ code: Bind.DLRError) throws -> String {
        String(decoding: try JSONEncoder().encode(code), as: UTF8.self)
    }

    @Test(arguments: ["27.0000000000000001", "26.99999999999999999", "0.00000000000000000001", "-0.0000000000000000001"])
    func aNumberNearACodeIsNotThatCode(_ value: String) throws {
        let error = try receipt(error: value).error
        #expect(!error.isKnown, "\(value) read as \(error)")
        #expect(error.wireCode.kind == .number && error.wireCode.text == value)
        #expect(try written(error) == error.wireCode.text)
    }

    /// Below what a `Double` holds, a number is refused as `1e400` above it is, never taken for 0.
    @Test(arguments: ["1e-400", "0." + String(repeating: "0", count: 9_999) + "1"])
    func aNumberThatUnderflowsIsRefusedNotZero(_ value: String) {
        #expect(throws: DecodingError.self, "\(value.prefix(20))… was read as 000 DELIVERED") { try receipt(error: value) }
    }

    /// A fraction or exponent that spells an integer exactly is that integer: the documented code it names.
    @Test func aNumberThatIsExactlyAnIntegerIsThatCode() throws {
        #expect(try receipt(error: "0.0").error == .delivered)
        #expect(try receipt(error: "2.7e1").error == .absentSubscriber)
        #expect(try receipt(error: "0").error == .delivered)
        for zero in ["-0.0e1", "0e1", "0.00e+3", "0E5", "-0e0", "0e-400"] {  // Foundation's `Double` read refuses the first four
            #expect(try receipt(error: zero).error == .delivered, "\(zero)")
        }
        #expect(try receipt(error: "3.0").error == .unknown(WireCode(3)))
        let fraction = try receipt(error: "12.50").error.wireCode
        #expect(fraction.kind == .number && fraction.text == "12.5")
    }
}

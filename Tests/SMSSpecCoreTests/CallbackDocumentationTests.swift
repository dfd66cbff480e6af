import Testing

/// What a spec says of a callback reaches generated code: a callback named as its shape declares no type of its own,
/// so its shape's documentation carries its delivery, signature and decisions, and its receiver carries its decisions.
@Suite struct CallbackDocumentationTests {
    static let yaml = """
        shapes:
          Receipt: {fields: {id: string}}
        callbacks:
          Receipt:
            summary: Posted on delivery.
            shape: Receipt
            signature: {header: X-Signature, algorithm: hmac-sha256, signs: body, encoding: hex}
            decisions:
              - {id: CB1, issue: The page says form data but shows JSON., decision: JSON as the example shows.}
          ReceiptForm:
            summary: The same, as a form.
            encoding: form
            shape: Receipt
            source: doc
            decisions:
              - {id: CB2, issue: The other reading., decision: A form receiver too.}

        """

    @Test func aCallbackNamedAsItsShapeIsDocumentedOnTheShape() throws {
        Snippet.expect(try Snippet.swift(Self.yaml), contains: """
            /// Posted on delivery.
            ///
            /// Delivered as POST with a JSON body.
            ///
            /// Signed: HMAC-SHA256 of the raw body, hex, in the header X-Signature. Its receiver refuses a request without this signature (`verifying(with:)` gives it the secret).
            ///
            /// Our inference: no document the spec cites states this signature.
            ///
            /// Decision CB1: JSON as the example shows.
            /// The issue: The page says form data but shows JSON.
            public struct Receipt: Swift.Codable, Swift.Hashable, Swift.Sendable {
            """)
    }

    @Test func aReceiverCarriesItsCallbacksDecisions() throws {
        let receivers = try Snippet.swift(Self.yaml, "receiver", options: ClientRendererTests.options)
        Snippet.expect(receivers, contains: """
            /// Decision CB1: JSON as the example shows.
            /// The issue: The page says form data but shows JSON.
            public static let receipt = SMSSpecReceiver.CallbackReceiver<Acme.Receipt>(
            """)
        Snippet.expect(receivers, contains: """
            /// Decision CB2: A form receiver too.
            /// The issue: The other reading.
            public static let receiptForm = SMSSpecReceiver.CallbackReceiver<Acme.Receipt>(
            """)
    }

    /// A signature whose callback cites a source rests on it: no inference mark.
    @Test func aSignatureOfASourcedCallbackIsNotMarkedAsInference() throws {
        let sourced = Self.yaml.replacingOccurrences(of: "    shape: Receipt\n    signature", with: "    shape: Receipt\n    source: doc\n    signature")
        #expect(sourced != Self.yaml)
        #expect(!(try Snippet.swift(sourced)).contains("Our inference: no document"))
    }
}

import Testing

/// Which fields named like an `auth: fields` credential must be `secret`.
@Suite struct CredentialFieldTests {
    static let provider = "  auth: {type: fields, fields: [apikey]}\n"

    static func spec(errorField: String) -> String {
        """
        operations:
          send:
            method: POST
            path: /messages
            request: Send
            responses:
              200: {summary: Sent.}
              422: {shape: FieldErrors}
        shapes:
          Send:
            fields:
              apikey: {type: string, secret: true}
              number: string
          FieldErrors:
            fields:
              apikey: \(errorField)
              number: {type: '[string]', required: false}

        """
    }

    /// Semaphore's 422 answer lists each invalid field's messages, the credential's too: a list no `secret` can be.
    @Test func anAnswerReportingOnTheCredentialNeedsNoSecret() {
        #expect(Snippet.diagnostics(Self.spec(errorField: "{type: '[string]', required: false}"), providerKeys: Self.provider) == [])
    }

    /// A variant of a union an operation answers with is an answer too (seven's answer object or bare code), and so is
    /// a variant of a union that is one of its variants.
    @Test func aVariantOfAnAnswersUnionReportingOnTheCredentialNeedsNoSecret() {
        let answeredThroughUnions = Self.spec(errorField: "{type: '[string]', required: false}")
            .replacingOccurrences(of: "422: {shape: FieldErrors}", with: "422: {shape: Refusal}")
            + "unions:\n  Refusal:\n    variants: {code: int, inner: Inner}\n  Inner:\n    variants: {text: string, errors: FieldErrors}\n"
        #expect(Snippet.diagnostics(answeredThroughUnions, providerKeys: Self.provider) == [])
        let echoed = answeredThroughUnions.replacingOccurrences(of: "apikey: {type: '[string]', required: false}", with: "apikey: {type: string, required: false}")
        #expect(Snippet.diagnostics(echoed, providerKeys: Self.provider) == [
            "24:7: field 'apikey' of shape 'FieldErrors' carries a credential (auth fields): mark it `secret: true` so its value never prints"
        ])
    }

    /// Text in an answer may be the credential echoed back.
    @Test func textNamedLikeTheCredentialStaysASecretInAnswersToo() {
        #expect(Snippet.diagnostics(Self.spec(errorField: "{type: string, required: false}"), providerKeys: Self.provider) == [
            "24:7: field 'apikey' of shape 'FieldErrors' carries a credential (auth fields): mark it `secret: true` so its value never prints"
        ])
    }

    /// A field named as the auth header (a callback echoing `X-Key`), in any case or inside a bracketed form name,
    /// printed its value: the catalog and an unknown event redact that name, a known event's field did not.
    @Test func aFieldNamedAsTheAuthHeaderIsASecret() {
        let yaml = """
            shapes:
              Mo:
                fields:
                  x-key: {type: string, name: key}
                  data[X-KEY]: {type: string, name: key2}
                  note: string
            callbacks:
              Hook: {shape: Mo, source: doc}

            """
        #expect(Snippet.diagnostics(yaml, providerKeys: "  auth: {type: header, name: X-Key}\n") == [
            "12:7: field 'x-key' of shape 'Mo' carries a credential (the auth header X-Key): mark it `secret: true` so its value never prints",
            "13:7: field 'data[X-KEY]' of shape 'Mo' carries a credential (the auth header X-Key): mark it `secret: true` so its value never prints",
        ])
    }

    /// A shape an operation sends is a request, whatever else it is.
    @Test func aSentShapeNeedsTheSecret() {
        let yaml = Self.spec(errorField: "{type: '[string]', required: false}").replacingOccurrences(of: "request: Send", with: "request: FieldErrors")
        #expect(Snippet.diagnostics(yaml, providerKeys: Self.provider).contains(
            "24:7: field 'apikey' of shape 'FieldErrors' carries a credential (auth fields): mark it `secret: true` so its value never prints"))
    }
}

extension CredentialFieldTests {
    /// Onurix's account id is an auth field its document types int64: lint asked for `secret: true`, then said only
    /// strings can be secret, and neither named the way out (a user). Both say to type it `string`.
    @Test func aCredentialOfDigitsIsToldToBeText() {
        let yaml = """
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {summary: Sent.}}}
            shapes:
              Send:
                fields:
                  client: CLIENT
                  to: string

            """
        let provider = "  auth: {type: fields, fields: [client]}\n"
        #expect(Snippet.diagnostics(yaml.replacingOccurrences(of: "CLIENT", with: "int64"), providerKeys: provider) == [
            "14:7: field 'client' of shape 'Send' carries a credential (auth fields): mark it `secret: true`, typed `string` (only text can "
                + "be secret) so its value never prints"
        ])
        #expect(Snippet.diagnostics(yaml.replacingOccurrences(of: "CLIENT", with: "{type: int64, secret: true}"), providerKeys: provider) == [
            "14:7: only string fields can be 'secret'; field 'client' of shape 'Send' is 'int64': type it `string` (a credential of digits "
                + "travels as text, and a string keeps a leading zero)"
        ])
    }
}

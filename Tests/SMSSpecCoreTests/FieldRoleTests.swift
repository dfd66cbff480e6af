import SMSSpecCore
import Testing

/// `role:` says what a field is where its name does not (Kavenegar's `receptor`, Octopush's `sms_ticket`): a role of
/// the list, on a field whose type it can have; anything else a located error, with what was meant.
@Suite struct FieldRoleTests {
    static func spec(_ fields: String) -> String {
        """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://e.example'], auth: {type: basic}}
        operations: {send: {method: POST, path: /send, request: R, responses: {200: {shape: A}}}}
        shapes:
          R: {fields: {\(fields)}}
          A: {fields: {sms_ticket: {type: string, role: messageID}}}

        """
    }

    @Test func aRoleOfTheListOnAFieldOfItsTypeIsTaken() throws {
        let yaml = Self.spec("receptor: {type: '[string]', separator: ',', role: recipient}, sender: {type: int64, role: sender}, body: {type: string, role: text}")
        #expect(lintDiagnostics(yaml) == [])
        let model = try #require(Generator.models(for: [SpecInput(path: "specs/acme.yaml", contents: yaml)], diagnostics: DiagnosticCollector()).first)
        let roles = model.shapes.flatMap(\.fields).compactMap { field in field.spec.role.map { (field.spec.wireName.value, $0.value) } }
        #expect(roles.map(\.0) == ["receptor", "sender", "body", "sms_ticket"] && roles.map(\.1) == [.recipient, .sender, .text, .messageID], "\(roles)")
    }

    @Test func aRoleNotOfTheListOrOfAnotherTypeIsALocatedError() {
        #expect(diagnose(Self.spec("receptor: {type: string, role: to}")) == [
            "specs/acme.yaml:5:47: error: 'role' of field 'receptor' of shape 'R' must be one of recipient, sender, text, messageID, reason, credential, credentialExpiry; "
                + "found 'to' (the number a message goes to is 'recipient')"
        ])
        #expect(diagnose(Self.spec("ticket: {type: string, role: messageId}")) == [
            "specs/acme.yaml:5:45: error: 'role' of field 'ticket' of shape 'R' must be one of recipient, sender, text, messageID, reason, credential, credentialExpiry; "
                + "found 'messageId' (write 'messageID')"
        ])
        #expect(diagnose(Self.spec("body: {type: '[string]', role: text}")) == [
            "specs/acme.yaml:5:47: error: field 'body' of shape 'R' has the role 'text', which is a string; the field is '[string]'"
        ])
        #expect(diagnose(Self.spec("at: {type: date, format: iso8601, role: recipient}")) == [
            "specs/acme.yaml:5:56: error: field 'at' of shape 'R' has the role 'recipient', which is a string or an integer, a list of them, or a union of these; "
                + "the field is 'date'"
        ])
    }

    /// Telstra's `to` and `messageId`: one number or a list of them, a union of the two (a user's spec was refused).
    /// A union holding another type, or a discriminated one, is not.
    @Test func aRoleOnAUnionOfItsTypesIsTaken() {
        let unions = "\nunions:\n  Recipients: {variants: {one: string, many: '[string]'}}\n  Mixed: {variants: {flag: bool, one: string}}\n"
        #expect(diagnose(Self.spec("to: {type: Recipients, role: recipient}, ids: {type: Recipients, role: messageID}") + unions) == [])
        #expect(diagnose(Self.spec("to: {type: Mixed, role: recipient}") + unions) == [
            "specs/acme.yaml:5:40: error: field 'to' of shape 'R' has the role 'recipient', which is a string or an integer, a list of them, or a union "
                + "of these; the field is 'Mixed'"
        ])
        #expect(diagnose(Self.spec("body: {type: Recipients, role: text}") + unions).count == 1)
    }

    /// A credential with a role (`role: recipient` on Kavenegar's key, an attack) was read by the sandbox as that part
    /// of a message and answered back as the receptor.
    @Test func aSecretFieldHasNoRole() {
        #expect(diagnose(Self.spec("key: {type: string, secret: true, role: recipient}")) == [
            "specs/acme.yaml:5:56: error: field 'key' of shape 'R' is 'secret' and has the role 'recipient': a credential is none of a message's "
                + "parts; remove the role"
        ])
    }

    /// A phone number typed as an integer and read from text loses a leading zero or '+' (a user's lenient Kavenegar
    /// `receptor`): a warning wherever it is read from text, none where a JSON number is all it can be.
    @Test func aPhoneNumberReadAsAnIntegerFromTextIsAWarning() throws {
        let warning = { (line: Int, column: Int, field: String, place: String) in
            "specs/acme.yaml:\(line):\(column): warning: field '\(field)' of shape 'R' has the role 'recipient' and is an integer read from text "
                + "(\(place)): a leading zero or '+' is dropped ('0712345678' reads 712345678), so the number read is not the one sent; "
                + "make it a 'string'"
        }
        #expect(lintDiagnostics(Self.spec("receptor: {type: int64, lenient: true, role: recipient}")) == [warning(5, 33, "receptor", "lenient")])
        #expect(lintDiagnostics(Self.spec("to: {type: '[int64]', in: query, role: recipient}")) == [warning(5, 27, "to", "in the query")])
        let form = Self.spec("to: {type: int, role: recipient}").replacingOccurrences(of: "request: R,", with: "request: R, encoding: form,")
        #expect(lintDiagnostics(form) == [warning(5, 27, "to", "in a form sent by operation 'send'")])
        // A list joined by a separator is one text, whatever the body (an attack).
        #expect(lintDiagnostics(Self.spec("to: {type: '[int64]', separator: ',', role: recipient}")) == [warning(5, 27, "to", #"one text joined by ",""#)])
        #expect(lintDiagnostics(form.replacingOccurrences(of: "type: int,", with: "type: '[int]', separator: ',',")).count == 1)
        // A JSON number has no leading zero or sign to lose; a string keeps them.
        #expect(lintDiagnostics(Self.spec("to: {type: int64, role: recipient}, from: {type: string, lenient: true, role: sender}")) == [])
    }
}

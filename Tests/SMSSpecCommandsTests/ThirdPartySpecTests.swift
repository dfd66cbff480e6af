import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// Specs of gateways SMSSpec does not bundle (Plivo, Sinch, Telnyx, Africa's Talking, Clickatell, Vonage, Twilio,
/// MessageBird, Infobip, Bandwidth, Semaphore, Exotel, Twilio Conversations, Textlocal, ClickSend, Termii, Esendex,
/// SMSGlobal, Clickatell's legacy HTTP API, 46elks, Textmagic, CM.com, GatewayAPI, MSG91, Telesign, Brevo, SMSAPI, MessageMedia, Unifonic,
/// Textbelt, Routee, BulkGate, seven.io, Vonage's Messages API, Kaleyra, Zenvia), written as a user would (Tests/ThirdPartySpecs): JSON and form requests, path, query and header fields,
/// Basic, header and request-field authentication, padded and textual codes, unions, maps of maps, discriminated JSON
/// and form callbacks, form and query callbacks whose examples rely on the callback's encoding, one shape received in
/// three encodings, a callback that is a JSON list, answers whose codes are all data, answers that are lists of
/// messages or of a union of envelopes, an error answer naming the credential field, a code spelled `?`, a request
/// field that is one number or a list of them, an answer in plain text, one of a plain-text line per recipient, a
/// second credential as a header field, a credential nested in the body, hexadecimal text codes, a list of messages
/// each to a list of recipients, a number as an integer or text, negative int codes, a discriminator spelled by a table alias, a
/// GET callback of comma-separated lists, maps of metadata, a credential in the path, an answer that says success as a
/// boolean with no code, nine-digit error codes as text, a delivery report whose status is an object,
/// two credentials in a JSON body, error types beside the HTTP status, a ';'-joined list of times in a GET callback,
/// a JSON list of receipts and incoming SMS, a return code as text beside a success flag per recipient, regional hosts
/// and an account in the path as base URL variables, RFC 7807 problem types as URL codes, a bare JSON list as a request
/// body, a price as a decimal or a double, and a list of contents each told apart by its `type` (a discriminated union). Lint accepts them, their examples decode, and
/// every output, the client and the receiver included, type-checks with warnings as errors.
@Suite struct ThirdPartySpecTests {
    static let folder = PackageRoot.url.appending(path: "Tests/ThirdPartySpecs").path(percentEncoded: false)

    @Test func lintAcceptsThemAndTheirExamplesDecode() async {
        let run = await CLI.run(["lint", Self.folder], exitsWith: .success)
        #expect(run.errors == "")
        #expect(run.output.hasPrefix("38 specs OK"), "\(run.output)")
    }

    @Test func everyOutputTypeChecks() throws {
        let diagnostics = DiagnosticCollector()
        let files = SpecDirectory.specPaths(of: [Self.folder], diagnostics: diagnostics)
        let options = GeneratorOptions(outputs: Set(GeneratorOptions.Output.allCases))
        let models = Generator.models(forFiles: files, options: nil, diagnostics: diagnostics)
        #expect(diagnostics.sorted.map(\.description) == [])
        let result = try BuildProducts.typecheck(generated: Generator.swiftSources(for: models, options: options))
        #expect(result.status == 0, "\(result.output.prefix(4000))")
    }
}

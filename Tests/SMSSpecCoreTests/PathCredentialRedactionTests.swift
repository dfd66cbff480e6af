import SMSSpecCore
import Testing

/// A key the path carries (Kavenegar's `/v1/{apikey}/sms/send.json`) is a credential wherever a document writes that
/// path: a source's URL, an example's request line, its correction, its section. The query pair beside it was
/// redacted and the same value one segment earlier was written into the generated code.
@Suite struct PathCredentialRedactionTests {
    static let key = "5A7A2B6F4D316E5A4E4B3D3D69787A31"

    @Test func aPathSegmentThatIsACredentialIsRedactedEverywhere() throws {
        let spec = """
            smsspec: 1
            provider: {id: kave, name: Kave, baseURLs: ['https://api.kave.example'], auth: {type: fields, fields: [apikey]}}
            sources:
              rest: {title: REST, url: 'https://api.kave.example/v1/\(Self.key)/sms/send.json?apikey=\(Self.key)'}
            decisions:
              - {id: K1, issue: 'The key is a segment of every URL (https://api.kave.example/v1/{API-KEY}/sms/send.json, /v1/[apikey]/account/info.json).', decision: A path field.}
            operations:
              send: {method: GET, path: '/v1/{apikey}/sms/send.json', encoding: query, request: Send, responses: {200: {shape: Info}}, source: {source: rest}}
              info: {method: GET, path: '/v1/{apikey}/account/info.json', encoding: query, request: Ask, responses: {200: {shape: Info}}}
            shapes:
              Send: {fields: {apikey: {type: string, secret: true, in: path}, receptor: {type: string, in: query}}}
              Ask: {fields: {apikey: {type: string, secret: true, in: path}}}
              Info: {fields: {remaincredit: int}}
            examples:
              - name: info
                message: Info
                source: {source: rest, section: 'GET https://api.kave.example/v1/\(Self.key)/account/info.json'}
                payload: '{"remaincredit": 12}'
                verbatim: |
                  GET /v1/\(Self.key)/account/info.json
                  {"remaincredit": 12,}
                corrections: [Removed the request line (curl https://api.kave.example/v1/\(Self.key)/account/info.json) and the comma.]

            """
        let files = try Generator.swiftSources(for: [SpecInput(path: "kave.yaml", contents: spec)], options: GeneratorOptions(outputs: Set(GeneratorOptions.Output.allCases)))
        #expect(files.count > 5)
        for file in files { #expect(!file.contents.contains(Self.key), "\(file.name)") }
        #expect(files.contains { $0.contents.contains("/v1/<redacted>/account/info.json") })
        // A document's placeholder is no value: the decision quotes the template as the document writes it (a user).
        #expect(files.contains { $0.contents.contains("(https://api.kave.example/v1/{API-KEY}/sms/send.json, /v1/[apikey]/account/info.json)") })
    }
}

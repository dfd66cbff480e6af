import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// `formBooleans: true/false`: a provider that reads booleans sent as text as words (Twilio's `ProvideFeedback=true`,
/// Infobip's `flash=true`) gets them so, in the body, the query, the path and headers alike; `1/0` stays the default.
@Suite struct FormBooleansTests {
    static let yaml = """
        operations:
          send:
            method: POST
            path: /send/{dry}
            request: Send
            responses: {200: {summary: Sent.}}
        shapes:
          Send:
            fields:
              dry: {type: bool, in: path}
              flash: bool
              retry: {type: '[bool]', required: false}
              verbose: {type: bool, in: query, required: false}
              X-Trace: {type: bool, in: header, required: false, name: trace}

        """

    static let main = #"""
        import Foundation
        import SMSSpecRuntime
        let send = Acme.Send(dry: false, flash: true, retry: [true, false], verbose: true, trace: false)
        let request = try send.httpRequest(baseURL: "https://api.acme.example", authentication: .requestFields([]))
        print(request.url)
        print(request.headers.filter { $0.name == "X-Trace" }.map(\.value))
        print(String(decoding: request.body ?? Data(), as: UTF8.self))
        // FormDecoder reads the words back (the path, query and header fields added as form fields).
        let form = "dry=false&verbose=true&X-Trace=false&" + String(decoding: request.body ?? Data(), as: UTF8.self)
        let back = try FormDecoder().decode(Acme.Send.self, from: Data(form.utf8))
        print(back.flash, back.retry ?? [])
        """#

    @Test func wordsAreWrittenWhereverABooleanTravelsAsText() throws {
        let spec = Snippet.header(providerKeys: "  encoding: form\n  formBooleans: true/false\n") + Self.yaml
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: Self.main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output == """
            https://api.acme.example/send/false?verbose=true
            ["false"]
            flash=true&retry=true&retry=false
            true [true, false]

            """)
    }

    @Test func digitsStayTheDefault() throws {
        #expect(!(try Snippet.swift(Self.yaml, "operations")).contains("formBooleans"))
        let spec = Snippet.header(providerKeys: "  encoding: form\n") + Self.yaml
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: Self.main)
        #expect(build.status == 0, "\(build.output)")
        #expect(run?.output.hasPrefix("https://api.acme.example/send/0?verbose=1\n[\"0\"]\nflash=1&retry=1&retry=0\n") == true, "\(run?.output ?? "")")
    }

    @Test func anotherSpellingIsALocatedError() {
        #expect(Snippet.diagnostics(Self.yaml, providerKeys: "  formBooleans: yes/no\n") == [
            "6:17: 'formBooleans' of 'provider' must be one of 1/0, true/false; found 'yes/no'"
        ])
    }
}

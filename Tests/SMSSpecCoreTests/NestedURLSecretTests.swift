import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// A message's URL fields hide its credentials when printed (a callback URL repeating the API key in its query); a
/// URL in a shape the message holds — a list of recipients each with its own report URL, a map of them, a union's
/// variant — did not, as the nested shape knew no credential; nor did a map of URLs (`webhookUrls`). Built and run,
/// not read.
@Suite struct NestedURLSecretTests {
    static let spec = Snippet.header(providerKeys: "  auth: {type: fields, fields: [key]}\n") + """
        operations:
          send:
            method: POST
            path: /send
            request: Send
            responses:
              200: {summary: Sent.}
        shapes:
          Send:
            fields:
              key: {type: string, secret: true}
              items: {type: '[Item]'}
              byName: {type: '{Report}', required: false}
              batch: {type: Batch, required: false}
              either: {type: Either, required: false}
              webhookUrls: {type: '{string}', required: false}
          Batch:
            items: Item
          Item:
            fields:
              to: {type: string}
              report: {type: Report, required: false}
          Report:
            fields:
              target: {type: string, constraints: {url: true}}
              notes: {type: string, required: false}
        unions:
          Either: {summary: A report or a note., variants: {report: Report, note: string}}

        """

    /// A credential pasted into a text of a shape the message holds printed whole (CM.com's messages beside
    /// `messages.authentication`; RajaSMS's packets): lists, maps, list shapes and union variants pass it down.
    @Test func aNestedTextHidesTheCredentialsOfTheMessageHoldingIt() throws {
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let key = "K3y-never-shown"
            let item = Acme.Item(to: "to \(key)", report: Acme.Report(target: "https://shop.example/dlr", notes: "notes \(key)"))
            let message = Acme.Send(
                key: Secret(key), items: [item], byName: ["a": Acme.Report(target: "https://shop.example/a", notes: key)],
                batch: [item], either: .note("note \(key)"), recip: .many(["recip \(key)"]), texts: ["texts \(key)"])
            var dumped = ""
            dump(message, to: &dumped)
            print(["\(message)", dumped, "\(item)"].joined(separator: "\n=====\n"))
            """#
        // A union of texts alone and a list shape of texts too (an attack: they were not swept).
        let spec = Self.spec
            .replacingOccurrences(of: "      webhookUrls: {type: '{string}', required: false}\n", with: """
                      webhookUrls: {type: '{string}', required: false}
                      recip: {type: Recip, required: false}
                      texts: {type: Texts, required: false}

                """)
            .replacingOccurrences(of: "  Batch:\n", with: "  Texts:\n    items: string\n  Batch:\n")
            .replacingOccurrences(of: "unions:\n", with: "unions:\n  Recip: {summary: One number or several., variants: {one: string, many: '[string]'}}\n")
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: main)
        let output = try #require(run, "\(build.output)")
        let parts = output.output.components(separatedBy: "\n=====\n")
        #expect(output.status == 0 && parts.count == 3, "\(output.output)")
        guard parts.count == 3 else { return }
        for printed in parts.prefix(2) {
            #expect(!printed.contains("K3y-never-shown"), "\(printed)")
            for text in ["to <redacted>", "notes <redacted>", "note <redacted>", "recip <redacted>", "texts <redacted>"] {
                #expect(printed.contains(text), "\(text): \(printed)")
            }
        }
        // A held shape printed alone holds no credential to hide.
        #expect(parts[2].contains("to K3y-never-shown"), "\(parts[2])")
    }

    @Test func aNestedURLHidesTheCredentialsOfTheMessageHoldingIt() throws {
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: Self.main)
        let output = try #require(run, "\(build.output)")
        #expect(output.status == 0, "\(output.output)")
        let parts = output.output.components(separatedBy: "\n=====\n")
        #expect(parts.count == 5, "\(output.output)")
        guard parts.count == 5 else { return }
        // print, dump, JSON for people, the violations: no spelling of the key; each URL still there, redacted.
        for printed in parts.prefix(4) {
            #expect(!printed.contains("K3y-never-shown") && !printed.contains("K3y%2Dnever") && !printed.contains("pw@"), "\(printed)")
            #expect(printed.contains("key=<redacted>"), "\(printed)")
        }
        #expect(parts[0].components(separatedBy: "key=<redacted>").count - 1 == 7, "each of the seven URLs: \(parts[0])")
        #expect(parts[3].contains("items[0].report.target"), "the violation names the nested field: \(parts[3])")
        #expect(parts[3].contains("items[1].report.target") && !parts[3].contains("K3y-n"), "a cut quote keeps no beginning: \(parts[3])")
        // Sent as it is.
        #expect(parts[4].components(separatedBy: "key=K3y-never-shown").count - 1 == 5, "\(parts[4])")
        #expect(parts[4].components(separatedBy: "u:pw@shop.example/dlr?key=K3y%2Dnever%2Dshown").count - 1 == 2, "\(parts[4])")
    }

    static let main = #"""
        import Foundation
        import SMSSpecRuntime
        let leaky = Acme.Report(target: "https://shop.example:99999/dlr?key=K3y-never-shown")
        let quiet = Acme.Report(target: "https://u:pw@shop.example/dlr?key=K3y%2Dnever%2Dshown", notes: "n")
        // Quoted by the nested validator cut after 64 characters, 7 of the key's before the cut.
        let long = Acme.Report(target: "https://shop.example:99999/dlr?pad=" + String(repeating: "x", count: 17) + "&key=K3y-never-shown&order=12345678")
        let message = Acme.Send(
            key: Secret("K3y-never-shown"), items: [Acme.Item(to: "1", report: leaky), Acme.Item(to: "4", report: long)], byName: ["a": quiet],
            batch: [Acme.Item(to: "2", report: quiet), Acme.Item(to: "3", report: leaky)], either: .report(leaky),
            webhookURLs: ["a": "https://u:pw@shop.example/hook?key=K3y-never-shown"])
        """# + printing

    /// CM.com's shape: the credential sits in a shape beside the list whose URLs may repeat it
    /// (`messages.authentication.productToken`, `messages.msg[].reportUrl`), so neither holds both.
    static let siblingSpec = Snippet.header(providerKeys: "  auth: {type: fields, fields: [key]}\n") + """
        operations:
          send:
            method: POST
            path: /send
            request: Send
            responses:
              200: {summary: Sent.}
        shapes:
          Send:
            fields:
              key: {type: string, secret: true}
              messages: {type: Messages}
          Messages:
            fields:
              authentication: {type: Authentication}
              fallback: {type: Authentication, required: false}
              msg: {type: '[Message]'}
          Authentication:
            fields:
              productToken: {type: string, secret: true}
          Message:
            fields:
              to: {type: string}
              reportUrl: {type: string, constraints: {url: true}}
              metadata: {type: json, required: false}

        """

    @Test func aURLHidesTheCredentialsOfAShapeBesideIt() throws {
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.siblingSpec, main: Self.siblingMain)
        let output = try #require(run, "\(build.output)")
        #expect(output.status == 0, "\(output.output)")
        let parts = output.output.components(separatedBy: "\n=====\n")
        #expect(parts.count == 5, "\(output.output)")
        guard parts.count == 5 else { return }
        for printed in parts.prefix(4) {
            #expect(!printed.contains("T0ken-of-the-product") && !printed.contains("F4llback-token"), "\(printed)")
        }
        #expect(parts[0].contains("token=<redacted>") && parts[0].contains("spare=<redacted>"), "\(parts[0])")
        // A URL in JSON kept whole (`metadata`): its user information, and the credentials, hidden too.
        for printed in parts.prefix(3) { #expect(!printed.contains("Hunter2pw") && printed.contains("shop.example/mo?token=<redacted>"), "\(printed)") }
        #expect(parts[4].contains("ops:Hunter2pw@shop.example/mo?token=T0ken-of-the-product"), "sent as it is: \(parts[4])")
        #expect(parts[3].contains("messages.msg[0].reportUrl"), "the violation names the nested field: \(parts[3])")
        #expect(parts[4].contains("token=T0ken-of-the-product") && parts[4].contains("spare=F4llback-token"), "sent as it is: \(parts[4])")
    }

    /// What each program prints of its `message`, parts apart: print, dump, JSON for people, the violations, the wire.
    static let printing = #"""

        var dumped = ""
        dump(message, to: &dumped)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let wire = String(decoding: try encoder.encode(message), as: UTF8.self)
        encoder.userInfo[.redactSecrets] = true
        let forPeople = String(decoding: try encoder.encode(message), as: UTF8.self)
        let violations = message.validate().map(\.description).joined(separator: "\n")
        print(["\(message)", dumped, forPeople, violations, wire].joined(separator: "\n=====\n"))
        """#

    static let siblingMain = #"""
        import Foundation
        import SMSSpecRuntime
        let message = Acme.Send(
            key: Secret("the-request-key"),
            messages: Acme.Messages(
                authentication: Acme.Authentication(productToken: Secret("T0ken-of-the-product")),
                fallback: Acme.Authentication(productToken: Secret("F4llback-token")),
                msg: [Acme.Message(
                    to: "1", reportURL: "https://shop.example:99999/dlr?token=T0ken-of-the-product&spare=F4llback-token",
                    metadata: .object([
                        "hooks": .array([.string("https://ops:Hunter2pw@shop.example/mo?token=T0ken-of-the-product")]), "n": .number(1),
                        "https://ops:Hunter2pw@shop.example/keyed?token=T0ken-of-the-product": .bool(true),
                    ]))]))
        """# + printing

    /// A shape holding itself, 32 credentials at each level and URLs below: each level added its own credentials to
    /// those it passed down, so a URL 28 levels deep was checked against 900 credentials at each of the 28 levels that
    /// print it (1,000 URLs: 39 s in a debug build). Each level passes its holder's alone now.
    @Test func aShapeHoldingItselfPrintsInTimeLinearInItsDepth() throws {
        let secrets = (0..<32).map { "      s\($0): {type: string, secret: true, required: false}\n" }.joined()
        let spec = Snippet.header(providerKeys: "  auth: {type: fields, fields: [s0]}\n") + """
            operations:
              send: {method: POST, path: /send, request: Msg, responses: {200: {summary: Sent.}}}
            shapes:
              Msg:
                fields:
            \(secrets)      next: {type: Msg, required: false}
                  items: {type: '[Item]', required: false}
              Item:
                fields:
                  u: {type: string, constraints: {url: true}}

            """
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            let paths: [WritableKeyPath<Acme.Msg, Secret?>] = [\#((0..<32).map { "\\.s\($0)" }.joined(separator: ", "))]
            var message: Acme.Msg? = nil
            for level in (0..<28).reversed() {
                var next = Acme.Msg(next: message, items: (0..<36).map { Acme.Item(u: "https://h.example/\(level)/\($0)?k=level-\(level)-secret-\($0 % 32)") })
                for (index, path) in paths.enumerated() { next[keyPath: path] = Secret("level-\(level)-secret-\(index)") }
                message = next
            }
            // The program's own CPU time: the tests and builds running beside it do not count.
            func cpuSeconds() -> Double {
                var time = timespec()
                clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
                return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
            }
            let started = cpuSeconds()
            let printed = "\(message!)"
            let encoder = JSONEncoder()
            encoder.userInfo[.redactSecrets] = true
            let json = String(decoding: try encoder.encode(message!), as: UTF8.self)
            print(cpuSeconds() - started, printed.contains("-secret"), json.contains("-secret"), printed.components(separatedBy: "k=<redacted>").count - 1)
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: spec, main: main)
        let output = try #require(run, "\(build.output)")
        let fields = output.output.split(separator: " ").map(String.init)
        #expect(output.status == 0 && fields.count == 4, "\(output.output)")
        guard fields.count == 4, let seconds = Double(fields[0]) else { return }
        #expect(fields[1] == "false" && fields[2] == "false", "a credential printed: \(output.output)")
        #expect(fields[3].trimmingCharacters(in: .whitespacesAndNewlines) == "1008", "each URL's key hidden: \(output.output)")
        #expect(seconds < 20, "printing took \(seconds) s")
    }
}

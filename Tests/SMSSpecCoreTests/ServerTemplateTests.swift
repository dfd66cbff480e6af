import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// Base URLs with variables (`{url, variables}`, OpenAPI's server variables): lint checks the template, its variables
/// and every value the spec gives; generated `Servers` functions make the URL from any value or throw, never trap.
@Suite struct ServerTemplateTests {
    static func spec(_ baseURLs: String) -> String {
        "smsspec: 1\nprovider:\n  id: acme\n  name: Acme\n  baseURLs:\n\(baseURLs)"
    }

    static let regional = spec("""
            - url: 'https://{region}.sms.acme.example/{version}'
              variables:
                region: {default: us, enum: [us, eu], description: Where the account lives.}
                version: {default: v1}
            - https://fallback.acme.example
            - url: 'https://acme.example:{port}'
              variables:
                port: {default: 443}

        """)

    @Test func eachServerIsAFunctionOfItsVariables() throws {
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: Self.regional)], options: GeneratorOptions())
        let operations = try #require(files.first { $0.name == "acme.operations.swift" }).contents
        Snippet.expect(operations, contains: #"""
            public static func server1(region: Swift.String = "us", version: Swift.String = "v1") throws(SMSSpecRuntime.ServerURLError) -> Foundation.URL {
                try SMSSpecRuntime.ServerURL.resolve("https://{region}.sms.acme.example/{version}", [
                    .init(name: "region", value: region, allowed: ["us", "eu"]),
                    .init(name: "version", value: version, allowed: []),
                ])
            }
            """#)
        Snippet.expect(operations, contains: #"""
            ///   - region: Where the account lives. One of `us`, `eu`. Default `us`.
            """#)
        // A URL without a placeholder has nothing to refuse, and says so (a user read its `Throws` as a failure to handle).
        Snippet.expect(operations, contains: #"""
            /// `https://fallback.acme.example`
            ///
            /// - Throws: never in practice: the URL has no placeholder to fill (every server's function is `throws(SMSSpecRuntime.ServerURLError)` alike).
            public static func server2() throws(SMSSpecRuntime.ServerURLError) -> Foundation.URL {
            """#)
        // The descriptor and a client's default are each server with its defaults.
        Snippet.expect(operations, contains: #"""
                baseURLs: ["https://us.sms.acme.example/v1", "https://fallback.acme.example", "https://acme.example:443"],
            """#)
        #expect(operations.contains("import Foundation\n"))
    }

    /// Any value a caller passes: the URL it makes stays on the template's host and path, or the call throws.
    @Test func generatedServersMakeURLsOrThrowForAnyValue() throws {
        let values = [
            "eu", "us", "EU", "", "v2", "v1.1", "..", ".", "...", "a/b", "evil.example/", "user@evil.example", "user:pw@evil", "x?y",
            "x#y", "%2e%2e", "a b", "ünï", "\u{0}", String(repeating: "a", count: 63), String(repeating: "a", count: 64), "8443",
            "99999", "-1", "0x1F",
        ]
        let main = """
            import Foundation
            import SMSSpecRuntime
            let values: [String] = \(Self.literal(values))
            for value in values {
                for make in [{ try Acme.Servers.server1(region: value) }, { try Acme.Servers.server1(version: value) }, { try Acme.Servers.server3(port: value) }] as [() throws -> URL] {
                    do { print(try make().absoluteString) } catch { print("error:", error) }
                }
            }
            print(try Acme.Servers.server1().absoluteString, try Acme.Servers.server2().absoluteString)
            """
        let result = try BuildProducts.buildAndRun(spec: Self.regional, main: main)
        try #require(result.build.status == 0, "\(result.build.output)")
        let run = try #require(result.run)
        #expect(run.status == 0, "\(run.output)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        #expect(lines.count == values.count * 3 + 1)
        for (index, line) in lines.dropLast().enumerated() where !line.hasPrefix("error: ") {
            let url = try #require(URLComponents(string: line), "\(line)")
            #expect(url.user == nil && url.password == nil && url.query == nil && url.fragment == nil, "\(line)")
            switch index % 3 {
            case 0: #expect(["https://eu.sms.acme.example/v1", "https://us.sms.acme.example/v1"].contains(line), "\(line)")
            case 1: #expect(url.host == "us.sms.acme.example" && url.path.hasPrefix("/") && !url.path.dropFirst().contains("/")
                && ![".", ".."].contains(url.path.dropFirst()), "\(line)")
            default: #expect(url.host == "acme.example" && (url.port ?? 0) <= 65_535 && url.path.isEmpty, "\(line)")
            }
        }
        #expect(lines.contains("https://acme.example:8443"))
        #expect(lines.contains("https://us.sms.acme.example/v1.1"))
        #expect(lines.contains(#"error: server variable 'region' is "EU", not one of its values: us, eu"#))
        #expect(lines.contains(#"error: server variable 'version' is "a/b"; it must be 1 to 63 letters, digits, '-', '.', '_' or '~' (not '.' or '..'; in the host beside its text, without 'enum', no '.': one label), so that it fills its placeholder only, adding no user, port, label, path segment, query or fragment"#))
        #expect(lines.contains("error: base URL 'https://acme.example:99999' has a port outside 1 to 65535"))
        // A value holding a user and password is not shown back.
        #expect(!run.output.contains("pw") && lines.contains(#"error: server variable 'version' is "<redacted>@evil"; it must be 1 to 63 letters, digits, '-', '.', '_' or '~' (not '.' or '..'; in the host beside its text, without 'enum', no '.': one label), so that it fills its placeholder only, adding no user, port, label, path segment, query or fragment"#))
        #expect(lines.last == "https://us.sms.acme.example/v1 https://fallback.acme.example")
    }

    private static func literal(_ values: [String]) -> String {
        "[" + values.map { value in
            "\"" + value.unicodeScalars.map { $0 == "\"" || $0 == "\\" ? "\\\($0)" : $0.isASCII && $0.value >= 0x20 ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined() + "\""
        }.joined(separator: ", ") + "]"
    }

    /// The third-party specs' templated servers: Sinch's regions, Infobip's account host beside the shared one.
    @Test func sinchAndInfobipServersMakeTheirHosts() throws {
        let specs = try ["sinch", "infobip"].map { name in
            SpecInput(path: "\(name).yaml", contents: try String(contentsOfFile: ThirdPartySpecs.folder + "/\(name).yaml", encoding: .utf8))
        }
        let main = #"""
            import Foundation
            print(Sinch.provider.baseURLs, Infobip.provider.baseURLs)
            print(try Sinch.Servers.regional(region: "eu"), try Infobip.Servers.server1(), try Infobip.Servers.personal(baseURL: "y3kq2e"))
            for make in [{ try Sinch.Servers.regional(region: "jp") }, { try Infobip.Servers.personal(baseURL: "evil.example/x") }] as [() throws -> URL] {
                do { print(try make()) } catch { print(error) }
            }
            """#
        let result = try BuildProducts.buildAndRun(specs: specs, main: main)
        try #require(result.build.status == 0, "\(result.build.output)")
        let run = try #require(result.run)
        #expect(run.output.split(separator: "\n").map(String.init) == [
            #"["https://us.sms.api.sinch.com"] ["https://api.infobip.com"]"#,
            "https://eu.sms.api.sinch.com https://api.infobip.com https://y3kq2e.api.infobip.com",
            "server variable 'region' is \"jp\", not one of its values: us, eu, au, br, ca",
            "server variable 'baseUrl' is \"evil.example/x\"; it must be 1 to 63 letters, digits, '-', '.', '_' or '~' (not '.' or '..'; in the host beside its text, without 'enum', no '.': one label), so that it fills its placeholder only, adding no user, port, label, path segment, query or fragment",
        ])
    }

    static let valueRule = "1 to 63 letters, digits, '-', '.', '_' or '~' (not '.' or '..'; in the host beside its text, without 'enum', no '.': one label), so that it fills its placeholder only, adding no user, port, label, path segment, query or fragment"

    @Test func lintChecksTemplatesVariablesAndValuesWhereTheyAreWritten() {
        func problems(_ baseURLs: String) -> [String] { diagnose(Self.spec(baseURLs), path: "h.yaml") }
        #expect(problems("    - url: 'https://{regon}.acme.example'\n      variables: {region: {default: us}}\n") == [
            "h.yaml:6:12: error: base URL 'https://{regon}.acme.example' has the placeholder '{regon}', which its 'variables' do not define (did you mean 'region'?)",
            "h.yaml:7:19: error: server variable 'region' is not in its URL 'https://{regon}.acme.example', which has no '{region}' (did you mean 'regon'?)",
        ])
        // Without a default, a variable is required; lint checks its URL with its first value, or '1'.
        #expect(problems("    - url: 'https://{region}.acme.example'\n      variables: {region: {enum: [us]}}\n") == [])
        #expect(problems("    - url: 'https://acme.example:{port}'\n      variables: {port: {enum: ['99999', '443']}}\n") == [
            "h.yaml:6:12: error: base URL 'https://acme.example:99999' has a port outside 1 to 65535 (its variables at their defaults, a required one's first 'enum' value or '1')",
        ])
        #expect(problems("    - url: 'ftp://{x}.acme.example'\n      variables: {x: {description: Any.}}\n") == [
            "h.yaml:6:12: error: base URL 'ftp://1.acme.example' is not an absolute http(s) URL without query or fragment (e.g. https://api.example.com/v1) (its variables at their defaults, a required one's first 'enum' value or '1')",
        ])
        #expect(problems("    - url: 'https://acme.example:{port}/{a}'\n      variables: {port: {}, a: {}}\n") == [])
        #expect(problems("    - url: 'https://{region}.acme.example'\n      variables: {region: {default: uss, enum: [us, eu]}}\n") == [
            "h.yaml:7:37: error: default 'uss' of server variable 'region' is not one of its 'enum' values (us, eu) (did you mean 'us'?)",
        ])
        #expect(problems("    - url: 'https://{region}.acme.example'\n      variables: {region: {default: us, enum: [us, 'evil.example/', '..']}}\n") == [
            "h.yaml:7:52: error: value 'evil.example/' of server variable 'region' must be 1 to 63 letters, digits, '-', '.', '_' or '~' (not '.' or '..'; in the host beside its text, without 'enum', no '.': one label), so that it fills its placeholder only, adding no user, port, label, path segment, query or fragment",
            "h.yaml:7:69: error: value '..' of server variable 'region' must be 1 to 63 letters, digits, '-', '.', '_' or '~' (not '.' or '..'; in the host beside its text, without 'enum', no '.': one label), so that it fills its placeholder only, adding no user, port, label, path segment, query or fragment",
        ])
        // A free value in the host is one label; listed ones may hold dots. A default URL that is no base URL is said once.
        #expect(problems("    - url: 'https://api.acme.{tld}'\n      variables: {tld: {default: co.uk}}\n") == [
            "h.yaml:7:34: error: value 'co.uk' of server variable 'tld' must be \(Self.valueRule)",
        ])
        #expect(problems("    - url: 'https://api.acme.{tld}/{path}'\n      variables: {tld: {default: co.uk, enum: [co.uk, com]}, path: {default: v1.2}}\n") == [])
        #expect(problems("    - url: 'ftp://{h}.acme.example'\n      variables: {h: {default: a, enum: [a, b, c]}}\n").count == 1)
        // Counted in scalars, quoted cut: a URL of combining marks is a few characters and megabytes.
        // (A mark on every letter: a run of more than 30 is refused before, as any spec text is.)
        let marks = "https://{r}.x/" + String(repeating: "a\u{301}", count: 1_500) + "a"
        #expect(problems("    - url: '\(marks)'\n      variables: {r: {default: a}}\n") == [
            "h.yaml:6:12: error: a base URL with variables is 3015 characters long; at most 2048",
        ])
        #expect(problems("    - url: 'https://{r}\u{301}.x'\n      variables: {r: {default: a}}\n").allSatisfy { !$0.contains("without its partner") })
        #expect(problems("    - url: 'https://acme.example:{port}'\n      variables: {port: {default: 443, enum: [443, 99999]}}\n") == [
            "h.yaml:7:52: error: base URL 'https://acme.example:99999' has a port outside 1 to 65535 (with port '99999')",
        ])
        #expect(problems("    - 'https://{region}.acme.example'\n") == [
            "h.yaml:6:7: error: base URL 'https://{region}.acme.example' has the placeholder '{region}': a URL with variables is written {url: 'https://{region}.acme.example', variables: {region: {default: …}}}",
        ])
        #expect(problems("    - url: 'https://{region.acme.example'\n") == [
            "h.yaml:6:12: error: base URL 'https://{region.acme.example' has a '{' or '}' without its partner, or an empty '{}'; a variable is written {name}",
        ])
        #expect(problems("    - url: 'ftp://{x}.acme.example'\n      variables: {x: {default: a}}\n") == [
            "h.yaml:6:12: error: base URL 'ftp://a.acme.example' is not an absolute http(s) URL without query or fragment (e.g. https://api.example.com/v1) (its variables at their defaults)",
        ])
        #expect(problems("    - url: 'https://{a-b}{a_b}.acme.example/{+}'\n      variables: {a-b: {default: x}, a_b: {default: y}, +: {default: z}}\n") == [
            "h.yaml:7:38: error: server variable 'a_b' and server variable 'a-b' (line 7) both become 'aB' in the parameters of the server 'https://{a-b}{a_b}.acme.example/{+}'; rename one (in its URL too)",
            "h.yaml:7:57: error: server variable '+' has no letter or digit to name a Swift parameter after; rename it (in its URL too)",
        ])
        #expect(problems("    - url: 'https://{x}.acme.example'\n      variables: {x: {default: a, enum: []}}\n") == [
            "h.yaml:7:35: error: 'enum' of server variable 'x' lists no value; leave it out to allow any",
        ])
    }

    /// Lint checks a template's URL once per value: the URL's length and the values in all are bounded, so a hostile
    /// spec costs linear time.
    @Test func aTemplatesLengthAndValuesAreBounded() {
        func problems(_ baseURLs: String) -> [String] { diagnose(Self.spec(baseURLs), path: "h.yaml") }
        let path = String(repeating: "a", count: 2_048 - "https://{x}.acme.example/".count)
        #expect(problems("    - url: 'https://{x}.acme.example/\(path)'\n      variables: {x: {default: a}}\n") == [])
        #expect(problems("    - url: 'https://{x}.acme.example/\(path)b'\n      variables: {x: {default: a}}\n") == [
            "h.yaml:6:12: error: a base URL with variables is 2049 characters long; at most 2048"
        ])
        let values = (0...1_000).map { "v\($0)" }.joined(separator: ", ")
        #expect(problems("    - url: 'https://{x}.acme.example'\n      variables: {x: {default: v0, enum: [\(values)]}}\n") == [
            "h.yaml:6:12: error: the variables of base URL 'https://{x}.acme.example' list 1001 'enum' values in all; at most 1000"
        ])
        let allowed = (0..<1_000).map { "v\($0)" }.joined(separator: ", ")
        #expect(problems("    - url: 'https://{x}.acme.example'\n      variables: {x: {default: v0, enum: [\(allowed)]}}\n") == [])
    }

    /// A variable without a default is a parameter every call passes: its server has no URL of its own, so the
    /// descriptor leaves it out and a client whose first server it is has no default server.
    @Test func aVariableWithoutADefaultIsRequired() throws {
        let spec = Self.spec("""
                - url: 'https://{account}.acme.example'
                  name: personal
                  variables: {account: {description: The account's subdomain.}}
                - https://api.acme.example

            """)
        let options = GeneratorOptions(outputs: GeneratorOptions.Output.defaults.union([.client]))
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: spec)], options: options)
        let operations = try #require(files.first { $0.name == "acme.operations.swift" }).contents
        #expect(operations.contains(
            "public static func personal(account: Swift.String) throws(SMSSpecRuntime.ServerURLError) -> Foundation.URL {\n"))
        #expect(operations.contains("///   - account: The account's subdomain. Required: the spec gives no default.\n"))
        #expect(operations.contains(#"baseURLs: ["https://api.acme.example"],"#))
        #expect(!operations.contains("{account}.acme.example\"]") && !operations.contains("1.acme.example"))
        let client = try #require(files.first { $0.name == "acme.client.swift" }).contents
        #expect(client.contains("public init(serverURL: Foundation.URL, transport:"))
        #expect(client.contains("has a variable without a default (`Acme.Servers.personal(…)` makes it)"))
        // A plain first server is the default as written; the templated functions make the others.
        let plainFirst = Self.spec("""
                - https://api.acme.example
                - url: 'https://{account}.acme.example'
                  name: personal
                  variables: {account: {}}

            """)
        let plainClient = try #require(
            try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: plainFirst)], options: options).first { $0.name == "acme.client.swift" }).contents
        #expect(plainClient.contains("  - serverURL: the spec's first base URL unless given (others: `Acme.Servers.personal(…)`).\n"))
    }

    /// A server's `name` is its function's, wherever the spec moves it; an unnamed one is `serverN` by its place.
    @Test func namedServersKeepTheirFunctionsName() throws {
        let spec = Self.spec("""
                - url: 'https://{region}.sms.acme.example'
                  name: Regional EU
                  variables: {region: {default: eu, enum: [eu, us]}}
                - https://fallback.acme.example
                - {url: 'https://shared.acme.example', name: shared}

            """)
        let files = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: spec)], options: GeneratorOptions())
        let operations = try #require(files.first { $0.name == "acme.operations.swift" }).contents
        for function in [#"regionalEu(region: Swift.String = "eu")"#, "server2()", "shared()"] {
            #expect(operations.contains("public static func \(function) throws(SMSSpecRuntime.ServerURLError) -> Foundation.URL {\n"), "\(function)")
        }
        // Named plain servers alone make `Servers` too.
        let named = try Generator.swiftSources(
            for: [SpecInput(path: "acme.yaml", contents: Self.spec("    - {url: 'https://shared.acme.example', name: shared}\n"))], options: GeneratorOptions())
        #expect(try #require(named.first { $0.name == "acme.operations.swift" }).contents.contains("public static func shared()"))
    }

    @Test func aServersNameIsOneSwiftNameOfItsOwn() {
        func problems(_ baseURLs: String) -> [String] { diagnose(Self.spec(baseURLs), path: "h.yaml") }
        #expect(problems("    - https://a.acme.example\n    - {url: 'https://b.acme.example', name: server1}\n") == [
            "h.yaml:7:45: error: server name 'server1' becomes 'server1', the form unnamed servers are numbered by their place; rename it",
        ])
        #expect(problems("    - {url: 'https://a.acme.example', name: server2}\n    - {url: 'https://b.acme.example', name: Server1}\n") == [
            "h.yaml:6:45: error: server name 'server2' becomes 'server2', the form unnamed servers are numbered by their place; rename it",
            "h.yaml:7:45: error: server name 'Server1' becomes 'server1', the form unnamed servers are numbered by their place; rename it",
        ])
        #expect(problems("    - {url: 'https://a.acme.example', name: serverEU}\n    - {url: 'https://b.acme.example', name: server}\n").isEmpty)
        #expect(problems("    - {url: 'https://a.acme.example', name: eu-west}\n    - {url: 'https://b.acme.example', name: eu_west}\n") == [
            "h.yaml:7:45: error: server name 'eu_west' and server name 'eu-west' (line 6) both become 'euWest' in Servers; rename one",
        ])
        #expect(problems("    - {url: 'https://a.acme.example', name: '++'}\n") == [
            "h.yaml:6:45: error: server name '++' has no letter or digit to name a Swift function after; rename it",
        ])
        #expect(problems("    - {url: 'https://a.acme.example', nmae: eu}\n").count == 1)
        // YAML's null is no name, as an empty value is: refused where it is written, not a function `null()`.
        #expect(problems("    - {url: 'https://a.acme.example', name: null}\n    - {url: 'https://b.acme.example', name: ~}\n") == [
            "h.yaml:6:45: error: 'name' of a base URL must be a string, found YAML's null 'null'; quote it for the text, or leave 'name' out",
            "h.yaml:7:45: error: 'name' of a base URL must be a string, found YAML's null '~'; quote it for the text, or leave 'name' out",
        ])
        #expect(problems("    - {url: 'https://a.acme.example', name: 'null'}\n").isEmpty)
    }

    /// Names that are keywords, reserved or not ASCII become parameters and functions that compile.
    @Test func hostileVariableNamesCompile() throws {
        let spec = Self.spec("""
                - url: 'https://{default}.{self}.{init}.{ünï}.{2fa}.acme.example/{class}/{value}'
                  name: default
                  variables: {default: {default: a}, self: {default: b}, init: {default: c}, ünï: {default: d}, 2fa: {default: e}, class: {default: f}, value: {default: g}}
                - {url: 'https://a.acme.example', name: init}
                - {url: 'https://b.acme.example', name: self}
                - {url: 'https://c.acme.example', name: Type}
                - {url: 'https://d.acme.example', name: 2fa}
                - {url: 'https://e.acme.example', name: Servers}
                - {url: 'https://f.acme.example', name: ünï}

            """)
        let sources = try Generator.swiftSources(for: [SpecInput(path: "acme.yaml", contents: spec)], options: GeneratorOptions())
        let result = try BuildProducts.typecheck(generated: sources)
        #expect(result.status == 0, "\(result.output)")
    }
}

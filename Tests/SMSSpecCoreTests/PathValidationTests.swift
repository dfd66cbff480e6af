import Foundation
import SMSSpecCore
import SMSSpecTestSupport
import Testing

/// `validate()` called "valid" a request `httpRequest` refuses to build — a path parameter that is empty, or `.` or
/// `..` between slashes, as sent: an empty SMSCountry key (a user), then an empty list of ids joined by a separator and
/// an open enum's undocumented `""` or `..` (an attack). Built and run: each agrees with `httpRequest`.
@Suite struct PathValidationTests {
    static let spec = PathRuleSpec.yaml

    @Test func validateReportsEveryPathParameterHTTPRequestRefuses() throws {
        let main = #"""
            import Foundation
            import SMSSpecRuntime
            func check(_ name: String, _ request: some ProviderRequest & ValidatableMessage) {
                let rules = request.validate().map { "\($0.path):\($0.rule)" }
                let built = (try? request.httpRequest(baseURL: "https://api.acme.example", authentication: Acme.provider.authentication)) != nil
                print("\(name) \(rules) \(built)")
            }
            let key = Secret("key-12345")
            check("ids-empty", Acme.ByIDs(key: key, ids: []))
            check("ids-dots", Acme.ByIDs(key: key, ids: [".."]))
            check("ids-both", Acme.ByIDs(key: key, ids: ["a", ".."]))  // "a,..": no dot segment
            check("ids-fine", Acme.ByIDs(key: key, ids: ["a", "b"]))
            check("kind-empty", Acme.ByKind(key: key, kind: .unknown(WireCode(text: ""))))
            check("kind-dots", Acme.ByKind(key: key, kind: .unknown(WireCode(text: ".."))))
            check("kind-fine", Acme.ByKind(key: key, kind: .sms))
            check("key-empty", Acme.ByKey(key: Secret("")))
            check("key-fine", Acme.ByKey(key: key))
            check("sender-dots", Acme.BySender(key: key, sender: "%2E%2E"))
            check("sender-fine", Acme.BySender(key: key, sender: "tel%3A%2B2250000"))
            """#
        let (build, run) = try BuildProducts.buildAndRun(spec: Self.spec, main: main)
        let output = try #require(run, "\(build.output)")
        #expect(output.status == 0, "\(output.output)")
        #expect(output.output.split(separator: "\n").map(String.init) == [
            #"ids-empty ["ids:path"] false"#, #"ids-dots ["ids:path"] false"#, "ids-both [] true", "ids-fine [] true",
            #"kind-empty ["kind:path"] false"#, #"kind-dots ["kind:path"] false"#, "kind-fine [] true",
            #"key-empty ["key:path"] false"#, "key-fine [] true", #"sender-dots ["sender:path"] false"#, "sender-fine [] true",
        ], "\(output.output)")
    }
}

import Foundation
import SMSProviders
import Testing

@Suite struct RequestBuildingTests {
    @Test func ginotaSendIsAFormWithThePreEncodedKeyLeftAlone() throws {
        let request = Ginota.SendRequest(
            apiKey: "3zJU%2Ft7DX6g%3D", apiSecret: "!ABCDE", srcAddr: "MyShop", dstAddr: "6593274037", content: "Hello & bye", dlr: true)
        let http = try request.httpRequest(baseURL: "https://www.ginota.com", authentication: Ginota.provider.authentication)
        #expect(http.method == "POST")
        #expect(http.url == "https://www.ginota.com/gemp/sms/json")
        #expect(http.headers.map(\.value) == ["application/x-www-form-urlencoded"])
        let body = String(decoding: try #require(http.body), as: UTF8.self)
        // In the spec's wire order, the document's: legacy gateways read parameters by position or sign them in order.
        #expect(body == "apiKey=3zJU%2Ft7DX6g%3D&apiSecret=%21ABCDE&srcAddr=MyShop&dstAddr=6593274037&content=Hello%20%26%20bye&dlr=1")
    }

    /// A pre-encoded key keeps its escapes, and only those: a character no encoder leaves raw (`&`, `=`, `#`, a space
    /// or a line break, pasted with the key) is escaped, so it cannot end the field and start another, in a form body
    /// or in a GET's query.
    @Test func aPreEncodedKeyCannotAddAField() throws {
        let pasted = Ginota.SendRequest(
            apiKey: "3zJU%2Ft7DX6g%3D&dstAddr=6590000000", apiSecret: "s", srcAddr: "MyShop", dstAddr: "6593274037", content: "Hi")
        let form = try pasted.httpRequest(baseURL: "https://www.ginota.com", authentication: Ginota.provider.authentication)
        let body = String(decoding: try #require(form.body), as: UTF8.self)
        #expect(body == "apiKey=3zJU%2Ft7DX6g%3D%26dstAddr%3D6590000000&apiSecret=s&srcAddr=MyShop&dstAddr=6593274037&content=Hi")
        #expect(try FormDecoder.parse(body).filter { $0.name == "dstAddr" }.map(\.value) == ["6593274037"])
        let balance = Ginota.BalanceRequest(apiKey: "3zJU%2Ft7DX6g%3D #x\n", apiSecret: "s")
        let query = try balance.httpRequest(baseURL: "https://www.ginota.com", authentication: Ginota.provider.authentication)
        #expect(query.url == "https://www.ginota.com/gemp/balance?apiKey=3zJU%2Ft7DX6g%3D%20%23x%0A&apiSecret=s")
    }

    /// A credential the request repeats in another field (a password sent again as the sender or in the text, a
    /// user's TextMarketer request) printed there, while `validate()` and the sandbox log hid it: the printed request
    /// hides every credential's value wherever it repeats it, as it is sent.
    @Test func aCredentialRepeatedInAnotherFieldIsHiddenWhenPrinted() throws {
        let http = try OCA.StatusRequest(msgUID: "pw-never-1234").httpRequest(
            baseURL: "https://oca.example", authentication: OCA.provider.authentication, credentials: .basic(username: "shop", password: "pw-never-1234"))
        #expect(http.url.contains("pw-never-1234"))
        let key = try Bind.ListTemplatesRequest(status: .approved, forwardedFor: "Key-never-1234").httpRequest(
            baseURL: "https://bind.example", authentication: Bind.provider.authentication, credentials: .apiKey("Key-never-1234"))
        for printed in [http.description, String(reflecting: http), key.description, String(describing: Mirror(reflecting: key).children.map(\.value))] {
            #expect(!printed.contains("never") && printed.contains("<redacted>"), "\(printed)")
        }
    }

    /// Basic authentication splits `user:password` at the first colon (RFC 7617): a user name holding one would reach
    /// the provider as another user with another password, so it is refused before anything is sent.
    @Test func aBasicUserNameCannotHoldAColon() throws {
        #expect(throws: RequestBuildingError.colonInUserName) {
            try OCA.StatusRequest(msgUID: "a1").httpRequest(
                baseURL: "https://oca.example", authentication: OCA.provider.authentication, credentials: .basic(username: "shop:eu", password: "pw"))
        }
        let http = try OCA.StatusRequest(msgUID: "a1").httpRequest(
            baseURL: "https://oca.example", authentication: OCA.provider.authentication, credentials: .basic(username: "shop", password: "p:w"))
        #expect(http.headers.contains { $0 == ("Authorization", "Basic " + Data("shop:p:w".utf8).base64EncodedString()) })
    }

    @Test func bindTemplateSendPutsTheIdInThePathAndTheKeyInAHeader() throws {
        let request = Bind.SendTemplateRequest(id: "4b1c/x", to: "385921234567", params: ["name": "Ana"])
        let http = try request.httpRequest(
            baseURL: "https://messaging-api.bind.hr/", authentication: Bind.provider.authentication, credentials: .apiKey("k-123"))
        #expect(http.url == "https://messaging-api.bind.hr/v1.0/sms/template/4b1c%2Fx/send")
        #expect(http.headers.contains { $0 == ("X-API-KEY", "k-123") })
        #expect(!http.description.contains("k-123"))
        let body = try JSONDecoder().decode([String: JSONValue].self, from: try #require(http.body))
        #expect(body == ["to": .string("385921234567"), "params": .object(["name": .string("Ana")])])
    }

    @Test func headerFieldsTravelAsHeadersAndCannotInjectAnother() throws {
        let request = Bind.SendTemplateRequest(id: "t", to: "385921234567", forwardedFor: "203.0.113.7")
        let http = try request.httpRequest(
            baseURL: "https://messaging-api.bind.hr", authentication: Bind.provider.authentication, credentials: .apiKey("k"))
        #expect(http.headers.contains { $0 == ("X-FORWARDED-FOR", "203.0.113.7") })
        let body = try JSONDecoder().decode([String: JSONValue].self, from: try #require(http.body))
        #expect(body == ["to": .string("385921234567")])
        let injected = Bind.SendTemplateRequest(id: "t", to: "385921234567", forwardedFor: "203.0.113.7\r\nX-API-KEY: stolen")
        #expect(throws: RequestBuildingError.unsafeHeaderValue("X-FORWARDED-FOR")) {
            try injected.httpRequest(
                baseURL: "https://messaging-api.bind.hr", authentication: Bind.provider.authentication, credentials: .apiKey("k"))
        }
        // HTTP drops a space or tab at either end of a header's value, and sends another control character as a
        // space: the provider would read another value.
        for unsendable in [" 203.0.113.7", "203.0.113.7\t", "203.0.113.7\u{1}", "203.0.\u{7F}113.7"] {
            #expect(throws: RequestBuildingError.unsendableHeaderValue("X-FORWARDED-FOR")) {
                try Bind.SendTemplateRequest(id: "t", to: "385921234567", forwardedFor: unsendable).httpRequest(
                    baseURL: "https://messaging-api.bind.hr", authentication: Bind.provider.authentication, credentials: .apiKey("k"))
            }
        }
        // The key's own header too (a key pasted with its line break, or worse): the error names the header, not the key.
        for key: Secret in ["k-123\n", "k-123\r\nX-Forwarded-For: 10.0.0.1", "k\0"] {
            #expect(throws: RequestBuildingError.unsafeHeaderValue("X-API-KEY")) {
                try request.httpRequest(baseURL: "https://messaging-api.bind.hr", authentication: Bind.provider.authentication, credentials: .apiKey(key))
            }
        }
        #expect(throws: RequestBuildingError.unsafeHeaderValue("Authorization")) {
            try Fortytwo.RequestCodeRequest(clientRef: "r", phoneNumber: "38591234567").httpRequest(
                baseURL: "https://rest.fortytwo.com/1", authentication: Fortytwo.provider.authentication, credentials: .apiKey("t\r\nX: y"))
        }
    }

    /// Every way a credential travels (query, form body, JSON body, API-key header, token header, Basic): printing
    /// the request (`description`, `String(reflecting:)`, `dump`) shows none of it.
    @Test func printedRequestsNeverShowACredential() throws {
        let key: Secret = "KEY-7f3a-never-shown", secret: Secret = "SECRET-91c2-never-shown"
        let requests: [(name: String, build: () throws -> HTTPRequestParts)] = [
            ("Ginota balance (query)", {
                try Ginota.BalanceRequest(apiKey: key, apiSecret: secret).httpRequest(
                    baseURL: "https://www.ginota.com", authentication: Ginota.provider.authentication)
            }),
            ("Ginota send (form)", {
                try Ginota.SendRequest(apiKey: key, apiSecret: secret, srcAddr: "Shop", dstAddr: "6593274037", content: "Hi")
                    .httpRequest(baseURL: "https://www.ginota.com", authentication: Ginota.provider.authentication)
            }),
            ("RajaSMS balance (JSON)", {
                try RajaSMS.BalanceRequest(apiKey: key).httpRequest(
                    for: RajaSMS.Operations.balanceRegular, baseURL: "https://rajasms.example",
                    authentication: RajaSMS.provider.authentication)
            }),
            ("Bind (API-key header)", {
                try Bind.SendTemplateRequest(id: "t", to: "385921234567").httpRequest(
                    baseURL: "https://messaging-api.bind.hr", authentication: Bind.provider.authentication, credentials: .apiKey(key))
            }),
            ("Fortytwo (token header)", {
                try Fortytwo.ValidateCodeRequest(clientRef: "r", code: "1234").httpRequest(
                    baseURL: "https://rest.fortytwo.com", authentication: Fortytwo.provider.authentication, credentials: .apiKey(key))
            }),
            ("OCA (Basic)", {
                try OCA.StatusRequest(msgUID: "a1").httpRequest(
                    baseURL: "https://oca.example", authentication: OCA.provider.authentication,
                    credentials: .basic(username: "user", password: secret))
            }),
        ]
        let base64 = [key.value, "user:\(secret.value)"].map { Data($0.utf8).base64EncodedString() }
        for (name, build) in requests {
            let http = try build()
            var dumped = ""
            dump(http, to: &dumped)
            for printed in [http.description, String(reflecting: http), "\(http)", dumped] {
                for hidden in [key.value, secret.value] + base64 {
                    #expect(!printed.contains(hidden), "\(name): \(printed)")
                }
            }
        }
        // What is sent keeps the values, and the printed URL keeps everything else.
        let balance = try requests[0].build()
        #expect(balance.url == "https://www.ginota.com/gemp/balance?apiKey=\(key.value)&apiSecret=\(secret.value)")
        #expect(balance.description == "GET https://www.ginota.com/gemp/balance?apiKey=<redacted>&apiSecret=<redacted>")
    }

    @Test func headerAuthenticationWithoutCredentialsIsAnError() {
        let request = Bind.SendTemplateRequest(id: "t", to: "385921234567")
        #expect(throws: RequestBuildingError.missingCredentials(provider: "bind")) {
            try request.httpRequest(baseURL: "https://messaging-api.bind.hr", authentication: Bind.provider.authentication)
        }
    }

    /// Credentials of another kind than the spec's `auth` (an attack): a fields provider given an API key sent its
    /// request's empty placeholders without a word; a header provider given Basic said "pass credentials".
    @Test func credentialsOfAnotherKindAreRefusedNamingTheKindTaken() throws {
        let balance = Ginota.BalanceRequest(apiKey: "", apiSecret: "")
        for (given, kind) in [(Credentials.apiKey("k"), ".apiKey(…)"), (.basic(username: "u", password: "p"), ".basic(username:password:)"), (.headers(["X-Key": "k"]), ".headers([…])")] {
            #expect(throws: RequestBuildingError.credentialsOfAnotherKind(provider: "ginota", takes: ".fields([…]) ('apiKey', 'apiSecret')", given: kind)) {
                try balance.httpRequest(baseURL: "https://www.ginota.com/gemp", authentication: Ginota.provider.authentication, credentials: given)
            }
        }
        let template = Bind.SendTemplateRequest(id: "t", to: "385921234567")
        let error = #expect(throws: RequestBuildingError.self) {
            try template.httpRequest(baseURL: "https://messaging-api.bind.hr", authentication: Bind.provider.authentication, credentials: .basic(username: "u", password: "p"))
        }
        #expect(error?.description == "bind takes credentials as .apiKey(…) (its spec's auth); the client was given .basic(username:password:), which it would not send: pass .apiKey(…)")
        // The kinds it takes are sent as before: fields the request holds as given.
        let filled = Ginota.BalanceRequest(apiKey: "k", apiSecret: "s")
        _ = try filled.httpRequest(baseURL: "https://www.ginota.com/gemp", authentication: Ginota.provider.authentication, credentials: .fields(["apiKey": "k", "apiSecret": "s"]))
        _ = try balance.httpRequest(baseURL: "https://www.ginota.com/gemp", authentication: Ginota.provider.authentication)
        // Fields the request does not hold were dropped, its empty placeholders sent (an attack): refused, saying who fills them.
        #expect(throws: RequestBuildingError.credentialFieldNotInRequest(provider: "ginota", field: "apiKey", takes: ["apiKey", "apiSecret"])) {
            try balance.httpRequest(baseURL: "https://www.ginota.com/gemp", authentication: Ginota.provider.authentication, credentials: .fields(["apiKey": "k", "apiSecret": "s"]))
        }
    }
}

@Suite struct RegistryTests {
    @Test func lookUpsFindEveryDocumentedCodeAndSayUnknownOtherwise() {
        let registry = SMSSpecCatalog.registry
        #expect(registry.lookup(provider: "bind", table: "DLRError", code: "000").entry?.name == "DELIVERED")
        #expect(registry.lookup(provider: "ginota", table: "Status", code: "44").category == .insufficientFunds)
        #expect(registry.lookup(provider: "ginota", table: "Status", code: "45") == .unknown(provider: "ginota", table: "Status", code: "45"))
        #expect(registry.lookup(provider: "nobody", table: "x", code: "1").entry == nil)
        let zero = registry.lookup(provider: "ginota", code: "0").map(\.table)
        #expect(zero == ["Status", "DeliveryStatus"])
        #expect(registry.lookup(provider: "bind", code: "027").map(\.name) == ["ABSENT_SUBSCRIBER"])
    }

    @Test func providerErrorsCarryTheEntryAndItsAdvice() {
        let error = ProviderError(Bind.SendError.outOfBalance, rawMessage: "OUT_OF_BALANCE", httpStatus: 200)
        #expect(error.category == .insufficientFunds && !error.isRetryable)
        #expect(error.entry?.description == "The client is out of balance")
        #expect(error.description.contains("insufficientFunds"))
    }

    /// A code or message from a hostile answer cannot drive the terminal that prints the error.
    @Test func providerErrorsEscapeWhatTheProviderSent() {
        let hostile = "\u{1B}[2J\u{1B}]8;;https://evil\u{07}x\u{202E}"
        let texts = [
            "\(ProviderError(Ginota.Status(wireCode: WireCode(text: hostile)), rawMessage: hostile))", "\(Ginota.Status(wireCode: WireCode(text: hostile)))",
            "\(ProviderError(provider: "ginota", table: nil, rawCode: hostile, rawMessage: nil, httpStatus: 200, entry: nil))",
            // What `smsspec decode` prints for each failure of a callback.
            "\(StatusReport(Ginota.DeliveryStatus(wireCode: WireCode(text: hostile)), at: "deliveryStatus"))",
        ]
        for text in texts {
            #expect(!text.unicodeScalars.contains { $0.properties.generalCategory == .control || $0 == "\u{202E}" }, "\(text)")
            #expect(text.contains(#"\u{1B}[2J\u{1B}]8;;https://evil\u{7}x\u{202E}"#), "\(text)")
        }
    }
}

@Suite struct BindTemplatesAndTwoFactorTests {
    @Test func aTemplateListingPutsItsFilterInTheQuery() throws {
        let http = try Bind.ListTemplatesRequest(status: .forReview).httpRequest(
            baseURL: "https://messaging-api.bind.hr", authentication: Bind.provider.authentication, credentials: .apiKey("k"))
        #expect(http.method == "GET" && http.url == "https://messaging-api.bind.hr/v1.0/sms/template?status=for_review" && http.body == nil)
    }

    @Test func twoFactorValidationStatuses() throws {
        let notFound = try JSONDecoder().decode(Bind.TwoFactorValidateResponse.self, from: Data(#"{"verified":false,"status":"not_found"}"#.utf8))
        #expect(!notFound.verified && notFound.status == .notFound && notFound.status.httpStatus == 404)
        #expect(notFound.failures.first?.error.category == .expired)
        let matched = try JSONDecoder().decode(Bind.TwoFactorValidateResponse.self, from: Data(#"{"verified":true,"status":"success"}"#.utf8))
        #expect(matched.allSucceeded && matched.status == .matched)
        let unknownTemplate = try JSONDecoder().decode(Bind.TwoFactorRequestResponse.self, from: Data(#"{"status":"REJECTED","error_message":"TEMPLATE_NOT_FOUND"}"#.utf8))
        #expect(unknownTemplate.errorMessage == .templateNotFound && !unknownTemplate.allSucceeded)
    }

    @Test func templatesAreValidated() {
        #expect(Bind.TemplateRequest(name: "otp", sender: "Shop", content: "Code #{code}").validate() == [])
        #expect(Bind.TemplateRequest(name: "otp", sender: "AB", content: String(repeating: "x", count: 1001)).validate().map(\.rule) == ["minLength", "maxLength"])
    }
}

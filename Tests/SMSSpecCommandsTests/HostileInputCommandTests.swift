import ArgumentParser
import Foundation
import SMSProviderCatalog
import SMSProviders
@testable import SMSSpecCommands
import Testing

/// Issue 10 on the CLI: payload reading is bounded and clear, names and codes work as listed, output is safe.
@Suite struct HostileInputCommandTests {
    @Test func lookupTakesANegativeCodeAsTheHelpShows() throws {
        let command = try #require(try SMSSpecCommand.parseAsRoot(["lookup", "fortytwo", "-63"]) as? LookupCode)
        #expect(command.provider == "fortytwo" && command.code == "-63")
        let withOptions = try #require(try SMSSpecCommand.parseAsRoot(["lookup", "--json", "fortytwo", "-63", "--table", "ResultCode"]) as? LookupCode)
        #expect(withOptions.code == "-63" && withOptions.table == "ResultCode" && withOptions.json)
        #expect(throws: (any Error).self) { try SMSSpecCommand.parseAsRoot(["lookup", "fortytwo", "-63", "-64"]) }
        #expect(throws: (any Error).self) { try SMSSpecCommand.parseAsRoot(["lookup", "fortytwo"]) }
    }

    /// A code given with a JSON string's quotes, as a payload writes it (a user's `'"016"'` was "no code"), is the
    /// code inside them, said in a note; the help no longer shows quotes.
    @Test func lookupReadsACodeInsideAJSONStringsQuotes() async {
        let quoted = await CLI.run(["lookup", "bind", #""OK""#], exitsWith: .success)
        #expect(quoted.output.contains("bind SendError OK: The request has been successfully processed"), "\(quoted.output)")
        #expect(quoted.errors.contains("note: read as OK, the code inside the quotes"), "\(quoted.errors)")
        let unknown = await CLI.run(["lookup", "bind", #""NOPE""#], exitsWith: .exitCode(3))
        #expect(unknown.errors.contains("documents no code"), "\(unknown.errors)")
        let help = await CLI.run(["lookup", "--help"], exitsWith: .success)
        #expect(help.output.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains("(000, 44, OUT_OF_BALANCE, -63), without a JSON string's quotes"), "\(help.output)")
    }
}

@Suite struct HostilePayloadCommandTests {
    static let documents = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SMSProvidersTests/Documents")

    func failure(_ arguments: [String]) throws -> String {
        var command = try SMSSpecCommand.parseAsRoot(arguments)
        do {
            try command.run()
            return "ran"
        } catch let error as InputError {
            return error.description
        } catch let exit as ExitCode {
            return "exit \(exit.rawValue)"
        }
    }

    @Test func payloadReadingIsBoundedAndSaysWhy() throws {
        let directory = Self.documents.appendingPathComponent("ginota").path
        #expect(try failure(["decode", "ginota", "DeliveryReceipt", directory]) == "\(directory) is a directory; give a payload file.")
        #expect(try failure(["validate", "ginota", "SendRequest", directory]) == "\(directory) is a directory; give a payload file.")
        #expect(try failure(["decode", "ginota", "DeliveryReceipt", "/no/such/file"]) == "Cannot read /no/such/file: No such file or directory.")
        // An endless device stops at the limit instead of filling memory.
        #expect(try failure(["decode", "bind", "CallbackEvent", "/dev/zero"]) == "/dev/zero is larger than 4 MiB, the payload limit.")
        let document = Self.documents.appendingPathComponent("ginota/dlr.query").path
        #expect(try Lookup.read(document) == Data(contentsOf: URL(fileURLWithPath: document)))
    }

    @Test func segmentsInputMustBeUTF8() throws {
        #expect(try Lookup.text(Data("Grüße".utf8), from: "standard input") == "Grüße")
        #expect(throws: InputError.self) { try Lookup.text(Data([0x48, 0x69, 0xC3, 0x28]), from: "standard input") }
        do {
            _ = try Lookup.text(Data([0x48, 0x69, 0xC3, 0x28]), from: "standard input")
        } catch let error as InputError {
            #expect(error.description == "standard input is not valid UTF-8 (byte 2).")
        }
    }

    /// The line end that ends piped text is not text to send, whichever a file has: "Hello\r\n" is 5 septets.
    @Test func segmentsDropsTheLineEndThatEndsPipedText() throws {
        #expect(try Segments.piped(Data("Hello\n".utf8)) == "Hello")
        #expect(try Segments.piped(Data("Hello\r\n".utf8)) == "Hello")
        #expect(try Segments.piped(Data("Hello\n\n".utf8)) == "Hello\n")
        #expect(try Segments.piped(Data("Hello\r".utf8)) == "Hello\r")
    }

    /// A file saved with a UTF-8 byte-order mark (as Windows editors write) reads as its text: a form's first field
    /// is its own name, a JSON request is JSON, and text to count is not UCS-2 because of the mark.
    @Test func aByteOrderMarkStartingAFileIsNotPartOfThePayload() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("smsspec-bom-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func withMark(_ name: String, _ text: String) throws -> String {
            let url = directory.appendingPathComponent(name)
            try (Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)).write(to: url)
            return url.path
        }
        let receipt = try String(contentsOf: Self.documents.appendingPathComponent("ginota/dlr.query"), encoding: .utf8)
        #expect(try failure(["decode", "ginota", "DeliveryReceipt", withMark("dlr.query", receipt)]) == "ran")
        let send = #"{"apiKey":"k","apiSecret":"s","srcAddr":"Shop","dstAddr":"6591234567","content":"Hi"}"#
        #expect(try failure(["validate", "ginota", "SendRequest", withMark("send.json", send)]) == "ran")
        #expect(try Lookup.read(withMark("text", "Hello")) == Data("Hello".utf8))
        // A mark inside the payload stays: only the file's first bytes are its encoding's.
        #expect(try Lookup.read(withMark("twice", "\u{FEFF}Hello")) == Data("\u{FEFF}Hello".utf8))
    }

    @Test func listedNamesAreWholeAndWork() throws {
        let listing = Decode.listing(SMSSpecCatalog.providers.map(ProviderSource.init))
        for catalog in SMSSpecCatalog.providers {
            for message in catalog.messages {
                #expect(listing.contains("  \(message.name) "), "\(message.name) is cut")
            }
        }
        #expect(listing.contains("  DiscoverMobileStatusRequest ") && listing.contains("  TwoFactorValidateResponse "))
    }

    /// Fortytwo's request, as JSON bytes, with the code length an attacker chooses.
    func fortytwoViolations(codeLength: String) throws -> [String] {
        let body = #"{"client_ref":"r1","phone_number":"+385911234567","code_length":\#(codeLength),"message_template":"Your code is {#TFA_CODE}"}"#
        let descriptor = try #require(Lookup.provider("fortytwo").message(named: "RequestCodeRequest"))
        let request = try #require(try descriptor.decode(Data(body.utf8)) as? any ValidatableMessage)
        return request.validate().map { "\($0.path) \($0.rule)" }
    }

    @Test func fortytwoValidationSurvivesAnyCodeLength() throws {
        #expect(try fortytwoViolations(codeLength: "6") == [])
        #expect(try fortytwoViolations(codeLength: "-1") == ["code_length minimum"])
        #expect(try fortytwoViolations(codeLength: "1000000000") == ["code_length maximum", "message_template maxSegments"])
        #expect(try fortytwoViolations(codeLength: "\(Int.max)") == ["code_length maximum", "message_template maxSegments"])
    }

    func decodeFailure(_ provider: String, _ message: String, _ body: String) throws -> String {
        let descriptor = try #require(Lookup.provider(provider).message(named: message))
        do {
            _ = try descriptor.decode(Data(body.utf8))
            return "decoded"
        } catch {
            return DecodingErrorDescription.describe(error)
        }
    }

    @Test func aSmuggledQueryInAFormValueIsRefused() throws {
        let smuggled = "apiKey=K&apiSecret=S&srcAddr=Shop&dstAddr=6591234567&content=Hi"
            + "&url=https://shop.example/cb?apiKey=X&apiSecret=Y&srcAddr=Evil&dstAddr=6599999999&content=Pwned"
        let refused = try decodeFailure("ginota", "SendRequest", smuggled)
        // `apiKey=X` stays inside the url value; the fields after it repeat the real ones.
        #expect(refused == "at `apiSecret`: The field appears 2 times; it takes one value.")
        let honest = "apiKey=K&apiSecret=S&srcAddr=Shop&dstAddr=6591234567&content=Hi&url=https://shop.example/cb?id=1"
        let descriptor = try #require(Lookup.provider("ginota").message(named: "SendRequest"))
        let request = try #require(try descriptor.decode(Data(honest.utf8)) as? Ginota.SendRequest)
        #expect(request.srcAddr == "Shop" && request.dstAddr == "6591234567" && request.content == "Hi")
        // The document's own delivery receipt, as a query string and as the URL it arrives on.
        let receipt = try String(contentsOf: Self.documents.appendingPathComponent("ginota/dlr.query"), encoding: .utf8)
        #expect(try decodeFailure("ginota", "DeliveryReceipt", receipt) == "decoded")
        #expect(try decodeFailure("ginota", "DeliveryReceipt", "https://shop.example/dlr?" + receipt) == "decoded")
    }

    @Test func aTrailingNewlineOrHiddenBOMFailsTheNumberRule() throws {
        let descriptor = try #require(Lookup.provider("bind").message(named: "SendTemplateRequest"))
        for to in [#"385911234567\n"#, #"\ufeff385911234567"#] {
            let request = try #require(try descriptor.decode(Data(#"{"id":"welcome","to":"\#(to)"}"#.utf8)) as? any ValidatableMessage)
            #expect(request.validate().map(\.rule) == ["pattern"], "\(to)")
        }
        let form = try #require(Lookup.provider("ginota").message(named: "SendRequest"))
        let bom = "apiKey=K&apiSecret=S&srcAddr=Shop&dstAddr=%EF%BB%BF6591234567&content=Hi"
        let request = try #require(try form.decode(Data(bom.utf8)) as? Ginota.SendRequest)
        #expect(request.validate().map(\.message) == [#""\u{FEFF}6591234567" does not match ^[1-9][0-9]{6,14}$"#])
    }

    @Test func printedViolationsCannotDriveTheTerminal() throws {
        let request = Ginota.SendRequest(apiKey: "k", apiSecret: "s", srcAddr: "Shop", dstAddr: "\u{1B}]0;owned\u{07}\u{202E}1", content: "Hi")
        let text = Validate.render(request.validate(), format: .text)
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
        #expect(text.contains(#""\u{1B}]0;owned\u{7}\u{202E}1" does not match"#))
        let segments = Segments.render(SegmentCalculator.analyze("a\u{9B}2J"), format: .text)
        #expect(!segments.unicodeScalars.contains("\u{9B}") && segments.contains(#""\u{9B}" (U+009B)"#))
        // decode prints JSON: the same values, with C1 controls and bidi controls as \u escapes.
        let receipt = try Lookup.annotatedJSON(Ginota.SendRequest(apiKey: "k", apiSecret: "s", srcAddr: "\u{9B}31m\u{202E}", dstAddr: "1", content: "\u{1B}"))
        #expect(!receipt.unicodeScalars.contains { DisplayText.needsEscape($0) && $0 != "\n" })
        let decoded = try JSONDecoder().decode([String: String].self, from: Data(receipt.utf8))
        #expect(decoded["srcAddr"] == "\u{9B}31m\u{202E}" && decoded["content"] == "\u{1B}")
        let foreign = ValidationViolation(path: "to", rule: "x", message: "bad \u{1B}[31m")
        #expect(Validate.render([foreign], format: .text).hasPrefix(#"to: [x] bad \u{1B}[31m"#))
    }

    @Test func aPathParameterCannotClimbOutOfItsSegment() throws {
        let fortytwo = try Lookup.provider("fortytwo").provider
        for reference in ["..", ".", "", "../a?b", "a/..", "..\\x"] {
            let request = Fortytwo.ValidateCodeRequest(clientRef: reference, code: "123456")
            #expect(throws: RequestBuildingError.unsafePathParameter("client_ref")) {
                try request.httpRequest(baseURL: fortytwo.baseURLs[0], authentication: fortytwo.authentication, credentials: .apiKey("t"))
            }
            // `validate()` says so before: it called "valid" a request that could never be built (a user's empty key).
            let violations = request.validate().filter { $0.rule == "path" }
            #expect(violations.map(\.path) == ["client_ref"] && violations[0].message.hasSuffix("would change the request's path (a path "
                + "parameter is not empty, nor '.' or '..' between slashes)"), "\(reference): \(violations)")
        }
        let escapedRequest = Fortytwo.ValidateCodeRequest(clientRef: "a/b?..c", code: "1")
        #expect(escapedRequest.validate().filter { $0.rule == "path" } == [])
        let escaped = try escapedRequest
            .httpRequest(baseURL: fortytwo.baseURLs[0], authentication: fortytwo.authentication, credentials: .apiKey("t"))
        #expect(escaped.url.contains("/a%2Fb%3F..c/"))
    }
}

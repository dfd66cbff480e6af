import Foundation
@testable import SMSSandbox
import SMSSpecCore
import Testing

/// A receiver's answer is compared with the spec's acknowledgement as the provider reads it: the media type's type and
/// subtype in any case, and the body's bytes in the charset the answer's Content-Type names.
@Suite struct AcknowledgementCharsetTests {
    /// Termii's delivery report, its acknowledgement the text "Reçu" in UTF-8.
    static func acknowledgement() throws -> AcknowledgementModel {
        let path = try AcknowledgementLoopbackTests.specWanting("{status: 200, contentType: 'text/plain; charset=utf-8', body: Reçu}")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [path]).first)
        return try #require(provider.model.callbacks.first { $0.spec.name.value == "DeliveryReport" }).acknowledgement
    }

    static func mismatch(_ contentType: String?, _ bytes: [UInt8]) throws -> String? {
        try acknowledgement().mismatch(with: CallbackPoster.Answer(status: 200, contentType: contentType, body: Data(bytes)))
    }

    static let latin1 = Array("Re".utf8) + [0xE7] + Array("u".utf8)

    /// The same text in another charset the answer names is the acknowledgement; its type and subtype in any case too.
    @Test func theDeclaredTextInTheCharsetTheAnswerNamesIsTaken() throws {
        #expect(try Self.mismatch("text/plain; charset=ISO-8859-1", Self.latin1) == nil)
        #expect(try Self.mismatch(#"TEXT/Plain;charset="UTF-8""#, Array("Reçu".utf8)) == nil)
        #expect(try Self.mismatch("text/plain", Array("Reçu".utf8)) == nil)
    }

    /// The declared bytes under a charset that reads them as another text are not: the provider reads "ReÃ§u".
    @Test func theDeclaredBytesReadAsAnotherTextAreReported() throws {
        let line = try #require(try Self.mismatch("text/plain; charset=iso-8859-1", Array("Reçu".utf8)))
        #expect(line.contains(#": its body is "ReÃ§u"; the provider"#), "\(line)")
        let utf8 = try #require(try Self.mismatch("text/plain", Self.latin1))
        #expect(utf8.contains(": its body is \"Re\u{FFFD}u\"; the provider"), "\(utf8)")
    }

    /// A charset the sandbox does not read is said so, not compared byte for byte.
    @Test func aCharsetTheSandboxDoesNotReadIsReported() throws {
        let line = try #require(try Self.mismatch("text/plain; charset=utf-16", Array("Reçu".utf8)))
        #expect(line.contains(#": its charset "utf-16" is none the sandbox reads its body in (UTF-8, ISO-8859-1"#), "\(line)")
    }

    /// A charset the sandbox reads, named twice with another, is said so: the log said that "utf-8" was none it reads.
    @Test func aCharsetNamedTwiceIsReportedAsSuch() throws {
        let line = try #require(try Self.mismatch("text/plain; charset=utf-8; charset=koi8-r", Array("Reçu".utf8)))
        #expect(!line.contains("is none the sandbox reads"), "\(line)")
        #expect(line.contains(#"its body is not read (The Content-Type "text/plain; charset=utf-8; charset=koi8-r" names no one charset: it declares charset "utf-8" and "koi8-r".)"#), "\(line)")
    }

    /// Whitespace after the Content-Type is no part of it (RFC 9110, section 5.5): `text/plain\t` was reported as another.
    @Test func whitespaceAroundTheContentTypeIsNoPartOfIt() throws {
        for contentType in ["text/plain\t", "text/plain ", " text/plain; charset=ISO-8859-1 "] {
            let read = contentType.contains("ISO") ? Self.latin1 : Array("Reçu".utf8)
            #expect(try Self.mismatch(contentType, read) == nil, "\(contentType)")
        }
    }

    /// Under a JSON media type the same JSON value is the same acknowledgement, in any key order or spacing: a user's
    /// receiver answering Movider's `{"status": "OK", "detail": ""}` compactly was logged as a callback not received.
    @Test func theSameJSONValueIsTheDeclaredAcknowledgement() throws {
        let path = try AcknowledgementLoopbackTests.specWanting(#"{status: 200, contentType: application/json, body: '{"status": "OK", "detail": ""}'}"#)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [path]).first)
        let acknowledgement = try #require(provider.model.callbacks.first { $0.spec.name.value == "DeliveryReport" }).acknowledgement
        func mismatch(_ body: String) -> String? {
            acknowledgement.mismatch(with: CallbackPoster.Answer(status: 200, contentType: "application/json", body: Data(body.utf8)))
        }
        let spaced = "{\n  \"detail\" : \"\",\n" + String(repeating: " ", count: 200) + "\"status\" : \"OK\"\n}\n"
        for same in [#"{"status":"OK","detail":""}"#, #"{"detail":"","status":"OK"}"#, spaced] {
            #expect(acknowledgement.bodyBytesToRead ?? 0 >= same.utf8.count)
            #expect(mismatch(same) == nil, "\(same)")
        }
        // Another value, or no JSON, still differs.
        let other = try #require(mismatch(#"{"status":"ok","detail":""}"#))
        #expect(other.contains(#"its body is "{\"status\":\"ok\",\"detail\":\"\"}"; the provider"#), "\(other)")
        #expect(mismatch(#"{"status":"OK","detail":"","detail":""}"#) != nil)
        #expect(mismatch("OK") != nil)
    }

    /// A JSON answer longer than what is read is not the declared one, though what was read is: an attack's receiver
    /// answered the declared value, spaces past 64 KiB, then garbage (or a second object), and it was logged as taken.
    @Test func aJSONAnswerLongerThanWhatIsReadIsNotTheDeclaredOne() throws {
        let path = try AcknowledgementLoopbackTests.specWanting(#"{status: 200, contentType: application/json, body: '{"status": "OK", "detail": ""}'}"#)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let provider = try #require(try SandboxSpecs.load(bundled: [], specPaths: [path]).first)
        let acknowledgement = try #require(provider.model.callbacks.first { $0.spec.name.value == "DeliveryReport" }).acknowledgement
        let limit = try #require(acknowledgement.bodyBytesToRead)
        for tail in ["}}} not json", #"{"status":"FAILED"}"#] {
            let whole = Data((#"{"status":"OK","detail":""}"# + String(repeating: " ", count: 70_000) + tail).utf8)
            // As `CallbackPoster` reads it: up to one byte past the limit.
            let read = CallbackPoster.Answer(status: 200, contentType: "application/json", body: whole.prefix(limit + 1))
            let line = try #require(acknowledgement.mismatch(with: read))
            #expect(line.contains("its body is longer than the \(limit) bytes read, starting \"{\\\"status\\\":\\\"OK\\\""), "\(line)")
        }
    }
}

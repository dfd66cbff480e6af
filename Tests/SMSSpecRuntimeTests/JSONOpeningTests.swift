import Foundation
@_spi(Generated) import SMSSpecRuntime
import Testing

/// Whether a payload is JSON is told by the text it reads as, in UTF-8, UTF-16 or UTF-32 alike (an attack: a code
/// in a UTF-16 answer was read as a success, its first byte a mark or zero, not `{`).
@Suite struct JSONOpeningTests {
    static let encodings: [String.Encoding] = [.utf8, .utf16, .utf16LittleEndian, .utf16BigEndian, .utf32, .utf32LittleEndian, .utf32BigEndian]

    @Test func theOpeningIsReadInEveryEncodingJSONComesIn() throws {
        for encoding in Self.encodings {
            for (text, opening) in [(" \n{\"a\":1}", UInt8(ascii: "{")), ("[1]", UInt8(ascii: "[")), ("a=1", UInt8(ascii: "a"))] {
                let data = try #require(text.data(using: encoding))
                #expect(JSONPayload.opening(of: data) == opening, "\(text) in \(encoding)")
            }
        }
        #expect(JSONPayload.opening(of: Data([0xEF, 0xBB, 0xBF]) + Data("{}".utf8)) == UInt8(ascii: "{"))
        #expect(JSONPayload.opening(of: Data()) == nil && JSONPayload.opening(of: Data("  ".utf8)) == nil)
        #expect(JSONPayload.opening(of: Data("é=1".utf8)) == nil)
    }

    /// JSON in UTF-16 read as a form was one field named by the whole text.
    @Test func aFormThatIsJSONInAnyEncodingIsRefused() throws {
        for encoding in Self.encodings {
            let data = try #require(#"{"status":"DELIVRD"}"#.data(using: encoding))
            #expect(throws: DecodingError.self, "\(encoding)") { try FormDecoder.parse(data, charset: .isoLatin1) }
        }
    }
}

// FormDecoder on its own. Byte 0 chooses the mode:
// - even: the rest is a form body or query string, parsed and decoded into a probe type with every kind of field
//   generated code uses; when byte 0 is also 2 mod 4, the rest up to a 0x00 is a Content-Type header whose charset
//   (`FormCharset`) the body after it is read in;
// - odd: the rest is a list of name/value pairs (separated by 0x00, name and value by 0x01), written as a correct
//   query string (RFC 3986 lets '?', '/' and ':' stand unescaped); parsing it must give the same pairs back.
import Foundation
import FuzzSupport
import SMSSpecRuntime

struct Probe: Decodable {
    let text: String?
    let number: Int?
    let small: Int8?
    let amount: Double?
    let flag: Bool?
    let list: [String]?
    let numbers: [Int]?
    let required: String
}

/// What a correct client sends for a value: everything but unreserved characters and "/?:" percent-encoded.
private let formAllowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/:?")

private func encoded(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: formAllowed)!
}

private func strictlyEncoded(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: formAllowed.subtracting(CharacterSet(charactersIn: "/:?")))!
}

func fuzzFormDecoder(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    guard let mode = bytes.first else { return 0 }
    let rest = bytes.dropFirst()
    if mode % 4 == 2 {
        let header = rest.prefix { $0 != 0 }
        let body = Data(rest.dropFirst(header.count + 1))
        guard let charset = try? FormCharset(contentType: String(decoding: header, as: UTF8.self)) else { return 0 }
        _ = try? FormDecoder.parse(body, charset: charset)
        _ = try? FormDecoder(charset: charset).decode(Probe.self, from: body)
        return 0
    }
    if mode % 2 == 0 {
        let text = String(decoding: rest, as: UTF8.self)
        _ = try? FormDecoder.parse(text)
        _ = try? FormDecoder().decode(Probe.self, from: text)
        return 0
    }
    let pairs: [(name: String, value: String)] = rest.split(separator: 0, omittingEmptySubsequences: true).map { pair in
        let parts = pair.split(separator: 1, maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(decoding: parts[0], as: UTF8.self)
        return (name, parts.count > 1 ? String(decoding: parts[1], as: UTF8.self) : "")
    }.filter { !$0.name.isEmpty || !$0.value.isEmpty }
    // The decoder also takes a whole URL or "?query" (a callback's request line), so the first name is written with
    // '?', '/' and ':' escaped: unescaped, "https://x/cb?a" or "?a" would read as a URL or a query's start.
    let body = pairs.enumerated().map { index, pair in
        (index == 0 ? strictlyEncoded(pair.name) : encoded(pair.name)) + "=" + encoded(pair.value)
    }.joined(separator: "&")
    let parsed: [(name: String, value: String)]
    do {
        parsed = try FormDecoder.parse(body)
    } catch {
        fatalError("FormDecoder.parse refused the correct query \(body.debugDescription): \(error)")
    }
    guard parsed.map(\.name) == pairs.map(\.name) && parsed.map(\.value) == pairs.map(\.value) else {
        fatalError("FormDecoder.parse changed the fields of \(body.debugDescription): sent \(pairs), got \(parsed)")
    }
    return 0
}

runFuzzer(seeds: {
        let bodies = FuzzCatalog.examples.filter { $0.example.format != .json }.map(\.example.payload) + [
            "required=x&text=a+b%20c&number=-12&small=127&amount=1.5e3&flag=true&list=a&list=b&numbers=1&numbers=2",
            "?required=1&flag=0", "https://example.test/cb?required=%F0%9F%98%80&text=%E2%80%AE",
        ]
        let pairs = [
            [0x01] + Array("url\u{1}https://shop.example/cb?apiKey=X&to=1\u{0}to\u{1}628123".utf8),
            [0x01] + Array("a\u{1}b=c\u{0}a\u{1}+ %\u{0}\u{1}".utf8),
        ]
        return bodies.map { [0x00] + Array($0.utf8) } + pairs
    }, fuzzFormDecoder)

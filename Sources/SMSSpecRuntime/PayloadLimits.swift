import Foundation

/// The bounds every decoder in this package keeps to, so no payload can take time or memory out of proportion to
/// its size. Every documented provider payload is far inside them (the largest is under 1 KB, 6 levels deep).
/// See docs/limits-payloads.md.
public enum PayloadLimits {
    /// The largest payload `MessageDescriptor.decode` and the CLI accept: 4 MiB.
    public static let maximumBytes = 4 * 1024 * 1024
    /// The most fields a form body or query string may have (repetitions of a list field count one each).
    public static let maximumFormFields = 10_000
    /// JSON nesting deeper than this is refused before decoding (Foundation's parser takes 512). A read that fails
    /// on purpose (a union trying a variant, a lenient field sent as text) costs Foundation's decoder time in the
    /// square of its depth, as it builds the coding path anew: at 512 levels a 4 MiB payload took an hour.
    public static let maximumJSONDepth = 32
    /// Lists and objects inside a value kept as JSON (`JSONValue`: an unknown callback's payload, a `json` field)
    /// may sit at most this deep in the payload; deeper is refused with that reason (see `JSONValue.checkDepth`).
    public static let maximumJSONValueDepth = 16
    /// A JSON number with more digits than this before an exponent (the point aside) is refused before decoding:
    /// Foundation's decoder stops the program reading some such numbers as an integer (see
    /// `JSONStructure.trappingNumber`). No `Double` or `Decimal` holds that many digits; no provider writes one.
    public static let maximumDigitsBeforeExponent = 128

    /// The payload limit in words: `4 MiB`.
    public static var maximumBytesText: String { "\(maximumBytes / (1024 * 1024)) MiB" }

    /// Refuses, unread, a payload over `maximumBytes`: what every entry point that decodes one says.
    public static func checkSize(of data: Data) throws {
        guard data.count <= maximumBytes else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [], debugDescription: "The payload is \(data.count) bytes; the limit is \(maximumBytesText)."))
        }
    }
}

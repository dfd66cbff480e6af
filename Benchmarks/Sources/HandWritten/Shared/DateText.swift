import Foundation

/// A provider's ISO 8601 timestamp: the text as sent, and its date when it parses.
public struct ISO8601Text: Codable, Hashable, Sendable {
    public let text: String
    public let date: Date?

    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let withoutFraction = Date.ISO8601FormatStyle()

    public init(from decoder: any Decoder) throws {
        text = try decoder.singleValueContainer().decode(String.self)
        date = (try? Date(text, strategy: Self.withFraction)) ?? (try? Date(text, strategy: Self.withoutFraction))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

/// A day written yyyy-MM-dd in Jakarta (RajaSMS), kept as sent.
public struct JakartaDay: Codable, Hashable, Sendable {
    public let text: String
    public let date: Date?

    private static let style = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "Asia/Jakarta")!).year().month().day()

    public init(from decoder: any Decoder) throws {
        text = try decoder.singleValueContainer().decode(String.self)
        date = try? Date(text, strategy: Self.style)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

/// The date formats a spec names instead of writing an ICU pattern, for the generator and the runtime alike.
public enum DateFormatName: String, Hashable, Sendable, CaseIterable {
    /// ISO 8601 date and time (`2024-01-02T03:04:05Z`).
    case iso8601
    /// Whole seconds since 1970-01-01T00:00:00Z, a JSON number or its digits (`1505997340`).
    case unixSeconds
    /// Whole milliseconds since 1970-01-01T00:00:00Z (`1700000000000`).
    case unixMilliseconds

    /// A count since 1970 (`unixSeconds`, `unixMilliseconds`): read from a JSON number too, and in no time zone.
    public var isUnixTime: Bool { self != .iso8601 }
}

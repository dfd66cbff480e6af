import Foundation
import SMSSpecVocabulary

extension SpecValidator {
    /// A Unix-time format reads any digits as a date, so it stands with no other reading of digits: not the other
    /// unit (`1505997340` is a date in 2017 in seconds, in 1970 in milliseconds), not a pattern that writes digits
    /// only (`20240102` is a `yyyyMMdd` date and a count of seconds).
    func checkUnixTime(_ field: FieldSpec, subject: String) {
        let unixTimes = field.formats.filter { DateFormatName(rawValue: $0.value)?.isUnixTime == true }
        guard let unixTime = unixTimes.first else { return }
        if let other = unixTimes.first(where: { $0.value != unixTime.value }) {
            diagnostics.error(
                "\(subject) has the formats '\(unixTime.value)' and '\(other.value)': a number would read as "
                    + "a different date in each; give the one unit the provider writes", at: other.location)
        }
        for format in field.formats where Self.sampleDates(in: format.value)?.allSatisfy(Self.isDigitsOnly) == true {
            diagnostics.error(
                "format `\(format.value.abbreviated)` of \(subject) writes digits only, which '\(unixTime.value)' reads as a count since 1970: "
                    + "the same text would be two dates; give one of them", at: format.location)
        }
    }

    /// A `timeZone` is read by patterns alone: Unix time counts from 1970 in UTC, and an `iso8601` date names its own
    /// offset (one that names none is no date). With no pattern among the formats, it says a zone nothing reads in.
    func checkTimeZoneIsRead(_ field: FieldSpec, subject: String) {
        let named = field.formats.compactMap { DateFormatName(rawValue: $0.value) }
        // An unknown zone is already its own error.
        guard let timeZone = field.timeZone, TimeZone(identifier: timeZone.value) != nil, !field.formats.isEmpty, named.count == field.formats.count
        else { return }
        let why = named.first(where: \.isUnixTime).map { "'\($0.rawValue)' counts from 1970-01-01 in UTC" }
            ?? "an 'iso8601' date names its own offset"
        diagnostics.error("'timeZone' of \(subject) applies to no format: \(why); remove it", at: timeZone.location)
    }

    private static func isDigitsOnly(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}

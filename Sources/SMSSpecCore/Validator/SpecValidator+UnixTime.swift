import Foundation
import SMSSpecVocabulary

extension SpecValidator {
    /// A Unix-time format reads any digits as a date, so it stands with no other reading of digits: not the other
    /// unit (`1505997340` is a date in 2017 in seconds, in 1970 in milliseconds), not a pattern that writes digits
    /// only (`20240102` is a `yyyyMMdd` date and a count of seconds). It counts from 1970 in UTC: a `timeZone` with
    /// no pattern to apply to would say a zone that nothing reads in.
    func checkUnixTime(_ field: FieldSpec, subject: String) {
        let unixTimes = field.formats.filter { DateFormatName(rawValue: $0)?.isUnixTime == true }
        guard let unixTime = unixTimes.first else { return }
        if let other = unixTimes.first(where: { $0 != unixTime }) {
            diagnostics.error(
                "\(subject) has the formats '\(unixTime)' and '\(other)': a number would read as "
                    + "a different date in each; give the one unit the provider writes", at: field.location)
        }
        for format in field.formats where Self.sampleDates(in: format)?.allSatisfy(Self.isDigitsOnly) == true {
            diagnostics.error(
                "format '\(format.abbreviated)' of \(subject) writes digits only, which '\(unixTime)' reads as a count since 1970: "
                    + "the same text would be two dates; give one of them", at: field.location)
        }
        if field.timeZone != nil, unixTimes.count == field.formats.count {
            diagnostics.error(
                "'timeZone' of \(subject) applies to no format: '\(unixTime)' counts from 1970-01-01 in UTC; remove it",
                at: field.location)
        }
    }

    private static func isDigitsOnly(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}

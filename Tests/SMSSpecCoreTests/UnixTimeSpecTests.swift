import SMSSpecCore
import Testing

/// `unixSeconds` and `unixMilliseconds`: formats of date fields only, each standing with no other reading of digits.
@Suite struct UnixTimeSpecTests {
    @Test func unixTimeFormatsAreLocatedErrorsWhereTheyWouldMisread() {
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  count: {type: int64, format: unixSeconds}
                  both: {type: date, formats: [unixSeconds, unixMilliseconds]}
                  day: {type: date, formats: [unixSeconds, yyyyMMdd, 'yyyy-MM-dd']}
                  zoned: {type: date, format: unixMilliseconds, timeZone: Asia/Jakarta}
                  dated: {type: date, format: unixSeconds, default: '1505997340'}
                  ok: {type: date, formats: [unixSeconds, iso8601, 'yyyy-MM-dd HH:mm:ss'], timeZone: Asia/Jakarta}
                  okToo: {type: date, format: unixMilliseconds, required: false}
                  again: {type: date, format: unixSeconds, formats: [unixSeconds]}
            """) == [
                "11:7: 'format' and 'timeZone' apply to date fields; field 'count' of shape 'S' is 'int64'",
                "12:49: field 'both' of shape 'S' has the formats 'unixSeconds' and 'unixMilliseconds': a number would read as a "
                    + "different date in each; give the one unit the provider writes",
                "13:48: format `yyyyMMdd` of field 'day' of shape 'S' writes digits only, which 'unixSeconds' reads as a count "
                    + "since 1970: the same text would be two dates; give one of them",
                "14:63: 'timeZone' of field 'zoned' of shape 'S' applies to no format: 'unixMilliseconds' counts from 1970-01-01 "
                    + "in UTC; remove it",
                "15:57: default '1505997340' of field 'dated' of shape 'S': a field of a date takes no default (defaults are "
                    + "text, numbers, true or false, enum values, and [] for a list); leave the field optional",
            ])
    }

    /// An `iso8601` date names its own offset, so a `timeZone` beside `iso8601` alone is read by nothing either; beside
    /// a pattern it is the pattern's.
    @Test func aTimeZoneWithNoPatternToReadIsAnError() {
        #expect(Snippet.diagnostics("""
            shapes:
              S:
                fields:
                  stamped: {type: date, format: iso8601, timeZone: Asia/Jakarta}
                  both: {type: date, formats: [iso8601, unixSeconds], timeZone: UTC}
                  local: {type: date, formats: [iso8601, 'yyyy-MM-dd HH:mm:ss'], timeZone: Asia/Jakarta}
            """) == [
                "11:56: 'timeZone' of field 'stamped' of shape 'S' applies to no format: an 'iso8601' date names its own offset; remove it",
                "12:69: 'timeZone' of field 'both' of shape 'S' applies to no format: 'unixSeconds' counts from 1970-01-01 in UTC; remove it",
            ])
    }
}

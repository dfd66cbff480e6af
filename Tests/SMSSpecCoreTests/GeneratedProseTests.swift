import SMSSpecCore
import Testing

/// What users read in generated documentation and found wrong or repeated.
@Suite struct GeneratedProseTests {
    /// A date pattern without `timeZone` is read and written in UTC, which its documentation did not say (a user's
    /// device writes local time); a named format (`iso8601`, Unix time), or a pattern writing its offset, says its own zone.
    @Test func aPatternWithoutAZoneSaysUTC() throws {
        let models = try Snippet.swift("""
            shapes:
              Report:
                fields:
                  at: {type: date, format: 'yyyy-MM-dd HH:mm:ss'}
                  local: {type: date, format: 'yyyy-MM-dd HH:mm:ss', timeZone: Europe/Paris}
                  iso: {type: date, format: iso8601}
                  offset: {type: date, format: "yyyy-MM-dd'T'HH:mm:ssZ"}
                  either: {type: date, formats: ['yyyy-MM-dd HH:mm:ss', 'yyyy-MM-dd']}

            """)
        #expect(models.contains("/// Wire format: `yyyy-MM-dd HH:mm:ss`, time zone UTC (the spec names none)."), "\(models)")
        #expect(models.contains("/// Wire format: `yyyy-MM-dd HH:mm:ss`, time zone Europe/Paris."))
        #expect(models.contains("/// Wire format: `iso8601`."))
        // A pattern that writes its offset reads a text's own (a user read "time zone UTC" as refusing `+0100`).
        #expect(models.contains("/// Wire format: `yyyy-MM-dd'T'HH:mm:ssZ`, read in the offset it writes, written in UTC."), "\(models)")
        // Of several formats, the one written is said (a user).
        #expect(models.contains("/// Wire format: `yyyy-MM-dd HH:mm:ss` or `yyyy-MM-dd` (written as the first), time zone UTC (the spec names none)."), "\(models)")
    }

    /// A summary without its final stop ran into the facts after it ("…4438 Constraints: 1…1000 characters.", a user);
    /// one with its stop, or alone, is as written.
    @Test func aSummaryEndsItsSentenceBeforeTheFacts() throws {
        let models = try Snippet.swift("""
            shapes:
              Send:
                fields:
                  content: {type: string, summary: 'The text, for example 4438', constraints: {minLength: 1}}
                  mark: {type: string, summary: 'Shown as sender (max. 11)', required: false, constraints: {maxLength: 11}}
                  said: {type: string, summary: 'Said!', constraints: {minLength: 1}}
                  alone: {type: string, summary: 'No facts after it'}

            """)
        #expect(models.contains("/// The text, for example 4438. Constraints: at least 1 character."), "\(models)")
        #expect(models.contains("/// Shown as sender (max. 11). Constraints: at most 11 characters."), "\(models)")
        #expect(models.contains("/// Said! Constraints: at least 1 character."), "\(models)")
        #expect(models.contains("/// No facts after it\n"), "\(models)")
    }

    /// A successful answer's reported codes (`reports`) do not throw, which the method says (a user took a returned
    /// 200 for "all sent": a `NOT_INSERTED` entry is in `failures`).
    @Test func aMethodSaysReportedCodesDoNotThrow() throws {
        let client = try Snippet.swift("""
            operations:
              send:
                method: POST
                path: /send
                responses:
                  200: {shape: Sent, tables: [Status], reports: [Status, Reason]}
            shapes:
              Sent: {fields: {status: Status, sms: '[Entry]'}}
              Entry: {fields: {status: Status, reason: {type: Reason, required: false}}}
            tables:
              Status:
                title: Statuses
                source: doc
                codeType: string
                entries:
                  - {code: INSERTED, summary: Inserted, outcome: success, category: none}
                  - {code: NOT_INSERTED, summary: Not inserted, outcome: failure, category: invalidRequest}
              Reason:
                title: Reasons
                source: doc
                codeType: string
                entries:
                  - {code: BADNUMBERFORMAT, summary: Bad number, outcome: failure, category: invalidDestination}

            """, "client", options: ClientRendererTests.options)
        #expect(client.contains(
            "/// A 200 answer's codes of `Status`, `Reason` (`Status` inside a list's element or a map's value) do not make the call throw: it returns, a failure among them in the answer's `failures`."
        ), "\(client)")
    }

    /// Two successful answers of one shape read alike are said once (a user's client repeated the paragraph for 201).
    @Test func answersReadAlikeAreSaidOnce() throws {
        let client = try Snippet.swift("""
            operations:
              send:
                method: POST
                path: /send
                responses:
                  200: {shape: Sent, tables: [Status]}
                  201: {shape: Sent, tables: [Status]}
                  400: {shape: Refused, tables: [Status]}
            shapes:
              Sent: {fields: {id: string}}
              Refused: {fields: {status: Status}}
            tables:
              Status:
                title: Statuses
                source: doc
                entries: [{code: 0, summary: OK, outcome: success, category: none}, {code: 5, summary: Bad, outcome: failure, category: invalidRequest}]

            """, "client", options: ClientRendererTests.options)
        let said = "Our inference: a 200 or 201 answer that does not decode as `Sent` throws the failure code its `status` member holds, if any."
        #expect(client.components(separatedBy: said).count == 2, "\(client)")
        #expect(!client.contains("Our inference: a 201 answer"))
    }
}

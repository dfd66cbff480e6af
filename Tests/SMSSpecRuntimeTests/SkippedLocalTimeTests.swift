import Foundation
@_spi(Generated) import SMSSpecRuntime
import Testing

/// A local time the field's zone skips (a user's LabsMobile `scheduled`, Europe/Madrid, `2024-03-31 02:30:00`: the
/// clocks go from 02:00 to 03:00) was said not to be in the format, which it is: it names no moment there.
@Suite struct SkippedLocalTimeTests {
    @Test func aTimeTheZoneSkipsIsSaidToBeSkipped() {
        let format = "yyyy-MM-dd HH:mm:ss"
        var validation = Validation(at: "")
        for text in ["2024-03-31 02:30:00", "2024-03-31 03:30:00", "2024-03-31T02:30:00", "2024-10-27 02:30:00"] {
            validation.timestamp(Timestamp(text: text, formats: [format], timeZone: "Europe/Madrid"), formats: [format], timeZone: "Europe/Madrid", field: "scheduled")
        }
        #expect(validation.violations.map(\.message) == [
            #""2024-03-31 02:30:00" is in the format "yyyy-MM-dd HH:mm:ss" but names no time in Europe/Madrid: its clocks skip it (daylight saving time)"#,
            #""2024-03-31T02:30:00" is not a date in the format "yyyy-MM-dd HH:mm:ss""#,
        ])
    }
}

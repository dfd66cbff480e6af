import Foundation
@testable import SMSSpecClient
import SMSSpecRuntime
import Testing

/// How long a login's credential lasts, read from its answer (`role: credentialExpiry`): any count or date a gateway
/// answers is a lifetime or none, never a trap or a credential that expires in the past.
@Suite struct LoginAnswerTests {
    @Test func aCountIsALifetimeInItsUnit() {
        #expect(LoginAnswer(credential: "t0k3n-1", lifetime: 3_600, unit: .seconds).lifetime == .seconds(3_600))
        #expect(LoginAnswer(credential: "t0k3n-1", lifetime: 1_440, unit: .minutes).lifetime == .seconds(86_400))
        #expect(LoginAnswer(credential: "t0k3n-1", lifetime: Int64(2), unit: .hours).lifetime == .seconds(7_200))
        #expect(LoginAnswer(credential: "t0k3n-1", lifetime: 30, unit: .days).lifetime == .seconds(2_592_000))
        #expect(LoginAnswer(credential: "t0k3n-1", lifetime: Int?.none, unit: .seconds).lifetime == nil)
    }

    /// Zero, negative and huge counts (an attack's `Int64.min`, which times 86,400 would overflow) say nothing of when
    /// it expires: it lasts until refused.
    @Test(arguments: [Int64.min, -1, 0, Int64.max, Int64.max / 60, 10 * 366 * 86_400 + 1] as [Int64])
    func aCountOfNoneOrPastTenYearsIsNoLifetime(count: Int64) {
        for unit in [LoginAnswer.Unit.seconds, .minutes, .hours, .days] {
            #expect(LoginAnswer(credential: "t0k3n-1", lifetime: count, unit: unit).lifetime == nil)
        }
        #expect(LoginAnswer(credential: "t0k3n-1", lifetime: UInt64.max, unit: .seconds).lifetime == nil)
    }

    @Test func aDateIsALifetimeFromNowUnlessItHasPassed() throws {
        let inAnHour = Timestamp(Date(timeIntervalSinceNow: 3_600), format: "iso8601")
        let lifetime = try #require(LoginAnswer(credential: "t0k3n-1", expiresAt: inAnHour).lifetime)
        #expect(lifetime > .seconds(3_590) && lifetime <= .seconds(3_600))
        #expect(LoginAnswer(credential: "t0k3n-1", expiresAt: Timestamp(Date(timeIntervalSinceNow: -5), format: "iso8601")).lifetime == nil)
        #expect(LoginAnswer(credential: "t0k3n-1", expiresAt: Timestamp(Date.distantFuture, format: "iso8601")).lifetime == nil)
        #expect(LoginAnswer(credential: "t0k3n-1", expiresAt: nil).lifetime == nil)
    }

    /// Renewed a tenth of the lifetime early, at most a minute (a review: the test that slept past the expiry would pass
    /// with no margin at all).
    @Test func aCredentialIsRenewedATenthEarlyAtMostAMinute() {
        #expect(LoginSession.renewal(after: .seconds(20)) == .seconds(18))
        #expect(LoginSession.renewal(after: .seconds(600)) == .seconds(540))
        #expect(LoginSession.renewal(after: .seconds(86_400)) == .seconds(86_340))
        #expect(LoginSession.renewal(after: .milliseconds(500)) == .milliseconds(450))
    }

    @Test func itsDescriptionHidesTheCredential() {
        let answer = LoginAnswer(credential: "eyJ-very-secret-token", lifetime: 60, unit: .seconds)
        #expect(!String(describing: answer).contains("eyJ") && !String(reflecting: answer).contains("eyJ"))
        #expect(String(describing: answer).contains("lasting 60.0 seconds"), "\(answer)")
    }
}

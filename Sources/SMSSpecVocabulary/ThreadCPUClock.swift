import Foundation

/// The CPU time the calling thread has used, as a clock: what bounds a pattern match (`Patterns.timeLimit`), and what a
/// test of linear time measures, which other processes on a loaded machine do not inflate as they do the wall clock.
/// It counts only the calling thread: work handed to other threads or processes, or done across an `await`, is not
/// in it, so it measures synchronous work alone.
public struct ThreadCPUClock: Sendable {
    public init() {}

    /// The calling thread's CPU time so far.
    public static var now: Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(Int64(time.tv_sec)) + .nanoseconds(Int64(time.tv_nsec))
    }

    public var now: Duration { Self.now }

    /// The CPU time `work` took on this thread.
    public func measure(_ work: () throws -> Void) rethrows -> Duration {
        let start = Self.now
        try work()
        return Self.now - start
    }
}

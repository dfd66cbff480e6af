import Foundation

/// Keeps a result alive so the optimizer cannot drop the work that made it.
@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

/// Times closures: warm-up, batches long enough for the clock, the median of many rounds. Two closures compared are
/// measured in alternating rounds. In-process work is timed on this thread's CPU clock, so time spent waiting while
/// other processes run on the shared cores is not counted; builds of other processes are timed on the wall clock.
struct Measure {
    /// Rounds per measurement; the median is reported.
    var rounds = 21
    /// How long one batch of calls should take.
    var batch = Duration.milliseconds(10)

    /// Median nanoseconds per call of `body`.
    func nanoseconds(_ body: () throws -> Void) rethrows -> Double {
        let iterations = try calibrate(body)
        return try (0..<rounds).map { _ in try time(iterations, body) }.median
    }

    /// Median nanoseconds per call of each closure, and the median of the per-round ratios `first ÷ second`.
    func paired(_ first: () throws -> Void, _ second: () throws -> Void) rethrows -> Paired {
        let iterations = (try calibrate(first), try calibrate(second))
        return Paired(try (0..<rounds).map { round in
            if round.isMultiple(of: 2) {
                return (try time(iterations.0, first), try time(iterations.1, second))
            }
            let secondTime = try time(iterations.1, second)
            return (try time(iterations.0, first), secondTime)
        })
    }

    /// Seconds of single runs of two slow operations, alternating, `runs` each: in this thread (a generator pass) or
    /// in other processes (a build).
    func pairedRuns(_ runs: Int, inProcess: Bool, _ first: () throws -> Void, _ second: () throws -> Void) rethrows -> Paired {
        let seconds = inProcess ? cpuSeconds : wallSeconds
        return Paired(try (0..<runs).map { _ in (try seconds(first), try seconds(second)) })
    }

    func wallSeconds(_ body: () throws -> Void) rethrows -> Double {
        try ContinuousClock().measure(body).seconds
    }

    func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
        let start = Self.threadCPUNanoseconds()
        try body()
        return (Self.threadCPUNanoseconds() - start) / 1e9
    }

    /// Warms `body` up and finds how many calls fill one batch.
    private func calibrate(_ body: () throws -> Void) rethrows -> Int {
        var iterations = 1
        while true {
            let perCall = try time(iterations, body)
            if perCall * Double(iterations) >= batch.seconds * 1e9 {
                return iterations
            }
            iterations *= 2
        }
    }

    /// Nanoseconds per call over one batch of `iterations` calls.
    private func time(_ iterations: Int, _ body: () throws -> Void) rethrows -> Double {
        let start = Self.threadCPUNanoseconds()
        for _ in 0..<iterations {
            try body()
        }
        return (Self.threadCPUNanoseconds() - start) / Double(iterations)
    }

    private static func threadCPUNanoseconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) * 1e9 + Double(now.tv_nsec)
    }
}

/// Two operations measured together: the median of each, and the median of the per-round ratios first ÷ second.
struct Paired {
    let first: Double
    let second: Double
    let ratio: Double

    init(_ rounds: [(first: Double, second: Double)]) {
        first = rounds.map(\.first).median
        second = rounds.map(\.second).median
        ratio = rounds.map { $0.first / $0.second }.median
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

extension Array where Element == Double {
    var median: Double {
        let sorted = self.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }
}

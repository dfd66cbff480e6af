import Foundation

/// Keeps a result alive so the optimizer cannot drop the work that made it.
@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

/// Times closures: warm-up, batches long enough for the clock, the median of many rounds. Two closures compared are
/// measured in alternating rounds, so load from other processes falls on both alike.
struct Measure {
    /// Rounds per measurement; the median is reported.
    var rounds = 21
    /// How long one batch of calls should take.
    var batch = Duration.milliseconds(10)

    private let clock = ContinuousClock()

    /// Median nanoseconds per call of `body`.
    func nanoseconds(_ body: () throws -> Void) rethrows -> Double {
        let iterations = try calibrate(body)
        var samples: [Double] = []
        for _ in 0..<rounds {
            samples.append(try time(iterations, body))
        }
        return samples.median
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

    /// Seconds of single runs of two slow operations (a generator pass, a build), alternating, `runs` each.
    func pairedRuns(_ runs: Int, _ first: () throws -> Void, _ second: () throws -> Void) rethrows -> Paired {
        Paired(try (0..<runs).map { _ in (try seconds(first), try seconds(second)) })
    }

    func seconds(_ body: () throws -> Void) rethrows -> Double {
        try clock.measure(body).seconds
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
        let start = clock.now
        for _ in 0..<iterations {
            try body()
        }
        return (clock.now - start).seconds * 1e9 / Double(iterations)
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

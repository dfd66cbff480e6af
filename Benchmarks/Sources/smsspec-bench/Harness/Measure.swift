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
        var firstSamples: [Double] = []
        var secondSamples: [Double] = []
        var ratios: [Double] = []
        for round in 0..<rounds {
            let a: Double
            let b: Double
            if round.isMultiple(of: 2) {
                a = try time(iterations.0, first)
                b = try time(iterations.1, second)
            } else {
                b = try time(iterations.1, second)
                a = try time(iterations.0, first)
            }
            firstSamples.append(a)
            secondSamples.append(b)
            ratios.append(a / b)
        }
        return Paired(first: firstSamples.median, second: secondSamples.median, ratio: ratios.median)
    }

    /// Seconds of single runs of two slow operations (a generator pass, a build), alternating, `runs` each.
    func pairedRuns(_ runs: Int, _ first: () throws -> Void, _ second: () throws -> Void) rethrows -> Paired {
        var firstSamples: [Double] = []
        var secondSamples: [Double] = []
        var ratios: [Double] = []
        for _ in 0..<runs {
            let a = try seconds(first)
            let b = try seconds(second)
            firstSamples.append(a)
            secondSamples.append(b)
            ratios.append(a / b)
        }
        return Paired(first: firstSamples.median, second: secondSamples.median, ratio: ratios.median)
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

/// Two operations measured together.
struct Paired {
    let first: Double
    let second: Double
    /// The median of the per-round ratios first ÷ second.
    let ratio: Double
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

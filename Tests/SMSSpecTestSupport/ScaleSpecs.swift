/// Large specs for the tests that check the generator and lint stay linear in a spec's size.
public enum ScaleSpecs {
    /// The provider and source every scale spec starts with, then `operations:`.
    public static let header = """
        smsspec: 1
        provider: {id: acme, name: Acme, baseURLs: ['https://api.acme.example'], auth: {type: header, name: X-Key}}
        sources: {doc: {title: Acme API, url: 'https://acme.example/docs'}}
        operations:

        """

    /// `count` lines made by `line`, one per index.
    public static func lines(_ count: Int, _ line: (Int) -> String) -> String {
        (0..<count).map { line($0) + "\n" }.joined()
    }
}

/// How long something took at 250 and at 2,000 (eight times the size), after a warm-up at 50.
public struct ScaleTiming: CustomStringConvertible {
    public let small, large: Duration

    /// Times `run` for each size.
    public init(_ run: (Int) throws -> Duration) rethrows {
        _ = try run(50)  // warms up what every run shares
        small = try run(250)
        large = try run(2_000)
    }

    /// Linear work takes about 8× as long, a step quadratic in the size 64×: up to 24×, and `slack` for a machine
    /// that paused, passes.
    public func isLinear(slack: Duration) -> Bool { large < small * 24 + slack }

    public var description: String { "250: \(small), 2,000: \(large)" }
}

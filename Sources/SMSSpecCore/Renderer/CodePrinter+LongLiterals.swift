extension CodePrinter {
    /// The most elements one array literal of generated code holds. Swift type-checks an array literal as one
    /// expression: a status table of 3,000 rows in one literal took 20 s and 2 GB to type-check, in literals of 64
    /// a second. Tables and enums of the providers' documents fit in one.
    static let maximumLiteralElements = 64

    /// Statements that build `variable`, an array of `type`, from `count` elements (`element` prints element `index`,
    /// each ending with a comma) in literals of at most `maximumLiteralElements`; then `result` is printed.
    mutating func arrayInLiterals(
        _ variable: String, of type: String, count: Int, element: (Int, inout CodePrinter) -> Void, result: String
    ) {
        line("var \(variable): [\(type)] = []")
        line("\(variable).reserveCapacity(\(count))")
        for start in stride(from: 0, to: count, by: Self.maximumLiteralElements) {
            line("\(variable) += [")
            indented { printer in
                for index in start..<min(start + Self.maximumLiteralElements, count) { element(index, &printer) }
            }
            line("]")
        }
        line(result)
    }
}

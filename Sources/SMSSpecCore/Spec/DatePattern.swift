/// An ICU date pattern (`yyyy-MM-dd'T'HH:mm:ssZ`) read as its fields, as lint judges it and generated documentation
/// describes it.
enum DatePattern {
    /// A run of one field letter outside quoted text, with the literal text between it and the previous run.
    struct FieldRun {
        let letter: Character
        let before: String
        var count = 1

        /// A number ICU writes in as few digits as it takes (`M`, `d`, `H`: 1 to 12, 1 to 31, 0 to 23).
        var hasVariableWidth: Bool { count == 1 && DatePattern.numericLetters.contains(letter) && letter != "S" }
    }

    /// The letters of the fields ICU writes as numbers (at the widths patterns use them).
    static let numericLetters = Set<Character>("yuMLdDHhKkmsSwW")

    static func fieldRuns(in pattern: String) -> [FieldRun] {
        var runs: [FieldRun] = []
        var quoted = false, literal = "", last: Character?
        for character in pattern {
            if character == "'" {
                quoted.toggle()
                literal.append(character)
                last = nil
            } else if !quoted, character.isASCII, character.isLetter {
                if character != last { runs.append(FieldRun(letter: character, before: literal)) } else { runs[runs.count - 1].count += 1 }
                literal = ""
                last = character
            } else {
                literal.append(character)
                last = nil
            }
        }
        return runs
    }

    /// Whether the pattern writes the date's UTC offset or zone (`Z`, `X`, `x`, `O`, `z`, `v`, `V`): a text in it
    /// says its own offset.
    static func writesZone(_ pattern: String) -> Bool {
        fieldRuns(in: pattern).contains { "ZXxOzvV".contains($0.letter) }
    }
}

import Foundation

/// A text's canonically decomposed (NFD) and composed (NFC) forms, worked out one character at a time: Foundation's
/// mapping of a whole text takes time in the square of its length on Linux (an attack: 400,000 `é` took 9 s, and a
/// payload repeating its own credential so held a receiver that prints it). A character's marks are reordered within
/// it, which is where canonical order applies; one of more than `longestCharacter` scalars (a thousand accents on one
/// letter) is mapped scalar by scalar, unordered, as no credential is written so.
public enum CanonicalForm {
    /// The scalars of one character mapped as a whole.
    public static let longestCharacter = 32

    public static func decomposed(_ text: String) -> String {
        mapped(text) { $0.decomposedStringWithCanonicalMapping }
    }

    public static func precomposed(_ text: String) -> String {
        mapped(text) { $0.precomposedStringWithCanonicalMapping }
    }

    private static func mapped(_ text: String, _ form: (String) -> String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var known: [Character: String] = [:]
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII {
                result.append(character)
            } else if character.unicodeScalars.count > longestCharacter {
                for scalar in character.unicodeScalars { result += form(String(scalar)) }
            } else if let mapping = known[character] {
                result += mapping
            } else {
                let mapping = form(String(character))
                known[character] = mapping
                result += mapping
            }
        }
        return result
    }
}

import Foundation

extension KeyedDecodingContainer {
    /// A number that some payloads of the same provider send as a string of digits: the number first, then the text.
    func decodeLooseNumber<Number: FixedWidthInteger & Decodable>(_ type: Number.Type, forKey key: Key) throws -> Number {
        if let number = try? decode(Number.self, forKey: key) { return number }
        let text = try decode(String.self, forKey: key)
        guard let number = Number(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "\"\(text)\" is not a number")
        }
        return number
    }

    /// A code documented as a string of digits ("000", "44").
    func decodeDigits(forKey key: Key) throws -> Int {
        let text = try decode(String.self, forKey: key)
        guard let number = Int(text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "\"\(text)\" is not a code")
        }
        return number
    }
}

extension Int {
    /// The code as the provider writes it, zero-padded to `width` digits.
    func padded(to width: Int) -> String {
        let digits = String(self)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

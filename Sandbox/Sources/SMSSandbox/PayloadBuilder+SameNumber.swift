import Foundation
import SMSSpecCore
import SMSSpecRuntime

extension PayloadBuilder {
    /// Whether two texts write one phone number, in two forms: of 6 digits at least (a `+` or spaces aside), the one
    /// ending the other by 4 more digits at most (a country code: Inmobile's `phoneNumber` 12345678 beside its
    /// `rawMsisdn` 4512345678).
    static func sameNumber(_ one: String, _ other: String) -> Bool {
        guard let one = digits(one), let other = digits(other) else { return false }
        let (short, long) = one.count <= other.count ? (one, other) : (other, one)
        return long.count - short.count <= 4 && long.hasSuffix(short)
    }

    /// The digits of a text that writes a phone number (6 digits or more; a `+`, spaces, `-` and parentheses aside).
    private static func digits(_ text: String) -> String? {
        let kept = text.filter { !" +-()".contains($0) }
        return kept.count >= 6 && kept.allSatisfy { $0.isASCII && $0.isNumber } ? kept : nil
    }

    /// Whether a text writes a phone number (`digits`).
    static func writesPhoneNumber(_ text: String) -> Bool { digits(text) != nil }

    /// `out`, an object built from `example`, with each text kept from the example that writes the number of another of
    /// its fields, which was written anew, the number written (our rule): a user's Inmobile report and inbound message said `"phoneNumber": "4587654321"` beside
    /// `"rawMsisdn": "4512345678"`, the example's, one object naming two numbers.
    static func agreeingNumbers(_ out: [String: JSONValue], example: [String: JSONValue]) -> [String: JSONValue] {
        var out = out
        let rewritten = out.compactMap { name, value -> (old: String, new: String)? in
            guard case .string(let new)? = Optional(value), case .string(let old)? = example[name], old != new, writesPhoneNumber(old),
                new.filter(\.isNumber).count >= 6
            else { return nil }
            return (old, new)
        }
        guard !rewritten.isEmpty else { return out }
        for (name, value) in out {
            guard case .string(let text) = value, example[name] == value else { continue }
            let said = rewritten.filter { text != $0.old && sameNumber(text, $0.old) }
            if said.count == 1 { out[name] = .string(said[0].new) }
        }
        return out
    }
}

extension PayloadBuilder {
    /// The one recipient a request names, at its top or in its objects (`message: {to: …}`); nil for none or several.
    func onlyRecipient(in scope: JSONValue) -> String? {
        func found(_ value: JSONValue, depth: Int) -> [String] {
            let own = recipients(in: value)
            guard own.isEmpty, depth < 4 else { return own }
            let nested = nestedRecipients(of: value).map(\.recipient)
            if !nested.isEmpty { return nested }
            return (value.members ?? [:]).sorted { $0.key < $1.key }.flatMap { $0.value.members != nil ? found($0.value, depth: depth + 1) : [] }
        }
        let all = found(scope, depth: 0)
        return all.count == 1 ? all[0] : nil
    }
}

import Foundation
import SMSSpecCore
import SMSSpecRuntime

extension PayloadBuilder {
    /// Values of an answer copied from its example that say something of the request, said of the request sent (our
    /// rules): a recipient declaring `role: recipient` the request never named is its first recipient (a user's Sendchamp
    /// send to two numbers answered `data.phone_number`, the example's `2348123456789`); a text whose summary says it
    /// is a message's text is the request's text (SMSPortal's `Sample`, "The first message's text", said the
    /// example's "Hello John…"); a length of the text (`textLength`, "The length of the text.") is the request text's
    /// length in characters (Mitto's `" 13"` of "Hello, World!" answered every text).
    func followRequest(_ shape: ShapeModel, example: [String: JSONValue], plan: PayloadPlan, in out: inout [String: JSONValue]) {
        let requested = recipients(in: plan.scope)
        let text = requestText(in: plan.scope)
        for field in shape.fields {
            let name = field.spec.wireName.value
            guard let value = out[name], value == example[name], value != .null else { continue }
            let words = Set(SandboxProvider.words(name)), summary = Set(SandboxProvider.words(field.spec.summary ?? ""))
            // Declared so: a field only named as a recipient may be a sender's number in an object saying so (Telnyx's
            // `from.phone_number`).
            if plan.recipient == nil, field.type == .string, field.spec.role?.value == .recipient, let first = requested.first,
                case .string(let given) = value, !given.isEmpty, !requested.contains(given)
            {
                out[name] = .string(first)
            } else if let text, field.type == .string, field.spec.role == nil, summary.contains("text"),
                !summary.isDisjoint(with: ["message", "messages", "sms"]), summary.isDisjoint(with: ["length", "count", "status", "error", "reason", "why"])
            {
                out[name] = .string(text)
            } else if let text, [.int, .int64].contains(field.type), words.contains("length") || summary.contains("length"),
                !words.union(summary).isDisjoint(with: ["text", "message", "body", "content"])
            {
                let count = text.count
                if case .string = value { out[name] = .string(String(count)) } else { out[name] = .number(JSONNumber(integerLiteral: Int64(count))) }
            }
        }
    }

    /// A field declaring no role whose summary names a field of the request by its wire name, an identifier's
    /// spelling (`CustomerId`, `client_ref`), says that field's value where the request gave it, in place of the
    /// example's (a value no other rule wrote anew: left out, empty or copied from the example; our rule): a user's
    /// SMSPortal receipt `UserReference`, "The CustomerId of the send.", was left out of the report of a send that
    /// gave `"CustomerId": "order-1"`, and its example's `5b3228ad…` is no send's.
    func echoNamedFields(_ shape: ShapeModel, example: [String: JSONValue], plan: PayloadPlan, in out: inout [String: JSONValue]) {
        guard let scope = plan.scope.members, !scope.isEmpty else { return }
        for field in shape.fields where field.spec.role == nil && [.string, .int, .int64].contains(field.type) {
            let name = field.spec.wireName.value
            guard out[name] == nil || out[name] == example[name] || out[name] == .string("") else { continue }
            let tokens = (field.spec.summary ?? "").split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }.map(String.init)
            guard let named = tokens.first(where: { token in
                token != name && token.count >= 3 && token.contains { $0.isUppercase || $0 == "_" || $0.isNumber } && scope[token] != nil
            }), let given = scope[named] else { continue }
            switch (field.type, given) {
            case (.string, .string), (.int, .number), (.int64, .number): out[name] = given
            case (.string, .number(let number)): out[name] = .string(number.description)
            default: continue
            }
        }
    }

    /// The request's text: its own, else the first item's of a list it holds (SMSPortal's `Messages[0].Content`).
    func requestText(in scope: JSONValue) -> String? {
        if let own = sentTextField(in: scope) { return own.text }
        for (_, member) in (scope.members ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let first = member.items?.first, let text = sentTextField(in: first) { return text.text }
        }
        return nil
    }
}

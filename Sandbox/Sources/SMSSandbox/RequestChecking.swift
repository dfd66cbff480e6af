import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSSpecCore
import SMSSpecInterpreter

/// What checking a request found.
enum RequestCheck {
    case valid
    /// The constraints the request breaks, in the validator's order.
    case violations([ValidationViolation])
    /// The request does not decode as the operation's request (a missing field, a wrong type, a broken body).
    case undecodable(String)
}

extension SandboxProvider {
    /// Checks the request fields of `operation`: with the generated validators for a bundled provider, by
    /// interpreting the spec's rules through the same runtime checks otherwise.
    func check(_ fields: JSONValue, for operation: OperationModel) -> RequestCheck {
        guard let requestType = operation.requestType, let shape = shape(requestType) else { return .valid }
        // Each item's broken rule is answered in its own result (a RajaSMS packet's): the validators name that many
        // elements, as many as a list takes (RajaSMS's `maxItems`), not the ten they name for people.
        return Validation.$namedElements.withValue(Self.namedItems) {
            if let catalog, let descriptor = catalog.message(named: shape.swiftName) ?? catalog.message(named: shape.spec.name.value) {
                return checkGenerated(fields, descriptor: descriptor, encoding: operation.encoding)
            }
            return Self.result(rules.violations(of: fields, shape: shape, jsonBody: operation.encoding == .json))
        }
    }

    /// The most items of a request whose broken rules are answered each in its own result; a request with more gets the
    /// generic invalid-request answer.
    static let namedItems = 1_000

    private func checkGenerated(_ fields: JSONValue, descriptor: MessageDescriptor, encoding: EncodingKind) -> RequestCheck {
        do {
            let message: any Encodable & Sendable
            switch encoding {
            case .form, .query, .none, .text:  // `text` is an answer's wire, never a request's
                message = try descriptor.decode(Data(FormEncoder.encode(try WirePayload.fields(of: fields)).utf8), as: .form)
            case .json:
                message = try descriptor.decode(WirePayload.json(fields), as: .json)
            }
            guard let validatable = message as? any ValidatableMessage else { return .valid }
            return Self.result(validatable.validate())
        } catch {
            return .undecodable(String(describing: error))
        }
    }

    private static func result(_ violations: [ValidationViolation]) -> RequestCheck {
        violations.isEmpty ? .valid : .violations(violations)
    }
}

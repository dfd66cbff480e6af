import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSSpecCore

/// The rules of a spec given at run time, applied to a request's JSON by the runtime's own checks (`Validation`),
/// in the order the generated validators apply them. Nothing here re-implements a rule.
extension SandboxProvider {
    func interpretedViolations(_ value: JSONValue, shape: ShapeModel, path: String) -> [ValidationViolation] {
        var violations: [ValidationViolation] = []
        let members = value.members ?? [:]
        for field in shape.fields {
            let wireName = field.spec.wireName.value
            let fieldPath = MessagePath.join(path, wireName)
            guard let fieldValue = members[wireName], fieldValue != .null else {
                if field.spec.required && field.defaultValue == nil {
                    violations.append(.init(path: fieldPath, rule: "required", message: "is missing", providerCode: code(field, "required")))
                }
                continue
            }
            guard field.spec.secret || field.type == .secret else {
                check(fieldValue, as: field.type, field: field, siblings: members, path: fieldPath, into: &violations)
                continue
            }
            // As the generated validators do: a credential's violations never quote its value.
            var secretViolations: [ValidationViolation] = []
            check(fieldValue, as: field.type, field: field, siblings: members, path: fieldPath, into: &secretViolations)
            violations += secretViolations.map {
                ValidationViolation(
                    path: $0.path, rule: $0.rule, message: "breaks the \($0.rule) rule (a credential: its value is not shown)",
                    providerCode: $0.providerCode)
            }
        }
        return violations
    }

    private func code(_ field: FieldModel, _ rule: String) -> StatusEntry? {
        field.providerCode(for: rule).flatMap(entry)
    }

    private func check(
        _ value: JSONValue, as type: ResolvedType, field: FieldModel, siblings: [String: JSONValue], path: String,
        into violations: inout [ValidationViolation]
    ) {
        let constraints = field.spec.constraints
        switch type {
        case .string, .secret:
            guard let text = FormEncoder.text(of: value) else { return violations.append(typeViolation(path, "text")) }
            if let min = constraints.minLength?.value {
                Validation.length(text, min: min, max: nil, path: path, code: code(field, "minLength"), into: &violations)
            }
            if let max = constraints.maxLength?.value {
                Validation.length(text, min: nil, max: max, path: path, code: code(field, "maxLength"), into: &violations)
            }
            if let pattern = constraints.pattern?.value {
                Validation.pattern(text, pattern, path: path, code: code(field, "pattern"), into: &violations)
            }
            if let max = constraints.maxSegments?.value {
                let substitute = constraints.substitute
                let length = substitute.map { substitute in
                    substitute.lengthFrom.flatMap { siblings[$0.value].flatMap(FormEncoder.text(of:)).flatMap { Int($0) } } ?? substitute.defaultLength
                } ?? 0
                Validation.segments(
                    text, max: max, capacities: segmentCapacities, placeholder: substitute?.placeholder, substituteLength: length,
                    path: path, code: code(field, "maxSegments"), into: &violations)
            }
            if constraints.url?.value == true {
                Validation.url(text, path: path, code: code(field, "url"), into: &violations)
            }
            if let phone = constraints.phone, let rules = phoneRules(phone.country.value) {
                let forms = phone.forms.compactMap { PhoneForm(rawValue: $0.value) }
                Validation.phone(text, rules: rules, forms: forms, path: path, code: code(field, "phone"), into: &violations)
            }
        case .int, .int64:
            guard let text = FormEncoder.text(of: value), let number = Int64(text) else {
                return violations.append(typeViolation(path, "an integer"))
            }
            Validation.range(number, min: constraints.minimum?.value, max: nil, path: path, code: code(field, "minimum"), into: &violations)
            Validation.range(number, min: nil, max: constraints.maximum?.value, path: path, code: code(field, "maximum"), into: &violations)
        case .timestamp(let formats, let timeZone):
            guard let text = FormEncoder.text(of: value) else { return violations.append(typeViolation(path, "a date")) }
            Validation.timestamp(
                Timestamp(text: text, formats: formats, timeZone: timeZone), formats: formats, timeZone: timeZone, path: path,
                code: code(field, "format"), into: &violations)
        case .array(let element):
            guard let items = value.items else { return violations.append(typeViolation(path, "a list")) }
            Validation.count(items, min: constraints.minItems?.value, max: nil, path: path, code: code(field, "minItems"), into: &violations)
            Validation.count(items, min: nil, max: constraints.maxItems?.value, path: path, code: code(field, "maxItems"), into: &violations)
            if case .shape(let name) = element, let shape = shape(name) {
                for (index, item) in items.enumerated() {
                    violations += interpretedViolations(item, shape: shape, path: "\(path)[\(index)]")
                }
            }
        case .shape(let name):
            if let shape = shape(name) { violations += interpretedViolations(value, shape: shape, path: path) }
        case .decimal, .double, .bool, .json, .enumeration, .table, .union, .map:
            break
        }
    }

    private func typeViolation(_ path: String, _ expected: String) -> ValidationViolation {
        .init(path: path, rule: "type", message: "is not \(expected)")
    }

    private var segmentCapacities: SegmentCapacities {
        guard let capacities = model.segmentCapacities else { return .standard }
        return SegmentCapacities(
            gsm7Single: capacities.gsm7Single, gsm7Concatenated: capacities.gsm7Concatenated,
            ucs2Single: capacities.ucs2Single, ucs2Concatenated: capacities.ucs2Concatenated)
    }

    private func phoneRules(_ country: String) -> PhoneNumberRules? {
        model.spec.phoneCountries.first { $0.country.value == country }.map {
            PhoneNumberRules(country: $0.country.value, countryCode: $0.countryCode, nationalPrefix: $0.nationalPrefix, mobilePattern: $0.mobile.value)
        }
    }
}

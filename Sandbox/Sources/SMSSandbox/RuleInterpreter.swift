import Foundation
@_spi(Generated) import SMSSpecRuntime
import SMSSpecCore

/// The rules of a spec given at run time, applied to a request's JSON by the runtime's own checks (`Validation`),
/// in the order the generated validators apply them. Nothing here re-implements a rule.
extension SandboxProvider {
    /// `jsonBody`: the operation's body is JSON, where (but in a `lenient` field) only a JSON number is a number and
    /// only a JSON boolean a boolean, as the generated decoding reads them; a form's, a query's, a path's or a
    /// header's text is read as text (`"5"`, `true`).
    func interpretedViolations(_ value: JSONValue, shape: ShapeModel, path: String, jsonBody: Bool) -> [ValidationViolation] {
        var validation = Validation(at: path)
        let members = value.members ?? [:]
        for field in shape.fields {
            let wireName = field.spec.wireName.value
            guard let fieldValue = members[wireName], fieldValue != .null else {
                if field.spec.required && field.defaultValue == nil {
                    validation.record(field: wireName, rule: "required", code: code(field, "required"), "is missing")
                }
                continue
            }
            check(fieldValue, as: field.type, field: field, siblings: members, jsonBody: jsonBody, into: &validation)
        }
        return validation.violations
    }

    private func code(_ field: FieldModel, _ rule: String) -> StatusEntry? {
        field.providerCode(for: rule).flatMap(entry)
    }

    private func check(
        _ value: JSONValue, as type: ResolvedType, field: FieldModel, siblings: [String: JSONValue], jsonBody: Bool,
        into validation: inout Validation
    ) {
        let textual = !jsonBody || field.spec.placement != .body || field.spec.lenient
        let constraints = field.spec.constraints
        let name = field.spec.wireName.value
        func typeViolation(_ expected: String) { validation.record(field: name, rule: "type", "is not \(expected)") }
        switch type {
        case .string, .secret:
            // In a JSON body a number or boolean is no text (`"to": 5`), as the generated decoding reads it.
            guard let text = FormEncoder.text(of: value), textual || value == .string(text) else { return typeViolation("text") }
            // As the generated validators do: a credential's violations never quote its value.
            if field.spec.secret || type == .secret {
                checkText(Secret(text), field: field, siblings: siblings, into: &validation)
            } else {
                checkText(text, field: field, siblings: siblings, into: &validation)
            }
        case .int, .int64:
            // A JSON `true` was read as 1, and `"5"` in a JSON body as 5, which the generated decoding refuses.
            let readable = switch value {
            case .number: true
            case .string: textual
            default: false
            }
            guard readable, let text = FormEncoder.text(of: value), let number = Int64(text) else { return typeViolation("an integer") }
            validation.range(number, min: constraints.minimum?.value, field: name, code: code(field, "minimum"))
            validation.range(number, max: constraints.maximum?.value, field: name, code: code(field, "maximum"))
        case .timestamp(let formats, let timeZone):
            guard let text = FormEncoder.text(of: value) else { return typeViolation("a date") }
            validation.timestamp(
                Timestamp(text: text, formats: formats, timeZone: timeZone), formats: formats, timeZone: timeZone, field: name,
                code: code(field, "format"))
        case .array(let element):
            guard let items = value.items else { return typeViolation("a list") }
            validation.count(items, min: constraints.minItems?.value, field: name, code: code(field, "minItems"))
            validation.count(items, max: constraints.maxItems?.value, field: name, code: code(field, "maxItems"))
            if case .shape(let elementName) = element, let shape = shape(elementName) {
                let listPath = MessagePath.join(validation.path, name)
                for (index, item) in items.enumerated() {
                    validation.record(interpretedViolations(item, shape: shape, path: "\(listPath)[\(index)]", jsonBody: jsonBody))
                }
            }
        case .shape(let shapeName):
            if let shape = shape(shapeName) {
                validation.record(interpretedViolations(value, shape: shape, path: MessagePath.join(validation.path, name), jsonBody: jsonBody))
            }
        case .bool:
            // As the generated decoding reads one: a JSON boolean, or in text `true`/`false`, `1`/`0`, `yes`/`no`
            // (`ProvideFeedback=maybe` was accepted).
            if case .bool = value { return }
            guard textual, case .string(let text) = value, Bool(wireText: text) != nil else { return typeViolation("a boolean") }
        case .enumeration:
            // Any scalar: a value the spec does not list is `unknown` to the generated enum, as Fortytwo documents
            // for its `code_type` (the provider uses numeric); a list or an object does not decode.
            guard FormEncoder.text(of: value) != nil else { return typeViolation("a single value") }
        case .decimal, .double, .json, .table, .union, .map:
            break
        }
    }

    private func checkText(
        _ text: some ValidatedText, field: FieldModel, siblings: [String: JSONValue], into validation: inout Validation
    ) {
        let constraints = field.spec.constraints
        let name = field.spec.wireName.value
        validation.length(text, min: constraints.minLength?.value, field: name, code: code(field, "minLength"))
        validation.length(text, max: constraints.maxLength?.value, field: name, code: code(field, "maxLength"))
        if let pattern = constraints.pattern?.value {
            validation.pattern(text, pattern, field: name, code: code(field, "pattern"))
        }
        if let max = constraints.maxSegments?.value {
            let substitute = constraints.substitute
            let length = substitute.map { substitute in
                substitute.lengthFrom.flatMap { siblings[$0.value].flatMap(FormEncoder.text(of:)).flatMap { Int($0) } } ?? substitute.defaultLength
            } ?? 0
            validation.segments(
                text, max: max, capacities: segmentCapacities, placeholder: substitute?.placeholder, substituteLength: length,
                field: name, code: code(field, "maxSegments"))
        }
        if constraints.url?.value == true {
            validation.url(text, field: name, code: code(field, "url"))
        }
        if let phone = constraints.phone, let rules = phoneRules(phone.country.value) {
            let forms = phone.forms.compactMap { PhoneForm(rawValue: $0.value) }
            validation.phone(text, rules: rules, forms: forms, field: name, code: code(field, "phone"))
        }
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

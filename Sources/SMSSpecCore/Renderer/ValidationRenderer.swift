/// Renders `validate(at:)` for request shapes and the shapes inside them, from the spec's constraints, and for the
/// unions inside them that hold such shapes.
struct ValidationRenderer {
    let context: RenderContext

    /// Request shapes and every shape reachable from them.
    var validatedShapes: [ShapeModel] { context.model.shapes.filter(\.isValidated) }

    func render(into printer: inout CodePrinter) {
        for (index, shape) in validatedShapes.enumerated() {
            if index > 0 { printer.line() }
            renderValidator(for: shape, into: &printer)
        }
        for union in context.model.unions where union.isValidated {
            printer.line()
            renderValidator(for: union, into: &printer)
        }
    }

    /// The variant the union holds, validated at the union's own path (`u.to`, `u[0].to` for a list): a variant
    /// without validated messages (a scalar) has nothing to check. Each variant's type validates itself, so a union
    /// that holds itself is validated as deep as each value goes.
    private func renderValidator(for union: UnionModel, into printer: inout CodePrinter) {
        printer.block("extension \(context.member(union.swiftName)): SMSSpecRuntime.ValidatableMessage") { printer in
            printer.doc("Every violation of the constraints of the message \(union.swiftName)'s variant holds, in the \(context.model.spec.name) spec.")
            printer.block("\(context.access)func validate(at path: \(RenderContext.Swift.string)) -> [\(RenderContext.Runtime.violation)]") { printer in
                printer.block("switch self") { printer in
                    for variant in union.variants {
                        let caseName = Naming.escaped(variant.caseName)
                        if variant.type.holdsValidatedMessages {
                            printer.line("case .\(caseName)(let value): return value.validate(at: path)")
                        } else {
                            printer.line("case .\(caseName): return []")
                        }
                    }
                    // A kind the spec does not list is sent as it was made: the spec says nothing to check.
                    if union.discriminated != nil { printer.line("case .unknown: return []") }
                }
            }
        }
    }

    private func renderValidator(for shape: ShapeModel, into printer: inout CodePrinter) {
        let violation = RenderContext.Runtime.violation
        printer.block("extension \(context.member(shape.swiftName)): SMSSpecRuntime.ValidatableMessage") { printer in
            printer.doc("Every violation of \(shape.swiftName)'s constraints in the \(context.model.spec.name) spec.")
            printer.block("\(context.access)func validate(at path: \(RenderContext.Swift.string)) -> [\(violation)]") { printer in
                let checks = shape.fields.flatMap(calls(for:)) + shape.presence.map(presenceCall)
                guard !checks.isEmpty else {
                    printer.line("[]")
                    return
                }
                // The message's credentials, which no violation quoting another field shows.
                let secrets = ShapeRenderer.secrets(of: shape)
                printer.line("var validation = \(RenderContext.Runtime.validation)(at: path\(secrets.map { ", hiding: \($0)" } ?? ""))")
                for check in checks { printer.line("validation.\(check)") }
                printer.line("return validation.violations")
            }
        }
    }

    /// `exactlyOne([("numbers", self.numbers != nil), ("group_id", self.groupID != nil)])`: which of the group a message gives.
    private func presenceCall(_ presence: (rule: PresenceRule, fields: [FieldModel])) -> String {
        let given = presence.fields.map { "(\(SwiftLiteral.wireName($0.spec.wireName.value)), self.\(Naming.escaped($0.swiftName)) != nil)" }
        return "\(presence.rule.rawValue)([\(given.joined(separator: ", "))])"
    }

    /// One call per rule of `field`, in the order the sandbox's interpreter applies them: the list's own rules
    /// first, then the value's, which a list of strings or integers applies to each element (`each`, naming
    /// `to[1]`). Each reads the property (an absent optional passes) and names the field by its wire name; a
    /// `Secret` is never quoted.
    private func calls(for field: FieldModel) -> [String] {
        let property = "self.\(Naming.escaped(field.swiftName))"
        let constraints = field.spec.constraints
        var checks: [String] = []
        let wireName = SwiftLiteral.wireName(field.spec.wireName.value)
        /// `, code: .documented(Acme.Status.badTo.entry)`: the code when the spec says what the provider answers,
        /// `.inferred(…)` when that is the spec's reading.
        func code(_ rule: String) -> String {
            field.providerCode(for: rule).map {
                ", code: .\($0.isInferred ? "inferred" : "documented")(\(context.member($0.table)).\(Naming.escaped($0.caseName)).entry)"
            } ?? ""
        }
        let isEachElement = field.type.isListOfScalars
        /// `pattern(self.to, "…", field: "to")`, or for a list `each(self.to, field: "to") { $0.pattern($1, "…", field: $2) }`.
        func check(_ function: String, _ arguments: String, rule: String) {
            let arguments = arguments.isEmpty ? "" : arguments + ", "
            guard isEachElement else { return checks.append("\(function)(\(property), \(arguments)field: \(wireName)\(code(rule)))") }
            checks.append("each(\(property), field: \(wireName)) { $0.\(function)($1, \(arguments)field: $2\(code(rule))) }")
        }
        // One call per bound, so each can carry the code the provider answers for it.
        func bounds(_ function: String, _ low: Located<Int>?, _ lowRule: String, _ high: Located<Int>?, _ highRule: String) {
            if let low { check(function, "min: \(low.value)", rule: lowRule) }
            if let high { check(function, "max: \(high.value)", rule: highRule) }
        }
        if let low = constraints.minItems { checks.append("count(\(property), min: \(low.value), field: \(wireName)\(code("minItems")))") }
        if let high = constraints.maxItems { checks.append("count(\(property), max: \(high.value), field: \(wireName)\(code("maxItems")))") }
        if constraints.uniqueItems?.value == true { checks.append("unique(\(property), field: \(wireName)\(code("uniqueItems")))") }
        if constraints.knownValues?.value == true {
            // An enum, or each element of a list of them (lint takes the rule on no other type).
            if case .array = field.type {
                checks.append("each(\(property), field: \(wireName)) { $0.known($1, field: $2\(code("knownValues"))) }")
            } else {
                checks.append("known(\(property), field: \(wireName)\(code("knownValues")))")
            }
        }
        if let list = field.separatedList {
            checks.append("separated(\(property), separator: \(SwiftLiteral.string(list.separator)), field: \(wireName)\(code("separator")))")
        }
        bounds("length", constraints.minLength, "minLength", constraints.maxLength, "maxLength")
        if let pattern = constraints.pattern { check("pattern", SwiftLiteral.string(pattern.value), rule: "pattern") }
        bounds("range", constraints.minimum, "minimum", constraints.maximum, "maximum")
        if let maxSegments = constraints.maxSegments {
            var substitution = ""
            if let substitute = constraints.substitute {
                var length = String(substitute.defaultLength)
                if let sibling = field.substituteLength {
                    let property = "self.\(Naming.escaped(sibling.property))"
                    length = sibling.isOptional ? "\(property) ?? \(substitute.defaultLength)" : property
                }
                substitution = ", placeholder: \(SwiftLiteral.string(substitute.placeholder)), substituteLength: \(length)"
            }
            check("segments", "max: \(maxSegments.value), capacities: \(context.segmentCapacities)\(substitution)", rule: "maxSegments")
        }
        if constraints.url?.value == true { check("url", "", rule: "url") }
        // A path parameter that would change the path is refused by `httpRequest`; `validate()` says so first, of the
        // text it is sent as (numbers and flags never are such text).
        if field.spec.placement == .path, let list = field.separatedList {
            checks.append("pathSegment(\(property), separator: \(SwiftLiteral.string(list.separator)), field: \(wireName))")
        } else if field.spec.placement == .path {
            switch field.type {
            case .string, .secret: checks.append("pathSegment(\(property), \(field.spec.preEncoded ? "preEncoded: true, " : "")field: \(wireName))")
            case .enumeration, .table: checks.append("pathSegment(code: \(property), field: \(wireName))")
            default: break
            }
        }
        if let phone = constraints.phone {
            let forms = phone.forms.map { "." + $0.value }.joined(separator: ", ")
            check("phone", "rules: \(context.member("PhoneRules")).\(Naming.escaped(phone.country.value)), forms: [\(forms)]", rule: "phone")
        }
        if case .timestamp(let formats, let timeZone) = field.type {
            check("timestamp", "formats: \(SwiftLiteral.strings(formats)), timeZone: \(SwiftLiteral.optionalString(timeZone))", rule: "format")
        }
        // A shape, union, list or map that holds messages validates each at its path (`m.a.to`, `u[0].to`).
        switch context.model.checkedType(of: field.type) {
        case .array(.shape(let type)) where type.hasValidator:
            checks.append("elements(\(property), field: \(wireName))")
        case let type where type.holdsValidatedMessages:
            checks.append("message(\(property), field: \(wireName))")
        default:
            break
        }
        return checks
    }
}

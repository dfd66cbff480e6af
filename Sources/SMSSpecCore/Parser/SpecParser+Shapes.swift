import SMSSpecVocabulary
import Yams

extension SpecParser {
    func shape(_ entry: (name: Located<String>, value: Node)) -> ShapeSpec? {
        guard let shape = MappingReader(entry.value, file: file, subject: "shape '\(entry.name.value)'", diagnostics: diagnostics)
        else { return nil }
        let presenceHint = "fields a message gives one of are 'exactlyOne: [a, b]', 'atLeastOne: [a, b]' or 'atMostOne: [a, b]'"
        shape.checkKeys(
            SpecKeys.shape,
            hints: [
                "oneOf": presenceHint, "anyOf": presenceHint, "required": Self.requiredFieldHint,
                "properties": "a shape's fields go under 'fields:'", "type": "a shape is an object by its 'fields:', a list by its 'items:'",
            ],
            otherwise: "a shape's fields go under 'fields:'")
        let fields = shape.namedEntries("fields", of: .field).compactMap { field($0, in: entry.name.value) }
        let items = shape.string("items").flatMap { typeExpression($0, subject: "'items' of shape '\(entry.name.value)'") }
        if shape.has("fields") == shape.has("items") {
            diagnostics.error("shape '\(entry.name.value)' needs exactly one of 'fields' and 'items'", at: shape.location)
        }
        let presence = PresenceRule.allCases.flatMap { rule in
            (shape.stringGroups(rule.rawValue) ?? []).map { PresenceRuleSpec(rule: rule, fields: $0.names, location: $0.location) }
        }
        return ShapeSpec(
            name: entry.name, summary: shape.string("summary")?.value, source: sourceReference(in: shape),
            decisions: decisions(in: shape), fields: fields, items: items, presence: presence,
            textForms: textForms(in: shape, of: entry.name.value), separator: separator(in: shape))
    }

    /// `text: ['OK: {id}', 'ERR: {code}']`, or one form alone; an empty list is none, which would silently make the
    /// answer JSON.
    private func textForms(in shape: MappingReader, of name: String) -> [Located<String>] {
        guard let forms = shape.strings("text") else { return [] }
        if forms.isEmpty {
            diagnostics.error(
                "'text' of shape '\(name)' lists no form; give its answer's forms ('OK: {id}') or remove 'text' for a JSON answer",
                at: shape.keyLocation("text"))
        }
        return forms
    }

    func union(_ entry: (name: Located<String>, value: Node)) -> UnionSpec? {
        let subject = "union '\(entry.name.value)'"
        guard let union = MappingReader(entry.value, file: file, subject: subject, diagnostics: diagnostics) else { return nil }
        union.checkKeys(SpecKeys.union)
        if union.has("discriminator") || !union.has("variants") {
            return discriminatedUnion(union, named: entry.name, subject: subject)
        }
        let entries = union.namedEntries("variants", required: true)
        let variants = entries.compactMap { variant -> (Located<String>, Located<TypeExpression>)? in
            guard case .scalar(let scalar) = variant.value else {
                diagnostics.error(
                    "variant '\(variant.name.value)' of \(subject) must be a type, found \(variant.value.kindDescription)"
                        + variantTypeHint(variant.value),
                    at: variant.value.location(in: file))
                return nil
            }
            let type = typeExpression(Located(scalar.string, at: variant.value.location(in: file)), subject: "variant '\(variant.name.value)' of \(subject)")
            return type.map { (variant.name, $0) }
        }
        // Counted as written: a variant that is no type is reported on its own.
        if entries.count < 2 { diagnostics.error("\(subject) needs at least two variants", at: union.location) }
        checkVariantCount(entries, of: subject)
        return UnionSpec(
            name: entry.name, summary: union.string("summary")?.value, source: sourceReference(in: union),
            decisions: decisions(in: union), variants: variants)
    }

    /// `discriminator: {field, variants: {value: Shape}}` in place of `variants`: a case per shape, named as the
    /// shape is, chosen by the field (as a callback's).
    private func discriminatedUnion(_ union: MappingReader, named name: Located<String>, subject: String) -> UnionSpec? {
        if union.has("variants") {
            diagnostics.error(
                "\(subject) has both 'variants' and 'discriminator': a union is told apart by one of them; keep 'variants' for "
                    + "forms tried in order, or 'discriminator' for shapes a field names",
                at: union.keyLocation("variants"))
        } else if !union.has("discriminator") {
            diagnostics.error(
                "\(subject) needs 'variants' (forms tried in order: {text: string, errors: '[FieldError]'}) or 'discriminator' "
                    + "({field: type, variants: {text: TextContent}}: shapes a field names)",
                at: union.location)
        }
        guard let discriminator = discriminator(in: union, of: subject) else { return nil }
        var shapes: Set<String> = []
        let variants = discriminator.variants.map(\.shape).filter { shapes.insert($0.value).inserted }.map { shape in
            (name: shape, type: Located(TypeExpression.named(shape.value), at: shape.location))
        }
        return UnionSpec(
            name: name, summary: union.string("summary")?.value, source: sourceReference(in: union),
            decisions: decisions(in: union), variants: variants, discriminator: discriminator)
    }

    /// Refuses, at the first variant past it, more variants than `SpecLimits.maximumVariants`: each is a case of a
    /// generated enum whose switches Swift could not check.
    func checkVariantCount(_ entries: [(name: Located<String>, value: Node)], of subject: String) {
        guard entries.count > SpecLimits.maximumVariants else { return }
        diagnostics.error(
            "\(subject) has \(entries.count) variants; at most \(SpecLimits.maximumVariants): each is a case of a generated enum, "
                + "and Swift cannot check a switch over several hundred of them in reasonable time, so the generated code would not compile",
            at: entries[SpecLimits.maximumVariants].name.location)
    }

    /// Refuses, at the value that names it, a discriminator's shape past `SpecLimits.maximumVariants`: each shape is a
    /// case of the callback's enum, however many values name it (`{e0: B, e1: A, …, e299: A}` makes two).
    func checkShapeCount(_ entries: [(name: Located<String>, value: Node)], of subject: String) {
        var shapes: Set<String> = []
        for entry in entries {
            guard case .scalar(let scalar) = entry.value, shapes.insert(scalar.string).inserted, shapes.count > SpecLimits.maximumVariants else { continue }
            diagnostics.error(
                "\(subject) names more than \(SpecLimits.maximumVariants) shapes: each is a case of a generated enum, "
                    + "and Swift cannot check a switch over several hundred of them in reasonable time, so the generated code would not compile",
                at: entry.name.location)
            return
        }
    }

    /// A variant is a bare type: `errors: [FieldError]` unquoted is a YAML list, and `time: {type: int64}` is written
    /// as a field is.
    private func variantTypeHint(_ node: Node) -> String {
        let hint = node.unquotedTypeHint
        guard hint.isEmpty, case .mapping(let pairs) = node,
            let type = pairs.first(where: { $0.key.scalar?.string == "type" })?.value.scalar?.string
        else { return hint }
        return "; a variant is a type alone, not a field's mapping: write '\(type.abbreviated)' itself"
    }

    private func field(_ entry: (name: Located<String>, value: Node), in shapeName: String) -> FieldSpec? {
        let subject = "field '\(entry.name.value)' of shape '\(shapeName)'"
        // `to: string` is shorthand for `to: {type: string}`.
        if case .scalar(let scalar) = entry.value {
            guard let type = typeExpression(Located(scalar.string, at: entry.value.location(in: file)), subject: subject) else {
                return nil
            }
            return FieldSpec(
                wireName: entry.name, swiftName: nil, type: type, required: true, summary: nil, defaultValue: nil,
                lenient: false, secret: false, formats: [], timeZone: nil, placement: .body, preEncoded: false,
                constraints: ConstraintsSpec(), decisions: [], location: entry.name.location)
        }
        // `parts: [Part]` and `labels: {string}` are a list and a mapping to YAML: say to quote the type. A shape's
        // `exactlyOne` written among its fields: say where it goes.
        let hint = PresenceRule(rawValue: entry.name.value) != nil && entry.value.sequence != nil
            ? "; '\(entry.name.value)' is a key of the shape, beside 'fields', not a field" : entry.value.unquotedTypeHint
        let isFieldMapping: Bool
        if case .mapping(let pairs) = entry.value {
            isFieldMapping = hint.isEmpty || pairs.contains { SpecKeys.field.contains($0.key.scalar?.string ?? "") }
        } else {
            isFieldMapping = false
        }
        guard isFieldMapping else {
            diagnostics.error("\(subject) must be a type or a mapping, found \(entry.value.kindDescription)\(hint)", at: entry.value.location(in: file))
            return nil
        }
        guard let field = MappingReader(entry.value, file: file, subject: subject, diagnostics: diagnostics) else { return nil }
        field.checkKeys(SpecKeys.field, hints: Self.openAPIFieldKeyHints)
        guard let typeText = field.string("type", required: true), let type = typeExpression(typeText, subject: subject) else {
            return nil
        }
        var formats = field.strings("formats") ?? []
        if let format = field.string("format", expected: "a string (several formats go in 'formats')") {
            formats.insert(format, at: 0)
        } else if case .sequence? = field.node("format") {
            // Refused above; read as meant, so the field is not also said to give no format.
            formats = (field.strings("format") ?? []) + formats
        }
        return FieldSpec(
            wireName: entry.name,
            swiftName: field.string("name"),
            type: type,
            required: field.bool("required")?.value ?? true,
            summary: field.string("summary")?.value,
            defaultValue: defaultValue(in: field),
            lenient: field.bool("lenient")?.value ?? false,
            secret: field.bool("secret")?.value ?? false,
            formats: formats,
            timeZone: field.string("timeZone"),
            placement: field.choice("in", FieldPlacement.allCases.map(\.rawValue)).flatMap { FieldPlacement(rawValue: $0.value) } ?? .body,
            preEncoded: field.bool("preEncoded")?.value ?? false,
            separator: separator(in: field),
            contentType: field.string("contentType"),
            role: field.choice("role", FieldRole.allCases.map(\.rawValue), hints: Self.roleHints).flatMap { role in
                FieldRole(rawValue: role.value).map { Located($0, at: role.location) }
            },
            unit: field.choice("unit", DurationUnit.allCases.map(\.rawValue)).flatMap { unit in
                DurationUnit(rawValue: unit.value).map { Located($0, at: unit.location) }
            },
            constraints: constraints(in: field),
            decisions: decisions(in: field),
            location: entry.name.location)
    }

    /// The roles by the words a spec may write for them.
    static let roleHints: [String: String] = [
        "messageid": "write 'messageID'", "id": "a message's id is 'messageID'", "to": "the number a message goes to is 'recipient'",
        "destination": "the number a message goes to is 'recipient'", "from": "who a message is from is 'sender'",
        "body": "a message's text is 'text'", "message": "a message's text is 'text'",
    ]

    /// How a spec says which fields a message may leave out.
    static let requiredFieldHint = "a field is required unless it says 'required: false'"

    /// What the format writes for the field keys OpenAPI and JSON Schema use.
    static let openAPIFieldKeyHints: [String: String] = {
        var hints = [
            "items": "a list's element type is part of its type: type: '[string]'",
            "enum": "an enum is declared under 'enums:' and named as the field's type",
            "nullable": "a field that may be absent or null is 'required: false'",
            "optional": requiredFieldHint,
            "description": "a field's words are its 'summary'",
            "example": "examples are whole payloads, under 'examples:'",
            "swiftName": "the Swift property's name is 'name'", "swift": "the Swift property's name is 'name'",
        ]
        for key in SpecKeys.constraints { hints[key] = "'\(key)' goes under 'constraints:'" }
        return hints
    }()

    /// A scalar, or `[]`: the empty list, the one default a list field takes (kept as the text `[]`).
    private func defaultValue(in field: MappingReader) -> Located<String>? {
        guard let node = field.node("default"), case .sequence(let items) = node else { return field.oneLine("default") }
        guard items.isEmpty else {
            diagnostics.error(
                "'default' of \(field.subject) is a list of \(items.count) value(s): the one default a list field takes is the empty "
                    + "list, 'default: []' (a message leaving the field out holds no elements)",
                at: node.location(in: file))
            return nil
        }
        return Located("[]", at: node.location(in: file))
    }

    /// `separator: ,` in a flow mapping: YAML reads the comma as the end of an empty value.
    private func separator(in field: MappingReader) -> Located<String>? {
        if let node = field.node("separator"), case .scalar(let scalar) = node, scalar.style == .plain, scalar.string.isEmpty {
            diagnostics.error(
                "'separator' of \(field.subject) is empty: YAML reads a bare ',' as syntax; quote it: separator: ','", at: node.location(in: file))
            return nil
        }
        return field.string("separator")
    }

    private func constraints(in field: MappingReader) -> ConstraintsSpec {
        guard let constraints = field.mapping("constraints", subject: "'constraints' of \(field.subject)") else {
            return ConstraintsSpec()
        }
        constraints.checkKeys(SpecKeys.constraints)
        var spec = ConstraintsSpec(
            minLength: constraints.int("minLength"), maxLength: constraints.int("maxLength"),
            pattern: constraints.oneLine("pattern"), minimum: constraints.int("minimum"), maximum: constraints.int("maximum"),
            minItems: constraints.int("minItems"), maxItems: constraints.int("maxItems"), uniqueItems: constraints.bool("uniqueItems"),
            knownValues: constraints.bool("knownValues"), maxSegments: constraints.int("maxSegments"), url: constraints.bool("url"))
        if let substitute = constraints.mapping("substitute", subject: "'substitute' of \(field.subject)") {
            substitute.checkKeys(SpecKeys.substitute)
            let defaultLength = substitute.int("defaultLength")
            if let defaultLength, !(0...Self.maximumSubstituteLength).contains(defaultLength.value) {
                diagnostics.error(
                    "'defaultLength' of \(substitute.subject) must be 0 to \(Self.maximumSubstituteLength) characters "
                        + "(the longest SMS: 255 segments of 153); found \(defaultLength.value)",
                    at: defaultLength.location)
            }
            spec.substitute = SubstituteSpec(
                placeholder: substitute.string("placeholder", required: true)?.value ?? "", lengthFrom: substitute.string("lengthFrom"),
                defaultLength: defaultLength.map { min(max($0.value, 0), Self.maximumSubstituteLength) } ?? 0,
                location: substitute.location)
        }
        if let phone = constraints.mapping("phone", subject: "'phone' of \(field.subject)") {
            phone.checkKeys(SpecKeys.phoneConstraint)
            let forms = phone.strings("forms", required: true)
            if forms?.isEmpty == true {
                // No form accepts a number: validate() would refuse every one.
                diagnostics.error(
                    "'forms' of 'phone' of \(field.subject) lists no form, so every number would be refused; list e164, international or national",
                    at: phone.keyLocation("forms"))
            }
            if let country = phone.string("country", required: true) {
                spec.phone = PhoneConstraintSpec(country: country, forms: forms ?? [])
            }
        }
        spec.providerCodes = constraints.namedEntries("providerCodes").compactMap { entry in
            let subject = "the provider code for '\(entry.name.value)' of \(field.subject)"
            let code: Located<String>
            var isInferred = false
            switch entry.value {
            case .scalar(let scalar):
                code = Located(scalar.string, at: entry.value.location(in: file))
            case .mapping:
                guard let mapping = MappingReader(entry.value, file: file, subject: subject, diagnostics: diagnostics) else { return nil }
                mapping.checkKeys(SpecKeys.providerCode)
                isInferred = mapping.bool("inferred")?.value ?? false
                guard let written = mapping.string("code", required: true) else { return nil }
                code = written
            default:
                diagnostics.error(
                    "provider code for '\(entry.name.value)' must be written Table:code, or {code: Table:code, inferred: true}",
                    at: entry.value.location(in: file))
                return nil
            }
            // `Table:code` is matched against the tables, and a message naming no such code quotes it.
            return constraints.holdsCredential(code, subject) ? nil : ProviderCodeSpec(rule: entry.name, code: code, isInferred: isInferred)
        }
        return spec
    }

    /// The longest text a substitute can stand for: 255 concatenated segments of 153 GSM-7 characters.
    public static let maximumSubstituteLength = 255 * 153

    func typeExpression(_ text: Located<String>, subject: String) -> Located<TypeExpression>? {
        switch TypeExpression.parsing(text.value) {
        case .success(let type):
            return Located(type, at: text.location)
        case .failure(.tooDeep):
            diagnostics.error(
                "'\(text.value.abbreviated)' nests more than \(TypeExpression.maximumDepth) lists and maps (\(subject)); "
                    + "name an inner type as a shape instead",
                at: text.location)
        case .failure(.notAType):
            diagnostics.error(
                "'\(text.value.abbreviated)' is not a type: use \(TypeExpression.Primitive.allCases.map(\.rawValue).joined(separator: ", ")), "
                    + "a shape, enum or table name, [T] for a list or {T} for a string-keyed map (\(subject))",
                at: text.location)
        }
        return nil
    }

    func enumeration(_ entry: (name: Located<String>, value: Node)) -> EnumSpec? {
        guard let spec = MappingReader(entry.value, file: file, subject: "enum '\(entry.name.value)'", diagnostics: diagnostics)
        else { return nil }
        spec.checkKeys(SpecKeys.enumeration)
        if let values = spec.node("values"), case .mapping(let mapping) = values {
            MappingReader(values, file: file, subject: "enum '\(entry.name.value)'", diagnostics: diagnostics)?.checkCommaSplitKeys("value")
            if mapping.isEmpty {
                diagnostics.error(
                    "enum '\(entry.name.value)' lists no values: write each value the provider documents as a key, or make the field a string",
                    at: values.location(in: file))
            }
        }
        let values = spec.namedEntries("values", required: true).compactMap { value -> EnumValueSpec? in
            if case .scalar(let scalar) = value.value {
                return EnumValueSpec(value: value.name, swiftName: nil, summary: scalar.string.isEmpty ? nil : scalar.string)
            }
            guard let reader = MappingReader(
                value.value, file: file, subject: "value '\(value.name.value)' of enum '\(entry.name.value)'",
                diagnostics: diagnostics)
            else { return nil }
            reader.checkKeys(SpecKeys.enumValue)
            return EnumValueSpec(value: value.name, swiftName: reader.string("name"), summary: reader.string("summary")?.value)
        }
        let givenWire = spec.choice("wire", TableSpec.Wire.allCases.map(\.rawValue)).flatMap { TableSpec.Wire(rawValue: $0.value) }
        let wire = givenWire ?? .string
        // Integers alone are as likely a JSON number field (MessageBird's mclass) as text ones (Vonage's): as text, a
        // value made in code would be sent "1" and the provider's 1 read as unknown(1), so the spec says which.
        if givenWire == nil, !values.isEmpty, values.allSatisfy({ Int($0.value.value).map(String.init) == $0.value.value }) {
            diagnostics.error(
                "enum '\(entry.name.value)' lists only integers: say 'wire: number' if the provider writes them as JSON numbers, "
                    + "or 'wire: string' if as text (\"1\"); as text, the number 1 would read as unknown(1)",
                at: entry.name.location)
        }
        // A number is matched and written as its integer: "01" or "+1" would match as 1 and be written back as 1.
        for value in values where wire == .number && Int(value.value.value).map(String.init) != value.value.value {
            // Plain digits beyond Int's range are said as such (an attack: they were called no plain digits).
            let digits = value.value.value.drop { $0 == "-" }
            let isTooLarge = !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber) && digits.first != "0"
            diagnostics.error(
                "value \(DisplayText.quotedExcerpt(value.value.value)) of enum '\(entry.name.value)' is "
                    + (isTooLarge ? "beyond the integers a generated enum holds (\(Int.min) to \(Int.max))" : "not an integer in plain digits")
                    + ", which 'wire: number' needs (the provider writes the values as JSON numbers); drop 'wire' for text values",
                at: value.value.location)
        }
        return EnumSpec(
            name: entry.name, summary: spec.string("summary")?.value, source: sourceReference(in: spec), decisions: decisions(in: spec),
            values: values, wire: wire)
    }
}

import SMSSpecVocabulary

/// Renders a shape as a `Codable, Hashable, Sendable` struct with its decoder and encoder written out, one line per
/// field naming its wire name. No `CodingKeys` enum: every type's key enum and the conformances Swift derives for it
/// made the module interface several times costlier to rebuild, which every edit of any spec in the target pays;
/// the keys are `SMSSpecRuntime.FieldKey` string literals instead.
struct ShapeRenderer {
    let context: RenderContext
    let shape: ShapeModel
    /// The message's credentials, which its URL fields hide too where a URL repeats one (`[self.token]`): nil when it
    /// has none.
    private let hidingSecrets: String?

    init(context: RenderContext, shape: ShapeModel) {
        self.context = context
        self.shape = shape
        hidingSecrets = Self.secrets(of: shape)
    }
    /// The widest line the renderer joins short lists into (signatures, coding keys).
    static let lineWidth = 120

    /// The shape's summary, source and decisions; for the shape of a callback of the same name, which has no
    /// declaration of its own, that callback's too (its summary where the shape has none, delivery, signature, source
    /// and decisions), so nothing the spec says of it is lost.
    private func documentation(_ extra: [String]) -> [String] {
        guard let callback = context.model.callback(namedAs: shape) else {
            return context.documentation(summary: shape.spec.summary, source: shape.spec.source, decisions: shape.spec.decisions, extra: extra)
        }
        let spec = callback.spec
        let decisions = shape.spec.decisions + spec.decisions.filter { decision in !shape.spec.decisions.contains { $0.id.value == decision.id.value } }
        return context.documentation(
            summary: shape.spec.summary ?? spec.summary, source: shape.spec.source ?? spec.source, decisions: decisions,
            extra: extra + [callback.deliveryDocumentation] + context.signatureLines(callback), unsourcedIsInference: true)
    }

    func render(into printer: inout CodePrinter) {
        let access = context.access
        let presence = shape.presence.map { presence in
            // Each by its wire name too where it differs, as `validate()` names it (a user).
            let names = presence.fields.map { field in
                "`\(field.swiftName)`" + (field.swiftName == field.spec.wireName.value ? "" : " (`\(field.spec.wireName.value)`)")
            }.joined(separator: ", ")
            return "A message gives \(presence.rule.words) of \(names)."
        }
        let wire =
            if let line = shape.lineShape {
                [shape.spec.separator.map { separator in
                    "An answer in plain text, `\(line)`s joined by \(DisplayText.quoted(separator.value)) on one line (`TextAnswer.decodeLines`)."
                } ?? "An answer in plain text, one `\(line)` per line (`TextAnswer.decodeLines`)."]
            } else {
                shape.textForms.isEmpty ? [] : ["An answer in plain text, read by the first of its `textForms` it takes (`TextAnswer`)."]
            }
        printer.doc(documentation(wire + presence))
        if let element = shape.listElement {
            printer.line("\(access)typealias \(Naming.escaped(shape.swiftName)) = [\(context.spelling(element))]")
            return
        }
        let hasOwnMirror = shape.fields.contains {
            $0.isIndirect || hidesURLUserinfo($0) || context.redactsCredentials(in: $0.type) || hidesRepeatedSecrets($0)
        }
        let conformances = RenderContext.Swift.value + (hasOwnMirror ? ", Swift.CustomReflectable" : "")
            + (shape.textForms.isEmpty ? "" : ", \(RenderContext.Runtime.textMessage)")
        printer.block("\(access)struct \(Naming.escaped(shape.swiftName)): \(conformances)") { printer in
            for field in shape.fields {
                printer.doc(fieldDocumentation(field))
                if field.isIndirect {
                    renderIndirectProperty(field, into: &printer)
                } else {
                    printer.line("\(access)var \(Naming.escaped(field.swiftName)): \(storedType(field))")
                }
            }
            if !shape.fields.isEmpty { printer.line() }
            renderTextForms(into: &printer)
            renderListSeparator(into: &printer)
            renderInitializer(into: &printer)
            guard !shape.fields.isEmpty else {
                // Nothing to read: any payload decodes. It writes an empty object (`{}`, an empty form), never
                // nothing at all, which JSONEncoder refuses for a whole payload ("did not encode any values").
                printer.line()
                printer.line("\(access)init(from decoder: \(RenderContext.Swift.decoder)) throws {}")
                printer.block("\(access)func encode(to encoder: \(RenderContext.Swift.encoder)) throws") { printer in
                    printer.line("_ = encoder.container(keyedBy: \(RenderContext.Runtime.fieldKey).self)")
                }
                return
            }
            printer.line()
            renderDecoder(into: &printer)
            printer.line()
            renderEncoder(into: &printer)
            if hasOwnMirror {
                printer.line()
                renderMirror(into: &printer)
            }
        }
    }

    /// An answer in plain text: its forms, tried in order when it is read.
    private func renderTextForms(into printer: inout CodePrinter) {
        guard !shape.textForms.isEmpty else { return }
        printer.doc(["The forms the answer's text takes, tried in order: each `{field}` stands for a field's wire name."])
        let forms = SwiftLiteral.strings(shape.textForms)
        let declaration = "\(context.access)static var textForms: \(RenderContext.Runtime.textForms)"
        let secrets = shape.answerForms.secretFields.sorted()
        if secrets.isEmpty, declaration.count + forms.count + 8 <= Self.lineWidth {
            printer.line("\(declaration) { \(forms) }")
            return printer.line()
        }
        // A credential among the fields: the forms name it, so an answer of no form is not quoted.
        let indent = secrets.isEmpty ? "    " : "        "
        printer.block(declaration) { printer in
            printer.line(secrets.isEmpty ? "[" : "\(RenderContext.Runtime.textForms)(\n    [")
            for form in shape.textForms { printer.line("\(indent)\(SwiftLiteral.string(form)),") }
            printer.line(secrets.isEmpty ? "]" : "    ],\n    secretFields: \(SwiftLiteral.strings(secrets)))")
        }
        printer.line()
    }

    /// A line of a list answer joined on one line: the text between two.
    private func renderListSeparator(into printer: inout CodePrinter) {
        guard let separator = shape.listSeparator else { return }
        printer.doc(["In an answer of several, the text between two."])
        printer.line("\(context.access)static var listSeparator: \(RenderContext.Swift.string)? { \(SwiftLiteral.string(separator)) }")
        printer.line()
    }

    /// The message's credentials as an array literal (`[self.apiKey, self.authentication?.productToken]`), nil when it
    /// has none.
    static func secrets(of shape: ShapeModel) -> String? {
        let secrets = shape.credentials.map { path in
            "self." + path.steps.enumerated().map { index, step in
                Naming.escaped(step.swiftName) + (step.isOptional && index < path.steps.count - 1 ? "?" : "")
            }.joined(separator: ".")
        }
        return secrets.isEmpty ? nil : "[\(secrets.joined(separator: ", "))]"
    }

    /// A field holding URLs, or holding shapes that hide this message's credentials in theirs: printed and written for
    /// people redacted.
    private func hidesURLUserinfo(_ field: FieldModel) -> Bool {
        field.redactsURLUserinfo || (field.type.hidesHolderSecrets && hidingSecrets != nil)
    }

    /// A text field of a message holding credentials, which may repeat them (a password pasted into a text), or a
    /// field holding shapes with text.
    private func hidesRepeatedSecrets(_ field: FieldModel) -> Bool {
        hidingSecrets != nil && (field.type.isText && !hidesURLUserinfo(field) || field.type.hidesRepeatedSecrets)
    }

    /// `print` and `dump` show the fields as the API has them: an indirect field's storage is not one of them, a
    /// field kept as JSON shows the spec's credentials in it redacted, a URL field its user information, and a text
    /// field of a message holding credentials those credentials.
    private func renderMirror(into printer: inout CodePrinter) {
        let sweeps = shape.fields.contains(where: hidesRepeatedSecrets)
        let children = shape.fields.map { field in
            let value = "self.\(Naming.escaped(field.swiftName))"
                + (context.redactsCredentials(in: field.type) ? ".redactingMembers(named: \(context.secretNamesLiteral))" : "")
                + (hidesURLUserinfo(field) ? ".redactingURLUserinfo(\(hidingSecrets.map { "hiding: \($0)" } ?? ""))" : "")
                + (hidesRepeatedSecrets(field) ? ".hidingRepeated(sweep)" : "")
            return "\(SwiftLiteral.string(field.swiftName)): \(value) as Any"
        }
        printer.block("\(context.access)var customMirror: Swift.Mirror") { printer in
            if sweeps, let hidingSecrets { printer.line("let sweep = SMSSpecRuntime.SecretSweep(hiding: \(hidingSecrets))") }
            let mirror = sweeps ? "return Swift.Mirror" : "Swift.Mirror"
            let line = "\(mirror)(self, children: [\(children.joined(separator: ", "))], displayStyle: .struct)"
            guard line.count + 4 * 3 > Self.lineWidth else { return printer.line(line) }
            printer.line("\(mirror)(")
            printer.line("    self,")
            printer.line("    children: [")
            for child in children { printer.line("        \(child),") }
            printer.line("    ],")
            printer.line("    displayStyle: .struct)")
        }
    }

    /// A field that holds its own shape again is stored in an array, so the struct keeps a finite size.
    private func renderIndirectProperty(_ field: FieldModel, into printer: inout CodePrinter) {
        guard let storage = field.indirectStorageName else { return }  // only indirect fields are rendered here
        printer.block("\(context.access)var \(Naming.escaped(field.swiftName)): \(propertyType(field))") { printer in
            printer.line("get { self.\(storage).first }")
            printer.line("set { self.\(storage) = newValue.map { [$0] } ?? [] }")
        }
        printer.line("private var \(storage): [\(context.spelling(field.type))] = []")
    }

    /// Indirect fields last: they are set through their accessors once every stored property has a value.
    private var fieldsInAssignmentOrder: [FieldModel] { shape.fields.filter { !$0.isIndirect } + shape.fields.filter(\.isIndirect) }

    private func propertyType(_ field: FieldModel) -> String {
        context.spelling(field.type) + (field.isNonOptional ? "" : "?")
    }

    /// A stored optional is spelled `Swift.Optional<…>`: Swift gives a `T?` property an implicit `= nil` initializer,
    /// one more expression and function per field that the module interface type-checks and lowers on every edit of
    /// any spec in the target (the initializers assign every field anyway).
    private func storedType(_ field: FieldModel) -> String {
        field.isNonOptional ? context.spelling(field.type) : "\(RenderContext.Swift.optional)<\(context.spelling(field.type))>"
    }

    /// The summary and the facts the type does not show (placement, default, leniency, format, constraints) in one
    /// paragraph; the wire name is in `init(from:)`.
    private func fieldDocumentation(_ field: FieldModel) -> [String] {
        var lines = field.spec.summary.map { [$0] } ?? []
        switch field.spec.placement {
        case .body: break
        case .wholeBody: lines.append("Sent alone as the whole JSON body (`httpRequest`); the request as a value holds it under its wire name.")
        case .path, .query: lines.append("Sent in the \(field.spec.placement.rawValue).")
        // A header is named, which its field's name may not say (a user's `sid`, sent as `X-AUTH-SID`).
        case .header: lines.append("Sent in the `\(field.spec.wireName.value)` header.")
        }
        if let value = field.spec.defaultValue { lines.append("Default: `\(value.value)` when absent or null.") }
        if field.spec.lenient { lines.append(field.type == .bool ? "Accepted as a value, as text or as the number 1 or 0 on the wire." : "Accepted as a value or as text on the wire.") }
        if let list = field.separatedList { lines.append("Sent as one text, the elements joined by \(SwiftLiteral.string(list.separator)).") }
        if field.spec.isJSONText { lines.append("Sent as text holding its JSON (`contentType: application/json`); empty text is absent.") }
        if field.spec.secret { lines.append("A credential: never printed.") }
        if field.readsUnreadableAsAbsent {
            lines.append("A value that does not read as its type is absent: the credential then lasts until refused.")
        }
        if case .timestamp(let formats, let timeZone) = field.type {
            // A pattern is read and written in UTC unless the spec names a zone (a user's device wrote local time); one
            // that writes its offset (`Z`) is read in the offset a text says (a user read "UTC" as refusing `+0100`).
            let patterns = formats.filter { DateFormatName(rawValue: $0) == nil }
            let readsInUTC = timeZone == nil && patterns.contains { !DatePattern.writesZone($0) }
            let readsOffset = timeZone == nil && !patterns.isEmpty && !readsInUTC
            lines.append(
                "Wire format: \(formats.map { "`\($0)`" }.joined(separator: " or "))" + (formats.count > 1 ? " (written as the first)" : "")
                    + (timeZone.map { ", time zone \($0)." }
                        ?? (readsInUTC ? ", time zone UTC (the spec names none)." : readsOffset ? ", read in the offset it writes, written in UTC." : ".")))
        }
        let isMap = if case .map = field.type { true } else { false }
        let isListOfEnums = if case .array(.enumeration) = field.type { true } else { false }
        let constraints = ConstraintDescription.describeAll(
            field.spec.constraints, capacities: context.model.segmentCapacities, ofElements: field.type.isListOfScalars || isListOfEnums, ofMap: isMap)
        if !constraints.isEmpty { lines.append("Constraints: \(constraints).") }
        // A summary without its final stop ran into the facts after it ("…4438 Constraints: …", a user).
        if lines.count > 1, let summary = lines.first, let last = summary.last, !".!?…。！？".contains(last) { lines[0] = summary + "." }
        return [lines.joined(separator: " ")] + context.decisionLines(field.spec.decisions)
    }

    private func renderInitializer(into printer: inout CodePrinter) {
        let parameters = shape.fields.map { field -> String in
            let label = "\(Naming.escaped(field.swiftName)): \(propertyType(field))"
            if let value = field.defaultValue { return label + " = " + defaultLiteral(value) }
            return field.isNonOptional ? label : label + " = nil"
        }
        guard !parameters.isEmpty else {
            printer.line("\(context.access)init() {}")
            return
        }
        // One line when it fits, else the parameters wrapped one level deeper.
        var opener = "\(context.access)init(\(parameters.joined(separator: ", ")))"
        if opener.count + 4 * 2 + 2 > Self.lineWidth {
            let lines = CodePrinter.wrapped(parameters, prefix: "    ", width: Self.lineWidth - 4 * 2)
            opener = "\(context.access)init(\n\(lines.joined(separator: "\n"))\n)"
        }
        printer.block(opener) { printer in
            for field in fieldsInAssignmentOrder { printer.line("self.\(Naming.escaped(field.swiftName)) = \(Naming.escaped(field.swiftName))") }
        }
    }

    func defaultLiteral(_ value: DefaultValue) -> String {
        switch value {
        case .string(let text): SwiftLiteral.string(text)
        case .number(let number): number
        case .bool(let flag): flag ? "true" : "false"
        case .enumCase(let name): ".\(Naming.escaped(name))"
        case .decimal(let text): SwiftLiteral.decimal(text)
        case .emptyList: "[]"
        }
    }

    private func renderDecoder(into printer: inout CodePrinter) {
        printer.block("\(context.access)init(from decoder: \(RenderContext.Swift.decoder)) throws") { printer in
            printer.line("let container = try decoder.container(keyedBy: \(RenderContext.Runtime.fieldKey).self)")
            for field in fieldsInAssignmentOrder {
                printer.line("self.\(Naming.escaped(field.swiftName)) = \(decodeExpression(field))")
            }
        }
    }

    /// One read per field: the value as its type, `…IfPresent` where the wire may lack it (absent or null is nil).
    private func decodeExpression(_ field: FieldModel) -> String {
        let key = SwiftLiteral.wireName(field.spec.wireName.value)
        let ifPresent = field.mayBeAbsent ? "IfPresent" : ""
        if let list = field.separatedList {
            return "try container.decodeSeparated\(ifPresent)([\(context.spelling(list.element))].self, "
                + "separator: \(SwiftLiteral.string(list.separator)), forKey: \(key))" + (field.defaultValue == nil ? "" : " ?? []")
        }
        // Text holding the value's JSON, read with the payload's `userInfo` (`contentType: application/json`).
        if field.spec.isJSONText {
            return "try container.decodeJSONText\(ifPresent)(\(context.spelling(field.type)).self, forKey: \(key), userInfo: decoder.userInfo)"
        }
        var expression: String
        switch field.type {
        case .timestamp(let formats, let timeZone):
            expression = "try container.decodeTimestamp\(ifPresent)(forKey: \(key), formats: \(SwiftLiteral.strings(formats)), "
                + "timeZone: \(SwiftLiteral.optionalString(timeZone)))"
        case let type where type.isLenientScalar && field.spec.lenient:
            expression = "try container.decodeScalar\(ifPresent)(\(context.spelling(type)).self, forKey: \(key), lenient: true)"
        // A credential sent as a number (a user's Celcom `partner-id`, echoed as `123`): read as its text.
        case .secret where field.spec.lenient:
            expression = field.mayBeAbsent
                ? "try container.decodeScalarIfPresent(\(RenderContext.Swift.string).self, forKey: \(key), lenient: true).map { SMSSpecRuntime.Secret($0) }"
                : "try SMSSpecRuntime.Secret(container.decodeScalar(\(RenderContext.Swift.string).self, forKey: \(key), lenient: true))"
        default:
            expression = "try container.decode\(ifPresent)(\(context.spelling(field.type)).self, forKey: \(key))"
        }
        if let value = field.defaultValue { expression += " ?? " + defaultLiteral(value) }
        if field.readsUnreadableAsAbsent {
            expression = "try? " + expression.dropFirst("try ".count)
        }
        return expression
    }

    /// Path, query and header fields are part of the value but not of an HTTP body; a field `in: wholeBody` is the
    /// body, written alone. A status code is written in place (`encodeCode`: no nested encoder), with the encoder's
    /// `userInfo`, which says whether to annotate it; so is a list of codes joined into one text.
    private func renderEncoder(into printer: inout CodePrinter) {
        printer.block("\(context.access)func encode(to encoder: \(RenderContext.Swift.encoder)) throws") { printer in
            let bodyOnly = "encoder.userInfo[.omitNonBodyFields] as? Swift.Bool == true"
            let wholeBody = shape.fields.first { $0.spec.placement == .wholeBody }
            if let wholeBody {
                let redacting = context.redactsCredentials(in: wholeBody.type) ? ", redactingMembersNamed: \(context.secretNamesLiteral)" : ""
                printer.line("if \(bodyOnly) { return try self.\(Naming.escaped(wholeBody.swiftName)).encode(to: encoder\(redacting)) }")
            }
            printer.line("var container = encoder.container(keyedBy: \(RenderContext.Runtime.fieldKey).self)")
            let hasNonBody = wholeBody == nil && shape.fields.contains { $0.spec.placement != .body }
            if hasNonBody { printer.line("let bodyOnly = \(bodyOnly)") }
            for field in shape.fields {
                let isCode = if case .table = field.separatedList?.element ?? field.type { true } else { false }
                let separator = field.separatedList.map { "separator: \(SwiftLiteral.string($0.separator)), " } ?? ""
                let jsonText = field.spec.isJSONText
                let method = (jsonText ? "encodeJSONText"
                    : separator.isEmpty ? (isCode ? "encodeCode" : "encode") : (isCode ? "encodeSeparatedCodes" : "encodeSeparated"))
                    + (field.isNonOptional ? "" : "IfPresent")
                let key = separator + "forKey: " + SwiftLiteral.wireName(field.spec.wireName.value) + (isCode || jsonText ? ", userInfo: encoder.userInfo" : "")
                    + (context.redactsCredentials(in: field.type) ? ", redactingMembersNamed: \(context.secretNamesLiteral)" : "")
                let value = "self.\(Naming.escaped(field.swiftName))"
                    + (hidesURLUserinfo(field) ? ".redactingURLUserinfo(for: encoder\(hidingSecrets.map { ", hiding: \($0)" } ?? ""))" : "")
                let statement = "try container.\(method)(\(value), \(key))"
                printer.line(hasNonBody && field.spec.placement != .body ? "if !bodyOnly { \(statement) }" : statement)
            }
        }
    }
}

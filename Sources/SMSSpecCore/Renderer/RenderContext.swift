/// What every renderer of one provider needs: the model, the options, and shared spellings.
///
/// Generated code names every type it refers to by its module (`Swift.String`, `Foundation.Decimal`,
/// `SMSSpecRuntime.Timestamp`) or by the provider namespace (`Acme.SendRequest`), as swift-openapi-generator does,
/// so no name a spec gives its own types can hide one of them.
struct RenderContext {
    let model: ProviderModel
    let options: GeneratorOptions

    /// `public `, `package ` or nothing.
    var access: String { options.accessLevel.declarationPrefix }

    /// The namespace as generated code spells it (escaped when it is a keyword).
    var namespace: String { Naming.escaped(model.namespace) }

    /// "Source: Bind HTTP A2P Messaging API, section "Error codes" (document 002_….txt)."
    func sourceLine(_ reference: SourceReference?) -> String? {
        sourceText(reference).map { "Source: \($0)." }
    }

    /// What a callback's documentation says of its signature, and where the provider documents it.
    /// How a callback is signed, and on what that rests: the signature's own source, else the callback's; with
    /// neither, the scheme is marked as the spec's inference.
    func signatureLines(_ callback: CallbackModel) -> [String] {
        guard callback.signature != nil else { return [] }
        let source = sourceText(callback.spec.signatureSource).map { "Signature source: \($0)." }
            ?? (callback.spec.source == nil ? "Our inference: no document the spec cites states this signature." : "")
        return callback.signatureDocumentation + [source]
    }

    /// What a receiver's documentation says it answers a callback that decodes, and whether the documents say so.
    func acknowledgementLine(_ callback: CallbackModel) -> String {
        let acknowledgement = callback.acknowledgement
        let answers = "Answers a callback that decodes with \(acknowledgement.summary)"
        guard acknowledgement.isDeclared else { return answers + " (our inference: the documents do not say what to answer)." }
        let decision = acknowledgement.decision.map { "decision \($0.id.value): \($0.decision)" }
        if let source = sourceText(acknowledgement.source) {
            // A status the document gives, with no body: the empty body is ours (a user's "return a 200 OK").
            let body = acknowledgement.bodyIsDeclared || acknowledgement.contentType != nil ? "" : " (its empty body our inference: the spec gives none)"
            // A decision's own sentence ends it (a user's receiver said "…alone..").
            let line = answers + ", as the provider documents: \(source)" + body + (decision.map { "; \($0)" } ?? "")
            return line.hasSuffix(".") ? line : line + "."
        }
        return answers + ": not documented: the spec's inference" + (decision.map { " (\($0))" } ?? "") + "."
    }

    /// "Bind HTTP A2P Messaging API, section "Error codes" (document 002_….txt)"
    func sourceText(_ reference: SourceReference?) -> String? { model.sourceText(reference) }

    /// Why a case is written with a `_` where Swift would read its name as another case: a documented "unknown" is
    /// `unknown_` beside `unknown(WireCode)`, which `.unknown` names (a user's `switch` matched the undocumented codes
    /// only); `none_` and `some_` beside Optional's cases. Nil for any other case.
    static func renamedCaseNote(_ swiftName: String) -> String? {
        switch swiftName {
        case "unknown_": "Written `.unknown_`: `.unknown` is `unknown(WireCode)`, a value the spec does not list."
        case "none_", "some_": "Written `.\(swiftName)`: where the value is optional, `.\(swiftName.dropLast())` is Optional's own case."
        default: nil
        }
    }

    func decisionLines(_ decisions: [DecisionSpec]) -> [String] {
        decisions.map { "Decision \($0.id.value): \($0.decision)\nThe issue: \($0.issue)" }
    }

    /// The standard documentation of a declaration: summary, source, decisions.
    /// `unsourcedIsInference`: a construct the documents describe when they describe the API at all (an operation, a
    /// callback) says so when the spec cites no source and records no decision for it (a user's callback said nothing).
    func documentation(
        summary: String?, source: SourceReference?, decisions: [DecisionSpec], extra: [String] = [], unsourcedIsInference: Bool = false
    ) -> [String] {
        let unsourced = unsourcedIsInference && source == nil && decisions.isEmpty ? Self.unsourcedLine : ""
        return [summary ?? ""] + extra + [sourceLine(source) ?? unsourced] + decisionLines(decisions)
    }

    static let unsourcedLine = "Source: none — no document the spec cites describes it, and no decision records why (our inference)."

    /// The names whose values a payload kept as JSON or a map never shows, as a Swift array literal: the spec's credentials.
    var secretNamesLiteral: String { SwiftLiteral.strings(model.secretMemberNames) }

    /// A value that may hold a credential of the spec (`ProviderModel.redactsCredentials(in:)`): printed and written
    /// for people with the credentials' values redacted, as the `Secret` fields of a shape are.
    func redactsCredentials(in type: ResolvedType) -> Bool { model.redactsCredentials(in: type) }

    /// A type of this provider, qualified by its namespace.
    func member(_ name: String) -> String { "\(namespace).\(Naming.escaped(name))" }

    /// The provider's SMS segment capacities as an expression: the spec's, or the runtime's standard ones. Written
    /// where it is used (the provider descriptor is computed: reading it would build all of it).
    var segmentCapacities: String {
        guard let segments = model.segmentCapacities else { return "SMSSpecRuntime.SegmentCapacities.standard" }
        return "SMSSpecRuntime.SegmentCapacities(gsm7Single: \(segments.gsm7Single), gsm7Concatenated: \(segments.gsm7Concatenated), ucs2Single: \(segments.ucs2Single), ucs2Concatenated: \(segments.ucs2Concatenated))"
    }

    /// The qualified Swift spelling of a field type.
    func spelling(_ type: ResolvedType) -> String {
        switch type {
        case .string: Swift.string
        case .int: "Swift.Int"
        case .int64: "Swift.Int64"
        case .decimal: "Foundation.Decimal"
        case .double: "Swift.Double"
        case .bool: "Swift.Bool"
        case .json: Runtime.jsonValue
        case .secret: "SMSSpecRuntime.Secret"
        case .timestamp: "SMSSpecRuntime.Timestamp"
        case .shape(let type), .enumeration(let type), .table(let type), .union(let type): member(type.swiftName)
        case .array(let element): "[\(spelling(element))]"
        case .map(let value): "[\(Swift.string): \(spelling(value))]"
        }
    }

    /// Standard-library spellings generated code uses.
    enum Swift {
        static let string = "Swift.String"
        static let value = "Swift.Codable, Swift.Hashable, Swift.Sendable"
        static let decoder = "any Swift.Decoder"
        static let encoder = "any Swift.Encoder"
        static let optional = "Swift.Optional"
    }

    /// Runtime spellings generated code uses.
    enum Runtime {
        static let jsonValue = "SMSSpecRuntime.JSONValue"
        static let fieldKey = "SMSSpecRuntime.FieldKey"
        static let violation = "SMSSpecRuntime.ValidationViolation"
        static let validation = "SMSSpecRuntime.Validation"
        static let textMessage = "SMSSpecRuntime.TextMessage"
        static let textForms = "SMSSpecRuntime.TextForms"
        static let exactSpelling = "SMSSpecRuntime.ExactSpelling"
    }
}

extension GeneratorOptions.AccessLevel {
    /// `public `, `package ` or nothing: the prefix of every generated declaration.
    var declarationPrefix: String { self == .internal ? "" : rawValue + " " }
}

import Foundation
import SMSSpecVocabulary

/// A message shape: a request body, a response body, a callback payload or a part of one.
public struct ShapeSpec {
    public var name: Located<String>
    public var summary: String?
    public var source: SourceReference?
    public var decisions: [DecisionSpec]
    public var fields: [FieldSpec]
    /// For a shape that is a JSON list (`items: HistoryItem`): its element type. Such a shape has no fields.
    public var items: Located<TypeExpression>?
    /// Which of its optional fields a message gives together (`exactlyOne: [numbers, group_id]`).
    public var presence: [PresenceRuleSpec] = []
    /// For an answer in plain text: its forms, tried in order (`OK: {id}`, `ERR: {code}`); empty for any other shape.
    public var textForms: [Located<String>] = []
    /// For a list shape of plain-text answers joined on one line (Route Mobile's `1701|…|fc2a,1706|…|fc2b`): the
    /// text between two; nil for one a line.
    public var separator: Located<String>? = nil

    /// The field that is the whole body (`in: wholeBody`), when the shape has one: a request of a bare JSON list.
    public var wholeBody: FieldSpec? { fields.first { $0.placement == .wholeBody } }

    /// The text forms as `TextAnswer` reads and writes them.
    public var answerForms: TextForms {
        TextForms(textForms.map { TextForm($0.value) }, secretFields: Set(fields.filter(\.secret).map(\.wireName.value)))
    }

    /// For a list shape of an answer in plain text, one line per element (`items: Line`, `Line` having `text`
    /// forms): the shape each line is; nil for any other shape.
    public func lineShape(in shapes: [String: ShapeSpec]) -> ShapeSpec? {
        guard case .named(let name)? = items?.value, let line = shapes[name], !line.textForms.isEmpty else { return nil }
        return line
    }

    /// Whether the shape is written as plain text: in its own `text` forms, or one line per element.
    public func isTextAnswer(in shapes: [String: ShapeSpec]) -> Bool {
        !textForms.isEmpty || lineShape(in: shapes) != nil
    }
}

/// How many of a group of optional fields a message gives: Textlocal's `numbers` or `group_id`, exactly one.
public enum PresenceRule: String, CaseIterable, Sendable {
    case exactlyOne, atLeastOne, atMostOne

    /// How the rule is said: "exactly one", "at least one", "at most one".
    public var words: String {
        switch self {
        case .exactlyOne: "exactly one"
        case .atLeastOne: "at least one"
        case .atMostOne: "at most one"
        }
    }
}

public struct PresenceRuleSpec {
    public var rule: PresenceRule
    /// The fields' wire names.
    public var fields: [Located<String>]
    public var location: SourceLocation
}

/// A value that takes one of several forms on the wire (OCA's `message`: a string, or a list of field errors).
public struct UnionSpec {
    public var name: Located<String>
    public var summary: String?
    public var source: SourceReference?
    public var decisions: [DecisionSpec]
    /// Tried in order when decoding: (Swift case name, type). A discriminated union's are its shapes, once each, named
    /// as the shape.
    public var variants: [(name: Located<String>, type: Located<TypeExpression>)]
    /// Chooses the variant by a field of the payload, never trying the others; any other value is kept as `unknown`.
    public var discriminator: DiscriminatorSpec? = nil
}

/// Where a request field travels.
public enum FieldPlacement: String, CaseIterable, Sendable {
    case body, path, query, header
    /// The field's value is the request's whole JSON body (BulkSMS's bare array of messages), not a member of it.
    case wholeBody

    /// Whether the field travels in the body: as a member of it, or as the whole of it.
    public var isInBody: Bool { self == .body || self == .wholeBody }
}

/// What a field is in a message's life, said where its name does not say it (Kavenegar's `receptor`, SMSFactor's
/// `value`, Octopush's `sms_ticket`): the sandbox reads a field so declared as its role, before any name; the client
/// reads an answer's `reason`.
public enum FieldRole: String, CaseIterable, Sendable {
    /// The number a message goes to: a request's (a list, or a list joined by a separator, for several), a report's.
    case recipient
    /// Who a message is from: a request's sender ID, an inbound message's number.
    case sender
    /// The message's text: a request's, an inbound message's.
    case text
    /// The id the provider gives a message: an answer's (fresh for each message), a report's (quoting it), a look-up
    /// request's (the ids asked for).
    case messageID
    /// What the provider says of a failure in words: an answer's message or error description (SMS Aero's
    /// `message`), which the client carries as `ProviderError.rawMessage`.
    case reason
    /// The credential the provider's `auth` sends, which a login's successful answer gives (SMSPortal's and Eskiz's
    /// `token`, an OAuth2 `access_token`): a `secret` string; a client given the login obtains it (docs/client.md).
    case credential
    /// When the credential a login answers expires: beside it in the login's answer, a `date` (the instant) or an
    /// integer with its `unit` (the lifetime from the answer: OAuth2's `expires_in` seconds, SMSPortal's
    /// `expiresInMinutes`); a client given the login logs in again before it passes (docs/client.md).
    case credentialExpiry

    /// The types a field of this role may have, in words, and whether `type` is one of them.
    func accepts(_ type: TypeExpression) -> Bool {
        switch (self, type) {
        case (.text, .primitive(.string)), (.reason, .primitive(.string)), (.reason, .primitive(.json)), (.credential, .primitive(.string)): true
        case (.credentialExpiry, .primitive(let primitive)): [.date, .int, .int64].contains(primitive)
        case (.text, _), (.reason, _), (.credential, _), (.credentialExpiry, _): false
        case (_, .primitive(let primitive)): [.string, .int, .int64].contains(primitive)
        case (.recipient, .array(.primitive(let primitive))), (.messageID, .array(.primitive(let primitive))): [.string, .int, .int64].contains(primitive)
        default: false
        }
    }

    var acceptedTypes: String {
        switch self {
        case .text, .credential: "a string"
        case .credentialExpiry: "a date (when the credential expires) or an integer with its 'unit' (how long it lasts)"
        case .reason: "a string, json, or a union with a string variant (read when the answer holds text there)"
        case .sender: "a string or an integer, or a union of them"
        case .recipient, .messageID: "a string or an integer, a list of them, or a union of these"
        }
    }
}

/// The unit an integer duration counts in.
public enum DurationUnit: String, CaseIterable, Sendable {
    case seconds, minutes, hours, days
}

public struct FieldSpec {
    /// The name on the wire.
    public var wireName: Located<String>
    /// The Swift property name, when the derived one will not do.
    public var swiftName: Located<String>?
    public var type: Located<TypeExpression>
    public var required: Bool
    public var summary: String?
    public var defaultValue: Located<String>?
    /// Accept the value as text too ("70" for 70): the provider or its clients disagree on the type.
    public var lenient: Bool
    /// A credential: never printed.
    public var secret: Bool
    /// For dates: the formats the wire uses, the first one written.
    public var formats: [Located<String>]
    public var timeZone: Located<String>?
    public var placement: FieldPlacement
    /// In a form or query, the value is already percent-encoded and is written as it is.
    public var preEncoded: Bool
    /// For a list: the wire writes it as one text, its elements joined by this character (`"a,b"`).
    public var separator: Located<String>? = nil
    /// `contentType: application/json`: the value travels as text holding the JSON of its type (Mandrill's form
    /// field `mandrill_events`, a JSON list of events); as written, checked by lint (any JSON media type).
    public var contentType: Located<String>? = nil
    /// What the field is in a message's life, for tools that act out the provider (the sandbox); nil leaves it to
    /// the field's name.
    public var role: Located<FieldRole>? = nil
    /// What one of an integer duration's units is: a login's credential lifetime (`role: credentialExpiry`).
    public var unit: Located<DurationUnit>? = nil
    public var constraints: ConstraintsSpec
    public var decisions: [DecisionSpec]
    public var location: SourceLocation
}

extension FieldSpec {
    /// The value travels as text holding the JSON of its type: a `contentType` that names JSON.
    public var isJSONText: Bool {
        contentType.map { MediaType($0.value).map { MediaType.namesJSON($0.essence) } ?? false } ?? false
    }

    /// The one value a text field takes: its default, where its pattern matches that text alone (`default: getBalance`,
    /// `pattern: '^getBalance$'`). Operations at one method and path told apart by such a field (VoIP.ms's `method`,
    /// SMSLink's `mode`, an action header) are routed by it (the sandbox; lint does not warn of them).
    public var fixedValue: String? {
        guard type.value == .primitive(.string), let value = defaultValue?.value, let pattern = constraints.pattern?.value else { return nil }
        return pattern == "^" + NSRegularExpression.escapedPattern(for: value) + "$" ? value : nil
    }
}

/// What a validator checks on a request field.
public struct ConstraintsSpec {
    public var minLength: Located<Int>?
    public var maxLength: Located<Int>?
    public var pattern: Located<String>?
    public var minimum: Located<Int>?
    public var maximum: Located<Int>?
    public var minItems: Located<Int>?
    public var maxItems: Located<Int>?
    /// No element of the list twice (Altiria's destinations: code 016): strings compare as sent, integers by value.
    public var uniqueItems: Located<Bool>?
    /// An enum's value (each element's, of a list of them) is one its spec lists (Mitto answers any other `type` with
    /// code 2); an open enum otherwise sends any value as written.
    public var knownValues: Located<Bool>?
    /// The text must fit in this many SMS (with the provider's segment capacities).
    public var maxSegments: Located<Int>?
    /// For `maxSegments`: a placeholder the provider fills in before sending (Fortytwo's {#TFA_CODE}).
    public var substitute: SubstituteSpec?
    /// The value must be an http(s) URL.
    public var url: Located<Bool>?
    /// The value must be a mobile number of a country, in one of the accepted forms.
    public var phone: PhoneConstraintSpec?
    /// The code the provider answers when a rule is broken, by rule name ("*" for every rule).
    public var providerCodes: [ProviderCodeSpec] = []

    /// Every rule a field can have, by name: those a constraint declares, a date's `format` and a joined list's
    /// `separator`.
    public static let ruleNames: Set<String> = [
        "minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems", "uniqueItems", "knownValues", "maxSegments", "url",
        "phone", "format", "separator",
    ]

    /// The rules this field declares, by name.
    public var declaredRules: [String] {
        var rules: [String] = []
        if minLength != nil { rules.append("minLength") }
        if maxLength != nil { rules.append("maxLength") }
        if pattern != nil { rules.append("pattern") }
        if minimum != nil { rules.append("minimum") }
        if maximum != nil { rules.append("maximum") }
        if minItems != nil { rules.append("minItems") }
        if maxItems != nil { rules.append("maxItems") }
        if uniqueItems?.value == true { rules.append("uniqueItems") }
        if knownValues?.value == true { rules.append("knownValues") }
        if maxSegments != nil { rules.append("maxSegments") }
        if url?.value == true { rules.append("url") }
        if phone != nil { rules.append("phone") }
        return rules
    }
}

public struct SubstituteSpec {
    public var placeholder: String
    /// An integer field of the same shape that gives the substituted length.
    public var lengthFrom: Located<String>?
    public var defaultLength: Int
    public var location: SourceLocation
}

public struct PhoneConstraintSpec {
    public var country: Located<String>
    public var forms: [Located<String>]
}

/// A simple open string enum (not a status table): `code_type: numeric | alpha | alphanumeric`.
public struct EnumSpec {
    public var name: Located<String>
    public var summary: String?
    public var source: SourceReference?
    public var decisions: [DecisionSpec]
    public var values: [EnumValueSpec]
    /// `number`: the values are integers the provider writes as JSON numbers (Vonage's `message-class`); default text.
    public var wire: TableSpec.Wire = .string
}

public struct EnumValueSpec {
    public var value: Located<String>
    public var swiftName: Located<String>?
    public var summary: String?
}

/// `providerCodes` of a field: the code the provider answers when `rule` is broken (`*`: every rule of the field),
/// written `Table:code`, or `{code: Table:code, inferred: true}` when the provider's documents do not tie the rule to
/// the code and the link is the spec's reading.
public struct ProviderCodeSpec {
    public let rule: Located<String>
    public let code: Located<String>
    public let isInferred: Bool

    public init(rule: Located<String>, code: Located<String>, isInferred: Bool = false) {
        self.rule = rule
        self.code = code
        self.isInferred = isInferred
    }
}

import SMSSpecVocabulary

/// A header every request of a provider, or of one operation, carries, with its value as the spec writes it.
public struct FixedHeaderSpec {
    public var name: Located<String>
    public var value: Located<String>
}

/// One provider's spec file, as parsed: the source of truth for everything generated for it.
public struct ProviderSpec {
    public var file: String
    public var formatVersion: Located<Int>?
    public var id: Located<String>
    public var name: String
    /// The Swift namespace; derived from `id` unless the spec names it.
    public var namespace: Located<String>?
    public var summary: String?
    /// The servers of `baseURLs`, in the spec's order; the first is a generated client's default.
    public var servers: [ServerSpec]
    public var authentication: AuthenticationSpec?
    public var encoding: EncodingKind
    /// How forms, queries, paths and headers write a boolean: `1/0` (the default) or `true/false`.
    public var formBooleans: FormBooleans = .digits
    /// The charset of the forms and queries the provider reads and sends (`charset:`): a request's form body and query
    /// are written in it, a callback's query and a form or text that declares none are read in it. UTF-8 by default.
    public var charset: FormCharset = .utf8
    /// Headers every request carries as written (`headers: {Accept: application/json}`: SMSFactor answers XML without it;
    /// Flowroute's `Content-Type: application/vnd.api+json`, which replaces the one a body's encoding writes).
    public var headers: [FixedHeaderSpec] = []
    /// Segment capacities, when the provider's differ from 160/153 and 70/67.
    public var segments: SegmentsSpec?
    /// Numbering rules of the countries the provider's phone constraints name, by ISO country code.
    public var phoneCountries: [PhoneCountrySpec]
    public var sources: [SourceSpec]
    public var decisions: [DecisionSpec]
    public var operations: [OperationSpec]
    public var shapes: [ShapeSpec]
    public var enums: [EnumSpec]
    public var tables: [TableSpec]
    public var unions: [UnionSpec]
    public var callbacks: [CallbackSpec]
    public var examples: [ExampleSpec]
    public var location: SourceLocation
}

extension ProviderSpec {
    /// Each server's URL with its variables at their defaults, but a server with a required variable (it has no URL of
    /// its own): what descriptors list.
    public var baseURLs: [String] { servers.compactMap(\.defaultURL) }

    /// Whether a server has variables or a name: generated code then has `Servers`, a function per server.
    public var hasServerFunctions: Bool { servers.contains { !$0.variables.isEmpty || $0.name != nil } }

    /// Each server's function in `Servers`: its `name` as a Swift member (`regional`), else `server` and its place in
    /// `baseURLs` (`server2`), which moves when the servers before it do.
    public var serverFunctionNames: [String] {
        servers.enumerated().map { index, server in
            server.name.map { Naming.unreserved(Naming.memberName($0.value)) } ?? "server\(index + 1)"
        }
    }

    /// What the operations' responses answer with (a shape or a union), in the spec's order, once each.
    public var answerNames: [String] {
        var seen = Set<String>()
        return operations.flatMap { $0.responses.compactMap(\.shape?.value) }.filter { seen.insert($0).inserted }
    }

    /// The unions operations answer with (seven.io's `SendAnswer`, its answer object or a bare code), in the spec's
    /// order: each is a response message of its own.
    public var answeredUnions: [UnionSpec] {
        let answered = Set(answerNames)
        return unions.filter { answered.contains($0.name.value) }
    }
    /// Every credential's place: the provider's `auth`, then each operation's own (a login's Basic), in the spec's order.
    public var authentications: [AuthenticationSpec] {
        [authentication].compactMap { $0 } + operations.compactMap { $0.auth?.value.own }
    }

    /// The names of the request fields credentials travel in (`type: fields`), each once, the provider's first.
    public var credentialFieldNames: [Located<String>] {
        var seen = Set<String>()
        return authentications.filter { $0.kind == .fields }.flatMap(\.fields).filter { seen.insert($0.value).inserted }
    }

    /// The payload fields a callback carries the shared secret itself in (`algorithm: secret` in a field, Telerivet's
    /// `secret`): a credential wherever a payload holds it, an unknown event's too (an attack: printed whole).
    public var sharedSecretFieldNames: [String] {
        var seen = Set<String>()
        return callbacks.compactMap { callback -> String? in
            guard let signature = callback.signature?.value, signature.algorithm == .secret, case .field(let name) = signature.carrier else { return nil }
            return seen.insert(name).inserted ? name : nil
        }
    }

    /// The headers whose values are credentials (`AuthenticationSpec.credentialHeaders`), the provider's first.
    public var credentialHeaders: [String] {
        var seen = Set<String>()
        return authentications.flatMap(\.credentialHeaders).filter { seen.insert($0.lowercased()).inserted }
    }


    /// What operations answer with and, for each that is a union, the names its variants read the answer as (through
    /// unions of unions), each once.
    public var answersAndTheirVariants: [String] {
        let unions = Dictionary(unions.map { ($0.name.value, $0) }, uniquingKeysWith: { first, _ in first })
        var names = answerNames, seen = Set(names), pending = answeredUnions[...]
        while let union = pending.popFirst() {
            for variant in union.variants {
                guard case .named(let name) = variant.type.value, seen.insert(name).inserted else { continue }
                names.append(name)
                if let held = unions[name] { pending.append(held) }
            }
        }
        return names
    }

    /// Every decision the spec records, wherever it sits (not a reference to one: `decisionReferences`).
    public var allDecisions: [DecisionSpec] { decisionsAndReferences.filter { !$0.isReference } }

    /// Every reference to a decision recorded elsewhere (`decisions: [B5]`).
    public var decisionReferences: [DecisionSpec] { decisionsAndReferences.filter(\.isReference) }

    private var decisionsAndReferences: [DecisionSpec] {
        var all = decisions + operations.flatMap(\.decisions) + shapes.flatMap(\.decisions)
        all += shapes.flatMap { $0.fields.flatMap(\.decisions) } + tables.flatMap(\.decisions)
        all += tables.flatMap { $0.entries.flatMap(\.decisions) } + callbacks.flatMap(\.decisions)
        all += enums.flatMap(\.decisions) + unions.flatMap(\.decisions)
        return all
    }

    /// The spec with each reference to a decision replaced by the decision it names (one the spec does not record, the
    /// validator's error, stays as it is).
    public func resolvingDecisionReferences() -> ProviderSpec {
        let references = decisionReferences
        guard !references.isEmpty else { return self }
        let recorded = Dictionary(allDecisions.map { ($0.id.value, $0) }, uniquingKeysWith: { first, _ in first })
        return mappingDecisions { decision in decision.isReference ? recorded[decision.id.value] ?? decision : decision }
    }
}

/// A `baseURLs` entry: a URL, with `{name}` placeholders its variables fill (OpenAPI's server variables).
public struct ServerSpec {
    public var url: Located<String>
    /// What its `Servers` function is called, when the spec names it.
    public var name: Located<String>?
    public var variables: [ServerVariableSpec]

    /// The URL with every variable at its default; nil when a variable has none (Infobip's account host).
    public var defaultURL: String? {
        variables.allSatisfy { $0.defaultValue != nil } ? url(with: representativeValues) : nil
    }

    /// A value for each variable that lint checks the URL with: its default, else its first `enum` value, else `1`
    /// (a label, a path segment and a port alike).
    var representativeValues: [String: String] {
        Dictionary(
            variables.map { ($0.name.value, ($0.defaultValue ?? $0.allowed.first)?.value ?? "1") }, uniquingKeysWith: { first, _ in first })
    }

    /// The URL with `values` in its placeholders.
    func url(with values: [String: String]) -> String {
        ServerTemplate(url.value)?.substituting(values) ?? url.value
    }
}

/// A server variable: the value a client uses unless told otherwise (none: every call passes one), and the values
/// allowed (any when empty).
public struct ServerVariableSpec {
    public var name: Located<String>
    public var defaultValue: Located<String>?
    public var allowed: [Located<String>]
    public var description: String?

    /// The parameter of its server's `Servers` function: `baseUrl` → `baseURL`.
    public var parameterName: String { Naming.unreserved(Naming.memberName(name.value)) }
}

public struct SegmentsSpec {
    public var gsm7Single: Int?
    public var gsm7Concatenated: Int?
    public var ucs2Single: Int?
    public var ucs2Concatenated: Int?
}

public struct PhoneCountrySpec {
    public var country: Located<String>
    public var countryCode: String
    public var nationalPrefix: String?
    /// The mobile national significant number, as a regular expression.
    public var mobile: Located<String>

    /// The rules as generated code spells them (`PhoneRules.ID`), for the checks `validate()` runs.
    public var rules: PhoneNumberRules {
        PhoneNumberRules(country: country.value, countryCode: countryCode, nationalPrefix: nationalPrefix, mobilePattern: mobile.value)
    }
}

public enum EncodingKind: String, CaseIterable, Sendable {
    case json, form, query, none
    /// Plain text in one of a shape's `text` forms: an answer or an example only, never a request's encoding.
    case text

    /// What a provider's or an operation's `encoding` may say.
    public static let requestEncodings: [EncodingKind] = [.json, .form, .query, .none]
}

public struct AuthenticationSpec {
    public enum Kind: String, CaseIterable, Sendable {
        /// An API key in a header (`name`, optional `scheme` such as "Token").
        case header
        /// HTTP Basic.
        case basic
        /// Credentials as request fields (`fields`).
        case fields
        /// Credentials in several headers (`headers`), each sent as it is: Textmagic's `X-TM-Username` and `X-TM-Key`.
        case headers
    }

    public var kind: Kind
    public var headerName: String?
    public var scheme: String?
    public var fields: [Located<String>]
    /// The headers of `type: headers`, in the spec's order.
    public var headers: [Located<String>] = []
    public var location: SourceLocation

    /// The headers whose values are credentials, as the spec writes them: `name` of `type: header`, the `headers`
    /// of `type: headers` (Basic's `Authorization` is not one: requests write it from a user name and password).
    public var credentialHeaders: [String] {
        switch kind {
        case .header: headerName.map { [$0] } ?? []
        case .headers: headers.map(\.value)
        case .basic, .fields: []
        }
    }
}

/// Where a spec's facts come from: a provider document or a page of the provider's fuller docs.
public struct SourceSpec {
    public var id: Located<String>
    public var title: String
    /// The provider document's file name, when the source is one of the documents the spec is written from.
    public var document: String?
    public var url: String?
    /// Where the spec names `document`.
    public var documentLocation: SourceLocation? = nil
}

/// A decision taken on an inconsistency of the documents, kept next to what it affects.
public struct DecisionSpec {
    public var id: Located<String>
    /// What the documents say that needs deciding.
    public var issue: String
    /// What the spec does about it.
    public var decision: String
    /// Written as its id alone (`decisions: [B5]`), naming a decision recorded elsewhere in the spec, which the model
    /// stands in its place: one decision about two parts is recorded once and shown at both.
    public var isReference = false
}

/// A reference to a source, optionally to a section of it.
public struct SourceReference {
    public var source: Located<String>
    public var section: String?
}

extension ProviderSpec {
    /// Whether a shape holds a flag a form or query spells as `formBooleans` says: a `bool` field, or a code of a
    /// success-flag table, alone or in lists and maps.
    var holdsFlags: Bool {
        let flagTables = Set(tables.filter { $0.codeType == .bool }.map(\.name.value))
        func isFlag(_ type: TypeExpression) -> Bool {
            switch type {
            case .primitive(let primitive): primitive == .bool
            case .named(let name): flagTables.contains(name)
            case .array(let element), .map(let element): isFlag(element)
            }
        }
        return shapes.contains { $0.fields.contains { isFlag($0.type.value) } }
    }
}

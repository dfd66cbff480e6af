import Foundation
import SMSSpecVocabulary

extension SpecValidator {
    func checkShape(_ shape: ShapeSpec) {
        if let items = shape.items {
            for name in items.value.referencedNames {
                checkTypeReference(Located(name, at: items.location))
            }
        }
        var wireNames = Set<String>()
        // HTTP header names are case-insensitive: `X-Trace` and `x-trace` are one header, which would go out twice.
        var headerLines: [String: Int] = [:]
        for field in shape.fields {
            checkEdges(of: field.wireName, "the name of field")
            if !wireNames.insert(field.wireName.value).inserted {
                diagnostics.error("field '\(field.wireName.value)' appears twice in shape '\(shape.name.value)'", at: field.location)
            }
            if field.placement == .header {
                let name = field.wireName.value.lowercased()
                if let line = headerLines[name] {
                    diagnostics.error(
                        "field '\(field.wireName.value)' of shape '\(shape.name.value)' is the header of another field 'in: header' "
                            + "(line \(line)), as HTTP header names ignore case: the header would be sent twice; remove one",
                        at: field.wireName.location)
                } else {
                    headerLines[name] = field.wireName.location.line
                }
            }
            checkField(field, in: shape)
        }
        checkWholeBody(of: shape)
        checkPresenceRules(of: shape)
        checkTextForms(of: shape)
    }

    /// A name or value the wire carries (a field's name, an enum value) with an unseen space at either end — a
    /// no-break space pasted from a web page, a block's line break, which YAML keeps where it drops plain spaces — is
    /// not what a provider sends: a located error. A quoted plain space or tab is written on purpose, and stays.
    func checkEdges(of wireText: Located<String>, _ what: String) {
        let isUnseen = { (scalar: Unicode.Scalar) in scalar.properties.isWhitespace && scalar != " " && scalar != "\t" }
        let edges = [wireText.value.unicodeScalars.first, wireText.value.unicodeScalars.last].compactMap { $0 }.filter(isUnseen)
        let trimmed = wireText.value.trimmingWhitespace
        guard !edges.isEmpty, !trimmed.isEmpty else { return }
        let spaces = Set(edges.map(Naming.codePoint)).sorted().joined(separator: ", ")
        diagnostics.error(
            "\(what) \(DisplayText.quoted(wireText.value)) begins or ends with whitespace (\(spaces)), "
                + "which a provider's payload does not hold; write \(DisplayText.quoted(trimmed))",
            at: wireText.location)
    }

    /// Why a table or enum field needs no `lenient` (MSG91 sends its delivery codes as text, `"1"`).
    private func readsTextAlready(_ type: TypeExpression) -> String {
        guard case .named(let name) = type else { return "" }
        if names.tablesByName[name] != nil { return ", a table, whose codes already read from numbers and text alike (\"1\" for 1): remove 'lenient'" }
        if names.enumsByName[name] != nil { return ", an enum, which reads any scalar already (with 'wire: number', 1 and \"1\" alike): remove 'lenient'" }
        return ""
    }

    /// Whether a field of `type` can hold `role`: one of its types, or a union of them (Telstra's `to`, one number or a
    /// list: `{one: string, many: '[string]'}`); a reason, a union one of whose variants is text (Eskiz's `message`,
    /// words or an object of field errors: the client reads the words).
    private func roleAccepts(_ role: FieldRole, _ type: TypeExpression) -> Bool {
        if role.accepts(type) { return true }
        guard case .named(let name) = type, let union = names.unionsByName[name], union.discriminator == nil, !union.variants.isEmpty else { return false }
        if role == .reason { return union.variants.contains { $0.type.value == .primitive(.string) } }
        return union.variants.allSatisfy { role.accepts($0.type.value) }
    }

    /// An integer credential expiry counts in a `unit`, which nothing else takes.
    private func checkUnit(of field: FieldSpec, subject: String) {
        let isInteger = [.primitive(.int), .primitive(.int64)].contains(field.type.value)
        if let unit = field.unit, !(isInteger && field.role?.value == .credentialExpiry) {
            diagnostics.error(
                "\(subject) has a 'unit', which says what a login's credential lifetime counts: it goes with "
                    + "'role: credentialExpiry' on an integer field; remove it",
                at: unit.location)
        } else if field.unit == nil, isInteger, let role = field.role, role.value == .credentialExpiry {
            diagnostics.error(
                "\(subject) is the lifetime of a login's credential: give its 'unit' (\(DurationUnit.allCases.map(\.rawValue).joined(separator: ", "))"
                    + "; OAuth2's expires_in is seconds)",
                at: role.location)
        }
    }

    private func checkField(_ field: FieldSpec, in shape: ShapeSpec) {
        let subject = "field '\(field.wireName.value)' of shape '\(shape.name.value)'"
        for name in field.type.value.referencedNames {
            checkTypeReference(Located(name, at: field.type.location))
        }
        let type = field.type.value
        let isString = type == .primitive(.string)
        let isDate = type == .primitive(.date)
        let isScalar: Bool
        if case .primitive(let primitive) = type, primitive != .date, primitive != .json { isScalar = true } else { isScalar = false }

        // A query pair, header or path placeholder with no name is sent as `=value`, which PHP and most form readers drop
        // (an attack); a JSON member may be named "" (a form-sent body field is judged with the form).
        if field.wireName.value.isEmpty, [.query, .header, .path].contains(field.placement) {
            diagnostics.error(
                "a field of shape '\(shape.name.value)' sent in the \(field.placement.rawValue) has an empty wire name, which the provider "
                    + "cannot read (`=value`); give the name the documents give it",
                at: field.wireName.location)
        }
        if field.preEncoded && (field.placement == .header || field.placement == .wholeBody) {
            diagnostics.error(
                "\(subject) is 'preEncoded', but travels \(field.placement == .header ? "in a header" : "as the whole body"), which is sent "
                    + "as it is: only a value the request percent-encodes — a form's or the query's field, or a path parameter — is "
                    + "given already encoded; remove 'preEncoded'",
                at: field.location)
        }
        if let role = field.role, !roleAccepts(role.value, type) {
            diagnostics.error("\(subject) has the role '\(role.value.rawValue)', which is \(role.value.acceptedTypes); the field is '\(type)'", at: role.location)
        } else if let role = field.role, role.value == .credential, !field.secret {
            diagnostics.error(
                "\(subject) has the role 'credential', the credential a login answers, which must never print: mark it `secret: true`",
                at: role.location)
        } else if let role = field.role, role.value != .credential, field.secret {
            // A credential read as a recipient was answered back as the receptor by the sandbox (an attack).
            diagnostics.error(
                "\(subject) is 'secret' and has the role '\(role.value.rawValue)': a credential is none of a message's parts; remove the role",
                at: role.location)
        }
        checkUnit(of: field, subject: subject)
        if field.secret && !isString {
            // A credential of digits (Onurix's account id, an int64 in its document) is text on the wire: said so, as the
            // auth-field rule asks for `secret` and a user went back and forth between the two.
            let digits = [.primitive(.int), .primitive(.int64)].contains(field.type.value)
                ? ": type it `string` (a credential of digits travels as text, and a string keeps a leading zero)" : ""
            diagnostics.error("only string fields can be 'secret'; \(subject) is '\(type)'\(digits)", at: field.location)
        }
        if field.lenient && !isScalar {
            diagnostics.error("'lenient' applies to string, number and bool fields; \(subject) is '\(type)'" + readsTextAlready(type), at: field.location)
        }
        if isDate && field.formats.isEmpty {
            diagnostics.error("\(subject) is a date: give its wire 'format' (an ICU pattern such as yyyy-MM-dd, iso8601, unixSeconds or unixMilliseconds)", at: field.location)
        }
        if isDate {
            checkUnixTime(field, subject: subject)
            checkTimeZoneIsRead(field, subject: subject)
        }
        for format in field.formats { checkDatePattern(format, subject: subject) }
        if !isDate && (!field.formats.isEmpty || field.timeZone != nil) {
            diagnostics.error("'format' and 'timeZone' apply to date fields; \(subject) is '\(type)'", at: field.location)
        }
        if let timeZone = field.timeZone, TimeZone(identifier: timeZone.value) == nil {
            diagnostics.error("unknown time zone '\(timeZone.value)' for \(subject); use an IANA name such as Asia/Jakarta", at: timeZone.location)
        }
        // One text: a string, number or bool, a date (its wire text), an enum value or a table code. A query may
        // repeat a field (`status=a&status=b`), so it also takes a list of them; a path segment or a header, one.
        let isText = { (type: TypeExpression) -> Bool in
            switch type {
            case .primitive(let primitive): primitive != .json
            case .named(let name): names.enumsByName[name] != nil || names.tablesByName[name] != nil
            case .array, .map: false
            }
        }
        // A list with a `separator` is one text too.
        var travelsAsText = isText(type)
        if field.placement == .query || field.separator != nil, case .array(let element) = type { travelsAsText = isText(element) }
        // JSON text is one text wherever it goes (`checkJSONText`).
        if !field.placement.isInBody && !travelsAsText && !field.isJSONText {
            let joined = "a list of strings, integers, enum values or table codes with a 'separator' (one text)"
            let what = field.placement == .query
                ? "a string, number, bool, date, enum or table code, a list of them (the field repeated), or \(joined)"
                : "a string, number, bool, date, enum or table code, or \(joined)"
            diagnostics.error("\(subject) is 'in: \(field.placement.rawValue)', so it must be \(what)", at: field.location)
        }
        if field.placement == .header, !HTTPToken.isValid(field.wireName.value) {
            diagnostics.error(
                "\(subject) is 'in: header', so its wire name is a header name: letters, digits and !#$%&'*+-.^_`|~ only",
                at: field.wireName.location)
        }
        if field.placement == .header { checkHeaderIsTheRequests(field, subject: subject) }
        if !field.placement.isInBody && !field.isJSONText { checkFlagSentAsText(field, subject: subject, sentIn: "in the \(field.placement.rawValue)") }
        if field.lenient {
            checkPhoneNumberReadAsInteger(field, subject: subject, readFrom: "lenient")
        } else if !field.placement.isInBody {
            checkPhoneNumberReadAsInteger(field, subject: subject, readFrom: "in the \(field.placement.rawValue)")
        } else if let separator = field.separator {
            checkPhoneNumberReadAsInteger(field, subject: subject, readFrom: "one text joined by \(DisplayText.quoted(separator.value))")
        } else if !shape.textForms.isEmpty {
            checkPhoneNumberReadAsInteger(field, subject: subject, readFrom: "an answer in plain text")
        }
        checkSeparator(of: field, subject: subject)
        checkJSONText(of: field, subject: subject)
        if let value = field.defaultValue { checkDefault(value, of: field, subject: subject) }
        checkConstraints(field.constraints, type: type, subject: subject)
        checkDefaultFitsBounds(of: field, subject: subject)
        checkDefaultKeepsMessagingRules(of: field, in: shape, subject: subject)
        // A date's format and a joined list's separator are rules `validate()` checks without a constraint naming them.
        let implicitRules = (type == .primitive(.date) ? ["format"] : []) + (field.separator != nil ? ["separator"] : [])
        checkMessagingConstraints(field.constraints, type: type, implicitRules: implicitRules, in: shape, subject: subject)
    }

    /// A header the request builder writes itself would go out twice, the field's value beside the builder's (two
    /// `Content-Type`s, or two API keys): the body's type, length and host, and the provider's auth header.
    private func checkHeaderIsTheRequests(_ field: FieldSpec, subject: String) {
        let name = field.wireName.value
        let why: String
        if let written = RequestHeaders.whyWrittenByTheRequest(name) {
            why = written
        } else {
            let lowercased = name.lowercased()
            // The provider's auth, or an operation's own (a login's), which its request may be (a review).
            let auths = spec.authentications
            if let auth = auths.first(where: { $0.credentialHeaders.contains { $0.lowercased() == lowercased } }),
                let header = auth.credentialHeaders.first(where: { $0.lowercased() == lowercased })
            {
                let whose = auth.location == spec.authentication?.location ? "the provider's" : "an operation's own"
                let which = auth.kind == .headers
                    ? "one of \(whose) auth headers (auth: {type: headers, headers: [\(auth.credentialHeaders.joined(separator: ", "))]})"
                    : "\(whose) auth header (auth: {type: header, name: \(header)})"
                why = "it is \(which), written from the credentials a client is given"
            } else if auths.contains(where: { $0.kind == .basic }), lowercased == "authorization" {
                why = "requests write it from the Basic credentials (auth: {type: basic})"
            } else {
                return
            }
        }
        let consequence = RequestHeaders.isHopByHop(name) ? "the provider would never read it" : "the header would be sent twice"
        diagnostics.error("\(subject) is 'in: header', but \(why): \(consequence); remove the field", at: field.wireName.location)
    }

    /// One error for a default that cannot be its field's value: the only place defaults are judged (the model
    /// builder converts those that pass).
    private func checkDefault(_ value: Located<String>, of field: FieldSpec, subject: String) {
        let problem: String?
        switch field.type.value {
        case .primitive(.string): problem = nil
        case .primitive(.int), .primitive(.int64): problem = Int64(value.value) == nil ? "" : nil
        case .primitive(.double): problem = Self.doubleDefaultProblem(value.value)
        case .primitive(.decimal): problem = Self.decimalDefaultProblem(value.value)
        case .primitive(.bool): problem = value.value == "true" || value.value == "false" ? nil : ""
        case .named(let name) where names.enumsByName[name] != nil: problem = nil
        case .array where value.value == "[]": problem = nil
        case .array:
            diagnostics.error(
                "default '\(value.value.abbreviated)' of \(subject): the one default a list field takes is the empty list, 'default: []'",
                at: value.location)
            return
        default:
            // A date, `json`, a list, a map, a shape, a union or a table code: generated code has no literal for it.
            let kind = field.type.value == .primitive(.date) ? "a date" : field.type.value == .primitive(.json) ? "json" : "type '\(field.type.value)'"
            diagnostics.error(
                "default '\(value.value.abbreviated)' of \(subject): a field of \(kind) takes no default (defaults are text, numbers, "
                    + "true or false, enum values, and [] for a list); leave the field optional",
                at: value.location)
            return
        }
        if let problem {
            diagnostics.error(
                problem.isEmpty ? "default '\(value.value)' does not fit \(subject) of type '\(field.type.value)'" : "default '\(value.value)' \(problem)",
                at: value.location)
        }
        // An enum without values has its own error (no values, or values not written as a mapping): no second one here.
        if case .named(let name) = field.type.value, let enumeration = names.enumsByName[name], !enumeration.values.isEmpty,
            names.valuesByEnum[name]?.contains(value.value) != true
        {
            diagnostics.error(
                "default '\(value.value)' is not a value of enum '\(enumeration.name.value)'"
                    + hint(for: value.value, in: enumeration.values.map(\.value.value)),
                at: value.location)
        }
    }

    private func checkConstraints(_ constraints: ConstraintsSpec, type: TypeExpression, subject: String) {
        // A list of strings or integers holds the value rules for each element.
        let value = if case .array(let element) = type { element } else { type }
        let isText = value == .primitive(.string)
        let isNumber = value == .primitive(.int) || value == .primitive(.int64)
        // `minItems`/`maxItems` count a list's elements or a map's entries.
        let isCollection: Bool
        switch type {
        case .array, .map: isCollection = true
        case .named(let name): isCollection = names.shapesByName[name]?.items != nil  // a list shape is a `[T]`
        default: isCollection = false
        }

        func require(_ ok: Bool, _ bound: Located<Int>?, _ name: String, _ kind: String) {
            if let bound, !ok { diagnostics.error("'\(name)' applies to \(kind) fields and lists of them; \(subject) is '\(type)'", at: bound.location) }
        }
        require(isText, constraints.minLength, "minLength", "string")
        require(isText, constraints.maxLength, "maxLength", "string")
        require(isNumber, constraints.minimum, "minimum", "integer")
        require(isNumber, constraints.maximum, "maximum", "integer")
        for (bound, name) in [(constraints.minItems, "minItems"), (constraints.maxItems, "maxItems")] {
            if let bound, !isCollection {
                diagnostics.error("'\(name)' applies to list and map fields (their elements or entries); \(subject) is '\(type)'", at: bound.location)
            }
        }
        // Elements compare as `validate()` and the sandbox's interpreter both tell them apart: text as sent, integers
        // by value. Objects, codes and enum values (read in any spelling) have no such one equality.
        if let unique = constraints.uniqueItems {
            let element: TypeExpression? = switch type {
            case .array(let element): element
            case .named(let name): names.shapesByName[name]?.items?.value
            default: nil
            }
            if let element, ![.primitive(.string), .primitive(.int), .primitive(.int64)].contains(element) {
                diagnostics.error(
                    "'uniqueItems' applies to lists of strings or integers (text compares as sent, a number by value); \(subject) is '\(type)'",
                    at: unique.location)
            } else if element == nil {
                diagnostics.error("'uniqueItems' applies to list fields (no element twice); \(subject) is '\(type)'", at: unique.location)
            }
        }
        // An enum's values are the spec's; no other type lists values.
        if let known = constraints.knownValues {
            let element: TypeExpression = if case .array(let element) = type { element } else { type }
            let enumeration: EnumSpec? = if case .named(let name) = element { names.enumsByName[name] } else { nil }
            if enumeration == nil {
                diagnostics.error(
                    "'knownValues' applies to enum fields and lists of them (a value the enum lists); \(subject) is '\(type)'", at: known.location)
            } else if known.value, enumeration?.values.isEmpty == true {
                // No value could pass: every request would be refused (an attack).
                diagnostics.error(
                    "'knownValues' of \(subject) accepts only the values its enum lists, and '\(enumeration?.name.value ?? "")' lists none: "
                        + "every value would be refused; list the enum's values, or remove 'knownValues'",
                    at: known.location)
            }
        }
        // A negative maximum fails every value, a negative minimum none: either says something other than it means.
        for (name, value) in [("minLength", constraints.minLength), ("maxLength", constraints.maxLength),
                              ("minItems", constraints.minItems), ("maxItems", constraints.maxItems)] {
            if let value, value.value < 0 {
                diagnostics.error("'\(name)' of \(subject) is a count, so it cannot be negative; found \(value.value)", at: value.location)
            }
        }
        if let pattern = constraints.pattern {
            if !isText {
                diagnostics.error("'pattern' applies to string fields and lists of them; \(subject) is '\(type)'", at: pattern.location)
            } else if let problem = Self.regexProblem(pattern.value) {
                diagnostics.error("invalid regular expression '\(pattern.value.abbreviated)' for \(subject): \(problem)", at: pattern.location)
            } else if let problem = Self.backtrackingProblem(pattern.value, of: subject) {
                diagnostics.error(problem, at: pattern.location)
            }
        }
        for (low, high) in [(constraints.minLength, constraints.maxLength), (constraints.minimum, constraints.maximum),
                            (constraints.minItems, constraints.maxItems)]
        {
            if let low, let high, low.value > high.value {
                diagnostics.error("the lower bound \(low.value) of \(subject) is above its upper bound \(high.value)", at: low.location)
            }
        }
    }

    /// Segments, URLs, phone numbers and the provider codes that answer broken rules.
    private func checkMessagingConstraints(
        _ constraints: ConstraintsSpec, type: TypeExpression, implicitRules: [String], in shape: ShapeSpec, subject: String
    ) {
        let isText = type == .primitive(.string)
        let isTextList = type == .array(.primitive(.string))
        for (name, location, each) in [("maxSegments", constraints.maxSegments?.location, false), ("url", constraints.url?.location, true),
                                       ("phone", constraints.phone?.country.location, true)] {
            if let location, !isText && !(each && isTextList) {
                diagnostics.error("'\(name)' applies to string fields\(each ? " and lists of them" : ""); \(subject) is '\(type)'", at: location)
            }
        }
        if let maxSegments = constraints.maxSegments, !(1...SpecLimits.maximumSegments).contains(maxSegments.value) {
            diagnostics.error(
                "'maxSegments' of \(subject) must be 1 to \(SpecLimits.maximumSegments) (an SMS has at most 255 segments); found \(maxSegments.value)",
                at: maxSegments.location)
        }
        if let substitute = constraints.substitute {
            if constraints.maxSegments == nil {
                diagnostics.error("'substitute' of \(subject) only applies together with 'maxSegments'", at: substitute.location)
            }
            if let lengthFrom = substitute.lengthFrom {
                let target = shape.fields.first { $0.wireName.value == lengthFrom.value }
                if target?.type.value != .primitive(.int) {
                    diagnostics.error(
                        "'lengthFrom' of \(subject) must name an int field of shape '\(shape.name.value)'"
                            + hint(for: lengthFrom.value, in: shape.fields.map(\.wireName.value)),
                        at: lengthFrom.location)
                }
            }
        }
        if let phone = constraints.phone {
            let countries = spec.phoneCountries.map(\.country.value)
            if !countries.contains(phone.country.value) {
                diagnostics.error(
                    "country '\(phone.country.value)' of \(subject) has no numbering rules; add it under provider 'phoneNumbers'"
                        + hint(for: phone.country.value, in: countries),
                    at: phone.country.location)
            }
            let forms = PhoneForm.allCases.map(\.rawValue)
            for form in phone.forms where !forms.contains(form.value) {
                diagnostics.error(
                    "unknown phone form '\(form.value)' for \(subject); forms: \(forms.joined(separator: ", "))"
                        + Suggestions.hint(for: form.value, in: forms),
                    at: form.location)
            }
            let country = spec.phoneCountries.first { $0.country.value == phone.country.value }
            if let country, let problem = Self.nationalFormProblem(country), let national = phone.forms.first(where: { $0.value == "national" }) {
                diagnostics.error("form 'national' of \(subject): \(problem)", at: national.location)
            }
        }
        let rules = constraints.declaredRules + implicitRules
        for providerCode in constraints.providerCodes {
            let rule = providerCode.rule
            if rule.value == "required" {
                // A missing field has no rule key of its own (a user wrote this, as the documentation lists it).
                diagnostics.error(
                    "\(subject) has no 'required' rule to attach a provider code to: a required field that is missing is answered "
                        + "with the code of '*' (which covers every rule of the field, a missing one too); write '*': 'Table:code'",
                    at: rule.location)
            } else if rule.value != "*" && !rules.contains(rule.value) {
                diagnostics.error(
                    "\(subject) declares no '\(rule.value)' rule to attach a provider code to"
                        + (rules.isEmpty ? "" : "; its rules: \(rules.joined(separator: ", ")), or '*' for all of them and a missing field")
                        + (ConstraintsSpec.ruleNames.contains(rule.value) ? "" : Suggestions.hint(for: rule.value, in: rules)),
                    at: rule.location)
            }
            checkProviderCode(providerCode.code)
        }
    }

    /// `Table:code` names a code of a table of this spec.
    func checkProviderCode(_ reference: Located<String>) {
        let parts = reference.value.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else {
            diagnostics.error("provider code '\(reference.value)' must be written Table:code (for example Status:24)", at: reference.location)
            return
        }
        guard let table = names.tablesByName[parts[0]] else {
            checkReference(Located(parts[0], at: reference.location), among: names.tables, kind: "table")
            return
        }
        guard let entry = names.entriesByTable[parts[0]]?[StatusTable.canonicalCode(parts[1], isNumeric: table.codeType == .int)] else {
            diagnostics.error(
                "table '\(parts[0])' has no code \(table.codeType.shown(parts[1]))" + hint(for: parts[1], in: table.entries.map(\.code.value)),
                at: reference.location)
            return
        }
        // What the provider answers a broken rule with refuses the request: `validate()` would turn away a request the
        // provider takes, and the sandbox would answer it as taken with nothing it owes.
        if let outcome = entry.outcome.flatMap({ Outcome(rawValue: $0.value) }), outcome != .failure {
            diagnostics.error(
                "provider code '\(reference.value)' names an entry whose outcome is \(outcome): a rule's provider code is what the "
                    + "provider answers a request that breaks it, a failure",
                at: reference.location)
        }
    }

    /// Whether the ICU pattern `format` writes two dates that differ in every field as one text (`''`, `'at'`, `G`):
    /// every date would then be sent as that text.
    static func writesEveryDateAlike(_ format: String) -> Bool {
        guard let written = sampleDates(in: format) else { return false }
        return written.first == written.last
    }

    /// Two dates that differ in every field, 2001-02-03 04:05:06.7 and 2012-11-12 15:16:17.8 UTC, written in the
    /// ICU pattern `format`; nil for a named format (`iso8601`, `unixSeconds`…).
    static func sampleDates(in format: String) -> [String]? {
        guard DateFormatName(rawValue: format) == nil else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = format
        return [2_865_906.7, 374_426_177.8].map { formatter.string(from: Date(timeIntervalSinceReferenceDate: $0)) }
    }

    static func regexProblem(_ pattern: String) -> String? {
        let length = pattern.unicodeScalars.count
        guard length <= SpecLimits.maximumPatternLength else {
            return "it is \(length) characters long, and a pattern may have at most \(SpecLimits.maximumPatternLength)"
        }
        do {
            _ = try NSRegularExpression(pattern: pattern)
        } catch {
            return "it does not compile as an ICU regular expression"
        }
        return Patterns.compiles(pattern) ? nil : "it does not compile with each '$' read as the end of the value ('\\z'), as validate() reads it (ICU repeats '$', not '\\z')"
    }

    /// Why a country's mobile pattern is refused: `regexProblem`'s reasons, and one that compiles alone but not as the
    /// whole number `validate()` matches it as (`(?x)` with a comment, or `\Q` without `\E`, runs past its end).
    static func mobileProblem(_ mobile: String) -> String? {
        if let problem = regexProblem(mobile) { return problem }
        guard regexProblem(PhoneNumbers.mobileExpression(mobile)) != nil else { return nil }
        return "it does not compile as the whole number it is matched as ('^(?:…)$'): a '(?x)' comment or a '\\Q' without "
            + "its '\\E' runs past its end, so every number would be refused"
    }

    /// How long `validate()` lets ICU match one value (`Patterns.timeLimit`), as the diagnostics say it: "within 0.4 s".
    static var patternTimeLimit: String {
        let (seconds, attoseconds) = Patterns.timeLimit.components
        let milliseconds = seconds * 1_000 + attoseconds / 1_000_000_000_000_000
        return "within " + (milliseconds % 1_000 == 0 ? "\(milliseconds / 1_000)" : "\(Double(milliseconds) / 1_000)") + " s"
    }

    /// Why `pattern` (one that compiles) can make ICU backtrack exponentially, with what to write instead.
    static func backtrackingProblem(_ pattern: String, of subject: String) -> String? {
        guard let group = NestedRepetition.firstUnsafeGroup(in: pattern) else { return ambiguityProblem(pattern, of: subject) }
        return "regular expression '\(pattern.abbreviated)' for \(subject) repeats the group '\(group.abbreviated)', whose body "
            + "can itself match text in more than one way (a repetition or '|' inside a repetition): ICU tries every way to "
            + "split a value among the repetitions, exponentially many, and a value it has not decided \(Self.patternTimeLimit) "
            + "is reported as not checked; write the repetition once ('^a+$', not '^(a+)+$'), start each repetition with a character nothing "
            + "else in it matches ('^[0-9]+(,[0-9]+)*$'), or make the group atomic ('(?>…)') or possessive ('(…)*+')"
    }

    /// Why `pattern` can match one value in too many ways (`NestedRepetition.firstAmbiguousRun`), with what to write instead.
    static func ambiguityProblem(_ pattern: String, of subject: String) -> String? {
        guard let run = NestedRepetition.firstAmbiguousRun(in: pattern) else { return nil }
        let ways = run.growsWithValue ? "match one value in a number of ways that grows with the square of the value's length or faster"
            : run.onlyFailing ? "try a value it does not match in more than \(NestedRepetition.maximumWaysToFail) ways"
            : "match one value in more than \(NestedRepetition.maximumWays) ways"
        return "regular expression '\(pattern.abbreviated)' for \(subject) can \(ways) at '\(run.text.abbreviated)', "
            + "whose repetitions side by side can match the same characters: ICU tries every way to split a value among them, "
            + "and a value it has not decided \(Self.patternTimeLimit), a valid one too, is reported as not checked; write them as one repetition "
            + "('a{0,28}', not 'a?a?…a?'; '[0-9]*', not '[0-9]*[0-9]*[0-9]*'), or put a character none of them matches between them "
            + "('^[0-9]?[0-9]?-[0-9]?[0-9]?$')"
    }

    /// Why no number of `country` reads as written in national form (`PhoneNumberRules.readsNationalForm`), which is
    /// told from the others by its trunk prefix: a country without one (Poland's numbers are dialled bare), or one whose
    /// prefix begins as its country code does (NANP's `1`: `12025550123` reads as international `1` + number).
    static func nationalFormProblem(_ country: PhoneCountrySpec) -> String? {
        guard !country.rules.readsNationalForm else { return nil }
        let name = country.country.value
        guard let prefix = country.nationalPrefix else {
            return "\(name) has no nationalPrefix, and a number in national form is told from the others by its trunk prefix, "
                + "so every one would be refused; leave national out (e164 or international say the same number), or give the "
                + "prefix the country's numbers are dialled with"
        }
        return "nationalPrefix '\(prefix)' of \(name) and its countryCode '\(country.countryCode)' begin alike, so a number in national "
            + "form reads as one in international form ('\(prefix)' + number) and every one would be refused; leave national out "
            + "(e164 or international say the same number)"
    }
}

import Foundation
import SMSSpecVocabulary

extension SpecValidator {
    /// An answer in plain text (`text: ['OK: {id}', 'ERR: {code}']`): each form reads back as the fields it names, and
    /// every field is read by some form, as a form field's text.
    func checkTextForms(of shape: ShapeSpec) {
        guard !shape.textForms.isEmpty else { return }
        let subject = "shape '\(shape.name.value)'"
        if shape.items != nil {
            diagnostics.error("\(subject) is a list ('items'), which has no fields for its text forms to read; remove 'text'", at: shape.textForms[0].location)
            return
        }
        var written = Set<String>()
        // Each form written once, with the fields it names.
        var forms: [(form: Located<String>, names: Set<String>)] = []
        let wireNames = Set(shape.fields.map(\.wireName.value))
        for form in shape.textForms {
            guard written.insert(form.value).inserted else {
                diagnostics.error("\(subject) writes the text form '\(form.value.abbreviated)' twice", at: form.location)
                continue
            }
            forms.append((form, checkTextForm(form, of: shape, wireNames: wireNames)))
            checkValuesEnd(in: form, of: shape)
        }
        checkFormsReached(forms.map(\.form), of: shape)
        var spellings: [String: FormSpelling] = [:]
        for field in shape.fields {
            let name = field.wireName.value
            let lacking = forms.filter { !$0.names.contains(name) }.map(\.form)
            if lacking.count == forms.count {
                diagnostics.error(
                    "field '\(name)' of \(subject) is in none of its text forms, so no answer gives it; write '{\(name)}' in a form or remove the field",
                    at: field.location)
                continue
            }
            if let form = lacking.first, field.required, field.defaultValue == nil {
                diagnostics.error(
                    "field '\(name)' of \(subject) is required, but its text form '\(form.value.abbreviated)' has no '{\(name)}': "
                        + "an answer of that form could not be read; make the field optional (required: false)",
                    at: field.location)
            }
            let spelling = formSpelling(of: field.type.value, memo: &spellings)
            if spelling == .none || (spelling == .list && field.separator == nil) {
                diagnostics.error(
                    "field '\(name)' of \(subject) is read from plain text: '\(field.type.value.description.abbreviated)' has no one-text "
                        + "spelling; a value in a text answer is text, a number, a boolean, a code, or a list joined by a 'separator'",
                    at: field.type.location)
            }
        }
    }

    /// One form: fields of the shape, each once, with text between any two; no brace but a field's; nothing a read
    /// trims off. Returns the fields it names.
    private func checkTextForm(_ form: Located<String>, of shape: ShapeSpec, wireNames: Set<String>) -> Set<String> {
        let what = "text form '\(form.value.abbreviated)' of shape '\(shape.name.value)'"
        let pieces = TextForm(form.value).pieces
        var names = Set<String>()
        var previousField: String?
        for piece in pieces {
            switch piece {
            case .literal(let bytes):
                previousField = nil
                if bytes.contains(UInt8(ascii: "{")) || bytes.contains(UInt8(ascii: "}")) {
                    diagnostics.error(
                        "\(what) has a brace that does not enclose a field's name ('{id}'); the format has no literal braces", at: form.location)
                }
            case .field(let name):
                if let previous = previousField {
                    diagnostics.error(
                        "\(what) puts '{\(previous)}' and '{\(name)}' side by side: with no text between them, where one ends cannot be told",
                        at: form.location)
                }
                previousField = name
                if !names.insert(name).inserted {
                    diagnostics.error("\(what) names field '\(name)' twice", at: form.location)
                } else if !wireNames.contains(name) {
                    diagnostics.error(
                        "\(what) names no field of the shape: '\(name)'" + hint(for: name, in: shape.fields.map(\.wireName.value)), at: form.location)
                }
            }
        }
        if form.value.isEmpty {
            diagnostics.error("\(what) is empty; an empty answer is a shape without 'text' whose response has no 'shape'", at: form.location)
        } else if TextForms.trimmed(form.value) != form.value {
            diagnostics.error(
                "\(what) begins or ends with a line break, which is trimmed off an answer before it is read: it would never match",
                at: form.location)
        }
        return names
    }

    /// A field's value ends at the first place the text after it occurs: a value its type documents (an enum value, a
    /// table code, a list's separator) that holds that text would be cut there and read as another value (code
    /// `ERR NOAUTH` before ` ` read as the unknown code `ERR`).
    private func checkValuesEnd(in form: Located<String>, of shape: ShapeSpec) {
        let pieces = TextForm(form.value).pieces
        for (index, piece) in pieces.enumerated().dropLast(2) {
            guard case .field(let name) = piece, case .literal(let bytes) = pieces[index + 1],
                let field = shape.fields.first(where: { $0.wireName.value == name })
            else { continue }
            let following = String(decoding: bytes, as: UTF8.self)
            let ends = "text form '\(form.value.abbreviated)' of shape '\(shape.name.value)' ends '{\(name)}' at the first "
                + "\(DisplayText.quoted(following)), "
            for (value, owner) in documentedTexts(of: field) where value.contains(following) {
                diagnostics.error(
                    ends + "which \(owner) \(DisplayText.quoted(value)) holds: an answer with it would be read as another value; "
                        + "put other text after the field, or write the field last",
                    at: form.location)
            }
            if numberText(of: field, couldHold: following) {
                diagnostics.error(
                    ends + "which a number's text ('\(field.type.value)') may hold (-5): an answer with it would be read as another value; "
                        + "put other text after the field, write the field last, or give it 'minimum: 0'",
                    at: form.location)
            }
            if let format = dateFormat(of: field, couldHold: following) {
                diagnostics.error(
                    ends + "which a date written '\(format)' may hold: an answer with it would be read as another value; "
                        + "put other text after the field, or write the field last",
                    at: form.location)
            }
        }
    }

    /// Whether `literal` could stand inside the text of a number the field reads: `-` in `-5` (unless its minimum is
    /// not negative), `0` in `10`, `.` in `1.5`.
    func numberText(of field: FieldSpec, couldHold literal: String) -> Bool {
        guard let primitive = numberRead(by: field.type.value) else { return false }
        var rest = Substring(literal)
        // A minimum bounds a number field's own values; a code or a union reads any number (an attack: `-1` of an int
        // table was cut at a `-` separator and read as the documented 1).
        let minimum = if case .primitive = field.type.value { field.constraints.minimum?.value ?? -1 } else { -1 }
        if minimum < 0, rest.first == "-" { rest = rest.dropFirst() }
        var points = primitive == .decimal || primitive == .double ? 1 : 0
        return rest.allSatisfy { character in
            guard character == "." else { return ("0"..."9").contains(character) }
            points -= 1
            return points >= 0
        }
    }

    /// The kind of number a value of `type` is read as from text: a number's own, an integer for a table of integer
    /// codes or an enum written as numbers, the widest of a union's number variants; nil for no number.
    private func numberRead(by type: TypeExpression) -> TypeExpression.Primitive? {
        switch type {
        case .primitive(let primitive): return [.int, .int64, .decimal, .double].contains(primitive) ? primitive : nil
        case .named(let name):
            if let table = names.tablesByName[name] { return table.codeType == .int ? .int : nil }
            if let enumeration = names.enumsByName[name] { return enumeration.wire == .number ? .int : nil }
            let numbers = (names.unionsByName[name]?.variants ?? []).compactMap { variant -> TypeExpression.Primitive? in
                if case .primitive(let primitive) = variant.type.value, [.int, .int64, .decimal, .double].contains(primitive) { return primitive }
                return nil
            }
            return numbers.first { $0 == .decimal || $0 == .double } ?? numbers.first
        default: return nil
        }
    }

    /// The first format of a date field whose text could hold `literal`: one made of digits and the other characters
    /// but letters the format writes (` ` or `:` in `yyyy-MM-dd HH:mm:ss`, `-` in iso8601 or a count before 1970).
    func dateFormat(of field: FieldSpec, couldHold literal: String) -> String? {
        guard case .primitive(.date) = field.type.value else { return nil }
        return field.formats.first { format in
            let samples: [String] =
                switch DateFormatName(rawValue: format.value) {
                case .iso8601: ["2001-02-03T04:05:06.700+01:00", "2012-11-12T15:16:17Z"]
                case .unixSeconds, .unixMilliseconds: ["-2865906"]
                case nil: Self.sampleDates(in: format.value) ?? []
                }
            // A pattern writing an offset writes `+` or `-` (`-05:00`, `+0000`) in other zones than UTC (an attack).
            let written = Set(samples.joined().filter { !$0.isLetter } + (DatePattern.writesZone(format.value) ? "+-:" : ""))
            return literal.allSatisfy { written.contains($0) || ("0"..."9").contains($0) }
        }?.value
    }

    /// The texts a field's type names: its enum's values, its table's codes, its separator and its elements' values.
    func documentedTexts(of field: FieldSpec) -> [(text: String, owner: String)] {
        var type = field.type.value
        var texts: [(text: String, owner: String)] = []
        if case .array(let element) = type, let separator = field.separator {
            texts.append((separator.value, "its separator"))
            type = element
        }
        guard case .named(let name) = type else { return texts }
        for value in names.enumsByName[name]?.values ?? [] { texts.append((value.value.value, "value of enum '\(name)'")) }
        for entry in names.tablesByName[name]?.entries ?? [] {
            for code in [entry.code] + entry.aliases { texts.append((code.value, "code of table '\(name)'")) }
        }
        return texts
    }

    /// A shape with text forms is a whole answer in plain text, and so is a list shape of one such answer per line
    /// (`items: Line`): only an operation's response may be either, and their examples are plain text; nothing else is.
    func checkTextShapeUses() {
        let textShapes = Set(spec.shapes.filter { $0.isTextAnswer(in: names.shapesByName) }.map(\.name.value))
        func refuse(_ shape: Located<String>?, as use: String) {
            guard let shape, textShapes.contains(shape.value) else { return }
            let kind = names.shapesByName[shape.value]?.items == nil ? "an answer in plain text ('text')" : "an answer of one plain-text line per element"
            diagnostics.error(
                "shape '\(shape.value)' is \(kind), so it cannot be \(use); only an operation's response may be it", at: shape.location)
        }
        for operation in spec.operations {
            refuse(operation.request, as: "the request of operation '\(operation.id.value)'")
        }
        for callback in spec.callbacks {
            for shape in [callback.shape] + (callback.discriminator?.variants.map(\.shape) ?? []) {
                refuse(shape, as: "the payload of callback '\(callback.name.value)'")
            }
        }
        for shape in spec.shapes {
            for field in shape.fields {
                for name in field.type.value.referencedNames {
                    refuse(Located(name, at: field.type.location), as: "the type of field '\(field.wireName.value)' of shape '\(shape.name.value)'")
                }
            }
            // `items: Line` is the one list a text shape may be the element of: the answer's lines, each cut at its
            // line break, which no form of the line may hold.
            if let line = shape.lineShape(in: names.shapesByName) {
                for form in line.textForms where form.value.utf8.contains(UInt8(ascii: "\n")) {
                    diagnostics.error(
                        "text form '\(form.value.abbreviated)' of shape '\(line.name.value)' holds a line break, but list shape "
                            + "'\(shape.name.value)' reads one '\(line.name.value)' per line: it would never match one; write the form on one "
                            + "line, or read the answer as one '\(line.name.value)'",
                        at: form.location)
                }
            } else if let items = shape.items {
                for name in items.value.referencedNames {
                    refuse(
                        Located(name, at: items.location),
                        as: "within the items of list shape '\(shape.name.value)' (a list shape of such answers, one per line, is `items: \(name)`)")
                }
            }
        }
        for union in spec.unions {
            for variant in union.variants {
                for name in variant.type.value.referencedNames {
                    refuse(Located(name, at: variant.type.location), as: "a variant of union '\(union.name.value)'")
                }
            }
        }
        for example in spec.examples {
            let isText = textShapes.contains(example.message.value)
            if isText, example.format != .text {
                diagnostics.error(
                    "example '\(example.name.value)' of '\(example.message.value)', an answer in plain text, needs 'format: text'",
                    at: example.location)
            } else if !isText, example.format == .text {
                diagnostics.error(
                    "example '\(example.name.value)' has 'format: text', which is for a shape with 'text' forms or a list of one; '\(example.message.value)' is neither",
                    at: example.location)
            }
        }
    }

    /// A form an earlier one takes the answers of is never read: `'{code}|{text}'` before `'{code}|{text}|{batch}'`
    /// reads `0|x|7` as the text `x|7`. Judged on sample answers of each form (its fields filled in with a value of
    /// their type: a documented code, and text no table documents, which a code field keeps too); an earlier form
    /// takes them when each of its values reads as its field's type. One that takes only some (a user's Msegat
    /// `['{balance}', '{code}']`: a number is the balance, `M0002` the code) leaves the later form read.
    private func checkFormsReached(_ forms: [Located<String>], of shape: ShapeSpec) {
        // Each form is tried against every earlier one: bounded, as an answer is tried against each in turn.
        guard forms.count <= SpecLimits.maximumTextForms else {
            diagnostics.error(
                "shape '\(shape.name.value)' has \(forms.count) text forms; the limit is \(SpecLimits.maximumTextForms) (each answer is tried "
                    + "against every form in turn, and lint checks each form against every earlier one); a real answer has a few",
                at: forms[SpecLimits.maximumTextForms].location)
            return
        }
        let fields = Dictionary(shape.fields.map { ($0.wireName.value, $0) }, uniquingKeysWith: { first, _ in first })
        let parsed = forms.map { TextForm($0.value) }
        for (index, form) in parsed.enumerated() where index > 0 {
            let names = Set(form.fieldNames)
            let documented = Dictionary(uniqueKeysWithValues: names.map { ($0, fields[$0].map { sampleText(of: $0) } ?? "x") })
            let undocumented = Dictionary(uniqueKeysWithValues: names.map { ($0, fields[$0].map { sampleText(of: $0, documented: false) } ?? "x") })
            guard form.fieldNames.count == documented.count, let sample = form.text(with: documented) else { continue }
            let samples = [sample] + [form.text(with: undocumented)].compactMap { $0 }
            for (earlierIndex, earlier) in parsed[..<index].enumerated() {
                let takes = { (answer: String) in
                    earlier.fields(in: answer).map { values in values.allSatisfy { value in fields[value.name].map { reads(value.value, as: $0) } ?? false } }
                        ?? false
                }
                guard samples.allSatisfy(takes), let values = earlier.fields(in: sample) else { continue }
                let read = values.map { "\($0.name) \(DisplayText.quoted($0.value))" }.joined(separator: ", ")
                diagnostics.error(
                    "text form '\(forms[index].value.abbreviated)' of shape '\(shape.name.value)' is never read: the earlier form "
                        + "'\(forms[earlierIndex].value.abbreviated)' takes its answers (\(DisplayText.quoted(sample)) reads as \(read)); "
                        + "put the form that says more first",
                    at: forms[index].location)
                break
            }
        }
    }

    /// A value of `field`'s type, as a sample answer writes it: a documented code of its table (unless `documented`
    /// is false: then text, which a code field keeps as an undocumented code), a value of its enum, a number, a
    /// boolean, or text.
    private func sampleText(of field: FieldSpec, documented: Bool = true) -> String {
        switch field.type.value {
        case .primitive(.int), .primitive(.int64), .primitive(.decimal), .primitive(.double): return "7"
        case .primitive(.bool): return "1"
        case .named(let name):
            guard documented else { return "x" }
            if let code = names.tablesByName[name]?.entries.first?.code.value { return code }
            if let value = names.enumsByName[name]?.values.first?.value.value { return value }
            return "x"
        default: return "x"
        }
    }

    /// Whether `text` reads as `field`'s type: any text for text, a date, `json`, a code or an enum value (unknown
    /// ones are kept); its own spelling for a number or a boolean; no judgement (false) for a union, a joined list or
    /// a shape, so that no form is called unreachable on a guess.
    private func reads(_ text: String, as field: FieldSpec) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch field.type.value {
        case .primitive(.string), .primitive(.date), .primitive(.json): return true
        case .primitive(.int), .primitive(.int64): return Int64(trimmed) != nil
        case .primitive(.decimal), .primitive(.double): return Double(trimmed) != nil && !trimmed.contains(where: \.isLetter)
        case .primitive(.bool): return ["0", "1", "true", "false"].contains(trimmed.lowercased())
        case .named(let name): return names.tablesByName[name] != nil || names.enumsByName[name] != nil
        default: return false
        }
    }
}

import SMSSpecVocabulary

extension SpecValidator {
    /// How a value of a type reads as form or query text, which is all the runtime's `FormEncoder` writes: a scalar
    /// is one text, a list of scalars the field repeated; anything else (an object, a map, a list of those or of
    /// lists) has no form spelling, and building the request would fail.
    enum FormSpelling: Comparable {
        case text, list, none
    }

    /// A payload sent as a form or query has only fields with a form spelling, reported at the field's type: a
    /// request an operation sends so (`encoding: form | query`, the operation's or the provider's), and a callback's
    /// payload the provider sends so (the callback's `encoding`, or a GET among its methods; its shape, or each shape of its
    /// discriminator).
    /// `json` fields pass: they may hold a scalar. Fields `in: path`, `in: query` or `in: header` are held to scalars
    /// by `checkField`, in every encoding.
    func checkFormPayloads() {
        let senders = formSenders()
        guard !senders.isEmpty else { return }
        var spellings: [String: FormSpelling] = [:]
        for shape in spec.shapes {
            guard let (sender, encoding) = senders[shape.name.value] else { continue }
            checkIndexedNamesBesideTheirList(shape, sentIn: "\(encoding == .form ? "in a form" : "in the query") sent by \(sender)")
            // JSON text is one text of any type (`contentType`, `checkJSONText`).
            for field in shape.fields where field.placement == .body && !field.isJSONText {
                let subject = "field '\(field.wireName.value)' of shape '\(shape.name.value)'"
                checkSeparatorReadsAlike(field, subject: subject, sentIn: "\(encoding == .form ? "a form" : "the query") sent by \(sender)")
                checkFlagSentAsText(field, subject: subject, sentIn: "\(encoding == .form ? "in a form" : "in the query") by \(sender)")
                if !field.lenient && field.separator == nil {  // `checkField` judges those
                    checkPhoneNumberReadAsInteger(field, subject: subject, readFrom: "\(encoding == .form ? "in a form" : "in the query") sent by \(sender)")
                }
                guard formSpelling(of: field.type.value, memo: &spellings) == .none else {
                    checkFormUnion(field, in: shape, sentBy: sender, as: encoding)
                    continue
                }
                diagnostics.error(
                    "field '\(field.wireName.value)' of shape '\(shape.name.value)' is sent \(encoding == .form ? "in a form" : "in the query") "
                        + "by \(sender) (encoding: \(encoding.rawValue)): '\(field.type.value.description.abbreviated)' has no "
                        + "form spelling; form and query values must be text, numbers, booleans or lists of those",
                    at: field.type.location)
            }
        }
    }

    /// A form field needs a name (an attack's `""` was sent `=v`, which form readers drop). A form's indexed fields
    /// (`to[0]`) are read as the list `to[]` too: a field so named beside a field `to[]` of its
    /// shape was read as both (an attack: `to[0]=111` gave the list `["111"]` too; `to[1]` alone, or `to[01]`, was refused
    /// as a misnumbered list). An error at the indexed field.
    private func checkIndexedNamesBesideTheirList(_ shape: ShapeSpec, sentIn place: String) {
        let bodyFields = shape.fields.filter { $0.placement == .body }
        let names = Set(bodyFields.map(\.wireName.value))
        for field in bodyFields {
            if field.wireName.value.isEmpty {
                diagnostics.error(
                    "a field of shape '\(shape.name.value)' \(place) has an empty wire name, which the provider cannot read (`=value`); "
                        + "give the name the documents give it",
                    at: field.wireName.location)
            }
            guard let (list, index) = IndexedFormNames.listName(ofIndexed: field.wireName.value), names.contains(list) else { continue }
            diagnostics.error(
                "field '\(field.wireName.value.abbreviated)' of shape '\(shape.name.value)' is \(place), where a field named so is read as "
                    + "element \(index) of the list '\(list.abbreviated)' the shape also holds (forms write a list's elements by index, PHP's "
                    + "`to[0]`): one value would be read as both, or refused; rename one of them",
                at: field.wireName.location)
        }
    }

    /// Each shape sent as a form or query (an operation's request, a callback's payload or variant), with the first
    /// operation or callback that sends it so.
    func formSenders() -> [String: (sender: String, encoding: EncodingKind)] {
        var senders: [String: (sender: String, encoding: EncodingKind)] = [:]
        func note(_ shape: Located<String>?, sentBy sender: String, as encoding: EncodingKind) {
            guard let shape, senders[shape.value] == nil, encoding == .form || encoding == .query else { return }
            senders[shape.value] = (sender, encoding)
        }
        for operation in spec.operations {
            note(operation.request, sentBy: "operation '\(operation.id.value)'", as: operation.encoding ?? spec.encoding)
        }
        for callback in spec.callbacks {
            for shape in [callback.shape] + (callback.discriminator?.variants.map(\.shape) ?? []) {
                guard let encoding = callback.formEncoding else { continue }
                // A JSON callback that may also arrive by GET sends its payload in the GET's query.
                let by = encoding == callback.encoding ? ""
                    : callback.otherEncodings.contains(encoding) ? " when its Content-Type says so" : " when it arrives by GET"
                note(shape, sentBy: "callback '\(callback.name.value)'\(by)", as: encoding)
            }
        }
        return senders
    }

    /// The form spelling of `type`; `memo` keeps the spellings of the named list shapes and unions worked out so far.
    /// Named types are worked out with a stack of their own, not by recursion: a spec may chain thousands of unions.
    func formSpelling(of type: TypeExpression, memo: inout [String: FormSpelling]) -> FormSpelling {
        guard case .needs(let root) = formStep(type, memo: memo) else { return formStep(type, memo: memo).spelling }
        var stack = [root]
        var open: Set<String> = [root]
        while let name = stack.last {
            let parts = formParts(of: name)
            var spelling = FormSpelling.text
            var next: String?
            for part in parts {
                switch formStep(part, memo: memo) {
                case .known(let known): spelling = max(spelling, known)
                case .needs(let other) where open.contains(other): spelling = .none  // A type made of itself: no finite text.
                case .needs(let other): next = other
                }
                if next != nil { break }
            }
            if let next {
                stack.append(next)
                open.insert(next)
            } else {
                memo[name] = spelling
                stack.removeLast()
                open.remove(name)
            }
        }
        return formStep(type, memo: memo).spelling
    }

    /// What a named list shape or union is made of: a list of its items, or its variants.
    private func formParts(of name: String) -> [TypeExpression] {
        if let items = names.shapesByName[name]?.items { return [.array(items.value)] }
        return names.unionsByName[name]?.variants.map(\.type.value) ?? []
    }

    private enum FormStep {
        case known(FormSpelling)
        /// The spelling depends on a named list shape or union not worked out yet.
        case needs(String)

        var spelling: FormSpelling {
            if case .known(let spelling) = self { spelling } else { .none }
        }
    }

    /// One step of `formSpelling`: the type's spelling from those of the named types in `memo`.
    private func formStep(_ type: TypeExpression, memo: [String: FormSpelling]) -> FormStep {
        switch type {
        case .primitive: return .known(.text)
        case .map: return .known(.none)
        case .array(let element):
            switch formStep(element, memo: memo) {
            case .known(let spelling): return .known(spelling == .text ? .list : .none)
            case .needs(let name): return .needs(name)
            }
        case .named(let name):
            if let known = memo[name] { return .known(known) }
            if let shape = names.shapesByName[name] { return shape.items == nil ? .known(.none) : .needs(name) }
            if names.unionsByName[name] != nil { return .needs(name) }
            // Enums, tables, and names that define nothing (reported by `checkReference`).
            return .known(.text)
        }
    }
}

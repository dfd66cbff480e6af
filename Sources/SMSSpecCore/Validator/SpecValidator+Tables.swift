import Foundation
import SMSSpecVocabulary

extension SpecValidator {
    func checkTable(_ table: TableSpec) {
        let operationIDs = spec.operations.map(\.id.value)
        if table.padding > 0 && (table.codeType != .int || table.wire != .string) {
            diagnostics.error(
                "'padding' of table '\(table.name.value)' applies to int codes written as strings (codeType: int, wire: string)",
                at: table.name.location)
        }
        checkWire(of: table)
        checkFlagAliases(of: table)
        var codes: [String: (location: SourceLocation, entry: Int, isAlias: Bool)] = [:]
        func claim(_ code: Located<String>, _ what: String, entry: Int) {
            let key = StatusTable.canonicalCode(code.value, isNumeric: table.codeType == .int)
            if let first = codes[key] {
                // An alias spelling its own entry's code changes nothing: an int table reads any zero-padding ("007" is 7).
                guard first.entry != entry || what == "code" else { return warnOwnCodeAlias(code, entry: table.entries[entry], of: table) }
                // What it duplicates: a code, or another code's alias (`alias "ID" … duplicates alias "ID" of code 7`).
                let firstCode = table.entries[first.entry].code.value
                let duplicated = first.isAlias
                    ? "alias \(table.codeType.shown(key)) of code \(table.codeType.shown(firstCode))" : "code \(table.codeType.shown(key))"
                diagnostics.error(
                    "\(what) \(table.codeType.shown(code.value)) of table '\(table.name.value)' duplicates \(duplicated) at line \(first.location.line)",
                    at: code.location)
            } else {
                codes[key] = (code.location, entry, what == "alias")
            }
        }
        // Codes of two entries that read alike: equal once what shows nothing is left out and letters composed
        // (`DELIVRD` and `DELIVRD` + U+200D, Arabic `ارسال` and `ا` + U+200C + `رسال`: every page, comment and
        // message showed one code twice). An alias of its own entry may be such a spelling (a decomposed `발송완료`).
        var shown: [String: (location: SourceLocation, entry: Int, text: String)] = [:]
        func claimShown(_ code: Located<String>, entry: Int) {
            // A non-joiner between two letters that join breaks the join, which shows (`میشود`, `می‌شود`): it stays; after a
            // letter that joins nothing after it (Arabic `ا`, `د`, `ر`, `و`) it breaks nothing.
            let marks = DisplayText.marked(code.value)
            let visible = marks.indices.filter { index in
                let mark = marks[index]
                guard mark.scalar.properties.isDefaultIgnorableCodePoint else { return true }
                return mark.scalar == "\u{200C}" && !mark.escaped && index > 0 && !Self.joinsNothingAfter(marks[index - 1].scalar)
            }.map { marks[$0] }
            let key = CanonicalForm.precomposed(String(String.UnicodeScalarView(visible.map(\.scalar))))
            guard let first = shown[key] else { return shown[key] = (code.location, entry, code.value) }
            guard first.entry != entry, !first.text.unicodeScalars.elementsEqual(code.value.unicodeScalars) else { return }
            diagnostics.error(
                "code \(DisplayText.quoted(code.value)) of table '\(table.name.value)' reads as \(DisplayText.quoted(first.text)) at line "
                    + "\(first.location.line): they differ only by characters that show nothing or by how a letter is composed, so no "
                    + "reader tells them apart; if the provider sends both for one meaning, make the second an alias of the first's entry",
                at: code.location)
        }
        for (index, entry) in table.entries.enumerated() {
            warnUnkeptSpelling(of: entry, in: table)
            claim(entry.code, "code", entry: index)
            entry.aliases.forEach { claim($0, "alias", entry: index) }
            ([entry.code] + entry.aliases).forEach { claimShown($0, entry: index) }
            checkSpaces(of: [entry.code] + entry.aliases, in: table)
            checkEntry(entry, of: table, operationIDs: operationIDs)
        }
    }

    /// An int code the spec writes with zeros the table does not keep: signed (`-007`, `+008`) or of more than 19
    /// digits (an attack: written `-7`, `08`, 19 digits, silently).
    private func warnUnkeptSpelling(of entry: TableEntrySpec, in table: TableSpec) {
        let code = entry.code.value
        guard table.codeType == .int, table.wire == .string, let number = Int(code), code != String(number),
            !CodeSpellingRule.keepsZeros(code)
        else { return }
        let written = WireSpelling(code: String(number), spelled: code, isNumeric: true, format: table.wireFormat).text
        guard written != code else { return }
        diagnostics.warning(
            "code \(DisplayText.quoted(code)) of table '\(table.name.value)' is written \(DisplayText.quoted(written)): only a code of "
                + "unsigned digits, at most \(CodeWireFormat.maximumDigits), keeps the zeros it is written with; write it as the table writes it",
            at: entry.code.location)
    }

    /// An alias that reads as its own entry's code: a user's SpeedSMS `aliases: ['007']` on code 7, meant to keep the
    /// provider's spelling, which the table wrote `"07"` all the same; an int table written as text keeps the zeros
    /// of the code as the spec writes it.
    private func warnOwnCodeAlias(_ alias: Located<String>, entry: TableEntrySpec, of table: TableSpec) {
        let code = table.codeType.shown(entry.code.value)
        let isSpelling = table.codeType == .int && alias.value != entry.code.value
        // Only unsigned digits, at most 19 of them, keep their zeros (`WireSpelling`): the advice is given only where
        // following it writes the alias (an attack: `-007` and `+008` were advised, and written `-7`, `08`).
        let keepsZeros = CodeSpellingRule.keepsZeros(alias.value) && alias.value.first == "0"
        let widerThanPadding = isSpelling && keepsZeros && table.wire == .string && alias.value.utf8.count > max(table.padding, entry.code.value.utf8.count)
        let fix = widerThanPadding
            ? "; to write the code as the provider spells it, write the code so (`code: '\(alias.value)'`)"
            : isSpelling && keepsZeros && table.wire == .number
                ? "; remove it (if the provider writes its codes as text so, give the table `wire: string` and `padding: \(alias.value.utf8.count)`)"
                : "; remove it"
        diagnostics.warning(
            "alias \(table.codeType.shown(alias.value)) of code \(code) of table '\(table.name.value)' "
                + (isSpelling ? "reads as the code itself (an int table reads a code with any zero-padding)" : "is the code itself")
                + ": it changes nothing" + fix,
            at: alias.location)
    }

    /// Arabic-script letters that join only to the letter before them: a non-joiner after one changes nothing shown.
    static func joinsNothingAfter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0621...0x0625, 0x0627, 0x0629, 0x062F...0x0632, 0x0648, 0x0671...0x0673, 0x0675...0x0677, 0x0688...0x0699, 0x06C0...0x06CB,
            0x06CD, 0x06CF, 0x06D2, 0x06D3, 0x06EE, 0x06EF:
            true
        default: false
        }
    }

    /// A payload's text code is read without the whitespace around it (`" OK "` is `OK`), so a text code or alias
    /// spelt with such whitespace never matches. (An int table's are integers already; a flag's alias trimmed to a
    /// flag is `checkFlagAliases`' to judge.)
    private func checkSpaces(of spellings: [Located<String>], in table: TableSpec) {
        guard table.codeType != .int else { return }
        for spelling in spellings where spelling.value.trimmingWhitespace != spelling.value {
            let trimmed = spelling.value.trimmingWhitespace
            if table.codeType == .bool, Bool(trimmed) != nil { continue }
            diagnostics.error(
                "\(DisplayText.quoted(spelling.value)) in table '\(table.name.value)' never matches: a payload's code is read without the "
                    + "whitespace around it, so a provider sending it sends \(DisplayText.quoted(trimmed)); write that",
                at: spelling.location)
        }
    }

    /// A success flag is written as a JSON boolean or as text; only a flag is written as a boolean.
    private func checkWire(of table: TableSpec) {
        let subject = "table '\(table.name.value)'"
        if table.codeType == .bool, table.wire == .number {
            diagnostics.error(
                "\(subject) holds true and false (codeType: bool), which are written as a JSON boolean (wire: boolean) or as text "
                    + "(wire: string), not as a number; a provider sending 1 and 0 has an int table",
                at: table.name.location)
        }
        if table.codeType != .bool, table.wire == .boolean {
            diagnostics.error(
                "'wire: boolean' of \(subject) is for a success flag whose codes are true and false (codeType: bool); "
                    + "its codeType is \(table.codeType.rawValue)",
                at: table.name.location)
        }
    }

    /// A flag's alias that the flag reading takes for the other flag (`'false'` on `true`, in a table without a `false`
    /// entry that would catch the duplicate) turned the provider's false into true, a refused send into a success.
    private func checkFlagAliases(of table: TableSpec) {
        guard table.codeType == .bool else { return }
        for entry in table.entries {
            guard let flag = Bool(entry.code.value) else { continue }
            for alias in entry.aliases where Bool(alias.value.trimmingWhitespace) == !flag {
                diagnostics.error(
                    "alias \(DisplayText.quoted(alias.value)) of code \(flag) of table '\(table.name.value)' spells the flag \(!flag), "
                        + "so a payload's \(!flag) would read as \(flag); a provider sending it means \(!flag): list it as that code",
                    at: alias.location)
            }
        }
    }

    private func checkEntry(_ entry: TableEntrySpec, of table: TableSpec, operationIDs: [String]) {
        let subject = "code \(table.codeType.shown(entry.code.value)) of table '\(table.name.value)'"
        let categories = ErrorCategory.allCases.map(\.rawValue)
        let outcomes = Outcome.allCases.map(\.rawValue)
        let deliveryStates = DeliveryState.allCases.map(\.rawValue)
        if let category = entry.category, ErrorCategory(rawValue: category.value) == nil {
            diagnostics.error(
                "unknown category '\(category.value)' for \(subject)\(Suggestions.hint(for: category.value, in: categories)); "
                    + "categories: \(categories.joined(separator: ", "))",
                at: category.location)
        }
        if let outcome = entry.outcome, Outcome(rawValue: outcome.value) == nil {
            diagnostics.error(
                "outcome of \(subject) must be one of \(outcomes.joined(separator: ", ")); found '\(outcome.value)'"
                    + Suggestions.hint(for: outcome.value, in: outcomes),
                at: outcome.location)
        }
        if let outcome = entry.outcome.flatMap({ Outcome(rawValue: $0.value) }), let located = entry.category,
            let category = ErrorCategory(rawValue: located.value)
        {
            if outcome == .failure && category == .none {
                diagnostics.error("\(subject) is a failure, so its category cannot be 'none'", at: located.location)
            }
            if outcome != .failure && category != .none {
                diagnostics.error("\(subject) is not a failure (\(outcome)); its category must be 'none'", at: located.location)
            }
        }
        checkOutcomeAgrees(entry, subject: subject)
        if let state = entry.deliveryState, DeliveryState(rawValue: state.value) == nil {
            diagnostics.error(
                "deliveryState of \(subject) must be one of \(deliveryStates.joined(separator: ", ")); found '\(state.value)'"
                    + Suggestions.hint(for: state.value, in: deliveryStates),
                at: state.location)
        }
        // A `final` that is no flag was reported where it is (`isFinal` nil), and so is a misspelt state.
        if table.isDeliveryStatus && (entry.deliveryState == nil || entry.isFinal == nil && !entry.hasFinalKey) {
            diagnostics.error("\(subject) is in a delivery-status table: give its 'deliveryState' and whether it is 'final'", at: entry.location)
        }
        if let explanation = entry.explanation {
            let text = explanation.value.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty || text == entry.summary || text == entry.cause {
                diagnostics.error(
                    "'explanation' of \(subject) must add our own words; it is empty or repeats the document's summary or cause",
                    at: explanation.location)
            }
        }
        var statuses = Set<Int>()
        for status in entry.httpStatuses {
            if !(100...599).contains(status.value) {
                diagnostics.error("HTTP status \(status.value) of \(subject) is not between 100 and 599", at: status.location)
            } else if !statuses.insert(status.value).inserted {
                diagnostics.error("HTTP status \(status.value) of \(subject) is listed twice; remove one", at: status.location)
            }
        }
        for meaning in entry.perOperation where !operationIDs.contains(meaning.operation.value) {
            diagnostics.error(
                "'perOperation' of \(subject) names unknown operation '\(meaning.operation.value)'"
                    + Suggestions.hint(for: meaning.operation.value, in: operationIDs),
                at: meaning.operation.location)
        }
    }
}

extension SpecValidator {
    /// Delivery states no outcome of that kind can report: a message that failed to arrive is no success, a delivered
    /// one no failure and no longer pending.
    private static let contradictingStates: [Outcome: Set<DeliveryState>] = [
        .success: [.undelivered, .rejected, .expired, .cancelled],
        .pending: [.delivered],
        .failure: [.delivered],
    ]

    /// An entry whose outcome its own delivery state or `retryable` contradicts (`outcome: success` with
    /// `deliveryState: undelivered`): the registry would report both, and an application reading one would act against
    /// the other. One error at the contradicting key.
    func checkOutcomeAgrees(_ entry: TableEntrySpec, subject: String) {
        guard let located = entry.outcome, let outcome = Outcome(rawValue: located.value) else { return }
        if let state = entry.deliveryState, let deliveryState = DeliveryState(rawValue: state.value),
            Self.contradictingStates[outcome, default: []].contains(deliveryState)
        {
            diagnostics.error(
                "\(subject) has outcome '\(outcome)' but delivery state '\(deliveryState)', which contradicts it: "
                    + "change the one that does not say what the document says",
                at: state.location)
        }
        if outcome != .failure, entry.retryable == true {
            diagnostics.error(
                "\(subject) is not a failure (\(outcome)), so there is nothing to retry: remove 'retryable: true'",
                at: located.location)
        }
    }
}

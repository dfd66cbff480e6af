import Yams

extension SpecParser {
    func table(_ entry: (name: Located<String>, value: Node)) -> TableSpec? {
        let subject = "table '\(entry.name.value)'"
        guard let table = MappingReader(entry.value, file: file, subject: subject, diagnostics: diagnostics) else { return nil }
        table.checkKeys(SpecKeys.table)
        let chosenCodeType = table.choice("codeType", TableSpec.CodeType.allCases.map(\.rawValue)).flatMap { TableSpec.CodeType(rawValue: $0.value) }
        let codeType = chosenCodeType ?? .int
        // A codeType reported unreadable says nothing of the codes: each was also said to be no integer (a user).
        let checksCodes = chosenCodeType != nil || !table.has("codeType")
        let wire = table.choice("wire", TableSpec.Wire.allCases.map(\.rawValue)).flatMap { TableSpec.Wire(rawValue: $0.value) }
        // A table without one is the spec's own (`StatusTable.noDocument`).
        let source = sourceReference(in: table)
        let entries = table.list("entries", required: true).compactMap { tableEntry($0, table: entry.name.value, codeType: codeType, checksCodes: checksCodes) }
        return TableSpec(
            name: entry.name,
            title: table.string("title", required: true)?.value ?? entry.name.value,
            summary: table.string("summary")?.value,
            source: source,
            codeType: codeType,
            wire: wire ?? codeType.defaultWire,
            padding: padding(in: table, subject: subject),
            isDeliveryStatus: table.bool("deliveryStatus")?.value ?? false,
            decisions: decisions(in: table),
            entries: entries)
    }

    /// The zero-padding of the table's codes; one out of range is an error here, at the value, and taken as 0.
    private func padding(in table: MappingReader, subject: String) -> Int {
        guard let padding = table.int("padding") else { return 0 }
        guard (0...SpecLimits.maximumPadding).contains(padding.value) else {
            diagnostics.error(
                "'padding' of \(subject) must be 0 to \(SpecLimits.maximumPadding) digits (the most an integer code has); "
                    + "found \(padding.value)",
                at: padding.location)
            return 0
        }
        return padding.value
    }

    private func tableEntry(_ node: Node, table: String, codeType: TableSpec.CodeType, checksCodes: Bool) -> TableEntrySpec? {
        guard let entry = MappingReader(node, file: file, subject: "an entry of table '\(table)'", diagnostics: diagnostics) else {
            return nil
        }
        entry.checkKeys(SpecKeys.entry)
        let expected = codeType == .int ? "an integer" : codeType == .bool ? "true or false" : "a string"
        let parsedCode = entry.string("code", required: true, expected: expected)
        let code = parsedCode ?? Located("", at: entry.location)
        if parsedCode != nil, checksCodes, codeType == .int, Int(code.value) == nil {
            diagnostics.error("code \(codeType.shown(code.value)) of table '\(table)' must be an integer (the table's codeType is int)", at: code.location)
        }
        if parsedCode != nil, codeType == .bool, Bool(code.value) == nil {
            diagnostics.error(
                "code \(codeType.shown(code.value)) of table '\(table)' must be true or false (the table's codeType is bool); "
                    + "another spelling the provider sends for one of them is an alias of it",
                at: code.location)
        }
        let aliases = entry.strings("aliases") ?? []
        // An int table's alias is an integer, or the empty text: gateways leave a code empty when nothing went wrong
        // (users' Sveve and LabsMobile reports, `error=`), read as an undocumented failure unless the spec says so.
        for alias in aliases where checksCodes && codeType == .int && Int(alias.value) == nil && !alias.value.isEmpty {
            diagnostics.error(
                "alias \(codeType.shown(alias.value)) of table '\(table)' must be an integer, or '' for a code sent empty (the table's codeType is int)",
                at: alias.location)
        }
        let name = entry.string("name")?.value ?? code.value
        let meanings = entry.namedEntries("perOperation").compactMap { meaning -> OperationMeaningSpec? in
            guard let reader = MappingReader(
                meaning.value, file: file, subject: "'perOperation.\(meaning.name.value)' of code \(codeType.shown(code.value)) of table '\(table)'",
                diagnostics: diagnostics)
            else { return nil }
            reader.checkKeys(SpecKeys.operationMeaning)
            return OperationMeaningSpec(
                operation: meaning.name, summary: reader.string("summary", required: true)?.value ?? "",
                cause: reader.string("cause")?.value, httpStatus: reader.int("httpStatus")?.value)
        }
        // YAML tells `1` from `'1'`; an operation id is text, so they are one operation given two meanings.
        var operations: [String: Int] = [:]
        for meaning in meanings {
            if let line = operations[meaning.operation.value] {
                diagnostics.error(
                    "'perOperation' of code \(codeType.shown(code.value)) of table '\(table)' gives operation '\(meaning.operation.value)' a second meaning "
                        + "(first at line \(line)); keep one",
                    at: meaning.operation.location)
            } else {
                operations[meaning.operation.value] = meaning.operation.location.line
            }
        }
        let spec = TableEntrySpec(
            code: code,
            aliases: aliases,
            name: name,
            swiftName: entry.string("case"),
            summary: entry.string("summary", required: true)?.value ?? "",
            cause: entry.string("cause")?.value,
            explanation: entry.string("explanation"),
            httpStatuses: entry.ints("httpStatus") ?? [],
            outcome: entry.string("outcome", required: true),
            category: entry.string("category", required: true),
            retryable: entry.bool("retryable")?.value,
            deliveryState: entry.string("deliveryState"),
            isFinal: entry.bool("final")?.value,
            hasFinalKey: entry.has("final"),
            perOperation: meanings,
            source: sourceReference(in: entry),
            decisions: decisions(in: entry),
            location: entry.location)
        // Every key is read (and checked) before an entry without a usable code is dropped.
        return parsedCode == nil ? nil : spec
    }
}

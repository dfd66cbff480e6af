/// What an operation's client makes of one HTTP status, as `OperationDescriptor.response(for:)` finds its answer:
/// the message its body decodes to, and the tables whose failure codes make the call throw.
struct StatusAnswer: Equatable {
    let message: String?
    /// Empty for `tables: []`; every table the message carries when a response lists none.
    let deciding: Set<String>
    /// The deciding tables whose codes inside a list's element or a map's value are reported instead (in `reports` too).
    let reportedInEntries: Set<String>

    /// Each key of a response (`SpecKeys.response`) and what the generated code makes of it: `shape`, `tables` and a
    /// table of `reports` that is in `tables` too are compared here; other `reports` and `summary` the generated code
    /// does not hold (DiffCoverageTests).
    init(_ response: ResponseSpec, carried: TablesCarried) {
        message = response.shape?.value
        deciding = response.noCodeDecides ? [] : !response.tables.isEmpty ? Set(response.tables.map(\.value)) : message.map(carried.tables(of:)) ?? []
        // Only those the answer holds inside entries: another changes nothing (a review: said to be breaking).
        let both = response.noCodeDecides ? [] : response.reportedInEntries
        reportedInEntries = both.isEmpty ? [] : Set(both).intersection(message.map(carried.tablesInEntries(of:)) ?? [])
    }

    private init() { (message, deciding, reportedInEntries) = (nil, [], []) }

    /// A status no response documents: no message, and no code decides it.
    static let undocumented = StatusAnswer()
}

/// A status an operation's answers are compared at: each one either version lists, the rest of a class either lists
/// (`4XX` but the statuses listed), and any other status.
enum StatusProbe: Hashable {
    case status(Int)
    case restOfClass(Int, listed: [Int])
    case otherwise

    /// `400`, `4XX but 400, 404`, `any other status`.
    var shown: String {
        switch self {
        case .status(let status): "\(status)"
        case .restOfClass(let digit, let listed): "\(digit)XX" + (listed.isEmpty ? "" : " but " + listed.map(String.init).joined(separator: ", "))
        case .otherwise: "any other status"
        }
    }

    /// A 2xx status: what the client's method returns.
    var isSuccess: Bool {
        switch self {
        case .status(let status): status / 100 == 2
        case .restOfClass(let digit, _): digit == 2
        case .otherwise: false
        }
    }

    /// The client reads an answer at this status as a success when no code decides it failed.
    var maySucceed: Bool {
        switch self {
        case .status(let status): status / 100 == 2
        case .restOfClass(let digit, _): digit == 2
        case .otherwise: true
        }
    }

    /// Every status either version's responses document, with the answer each version gives it.
    static func answers(
        _ old: [ResponseSpec], _ new: [ResponseSpec], carried: (before: TablesCarried, after: TablesCarried)
    ) -> [(probe: StatusProbe, before: StatusAnswer?, after: StatusAnswer?)] {
        let (oldLookup, newLookup) = (Lookup(old, carried: carried.before), Lookup(new, carried: carried.after))
        let statuses = Set(oldLookup.statuses.keys).union(newLookup.statuses.keys)
        let classes = Set(oldLookup.classes.keys).union(newLookup.classes.keys)
        let probes = statuses.sorted().map { StatusProbe.status($0) }
            + classes.sorted().map { digit in .restOfClass(digit, listed: statuses.filter { $0 / 100 == digit }.sorted()) } + [.otherwise]
        return probes.map { ($0, oldLookup.answer(at: $0), newLookup.answer(at: $0)) }
    }

    /// One version's answers by status, by class and for any other status: the first of each, as the client takes it.
    private struct Lookup {
        var statuses: [Int: StatusAnswer] = [:], classes: [Int: StatusAnswer] = [:], otherwise: StatusAnswer?

        init(_ responses: [ResponseSpec], carried: TablesCarried) {
            for response in responses {
                let answer = StatusAnswer(response, carried: carried)
                if let status = response.httpStatus {
                    if statuses[status] == nil { statuses[status] = answer }
                } else if let digit = response.statusClass {
                    if classes[digit] == nil { classes[digit] = answer }
                } else if otherwise == nil {
                    otherwise = answer
                }
            }
        }

        func answer(at probe: StatusProbe) -> StatusAnswer? {
            switch probe {
            case .status(let status): statuses[status] ?? classes[status / 100] ?? otherwise
            case .restOfClass(let digit, _): classes[digit] ?? otherwise
            case .otherwise: otherwise
            }
        }
    }
}

extension ProviderComparison {
    /// What each status of an operation answers with changed: its message's type (a caller's `error.answer(as: Err.self)`
    /// still compiles and now reads nothing; a status left without a type, `4XX` made `400`, too), or the tables whose
    /// failure codes make the call throw (`tables: []` dropped: a looked-up message that failed now throws). A successful
    /// answer's type is `resultChanges`'s, unless the answers as a set stay the same.
    /// `unions`: the Swift names of each version's unions.
    func statusAnswerChanges(
        _ old: OperationModel, _ new: OperationModel, unions: (before: Set<String>, after: Set<String>), resultsChanged: Bool
    ) -> [SpecChange] {
        var changes: [SpecChange] = []
        // The results are the 2xx answers, or the catch-all one where a version lists no 2xx status.
        let resultsIncludeOtherwise = [old, new].contains { operation in
            !operation.spec.responses.contains { $0.representativeStatus.map { $0 / 100 == 2 } ?? false }
        }
        for (probe, before, after) in StatusProbe.answers(old.spec.responses, new.spec.responses, carried: carried) where before != after {
            let subject = "operation \(new.spec.id.value), answer to \(probe.shown)"
            if before?.message != after?.message {
                let isResult = probe.isSuccess || (probe == .otherwise && resultsIncludeOtherwise)
                guard !(isResult && resultsChanged) else { continue }
                let describe = { (message: String?, unions: Set<String>) in message.map { Self.answerDescription($0, unions: unions) } ?? "no documented shape" }
                let shown = "\(describe(before?.message, unions.before)) → \(describe(after?.message, unions.after))"
                guard before?.message != nil else {
                    changes.append(change(.changed, subject, shown, .compatible))
                    continue
                }
                let why = probe.isSuccess ? "a caller reading the old type reads another" : "error.answer(as:) of the old type reads nothing"
                changes.append(change(.changed, subject, "\(shown): \(why)", .breaking))
                continue
            }
            // An answer with no shape given or taken away (`4XX: {tables: [HTTPStatus]}`: an attack found it unreported) is
            // compared with a status no response documents.
            let documented = (before: before != nil, after: after != nil)
            let (before, after) = (before ?? .undocumented, after ?? .undocumented)
            let deciding = { (answer: StatusAnswer, isDocumented: Bool) in
                guard isDocumented else { return "no documented answer" }
                let entries = answer.reportedInEntries.isEmpty ? "" : " (inside lists and maps, \(answer.reportedInEntries.sorted().joined(separator: ", ")) reported)"
                return answer.deciding.isEmpty ? "no code decides" : "codes of \(answer.deciding.sorted().joined(separator: ", ")) decide\(entries)"
            }
            let throwing = after.deciding.subtracting(before.deciding).filter(failingTables.contains).sorted()
            // And the reverse: a table that decided no longer does, and an answer holding its failure, which threw, is
            // returned as a success (an attack: it was compatible, as the same change of one code is not).
            let returning = before.deciding.subtracting(after.deciding).filter(failingTablesBefore.contains).sorted()
            // A table deciding in both versions whose codes in entries are now reported, or decide again.
            let kept = before.deciding.intersection(after.deciding)
            let entriesReturning = after.reportedInEntries.subtracting(before.reportedInEntries).intersection(kept).filter(failingTablesBefore.contains).sorted()
            let entriesThrowing = before.reportedInEntries.subtracting(after.reportedInEntries).intersection(kept).filter(failingTables.contains).sorted()
            // At a failure status the tables say which error is thrown: the status's own row (`HTTPStatus` 429,
            // `rateLimited`) gives the entry, category and retry advice a body saying no more takes (client.md).
            let failureTablesChanged = !probe.maySucceed && before.deciding != after.deciding
            let breaks = failureTablesChanged
                || probe.maySucceed && !(throwing.isEmpty && returning.isEmpty && entriesReturning.isEmpty && entriesThrowing.isEmpty)
            let effects = !probe.maySucceed
                ? (failureTablesChanged ? ["a failure at this status may throw another entry, with another category and retry advice"] : [])
                : [throwing.isEmpty ? nil : "an answer holding a failure code of \(throwing.joined(separator: ", ")) now throws",
                   returning.isEmpty ? nil : "an answer holding a failure code of \(returning.joined(separator: ", ")) no longer throws",
                   entriesThrowing.isEmpty ? nil : "an answer holding a failure code of \(entriesThrowing.joined(separator: ", ")) inside a list or map now throws",
                   entriesReturning.isEmpty ? nil
                    : "an answer holding a failure code of \(entriesReturning.joined(separator: ", ")) inside a list or map no longer throws"].compactMap { $0 }
            let why = effects.isEmpty ? "" : ": " + effects.joined(separator: "; ")
            changes.append(change(
                .changed, subject, "\(deciding(before, documented.before)) → \(deciding(after, documented.after))\(why)", breaks ? .breaking : .compatible))
        }
        return changes
    }

    /// The tables whose codes decide a call that may succeed, in some operation of the new version: a code of one
    /// made a failure makes such a call throw.
    /// A retrying client sends a call that is not idempotent again on a retryable code only when it says the call was
    /// not carried out (`RetryPolicy`).
    /// `anyStatus`: of every answer, a failure status's too, where a retrying client reads the codes as well.
    /// `idempotent`: only of the operations that are (true) or are not (false) idempotent.
    static func decidingTables(of model: ProviderModel, carried: TablesCarried, idempotent: Bool? = nil, anyStatus: Bool = false) -> Set<String> {
        var deciding = Set<String>()
        for operation in model.operations where idempotent.map({ $0 == operation.isIdempotent }) ?? true {
            for response in operation.spec.responses where anyStatus || response.representativeStatus.map({ $0 / 100 == 2 }) ?? true {
                deciding.formUnion(StatusAnswer(response, carried: carried).deciding)
            }
        }
        return deciding
    }
}

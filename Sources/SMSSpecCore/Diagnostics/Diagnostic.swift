import SMSSpecVocabulary

/// A position in a spec file (1-based line and column, as editors count them).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:column`, a path that holds line breaks or terminal escapes shown escaped, a URL's password in it
    /// redacted first (an escape's backslash would end its user information early).
    public var description: String { "\(DisplayText.escaped(DisplayText.redactingUserinfo(file))):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// A problem found in a spec or configuration file.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    public let severity: Severity
    public let location: SourceLocation
    public let message: String

    /// `message` is kept to one line: the spec values it quotes have their line breaks, control characters and
    /// terminal escapes escaped (`DisplayText`), so no value can end the diagnostic or forge another one. A URL's user
    /// information in it is redacted first (an escape's backslash would end it before its `@`). A message quoting a
    /// huge value is cut in its middle, keeping what it is about and what to do.
    public init(_ severity: Severity = .error, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = Self.bounded(DisplayText.escaped(DisplayText.redactingUserinfo(message)))
    }

    /// The longest message, in characters; most are under 300.
    public static let maximumMessageLength = 1_000

    static func bounded(_ message: String) -> String {
        let count = message.count
        guard count > maximumMessageLength else { return message }
        let tail = maximumMessageLength / 4
        let head = maximumMessageLength - tail
        return "\(message.prefix(head)) … (\(count - head - tail) characters cut) … \(message.suffix(tail))"
    }

    /// `path:line:column: error: message`, the form SwiftPM and Xcode show against the file.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// Collects every problem of a run, so all of them are reported together.
public final class DiagnosticCollector {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, at: location, message))
    }

    public func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.warning, at: location, message))
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// At most this many problems are reported (a hostile spec can have millions); a last line counts the rest.
    public static let maximumReported = 1_000

    /// In file order, each problem once; beyond `maximumReported`, one last diagnostic (at the first one left out)
    /// says how many more there are.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        let all = diagnostics.filter { seen.insert($0).inserted }.sorted {
            ($0.location, $0.message) < ($1.location, $1.message)
        }
        guard all.count > Self.maximumReported else { return all }
        let rest = all[Self.maximumReported...]
        let errors = rest.count { $0.severity == .error }
        let summary = Diagnostic(
            errors > 0 ? .error : .warning, at: rest[rest.startIndex].location,
            "\(rest.count) more problems from here on are not shown (\(errors) errors, \(rest.count - errors) warnings): "
                + "only the first \(Self.maximumReported) are reported; fix those and run again")
        return Array(all.prefix(Self.maximumReported)) + [summary]
    }
}

/// Raised when a run found errors; every one of them is in `diagnostics`.
public struct DiagnosticsError: Error, CustomStringConvertible {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension String {
    /// The text as a message quotes it: at most 80 characters, cut with "…" (a spec value can be megabytes long).
    /// A URL's user information is redacted before the cut (every message is redacted whole too): cut first, the
    /// `@` that ends it can fall outside the 80 characters and the password's start be quoted (`https://bob:hunt…`).
    var abbreviated: String {
        // A password is far shorter than 2,048 characters: what follows them cannot end one begun in the 80 shown.
        let head = DisplayText.redactingUserinfo(String(prefix(80 + 2_048)))
        guard let cut = head.index(head.startIndex, offsetBy: 80, limitedBy: head.endIndex), cut < head.endIndex else { return head }
        return head[..<cut] + "…"
    }
}

import ArgumentParser
import Foundation
import SMSProviders
import SMSSpecCore
import SMSSpecInterpreter

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Checks a request against its provider's constraints before it is sent; prints every violation.",
        discussion: """
            Each violation names the field, the rule and, where the spec names one, the code the provider would \
            answer with ("would probably answer … our inference" where the provider's documents do not tie the rule \
            to the code). Exits 1 when there are violations.
            Example: smsspec validate fortytwo RequestCodeRequest request.json
            A spec file of your own instead of a provider id checks the request by that spec's rules:
              smsspec validate specs/acme.yaml SendRequest request.json
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The bundled provider's id (its generated validators check the request), or a spec file (acme.yaml: its rules are applied as its generated validators apply them).")
    var provider: String

    @Argument(help: "The request's message name, as `smsspec decode --list` prints it.")
    var message: String

    @Argument(help: "The request as JSON (or a form body for form providers), or - for standard input.")
    var requestFile: String

    @Option(name: .long, help: "How to print the violations: text or json (the request itself is read as JSON or in its own wire format).")
    var format: Format = .text

    @Option(name: .long, help: "The charset of a form or query request (JSON is read by its bytes): the provider's (UTF-8 unless its spec names one), UTF-8, \(FormCharset.listed).")
    var charset: String?

    /// Names are checked here, not in `run()`: an error thrown here is followed by this command's usage.
    func validate() throws {
        try Decode.checkCharsetName(charset)
        // A spec file's messages are known once it is read, in `run()`, where its problems print as lint prints them.
        if ProviderSource.isSpecFile(provider) { return }
        _ = try Lookup.message(message, of: Lookup.provider(provider), kind: .request)
    }

    func run() throws {
        let (violations, secrets) = ProviderSource.isSpecFile(provider) ? try ownSpecViolations() : try bundledViolations()
        // A violation quotes a value: one that repeats a credential of the request (`PrintedSecrets`) prints it redacted.
        let rendered = Self.render(violations, format: format)
        Output.standardOutput(format == .json ? secrets.redacting(json: rendered) : secrets.redacting(rendered), terminator: "", isJSON: format == .json)
        if !violations.isEmpty { throw ExitCode.failure }
    }

    /// A bundled provider's request, checked by its generated `validate()`.
    private func bundledViolations() throws -> ([ValidationViolation], PrintedSecrets) {
        let catalog = try Lookup.provider(provider)
        let descriptor = try Lookup.message(message, of: catalog, kind: .request)
        let value = try decoded(Lookup.read(requestFile), as: descriptor, of: ProviderSource(catalog))
        return ((value as? any ValidatableMessage)?.validate() ?? [], PrintedSecrets(of: value))
    }

    /// A spec file's request: read as its generated type would read it, then checked by the spec's rules through the
    /// runtime's own checks, in the generated validators' order (`RuleInterpreter`, as the sandbox checks it).
    private func ownSpecViolations() throws -> ([ValidationViolation], PrintedSecrets) {
        let model = try ProviderSource.model(ofSpecFile: provider)
        let source = ProviderSource(model)
        let descriptor = try Lookup.message(message, among: source.messages, of: model.id, kind: .request)
        let data = try Lookup.read(requestFile)
        let secrets = PrintedSecrets(of: try decoded(data, as: descriptor, of: source))
        let rules = RuleInterpreter(model: model)
        guard let shape = rules.shape(descriptor.name) else { try cannotCheck(descriptor, of: model.id, because: "it is no shape of the spec") }
        let encoding = rules.operation(requesting: shape)?.encoding ?? .json
        // The rules read the request as a JSON value or a form, which may refuse what the typed read skipped (a number
        // beyond Double's range, a lone surrogate, in a key the type ignores): that is said, never "no violations".
        let payload: JSONValue
        do {
            payload = Self.isJSON(data) ? try JSONPayload.decode(JSONValue.self, from: data)
                : try FormDecoder(charset: formCharset(of: source)).decode(JSONValue.self, from: data)
        } catch {
            try cannotCheck(descriptor, of: model.id, because: DecodingErrorDescription.describe(error))
        }
        Self.noteUnknownFields(of: payload, shape: shape, message: descriptor.name)
        return (rules.violations(of: payload, shape: shape, jsonBody: encoding == .json && Self.isJSON(data)), secrets)
    }

    /// A note on standard error for each of the request's top-level fields its shape does not have (at most ten): the
    /// type ignores them, so a misspelt field passed as "valid" (a user).
    private static func noteUnknownFields(of payload: JSONValue, shape: ShapeModel, message: String) {
        guard let members = payload.members else { return }
        let known = shape.fields.map(\.spec.wireName.value)
        let unknown = members.keys.filter { !known.contains($0) }.sorted()
        for name in unknown.prefix(10) {
            Output.standardError(
                "note: \(DisplayText.quotedExcerpt(name)) is no field of \(message): its type ignores it, and so may the provider"
                    + Suggestions.hint(for: name, in: known))
        }
        if unknown.count > 10 { Output.standardError("note: and \(unknown.count - 10) more fields \(message) does not have") }
    }

    /// Stops the command: the request was read as its type reads it, but its rules could not be applied.
    private func cannotCheck(_ descriptor: MessageDescriptor, of id: String, because reason: String) throws -> Never {
        Output.standardError(
            "error: \(Lookup.shown(requestFile)) reads as a \(id) \(descriptor.name), but its rules could not be checked: \(reason)")
        throw ExitCode.failure
    }

    /// The request decoded as its type reads it (JSON when it starts with `{`, else the message's own wire format), or
    /// the reason it does not, which stops the command.
    private func decoded(_ data: Data, as descriptor: MessageDescriptor, of source: ProviderSource) throws -> any Encodable & Sendable {
        do {
            return try descriptor.decode(data, as: Self.isJSON(data) ? .json : nil, charset: formCharset(of: source))
        } catch {
            // The error may quote a value that repeats a credential of the request.
            let problem = PrintedSecrets(payload: data, fields: source.credentialFields, charset: formCharset(of: source))
                .redacting(DecodingErrorDescription.describe(error))
            Output.standardError("error: \(Lookup.shown(requestFile)) is not a \(source.id) \(descriptor.name): \(problem)")
            throw ExitCode.failure
        }
    }

    /// A form's or query's charset: `--charset`, else the provider's (a user's smsmode request in ISO-8859-15 was
    /// refused as not UTF-8 where `decode` read it).
    private func formCharset(of source: ProviderSource) -> FormCharset {
        charset.flatMap(FormCharset.init(name:)) ?? source.formCharset
    }

    private static func isJSON(_ data: Data) -> Bool {
        JSONPayload.opening(of: data) == UInt8(ascii: "{")
    }

    static func render(_ violations: [ValidationViolation], format: Format) -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return DisplayText.terminalSafe(json: String(decoding: (try? encoder.encode(violations)) ?? Data("[]".utf8), as: UTF8.self)) + "\n"
        case .text:
            guard !violations.isEmpty else { return "valid: no violations.\n" }
            return violations.map { violation in
                var code = ""
                if let entry = violation.providerCode, let answer = violation.providerAnswer {
                    let inference = violation.providerCodeIsInferred ? " (\(ProviderCodeInference.note))" : ""
                    code = "\n    the provider \(answer) — \(entry.description)\(inference)"
                }
                return DisplayText.escaped("\(violation.path): [\(violation.rule)] \(violation.message)") + code
            }.joined(separator: "\n") + "\n\(violations.count) violation(s).\n"
        }
    }
}

struct Segments: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Counts the SMS a text takes: encoding, units, segments and units left in the last one.",
        discussion: "Example: smsspec segments --provider ginota \"Hello €uro\"  (or the text on standard input)")

    @Option(name: .long, help: "Use this provider's segment capacities (default 160/153 GSM-7, 70/67 UCS-2): its id, or a spec file (acme.yaml).")
    var provider: String?

    @Option(name: .long, help: "How to print the count: text or json.")
    var format: Validate.Format = .text

    @Argument(help: "The text; read from standard input when absent or -. A text that starts with - and could be an option (-x) goes after --.")
    var text: String?

    func validate() throws {
        if let provider, !ProviderSource.isSpecFile(provider) { _ = try Lookup.provider(provider) }
    }

    func run() throws {
        let capacities = try provider.map { try ProviderSource.named($0).segmentCapacities } ?? .standard
        // `-` is standard input, as to decode and validate: `cat sms.txt | smsspec segments -` counted the "-".
        let input = try text.flatMap { $0 == "-" ? nil : $0 } ?? Self.piped(Lookup.read("-"))
        Output.standardOutput(Self.render(SegmentCalculator.analyze(input, capacities: capacities), format: format), terminator: "", isJSON: format == .json)
    }

    /// The command line with a text that starts with `-` but cannot be an option (`-50% off`, `-5`, `- 1`) moved
    /// after `--`, where it is read as the text: ArgumentParser said "Unknown option '-50% off'" and nothing of `--`.
    /// A word shaped like an option (`-x`, `--provder`) stays one, and its error says how to count it (`explained`).
    static func textAfterSeparator(_ arguments: [String]) -> [String] {
        guard !arguments.contains("--"), let text = arguments.firstIndex(where: isTextWithDash) else { return arguments }
        var arguments = arguments
        let word = arguments.remove(at: text)
        return arguments + ["--", word]
    }

    /// Whether `word` starts with `-` and is neither `-` (standard input), `--`, nor shaped like an option: one or two
    /// dashes and a letter.
    private static func isTextWithDash(_ word: String) -> Bool {
        guard word.hasPrefix("-"), word != "-", word != "--" else { return false }
        let name = word.hasPrefix("--") ? word.dropFirst(2) : word.dropFirst()
        return !(name.first.map { $0.isASCII && $0.isLetter } ?? false)
    }

    /// A parse error of `segments`, printed with how to count a text that looks like an option when it is an unknown
    /// option; thrown as the usage error's exit status.
    static func explained(_ error: any Error) -> any Error {
        let message = SMSSpecCommand.message(for: error)
        let prefix = "Unknown option '"
        guard message.hasPrefix(prefix), let end = message.lastIndex(of: "'") else { return error }
        let word = message[message.index(message.startIndex, offsetBy: prefix.count)..<end]
        var lines = SMSSpecCommand.fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.insert("A text that starts with - goes after --: smsspec segments -- \(Generate.shellQuoted(String(word)))", at: 1)
        Output.standardError(lines.joined(separator: "\n"))
        return ExitCode.validationFailure
    }

    /// Standard input as the text to count, without the line end that ends piped input: `\n`, or `\r\n` (one
    /// `Character`, which `hasSuffix("\n")` does not match).
    static func piped(_ data: Data) throws -> String {
        var input = try Lookup.text(data, from: "standard input")
        // By bytes: `hasSuffix` compares characters, normalizing the last one, in time that grows with the square of
        // a run of combining marks in it. A final "\r\n" is one character, removed whole.
        if input.utf8.last == UInt8(ascii: "\n") { input.removeLast() }
        return input
    }

    /// A character that forced UCS-2, quoted and as code points; one of many combining marks cut as any quoted value
    /// is (`"é̖̖…" (80001 characters)`).
    static func shown(_ character: String) -> String {
        let scalars = character.unicodeScalars
        let isCut = scalars.count > DisplayText.maximumQuotedLength
        let points = scalars.prefix(isCut ? DisplayText.excerptLength : scalars.count).map { String(format: "U+%04X", $0.value) }
        return "\(DisplayText.quotedExcerpt(character)) (\(points.joined(separator: " "))\(isCut ? " …" : ""))"
    }

    static func render(_ analysis: SegmentAnalysis, format: Validate.Format) -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return DisplayText.terminalSafe(json: String(decoding: (try? encoder.encode(analysis)) ?? Data(), as: UTF8.self)) + "\n"
        case .text:
            var lines = [
                "encoding:  \(analysis.encoding.rawValue)",
                "units:     \(analysis.units) \(analysis.unitName)",
                "segments:  \(analysis.segments) (\(analysis.unitsPerSegment) per segment; parts \(analysis.unitsPerPart.map(String.init).joined(separator: " + ")))",
                "remaining: \(analysis.remainingInLastSegment) in the last segment",
            ]
            if !analysis.nonGSMCharacters.isEmpty {
                lines.append("UCS-2 because of: " + analysis.nonGSMCharacters.map(Self.shown).joined(separator: ", "))
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

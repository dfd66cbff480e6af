import ArgumentParser
import Foundation
import SMSProviderCatalog
import SMSProviders
@_spi(Generated) import SMSSpecRuntime
import SMSSpecCore

struct Decode: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decodes a real payload with a generated type and prints it as JSON, each code with its meaning.",
        discussion: """
            The payload is a JSON body, a query string / form body for messages that arrive that way \
            (Ginota's delivery receipts are GET requests), or the plain text of an answer whose shape has text forms. \
            Use - to read standard input. Notes on standard error name the variant that read each union \
            (`(top level): SendAnswer.code (ReturnCode)`) and list the codes that report a failure.
            Examples:
              smsspec decode bind CallbackEvent dlr.json
              smsspec decode ginota DeliveryReceipt dlr.query
              smsspec decode ginota DeliveryReceipt --charset ISO-8859-1 latin1.query
              smsspec decode --list bind
            A spec file of your own instead of a provider id decodes with that spec, as its generated types would \
            (its problems are printed as `lint` prints them, and stop the command):
              smsspec decode specs/acme.yaml DeliveryReceipt dlr.json
              smsspec decode --list specs/acme.yaml
            """)

    @Flag(name: .long, help: "List the messages that can be decoded (requests, responses, callbacks).")
    var list = false

    @Argument(help: "The provider id (bind, ginota, …), or a spec file (acme.yaml).")
    var provider: String?

    @Argument(help: "The message name, as `decode --list` prints it.")
    var message: String?

    @Argument(help: "The payload file, or - for standard input.")
    var payloadFile: String?

    @Option(name: .long, help: "Read the payload as json, form, query or text instead of the message's own wire format.")
    var format: String?

    @Option(name: .long, help: "The charset of a form, query or plain-text payload: the provider's (UTF-8 unless its spec names one), UTF-8, \(FormCharset.listed).")
    var charset: String?

    /// Names are checked here, not in `run()`: an error thrown here is followed by this command's usage.
    func validate() throws {
        if list {
            guard message == nil, payloadFile == nil else { throw ValidationError("--list takes at most a provider id.") }
            if let provider, !ProviderSource.isSpecFile(provider) { _ = try Lookup.provider(provider) }
            return
        }
        guard let provider, let message, payloadFile != nil else {
            throw ValidationError("Give a provider, a message name and a payload file, or use --list.")
        }
        if let format, !["json", "form", "query", "text"].contains(format) {
            throw ValidationError("--format must be json, form, query or text.")
        }
        try Self.checkCharsetName(charset)
        // A spec file is read in `run()`, whose errors are printed without this command's usage.
        guard !ProviderSource.isSpecFile(provider) else { return }
        try checkCharset(for: Lookup.message(message, of: Lookup.provider(provider)))
    }

    /// A `--charset` that names no charset a form is read in is a usage error (decode's, validate's).
    static func checkCharsetName(_ charset: String?) throws {
        guard let charset, FormCharset(name: charset) == nil else { return }
        throw ValidationError(
            "--charset \(DisplayText.quotedExcerpt(charset)) is not a charset a form is read in: give UTF-8, \(FormCharset.listed) "
                + "(or an alias: latin1, latin9, latin5, cp1252, cp1250, cp1251, cp1254, cp1256, koi8r, ascii, …).")
    }

    private func checkCharset(for descriptor: MessageDescriptor) throws {
        guard let charset = charset.flatMap(FormCharset.init(name:)) else { return }
        let formats = format.flatMap(PayloadEncoding.init(rawValue:)).map { [$0] } ?? [descriptor.wire] + descriptor.otherEncodings
        if formats.allSatisfy({ $0 == .json }), charset != .utf8 {
            throw ValidationError("--charset reads form and query payloads; JSON is UTF-8, UTF-16 or UTF-32 by its bytes (RFC 8259).")
        }
    }

    /// The provider's id and the message: a bundled provider's generated type, or a spec file's message read by its
    /// model. A spec's names are checked here, so a misspelt one is said without the usage.
    private func resolve(_ provider: String, _ message: String) throws -> (source: ProviderSource, descriptor: MessageDescriptor) {
        let source = try ProviderSource.named(provider)
        do {
            let descriptor = try Lookup.message(message, among: source.messages, of: source.id)
            try checkCharset(for: descriptor)
            return (source, descriptor)
        } catch let error as ValidationError {
            throw InputError(error.message)
        }
    }

    func run() throws {
        if list { return try printList() }
        guard let provider, let message, let payloadFile else { return }
        let (source, descriptor) = try resolve(provider, message)
        let formCharset = charset.flatMap(FormCharset.init(name:)) ?? source.formCharset
        // JSON that is not UTF-8 is the provider's charset's text, as its receivers and client read it.
        let read = try Lookup.read(payloadFile)
        // The format given, or the message's own (of a callback posted either way, the one the payload reads as).
        let wire = format.flatMap(PayloadEncoding.init(rawValue:)) ?? descriptor.format(of: read)
        let data = wire == .json ? JSONPayload.inProvidersCharset(read, contentType: nil, charset: source.formCharset) : read
        let value: any Encodable & Sendable
        do {
            value = try descriptor.decode(data, as: wire, charset: formCharset)
        } catch {
            // The error may quote a value that repeats a credential of the payload.
            let secrets = PrintedSecrets(payload: data, fields: source.credentialFields, charset: formCharset)
            let problem = secrets.redacting(DecodingErrorDescription.describe(error))
            Output.standardError("error: \(Lookup.shown(payloadFile)) is not a valid \(source.id) \(descriptor.name): \(problem)")
            // A legacy gateway's Latin-1 form reads as invalid UTF-8: say how to read it in its charset.
            if charset == nil, wire != .json,
                problem.contains("is not valid UTF-8 after percent-decoding")
            {
                Output.standardError("note: a form or query in another charset is read with --charset (\(FormCharset.listed))")
            }
            // JSON given for a message that travels as a form or query was read as one: say so.
            if format == nil, wire != .json, let first = JSONPayload.opening(of: data),
                first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
            {
                Output.standardError("note: it was read as \(wire.rawValue), \(descriptor.name)'s wire format; --format json reads it as JSON")
            }
            throw ExitCode.failure
        }
        let variants = UnionVariantNotes(keeping: Self.listedFailures)
        // A note quotes values too: one that repeats a credential of the message shows it redacted, as the JSON does.
        let secrets = PrintedSecrets(of: value)
        let annotations = StatusCodeAnnotationBudget(limit: Self.annotatedCodes)
        Output.standardOutput(try Lookup.annotatedJSON(value, notingUnionVariants: variants, secrets: secrets, annotating: annotations), isJSON: true)
        let note = { (text: String) in Output.standardError(secrets.redacting(text)) }
        defer {
            if annotations.unannotated > 0 {
                note("note: the first \(Self.annotatedCodes) codes are written with their meaning; the \(annotations.unannotated) after them as sent")
            }
        }
        Self.printUnionVariants(variants, note: note)
        Self.printUnknownKinds(variants, note: note)
        Self.printUnreadDates(in: value, note: note)
        guard let failures = (value as? any StatusCarrying)?.failures, !failures.isEmpty else { return }
        note("note: \(failures.count) code(s) in this message report a failure:")
        for failure in failures.prefix(Self.listedFailures) { note("  \(failure)") }
        if failures.count > Self.listedFailures { note("  and \(failures.count - Self.listedFailures) more") }
    }

    /// A date none of its field's formats reads is kept as its text, its `date` nil: printed as text, it looked like
    /// one that read. Each is noted (at most `listedFailures`), with the property that holds it.
    static func printUnreadDates(in value: Any, note: (String) -> Void) {
        let unread = unreadDates(in: value)
        for (path, text) in unread.prefix(listedFailures) {
            let place = path.drop { $0 == "." }
            note(
                "note: \(place.isEmpty ? "the value" : "`\(place)`") holds the date \(DisplayText.quotedExcerpt(text)), which none of its formats "
                    + "reads: it is kept as that text, and its date is nil")
        }
        if unread.count > listedFailures { note("note: and more dates that do not read") }
    }

    /// The dates in `value` none of whose formats reads them, by the property that holds each (`.timestamp`), at most
    /// one more than `listedFailures`.
    static func unreadDates(in value: Any) -> [(path: String, text: String)] {
        var unread: [(path: String, text: String)] = []
        var visited = 0
        func walk(_ value: Any, _ path: String) {
            visited += 1
            guard unread.count <= listedFailures, visited <= 1_000_000 else { return }
            if let timestamp = value as? Timestamp {
                if timestamp.date == nil { unread.append((path, timestamp.text)) }
                return
            }
            // A spec file's message, read by its model: fields by wire name.
            if let decoded = value as? DecodedValue {
                switch decoded {
                case .scalar(let value): walk(value, path)
                case .unionVariant(let value, _), .unknownKind(let value, _, _, _), .jsonText(let value): walk(value, path)
                case .list(let items): for (index, item) in items.enumerated() { walk(item, path + "[\(index)]") }
                case .object(let members), .map(let members): for member in members { walk(member.value, path + "." + member.key) }
                case .code, .separatedCodes: break
                }
                return
            }
            let mirror = Mirror(reflecting: value)
            for (index, child) in mirror.children.enumerated() {
                let step = mirror.displayStyle == .collection ? "[\(index)]" : mirror.displayStyle == .optional ? "" : child.label.map { ".\($0)" } ?? ""
                walk(child.value, path + step)
            }
        }
        walk(value, "")
        return unread
    }

    /// The failures the note names, as `validate()` names at most ten elements breaking a rule: a list of codes
    /// joined into one text holds four million in 4 MiB of separators, whose note took 250 MB and minutes.
    static let listedFailures = 10
    /// The codes printed with their meaning (each about 200 bytes of JSON); the rest as sent, so a payload of millions
    /// of codes prints text in proportion to it.
    static let annotatedCodes = 10_000

    /// Which variant read each union of the message, where it sits (`(top level): SendAnswer.answer (SendResponse)`), a
    /// union that is a variant of another after it (`→ Inner.code (ReturnCode)`): the JSON shows the value alone.
    private static func printUnionVariants(_ variants: UnionVariantNotes, note: (String) -> Void) {
        guard variants.places > 0 else { return }
        note("note: \(variants.places) union(s) in this message read as:")
        for place in variants.notesInPathOrder { note("  \(place.path): \(DisplayText.escaped(place.variants.joined(separator: " → ")))") }
        if variants.places > variants.notes.count { note("  and \(variants.places - variants.notes.count) more") }
    }

    /// An event of a kind its callback does not list: the JSON is the payload as sent, which does not say it was
    /// kept whole, in the unknown case, rather than read.
    private static func printUnknownKinds(_ variants: UnionVariantNotes, note: (String) -> Void) {
        for event in variants.unknownKinds {
            let place = event.path == DecodingErrorDescription.path([]) ? "" : " at \(event.path)"
            let kind = event.kind.isEmpty ? "is empty or null" : "is \(DisplayText.quotedExcerpt(event.kind))"
            note(
                "note: the event's `\(DisplayText.escaped(event.field))`\(place) \(kind), no kind \(event.type) lists: it is kept whole, "
                    + "as sent (`\(event.type).unknown`), and none of its fields is read")
        }
    }

    private func printList() throws {
        let sources = try provider.map { [try ProviderSource.named($0)] } ?? SMSSpecCatalog.providers.map(ProviderSource.init)
        Output.standardOutput(Self.listing(sources), terminator: "")
    }

    /// Each provider's messages: name, kind, wire format and summary.
    static func listing(_ providers: [ProviderSource]) -> String {
        var lines: [String] = []
        for provider in providers {
            lines.append("\(provider.id) — \(provider.name)")
            // Padded to the longest name, never cut: the listed name is the one to type.
            let width = max(24, provider.messages.map(\.name.count).max() ?? 0)
            // A callback posted either way is listed with each encoding: `json/form`.
            let wires = provider.messages.map { ([$0.wire] + $0.otherEncodings).map(\.rawValue).joined(separator: "/") }
            let wireWidth = max(5, wires.map(\.count).max() ?? 0)
            for (message, wire) in zip(provider.messages, wires) {
                let columns = [message.name.padding(toLength: width, withPad: " ", startingAt: 0),
                    message.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0),
                    wire.padding(toLength: wireWidth, withPad: " ", startingAt: 0), message.summary]
                lines.append("  " + columns.joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Look-ups shared by the commands that work on the bundled providers.
enum Lookup {
    static func provider(_ id: String) throws -> ProviderCatalog {
        guard let catalog = SMSSpecCatalog.provider(id) else {
            let ids = SMSSpecCatalog.providers.map(\.provider.id)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: id, isDirectory: &isDirectory) {
                let what = isDirectory.boolValue ? "a directory" : "a file"
                throw ValidationError("\(shown(id)) is \(what), and no provider id: a spec file is told by its name, which ends in .yaml or .yml.")
            }
            // A spec file of one's own works too (a user took the list for every choice there is).
            throw ValidationError(
                "Unknown provider '\(DisplayText.escapedExcerpt(id))'\(Suggestions.hint(for: id, in: ids)). Providers: \(ids.joined(separator: ", ")); "
                    + "or a spec file's path (acme.yaml).")
        }
        return catalog
    }

    /// The message `name` of `catalog`; with `kind`, only a message of that kind.
    static func message(_ name: String, of catalog: ProviderCatalog, kind: MessageKind? = nil) throws -> MessageDescriptor {
        try message(name, among: catalog.messages, of: catalog.provider.id, kind: kind)
    }

    /// The message `name` among the messages of provider `id`; with `kind`, only a message of that kind.
    static func message(_ name: String, among messages: [MessageDescriptor], of id: String, kind: MessageKind? = nil) throws -> MessageDescriptor {
        let found = messages.message(named: name)
        if let found, kind == nil || found.kind == kind { return found }
        let names = messages.filter { kind == nil || $0.kind == kind }.map(\.name)
        let what = kind == .request ? "request" : "message", list = kind == .request ? "Requests" : "Messages"
        // A message of another kind (`validate bind SendResponse`) is named as such, not as a name the provider lacks.
        let problem = found.map { "\(id) \($0.name) is a \($0.kind.rawValue), not a \(what)" }
            ?? "\(id) has no \(what) '\(DisplayText.escapedExcerpt(name))'\(Suggestions.hint(for: name, in: names))"
        throw ValidationError("\(problem). \(list): \(names.joined(separator: ", ")).")
    }

    /// A payload file, or standard input for `-`: at most `PayloadLimits.maximumBytes`, read in chunks so a device
    /// or pipe without end (`/dev/zero`) stops at the limit, and up to the first end of input (one Ctrl-D at a
    /// terminal, which says it is waiting); a directory or unreadable file is a clear error. A UTF-8
    /// byte-order mark that starts it (Windows editors write one) marks the file's encoding and is left out: with it a
    /// form's first field had another name, a JSON request read as a form, and text counted as UCS-2.
    static func read(_ path: String) throws -> Data {
        let name = path == "-" ? "standard input" : shown(path)
        // At a terminal, reading standard input looks like a hang (`smsspec segments` without its text): say so.
        if path == "-", isatty(STDIN_FILENO) == 1 {
            Output.standardError("Reading standard input: type or paste it, then press Ctrl-D at the start of a line.")
        }
        let handle = path == "-" ? FileHandle.standardInput : try open(path)
        // read(2) itself, up to the first end of input: FileHandle's `read(upToCount:)` reads on past a short read
        // until it has the count or an end, and the next chunk waits for another, so a terminal took Ctrl-D twice.
        var data = Data(), chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while data.count <= PayloadLimits.maximumBytes {
            let count = Foundation.read(handle.fileDescriptor, &chunk, chunk.count)
            if count == 0 { break }
            guard count > 0 else {
                if errno == EINTR { continue }
                throw InputError("Cannot read \(name): \(String(cString: strerror(errno))).")
            }
            data.append(contentsOf: chunk[..<count])
        }
        guard data.count <= PayloadLimits.maximumBytes else {
            throw InputError("\(name) is larger than \(PayloadLimits.maximumBytesText), the payload limit.")
        }
        return data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.subdata(in: 3..<data.count) : data
    }

    /// A file name (or a one-line message holding one) as messages print it: anyone may name a file, so with its control and bidi characters escaped
    /// (`DisplayText`), on one line, and a URL's user information in it redacted first (an escape's backslash would
    /// end it early).
    static func shown(_ path: String) -> String { DisplayText.escaped(DisplayText.redactingUserinfo(path)) }

    private static func open(_ path: String) throws -> FileHandle {
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputError("Cannot read \(shown(path)): \(String(cString: strerror(errno))).") }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw InputError("\(shown(path)) is a directory; give a payload file.")
        }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }

    /// `data` as text; invalid UTF-8 is an error naming its byte offset, never silently U+FFFD.
    static func text(_ data: Data, from name: String) throws -> String {
        guard let offset = StrictUTF8.firstInvalidOffset(data) else { return String(decoding: data, as: UTF8.self) }
        throw InputError("\(name) is not valid UTF-8 (byte \(offset)).")
    }

    /// Pretty JSON with every status code written as {code, name, meaning, outcome, category, retryable} (a delivery
    /// status with its deliveryState and final; an undocumented code `documented: false`, no name) and every secret redacted, wherever the message repeats it
    /// (`PrintedSecrets`); with `variants`, each union's variant is noted there.
    /// Characters that could drive a terminal (see `DisplayText`) are written as `\uXXXX` escapes: still the same JSON.
    /// `secrets`: the value's, when the caller has them already.
    /// `annotating`: a bound on the codes written with their meaning (every one without).
    static func annotatedJSON(
        _ value: any Encodable, notingUnionVariants variants: UnionVariantNotes? = nil, secrets: PrintedSecrets? = nil,
        annotating budget: StatusCodeAnnotationBudget? = nil
    ) throws -> String {
        let encoder = JSONEncoder()
        encoder.userInfo[.unionVariantNotes] = variants
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[.annotateStatusCodes] = budget ?? true
        encoder.userInfo[.redactSecrets] = true
        let json = DisplayText.terminalSafe(json: String(decoding: try JSONPayload.encode(value, using: encoder), as: UTF8.self))
        return (secrets ?? PrintedSecrets(of: value)).redacting(json: json)
    }
}

/// A payload or text that cannot be read (missing, a directory, too large, not UTF-8). Printed alone: the command
/// line was right, so unlike a `ValidationError` it is not followed by a usage (which, thrown from `run()`, would
/// be the whole tool's).
struct InputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension FormCharset {
    /// The charsets other than UTF-8 a form is read in, as the CLI names them: `ISO-8859-1, …, windows-1251 or US-ASCII`.
    static var listed: String {
        let names = allCases.filter { $0 != .utf8 }.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    }
}

import ArgumentParser
import Foundation
import SMSProviders
import SMSSpecCore

struct Decode: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Decodes a real payload with a generated type and prints it as JSON, each code with its meaning.",
        discussion: """
            The payload is a JSON body, or a query string / form body for messages that arrive that way \
            (Ginota's delivery receipts are GET requests). Use - to read standard input.
            Examples:
              smsspec decode bind CallbackEvent dlr.json
              smsspec decode ginota DeliveryReceipt dlr.query
              smsspec decode --list bind
            """)

    @Flag(name: .long, help: "List the messages that can be decoded (requests, responses, callbacks).")
    var list = false

    @Argument(help: "The provider id (bind, ginota, …).")
    var provider: String?

    @Argument(help: "The message name, as `decode --list` prints it.")
    var message: String?

    @Argument(help: "The payload file, or - for standard input.")
    var payloadFile: String?

    @Option(name: .long, help: "Read the payload as json, form or query instead of the message's own wire format.")
    var format: String?

    func validate() throws {
        if list {
            guard message == nil, payloadFile == nil else { throw ValidationError("--list takes at most a provider id.") }
            return
        }
        guard provider != nil, message != nil, payloadFile != nil else {
            throw ValidationError("Give a provider, a message name and a payload file, or use --list.")
        }
        if let format, !["json", "form", "query"].contains(format) {
            throw ValidationError("--format must be json, form or query.")
        }
    }

    func run() throws {
        if list { return try printList() }
        guard let provider, let message, let payloadFile else { return }
        let catalog = try Lookup.provider(provider)
        guard let descriptor = catalog.message(named: message) else {
            let names = catalog.messages.map(\.name)
            throw ValidationError(
                "\(catalog.provider.id) has no message '\(message)'\(Suggestions.hint(for: message, in: names)). "
                    + "Messages: \(names.joined(separator: ", ")).")
        }
        let data = try Lookup.read(payloadFile)
        let value: any Encodable & Sendable
        do {
            value = try descriptor.decode(data, as: format.flatMap(PayloadEncoding.init(rawValue:)))
        } catch {
            Output.standardError("error: \(payloadFile) is not a valid \(catalog.provider.id) \(descriptor.name): \(DecodingErrorDescription.describe(error))")
            throw ExitCode.failure
        }
        print(try Lookup.annotatedJSON(value))
        if let carrier = value as? any StatusCarrying, !carrier.failures.isEmpty {
            Output.standardError("note: \(carrier.failures.count) code(s) in this message report a failure:")
            for failure in carrier.failures { Output.standardError("  \(failure)") }
        }
    }

    private func printList() throws {
        let catalogs = try provider.map { [try Lookup.provider($0)] } ?? SMSSpecCatalog.providers
        for catalog in catalogs {
            print("\(catalog.provider.id) — \(catalog.provider.name)")
            for message in catalog.messages {
                let padded = message.name.padding(toLength: 24, withPad: " ", startingAt: 0)
                print("  \(padded) \(message.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(message.wire.rawValue.padding(toLength: 5, withPad: " ", startingAt: 0)) \(message.summary)")
            }
        }
    }
}

/// Look-ups shared by the commands that work on the bundled providers.
enum Lookup {
    static func provider(_ id: String) throws -> ProviderCatalog {
        guard let catalog = SMSSpecCatalog.provider(id) else {
            let ids = SMSSpecCatalog.providers.map(\.provider.id)
            throw ValidationError("Unknown provider '\(id)'\(Suggestions.hint(for: id, in: ids)). Providers: \(ids.joined(separator: ", ")).")
        }
        return catalog
    }

    static func read(_ path: String) throws -> Data {
        if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        guard let data = FileHandle(forReadingAtPath: path)?.readDataToEndOfFile() else {
            throw ValidationError("Cannot read \(path).")
        }
        return data
    }

    /// Pretty JSON with every status code written as {code, name, meaning, outcome, category, retryable}.
    static func annotatedJSON(_ value: any Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.userInfo[.annotateStatusCodes] = true
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

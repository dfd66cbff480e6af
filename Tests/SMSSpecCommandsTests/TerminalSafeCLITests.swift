import ArgumentParser
import Foundation
import SMSSpecRuntime
@testable import SMSSpecCommands
import Testing

/// What the CLI echoes back — file names, provider and message names, JSON of text it was given — cannot drive the
/// terminal: a file name or argument is anyone's text (a payload saved under the name its sender chose).
@Suite struct TerminalSafeCLITests {
    /// A terminal title change, a bell, a right-to-left override and a C1 control sequence introducer.
    static let hostile = "\u{1B}]0;owned\u{07}\u{202E}\u{9B}2J"

    static func isSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 != "\n" && DisplayText.needsEscape($0) }
    }

    func inputError(_ arguments: [String]) throws -> String { try HostilePayloadCommandTests().failure(arguments) }

    @Test func aFileNameIsPrintedEscaped() throws {
        let missing = "/no/such/\(Self.hostile)"
        let message = try inputError(["decode", "ginota", "DeliveryReceipt", missing])
        #expect(Self.isSafe(message), "\(message.debugDescription)")
        #expect(message == #"Cannot read /no/such/\u{1B}]0;owned\u{7}\u{202E}\u{9B}2J: No such file or directory."#)

        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let directory = scratch.url.appending(path: "dir\n\(Self.hostile)").path(percentEncoded: false)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let refused = try inputError(["validate", "ginota", "SendRequest", directory])
        #expect(Self.isSafe(refused) && !refused.contains("\n") && refused.hasSuffix(#"2J is a directory; give a payload file."#))
    }

    /// The line that says a payload file does not decode names the file as well.
    @Test func aPayloadThatDoesNotDecodeNamesItsFileEscaped() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let file = try scratch.write("x\(Self.hostile).json", "{}")
        for command in ["decode", "validate"] {
            let run = await CLI.run([command, "ginota", "SendRequest", file], exitsWith: .exitCode(1))
            #expect(Self.isSafe(run.errors) && run.errors.contains(#"x\u{1B}]0;owned\u{7}\u{202E}\u{9B}2J.json is not a"#), "\(run.errors.debugDescription)")
        }
    }

    /// A mistyped provider or message name is echoed escaped and, when long, cut.
    @Test func namesEchoedInUsageErrorsAreEscapedAndBounded() throws {
        let echoed = [
            ["decode", Self.hostile, "X", "-"], ["decode", "ginota", Self.hostile, "-"], ["lookup", "bind", "1", Self.hostile],
            ["lookup", "bind", "1", "--table", Self.hostile],
        ]
        for arguments in echoed {
            do {
                _ = try SMSSpecCommand.parseAsRoot(arguments)
                Issue.record("\(arguments) parsed")
            } catch {
                let message = SMSSpecCommand.message(for: error)
                #expect(Self.isSafe(message) && message.contains(#"\u{1B}]0;owned\u{7}\u{202E}\u{9B}2J"#), "\(message.debugDescription)")
            }
        }
        let long = String(repeating: "p", count: 1_000_000)
        do {
            _ = try SMSSpecCommand.parseAsRoot(["decode", long, "X", "-"])
            Issue.record("a million-character provider name parsed")
        } catch {
            #expect(SMSSpecCommand.message(for: error).count < 1_000)
        }
    }

    /// A value the parser itself refuses (`--format` takes text or json) is echoed escaped: ArgumentParser quotes it
    /// as given, and the message was printed raw.
    @Test func aValueTheParserRefusesIsEchoedEscaped() async {
        for arguments in [["lookup", "bind", "1", "--format", Self.hostile], ["validate", "ginota", "SendRequest", "-", "--format", "x\r" + Self.hostile]] {
            let run = await CLI.run(arguments, exitsWith: .failure)
            #expect(Self.isSafe(run.errors) && run.errors.contains(#"\u{1B}]0;owned\u{7}\u{202E}\u{9B}2J' is invalid for '--format <format>'"#),
                "\(run.errors.debugDescription)")
        }
    }

    /// A long value the parser refuses is cut as a message cuts any value, with its length: it was echoed whole. Run
    /// as built, whose command line is the one refused (Linux takes 128 KiB in one argument).
    @Test func aLongValueTheParserRefusesIsCut() throws {
        let long = String(repeating: "x", count: 100_000)
        for arguments in [["lookup", "bind", "1", "--format", long], ["lookup", "bind", "1", "--format=" + long]] {
            let run = try ChildProcess.run(RawArgumentTests.tool, arguments)
            #expect(run.status != 0)
            #expect(run.errors.count < 2_000 && run.errors.contains("'" + String(repeating: "x", count: 64) + "… (100000 characters)' is invalid"),
                "\(run.errors.prefix(500))")
        }
    }

    /// A code no table documents is echoed escaped.
    @Test func anUnknownCodeIsEchoedEscaped() async throws {
        let run = await CLI.run(["lookup", "fortytwo", Self.hostile], exitsWith: .exitCode(3))
        #expect(Self.isSafe(run.errors) && run.errors.contains(#"no code \u{1B}]0;owned\u{7}\u{202E}\u{9B}2J"#), "\(run.errors.debugDescription)")
    }

    /// `--format json` of `segments` and `validate` writes the text it was given as JSON: C1 and bidirectional
    /// controls as `\u` escapes, still the same JSON.
    @Test func jsonOutputEscapesWhatATerminalWouldRun() throws {
        let text = "a\(Self.hostile)"
        let segments = Segments.render(SegmentCalculator.analyze(text), format: .json)
        #expect(Self.isSafe(segments), "\(segments.debugDescription)")
        let analysis = try JSONSerialization.jsonObject(with: Data(segments.utf8)) as? [String: Any]
        #expect((analysis?["nonGSMCharacters"] as? [String])?.contains("\u{202E}") == true)

        let foreign = ValidationViolation(path: "to\u{202E}", rule: "x", message: "bad \u{9B}31m")
        let violations = Validate.render([foreign], format: .json)
        #expect(Self.isSafe(violations), "\(violations.debugDescription)")
        let decoded = try JSONDecoder().decode([ValidationViolation].self, from: Data(violations.utf8))
        #expect(decoded.first?.path == "to\u{202E}" && decoded.first?.message == "bad \u{9B}31m")
    }
}

/// `smsspec` as built, given arguments that are not UTF-8: Swift's `CommandLine.arguments` repairs them with U+FFFD.
@Suite struct RawArgumentTests {
    static var tool: URL { URL(filePath: CommandLine.arguments[0]).deletingLastPathComponent().appending(path: "smsspec") }

    /// Runs `smsspec` with `arguments` as `printf` writes them (`\377` is the byte 0xFF), through the shell.
    func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let quoted = arguments.map { "\"$(printf '\($0)')\"" }.joined(separator: " ")
        return try ChildProcess.run(URL(filePath: "/bin/sh"), ["-c", "exec \"$0\" \(quoted)", Self.tool.path(percentEncoded: false)])
    }

    /// The refusal says what to do: a file so named can still be read, on standard input.
    static let whatToDo = "; arguments are read as UTF-8 text: give a file so named as - and the file on standard input (- < file), or rename it."

    /// `segments` counted a repaired U+FFFD (UCS-2, 3 units) for a byte that is no text; standard input refused it.
    /// A file named with such a byte could not be opened under its repaired name, and was said not to exist.
    @Test func anArgumentThatIsNotUTF8IsRefused() throws {
        let counted = try run(["segments", "a\\377b"])
        #expect(counted.status == 1 && counted.output == "", "\(counted.output)")
        #expect(counted.errors == "Error: argument 2 is not valid UTF-8 (byte 1)\(Self.whatToDo)\n", "\(counted.errors)")
        let file = try run(["decode", "ginota", "DeliveryReceipt", "/tmp/x\\377.query"])
        #expect(file.status == 1 && file.errors == "Error: argument 4 is not valid UTF-8 (byte 6)\(Self.whatToDo)\n", "\(file.errors)")
        let fine = try run(["segments", "\\344\\270\\255"])
        #expect(fine.status == 0 && fine.output.hasPrefix("encoding:  UCS-2"), "\(fine.output)")
    }

    /// Spec text arrives in pull requests: escapes written in a spec's names, codes and words (YAML's `\e`, `\u202E`)
    /// reached the terminal raw through `registry`'s table, `lookup`, `decode --list`, `decode`'s failure note and
    /// `validate`'s answer line. Everything a command prints is escaped last (`Output`), whatever path quoted it.
    @Test func specTextIsEscapedInEveryCommandsOutput() async throws {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let hostile = #"\e]0;owned\a\u202E\x9B2J"#
        let spec = try scratch.write("esc.yaml", """
            smsspec: 1
            provider: {id: esc, name: "Esc \(hostile)"}
            sources: {doc: {title: Doc, url: 'https://esc.example/docs'}}
            shapes:
              Report:
                summary: "Report \(hostile)"
                fields: {status: Status}
              Send:
                summary: "Send \(hostile)"
                fields: {to: {type: string, constraints: {minLength: 1, providerCodes: {minLength: "Status:BAD\(hostile)"}}}}
            operations:
              send: {method: POST, path: /send, request: Send, responses: {200: {shape: Report}}}
            tables:
              Status:
                title: Status
                codeType: string
                source: doc
                entries:
                  - {code: OK, summary: Fine, outcome: success, category: none}
                  - {name: Bad, code: "BAD\(hostile)", summary: "Bad \(hostile)", cause: "Cause \(hostile)", outcome: failure, category: invalidRequest}

            """)
        let report = try scratch.write("report.json", #"{"status": "BAD\u001b]0;owned\u0007\u202e\u009b2J"}"#)
        let send = try scratch.write("send.json", #"{"to": ""}"#)
        let runs = [
            await CLI.run(["registry", "--provider", spec, "--format", "table"], exitsWith: .success),
            await CLI.run(["lookup", spec, "BAD\u{1B}]0;owned\u{07}\u{202E}\u{9B}2J"], exitsWith: .success),
            await CLI.run(["decode", "--list", spec], exitsWith: .success),
            await CLI.run(["decode", spec, "Report", report], exitsWith: .success),
            await CLI.run(["validate", spec, "Send", send], exitsWith: .exitCode(1)),
        ]
        for run in runs {
            #expect(TerminalSafeCLITests.isSafe(run.output.replacingOccurrences(of: "\t", with: " ")), "\(run.output.debugDescription)")
            #expect(TerminalSafeCLITests.isSafe(run.errors), "\(run.errors.debugDescription)")
            #expect((run.output + run.errors).contains(#"\u{1B}]0;owned\u{7}\u{202E}\u{9B}2J"#), "\(run.output.debugDescription)")
        }
    }
}

import Foundation
import SMSSpecCommands
import Testing

/// Standard input read at a terminal: the command says it is waiting, where it looked like a hang, and one Ctrl-D ends
/// the input, where it took two (the second read waited for another end).
@Suite struct TerminalInputTests {
    /// `smsspec segments` without its text, typed at a terminal: a pseudo-terminal is its standard input, "Hi", a
    /// line end and one Ctrl-D are typed into it (before the fix the child waited for a second Ctrl-D; the test
    /// gives it a few seconds, then ends it).
    @Test func readingATerminalSaysHowToEndTheInput() async {
        let result = await #expect(processExitsWith: .success, observing: [\.standardOutputContent, \.standardErrorContent]) {
            alarm(10)  // a child still waiting then is ended, and the test fails
            var terminal: Int32 = -1, input: Int32 = -1
            guard openpty(&terminal, &input, nil, nil, nil) == 0, dup2(input, STDIN_FILENO) >= 0 else { exit(90) }
            _ = "Hi\n\u{4}".withCString { write(terminal, $0, 4) }
            do {
                var command = try SMSSpecCommand.parseAsRoot(["segments"])
                try command.run()
            } catch {
                SMSSpecCommand.exit(withError: error)
            }
        }
        let errors = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
        #expect(errors == "Reading standard input: type or paste it, then press Ctrl-D at the start of a line.\n", "\(errors)")
        let output = String(decoding: result?.standardOutputContent ?? [], as: UTF8.self)
        #expect(output.contains("units:     2 septets"), "\(output)")
    }

    /// `-` is standard input to `segments` as to `decode` and `validate`: `cat sms.txt | smsspec segments -` counted
    /// the one character "-".
    @Test func aDashIsStandardInputToSegmentsToo() async {
        let result = await #expect(processExitsWith: .success, observing: [\.standardOutputContent]) {
            var ends: [Int32] = [0, 0]
            guard pipe(&ends) == 0, dup2(ends[0], STDIN_FILENO) >= 0 else { exit(90) }
            _ = "Hello €uro\n".withCString { write(ends[1], $0, strlen($0)) }
            close(ends[1])
            do {
                var command = try SMSSpecCommand.parseAsRoot(["segments", "-"])
                try command.run()
            } catch {
                SMSSpecCommand.exit(withError: error)
            }
        }
        let output = String(decoding: result?.standardOutputContent ?? [], as: UTF8.self)
        #expect(output.contains("units:     11 septets"), "\(output)")
    }
}

import Foundation
import Testing

/// The runner the command tests start `smsspec` and `smsspec-generator` with.
@Suite(.timeLimit(.minutes(10)))
struct ChildProcessTests {
    /// A child that fills its standard error (a pipe holds 64 KB) before it writes its output: read one stream after
    /// the other, the runner waited for the output while the child waited for a reader of its errors.
    @Test func aChildFillingStandardErrorBeforeItsOutputIsReadToTheEnd() throws {
        let result = try ChildProcess.run(URL(filePath: "/bin/sh"), ["-c", "head -c 200000 /dev/zero | tr '\\0' x >&2; echo done"])
        #expect(result.status == 0)
        #expect(result.output == "done\n")
        #expect(result.errors == String(repeating: "x", count: 200_000))
    }
}

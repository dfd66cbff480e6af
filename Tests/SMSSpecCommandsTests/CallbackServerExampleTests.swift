import Foundation
import Testing

/// NIO's `collect(upTo:)` throws `NIOTooManyBytesError` for a body past its limit, which Hummingbird answers with an
/// empty 413: the example's "the receiver answers 413 with its reason" held for a body of exactly the limit and one
/// byte, no larger (attack review). Its route catches the error and answers with the receiver's own 413. (The
/// example is a package of its own, built against Hummingbird, which this package does not depend on: its text is
/// read here.)
@Suite struct CallbackServerExampleTests {
    @Test func aBodyPastWhatIsCollectedGetsTheReceivers413() throws {
        let example = Repository.root.appending(path: "Examples/CallbackServer")
        let text = try String(contentsOf: example.appending(path: "Sources/CallbackServer/main.swift"), encoding: .utf8)
        let collects = text.components(separatedBy: ".collect(upTo: ").dropFirst()
        #expect(!collects.isEmpty)
        for rest in collects {
            let lines = rest.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[0].hasSuffix("} catch is NIOTooManyBytesError {"), "\(lines[0])")
            let handler = lines.prefix { $0 != "    }" }.joined(separator: "\n")
            #expect(handler.contains("CallbackError.tooLarge(") && handler.contains(".answer)"), "\(handler)")
        }
        #expect(text.contains("\nimport NIOCore\n"))
        let package = try String(contentsOf: example.appending(path: "Package.swift"), encoding: .utf8)
        #expect(package.contains(#".product(name: "NIOCore", package: "swift-nio")"#))
    }
}

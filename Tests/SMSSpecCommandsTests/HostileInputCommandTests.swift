import ArgumentParser
import Foundation
import SMSProviders
@testable import SMSSpecCommands
import Testing

/// Issue 10 on the CLI: payload reading is bounded and clear, names and codes work as listed, output is safe.
@Suite struct HostileInputCommandTests {
    @Test func lookupTakesANegativeCodeAsTheHelpShows() throws {
        let command = try #require(try SMSSpecCommand.parseAsRoot(["lookup", "fortytwo", "-63"]) as? LookupCode)
        #expect(command.provider == "fortytwo" && command.code == "-63")
        let withOptions = try #require(try SMSSpecCommand.parseAsRoot(["lookup", "--json", "fortytwo", "-63", "--table", "ResultCode"]) as? LookupCode)
        #expect(withOptions.code == "-63" && withOptions.table == "ResultCode" && withOptions.json)
        #expect(throws: (any Error).self) { try SMSSpecCommand.parseAsRoot(["lookup", "fortytwo", "-63", "-64"]) }
        #expect(throws: (any Error).self) { try SMSSpecCommand.parseAsRoot(["lookup", "fortytwo"]) }
    }
}

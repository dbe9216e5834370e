import Testing

/// Usage errors are bad input: exit 2 (DESIGN.md) with the parser's message and usage on standard error, where
/// swift-argument-parser alone would exit 64. Help and version still exit 0.
@Suite struct UsageErrorTests {
    @Test(arguments: [
        ["inspect", ".", "--format", "yaml"],
        ["audit", ".", "--fail-on", "sometimes"],
        ["inspect", "--no-such-option"],
        ["--no-such-option"],
        ["no-such-command"],
        ["inspect", "a", "b"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.status) \(result.stderr)")
        #expect(result.stderr.contains("Error: "), "\(result.stderr)")
        #expect(result.stderr.contains("Usage: paraready"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [["--help"], ["inspect", "--help"], ["help", "audit"], ["--version"]])
    func helpAndVersionExitZero(arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        #expect(!result.stdout.isEmpty)
    }

    @Test func versionIsPrinted() throws {
        let result = try CLIRunner.run(["--version"])
        #expect(result.stdout == "0.1.0\n")
    }
}

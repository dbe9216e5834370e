import Foundation
import Testing

@Suite struct CLIBasicsTests {
    @Test func renderReadsStandardInput() throws {
        let result = try CLIRunner.run(["render", "--toc", "-"], stdin: "# Title\n\n## Part\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("<nav class=\"toc\">"))
        #expect(result.stdout.contains("<h2 id=\"part\">Part</h2>"))
    }

    @Test func unknownSubcommandIsAUsageError() throws {
        let result = try CLIRunner.run(["no-such-command"])
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
    }

    @Test func missingFileIsOneLineAndExitTwo() throws {
        let result = try CLIRunner.run(["render", "/no/such/file.md"])
        #expect(result.status == 2)
        #expect(result.stderr == "paraready: /no/such/file.md:1:1: error: no such file\n")
    }
}

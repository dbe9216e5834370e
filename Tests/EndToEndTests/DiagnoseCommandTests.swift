import Foundation
import Testing

/// `paraready diagnose` through the built CLI: every fixture log names its signature, exit codes follow
/// `--fail-on`, and `--repo` explains a log with the repository's facts.
@Suite struct DiagnoseCommandTests {
    static let logs = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/logs")

    /// Fixture logs whose file name is a signature id, with the level that signature has.
    static let named: [(log: String, level: String)] = [
        ("authored-blocks-limit", "error"), ("backing-stalls-old-validators", "warning"),
        ("block-production-too-long", "warning"), ("block-times-12-18", "warning"),
        ("blocks-not-six-seconds", "warning"), ("collator-loop-errors", "error"),
        ("header-too-far-in-future", "warning"), ("parachain-slot-too-far", "error"),
        ("relay-number-strict", "error"), ("set-validation-data-missing", "error"),
        ("slot-moved-backwards", "error"), ("slot-must-increase", "error"), ("slot-number-mismatch", "error"),
        ("timestamp-minimum-period", "error"), ("unincluded-segment-full", "error"),
    ]

    static func findings(_ stdout: String) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
        return try #require(object?["findings"] as? [[String: Any]])
    }

    @Test(arguments: named)
    func fixtureLogNamesItsSignature(log: String, level: String) throws {
        let path = Self.logs.appendingPathComponent("\(log).log").path
        let result = try CLIRunner.run(["diagnose", path, "--format", "json"])
        let findings = try Self.findings(result.stdout)
        let finding = try #require(findings.first { $0["id"] as? String == log }, "\(log): \(result.stdout)")
        #expect(finding["level"] as? String == level)
        #expect((finding["count"] as? Int ?? 0) >= 1)
        #expect((finding["guide"] as? String)?.hasPrefix("guides/troubleshooting.md#") == true)
        // The default --fail-on error: 1 exactly when some finding is an error.
        let hasError = findings.contains { $0["level"] as? String == "error" }
        #expect(result.status == (hasError ? 1 : 0), "\(log): status \(result.status)")
        let never = try CLIRunner.run(["diagnose", path, "--fail-on", "never"])
        #expect(never.status == 0)
        let warning = try CLIRunner.run(["diagnose", path, "--fail-on", "warning"])
        #expect(warning.status == 1)
    }

    @Test func cleanLogHasNoFindingsAndMeasuresSixSecondBlocks() throws {
        let result = try CLIRunner.run(["diagnose", Self.logs.appendingPathComponent("clean.log").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("No known async-backing failure signatures found"))
        #expect(result.stdout.contains("median 6.0 s"))
    }

    @Test func readsStandardInput() throws {
        let log = try String(contentsOf: Self.logs.appendingPathComponent("slot-must-increase.log"), encoding: .utf8)
        let result = try CLIRunner.run(["diagnose", "-", "--format", "json"], stdin: log)
        #expect(try Self.findings(result.stdout).map { $0["id"] as? String } == ["slot-must-increase"])
    }

    @Test func repositoryFactsExplainTheLog() throws {
        let log = Self.logs.appendingPathComponent("blocks-not-six-seconds.log").path
        let result = try CLIRunner.run([
            "diagnose", log, "--repo", "content/examples/phase1-prepared", "--format", "json", "--fail-on", "never",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let finding = try #require(try Self.findings(result.stdout).first)
        let explanations = try #require(finding["explanations"] as? [[String: Any]])
        let capacity = try #require(explanations.first { $0["when"] as? String == "capacity == 1" })
        #expect(capacity["evidence"] as? [String] == ["runtime/src/constants.rs:41"])
        // A repository that is already at 6 s with capacity 3 does not get the capacity explanation.
        let enabled = try CLIRunner.run([
            "diagnose", log, "--repo", "content/examples/enabled-template", "--format", "json", "--fail-on", "never",
        ])
        let enabledExplanations = try Self.findings(enabled.stdout).first?["explanations"] as? [[String: Any]] ?? []
        #expect(!enabledExplanations.contains { $0["when"] as? String == "capacity == 1" })
    }

    @Test func badInputIsExitTwoWithTheFileNamed() throws {
        let missing = try CLIRunner.run(["diagnose", "no-such.log"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such.log"))
        let log = Self.logs.appendingPathComponent("clean.log").path
        let notRepo = try CLIRunner.run(["diagnose", log, "--repo", "Tests/Fixtures/logs"])
        #expect(notRepo.status == 2, "\(notRepo.stderr)")
        #expect(notRepo.stderr.contains("Tests/Fixtures/logs"))
    }
}

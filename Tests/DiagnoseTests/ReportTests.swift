import Diagnose
import Foundation
import Testing

@Suite struct ReportTests {
    static func report(_ fixture: String) throws -> DiagnosisReport {
        try LogDiagnoser(catalog: TestSupport.catalog()).diagnose(file: TestSupport.fixture(fixture))
    }

    @Test func jsonHasTheSchemaAndStableKeys() throws {
        let report = try Self.report("unincluded-segment-full.log")
        let json = report.json()
        #expect(json == (try Self.report("unincluded-segment-full.log")).json())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["schema"] as? String == "paraready.diagnose/1")
        #expect(
            Set(object.keys) == [
                "schema", "input", "lines", "bytes", "findings", "guideOnly", "blockIntervals", "repository", "summary",
            ])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(
            Set(findings[0].keys) == [
                "id", "title", "level", "detection", "count", "first", "last", "echoes", "variants", "precededBy",
                "unpaired", "measurement", "cause", "fix", "items", "guide", "explanations",
            ])
        let first = try #require(findings[0]["first"] as? [String: Any])
        #expect(Set(first.keys) == ["line", "timestamp", "chain", "text", "fields"])
        #expect(findings[1]["guide"] as? String == "guides/troubleshooting.md#set_validation_data-inherent-missing")
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["error": 2, "warning": 0, "info": 0])
    }

    @Test func textColoursOnlyWhenAsked() throws {
        let report = try Self.report("unincluded-segment-full.log")
        #expect(!report.text(colors: false).contains("\u{1B}"))
        #expect(report.text(colors: true).contains("\u{1B}[1;31merror"))
        // Escape sequences from the log never reach the report.
        #expect(!report.findings.contains { $0.first.text.contains("\u{1B}") || $0.last.text.contains("\u{1B}") })
    }

    @Test func textNamesTheRootPanicAndTheGuide() throws {
        let text = try Self.report("unincluded-segment-full.log").text(colors: false)
        #expect(
            text.contains(
                "after  No space left in the unincluded segment (unincluded-segment-full): 5 of 5 — fix that one first")
        )
        #expect(text.contains("guide  guides/troubleshooting.md#no-space-left-in-the-unincluded-segment"))
        #expect(text.contains("5 more repeated in error reports (WASM backtraces) not counted"))
        #expect(text.hasSuffix("2 signatures found (2 errors) in 126 lines.\n"))
    }

    @Test func exitStatusFollowsFailOn() throws {
        let warningOnly = try Self.report("block-production-too-long.log")
        #expect(warningOnly.highestLevel == .warning)
        #expect(warningOnly.exitStatus(failingAt: .error) == 0)
        #expect(warningOnly.exitStatus(failingAt: .warning) == 1)
        #expect(warningOnly.exitStatus(failingAt: nil) == 0)
        let errors = try Self.report("slot-must-increase.log")
        #expect(errors.exitStatus(failingAt: .error) == 1)
        #expect(errors.exitStatus(failingAt: nil) == 0)
    }

    @Test func measuredFindingsSayWhatWasMeasured() throws {
        let text = try Self.report("blocks-not-six-seconds.log").text(colors: false)
        #expect(text.contains("15 of 15 block intervals ≥ 9.0 s (median 12.0 s)"))
        #expect(text.contains("Measured [Parachain] block intervals: median 12.0 s over 15 intervals."))
        let none = try Self.report("slot-must-increase.log").text(colors: false)
        #expect(none.contains("Block intervals: not measured"))
    }
}

import Foundation
import Testing

@testable import Readiness
@testable import Reporting

@Suite struct ReportRenderingTests {
    let options = ReportOptions(checklistLink: "../checklist/{id}.md", projectName: "demo")

    @Test func textReportShowsSummaryProblemsAndNoColourByDefault() {
        let text = TextReport.render(ReportFixtures.report, checklist: ReportFixtures.checklist, options: options)
        #expect(text.contains("stage: not-started"))
        #expect(text.contains("polkadot-sdk: polkadot-v1.7.0 (Cargo.toml:7)"))
        #expect(text.contains("FAIL    consensus-hook [runtime:runtime] no ConsensusHook <script>"))
        #expect(text.contains("at runtime/src/lib.rs:42:5"))
        #expect(text.contains("| type ConsensusHook = ExpectParentIncluded;"))
        #expect(text.contains("next stage: runtime-prepared — do, in order: consensus-hook"))
        #expect(!text.contains("six-second-blocks"), "passing items appear only with --verbose")
        #expect(!text.contains("\u{1B}["))
        let coloured = TextReport.render(
            ReportFixtures.report, checklist: ReportFixtures.checklist,
            options: ReportOptions(colour: true, verbose: true))
        #expect(coloured.contains("\u{1B}[31m"))
        #expect(coloured.contains("six-second-blocks"))
    }

    @Test func markdownReportLinksEveryFindingAndEscapesText() {
        let markdown = MarkdownReport.render(
            ReportFixtures.report, checklist: ReportFixtures.checklist, options: options)
        #expect(markdown.contains("### [Title of consensus-hook \\<&\\>](../checklist/consensus-hook.md)"))
        #expect(markdown.contains("no ConsensusHook \\<script\\>"))
        #expect(markdown.contains("1. [Title of consensus-hook \\<&\\>](../checklist/consensus-hook.md)"))
    }

    @Test func htmlReportEscapesHostileText() throws {
        let html = try HTMLReport.render(ReportFixtures.report, checklist: ReportFixtures.checklist, options: options)
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
    }

    @Test func sarifIsDeterministicAndCarriesLocations() throws {
        let a = try SARIFReport.render(
            ReportFixtures.report, checklist: ReportFixtures.checklist, options: options, toolVersion: "1")
        let b = try SARIFReport.render(
            ReportFixtures.report, checklist: ReportFixtures.checklist, options: options, toolVersion: "1")
        #expect(a == b)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(a.utf8)) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2, "only problems become results")
        let location = (results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "runtime/src/lib.rs")
        #expect((location?["region"] as? [String: Any])?["startLine"] as? Int == 42)
    }

    @Test func sarifValidatesAgainstTheSchema() throws {
        let shared = try #require(ReportFixtures.sharedFolder, "shared/ not found beside the repository")
        let schema = shared.appendingPathComponent("schemas/sarif-schema-2.1.0.json").path
        let sarif = try SARIFReport.render(
            ReportFixtures.report, checklist: ReportFixtures.checklist, options: options, toolVersion: "1")
        let (status, output) = try validateWithPython(document: sarif, schema: schema)
        #expect(status == 0, "\(output)")
        let broken = sarif.replacingOccurrences(of: "\"level\" : \"error\"", with: "\"level\" : \"severe\"")
        let (brokenStatus, _) = try validateWithPython(document: broken, schema: schema)
        #expect(brokenStatus == 1, "the validator must reject an invalid level")
    }

    /// Runs Python's jsonschema (installed by `make setup`) on the document.
    func validateWithPython(document: String, schema: String) throws -> (Int32, String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("paraready-\(UUID().uuidString).sarif")
        try document.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                print("python jsonschema is missing: run make setup"); sys.exit(3)
            schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
            # The SARIF schema keeps its root under definitions.Root; without this $ref nothing is checked.
            schema["$ref"] = "#/definitions/Root"
            errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(doc), key=str)
            for e in errors: print(list(e.path), e.message)
            sys.exit(1 if errors else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

import Foundation
import Testing

/// docs/audit-walkthrough.md pastes real output of the tool; these tests keep it true.
@Suite struct WalkthroughTests {
    static let doc = CLIRunner.packageRoot.appendingPathComponent("docs/audit-walkthrough.md")
    static let example = "content/examples/phase1-prepared"

    /// The fenced blocks of the doc, each with the marker comment right above it (if any) and its language.
    static func blocks() throws -> [(marker: String?, language: String, text: String)] {
        let lines = try String(contentsOf: doc, encoding: .utf8).components(separatedBy: "\n")
        var blocks: [(marker: String?, language: String, text: String)] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            guard line.hasPrefix("```"), line.count > 3 else {
                index += 1
                continue
            }
            let language = String(line.dropFirst(3))
            let marker = index > 0 && lines[index - 1].hasPrefix("<!-- walkthrough: ") ? lines[index - 1] : nil
            var body: [String] = []
            index += 1
            while index < lines.count && lines[index] != "```" {
                body.append(lines[index])
                index += 1
            }
            blocks.append((marker, language, body.joined(separator: "\n")))
            index += 1
        }
        return blocks
    }

    static func block(_ marker: String) throws -> String {
        try require(
            try blocks().first { $0.marker == "<!-- walkthrough: \(marker) -->" }?.text, "no block for \(marker)")
    }

    @Test func thePastedTextOutputIsWhatTheToolPrints() throws {
        let pasted = try Self.block("paraready audit \(Self.example)")
        let result = try CLIRunner.run(["audit", Self.example], environment: ["NO_COLOR": "1"])
        #expect(result.status == 1, "the walkthrough says this run exits 1")
        #expect(
            pasted + "\n" == result.stdout,
            "docs/audit-walkthrough.md is stale; paste the output of `paraready audit \(Self.example)` again")
    }

    /// Excerpts explained further down must be lines of the full output, in the same order.
    @Test func everyTextExcerptIsPartOfTheOutput() throws {
        let output = try Self.block("paraready audit \(Self.example)")
        let excerpts = try Self.blocks().filter { $0.language == "text" && $0.marker == nil }
        #expect(excerpts.count >= 3)
        for excerpt in excerpts {
            #expect(output.contains(excerpt.text), "excerpt not in the output:\n\(excerpt.text)")
        }
    }

    /// The README's audit excerpts (marked `<!-- audit excerpt -->`) are parts of the same real output.
    @Test func readmeExcerptsArePartOfTheOutput() throws {
        let readme = try String(
            contentsOf: CLIRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let result = try CLIRunner.run(["audit", Self.example], environment: ["NO_COLOR": "1"])
        let parts = readme.components(separatedBy: "<!-- audit excerpt -->\n```text\n").dropFirst()
        #expect(parts.count >= 2, "the README shows no marked audit excerpt")
        for part in parts {
            let excerpt = try require(part.components(separatedBy: "\n```").first, "unterminated excerpt")
            #expect(result.stdout.contains(excerpt + "\n"), "README excerpt not in the output:\n\(excerpt)")
        }
    }

    @Test func thePastedJSONFindingIsOneTheToolReports() throws {
        let pasted = try require(
            try JSONSerialization.jsonObject(with: Data(try Self.block("json finding").utf8)) as? NSDictionary,
            "the JSON block is not an object")
        let result = try CLIRunner.run(["audit", Self.example, "--format", "json"])
        let report = try require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "no report")
        let findings = (report["findings"] as? [[String: Any]] ?? []).map { NSDictionary(dictionary: $0) }
        #expect(findings.contains(pasted), "the JSON finding in docs/audit-walkthrough.md is stale")
    }

    @Test func theSARIFSnippetUploadsTheFileTheAuditWrites() throws {
        let yaml = try require(try Self.blocks().first { $0.language == "yaml" }?.text, "no workflow snippet")
        #expect(yaml.contains("--format sarif --output paraready.sarif"))
        #expect(yaml.contains("github/codeql-action/upload-sarif"))
        #expect(yaml.contains("sarif_file: paraready.sarif"))
    }
}

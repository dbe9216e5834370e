import Foundation
import Testing

/// Runs `paraready audit` on every bundled example in every format, parses each report back and checks it
/// against the checked-in expectation (Expectations/<example>/audit.json): the stage and exactly the
/// expected findings, with their evidence, in JSON, SARIF, Markdown, HTML and text, and the exit codes.
@Suite struct AuditFormatTests {
    static let link = "https://paraready.dev/checklist/{id}/"

    /// Item id → severity, from `paraready checklist --format json`.
    static let severities: [String: String] = {
        guard let result = try? CLIRunner.run(["checklist", "--format", "json"]),
            let document = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        else { return [:] }
        var severities: [String: String] = [:]
        for item in document["items"] as? [[String: Any]] ?? [] {
            if let id = item["id"] as? String { severities[id] = item["severity"] as? String }
        }
        return severities
    }()

    static func audit(_ example: String, _ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(["audit", "content/examples/\(example)"] + arguments, environment: ["NO_COLOR": "1"])
    }

    static func json(_ text: String) throws -> [String: Any] {
        try require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object")
    }

    /// The exit status `--fail-on` should give for the expected findings.
    static func exitStatus(_ expectation: AuditExpectation, failOn: String) -> Int32 {
        switch failOn {
        case "never": return 0
        case "warning": return expectation.findings.contains(where: \.isProblem) ? 1 : 0
        default:
            let errors = expectation.findings.contains { $0.status == "fail" && severities[$0.item] == "error" }
            return errors ? 1 : 0
        }
    }

    static func lines(of file: String, in example: String) -> [String] {
        let url = CLIRunner.packageRoot.appendingPathComponent("content/examples/\(example)/\(file)")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.components(separatedBy: "\n")
    }

    @Test func checklistSeveritiesAreKnown() {
        #expect(Self.severities.count == 30)
    }

    // MARK: JSON

    @Test(arguments: AuditExpectation.examples)
    func jsonHasTheExpectedStageAndExactlyTheExpectedFindings(example: String) throws {
        let expectation = try AuditExpectation.load(example)
        let result = try Self.audit(example, ["--format", "json"])
        #expect(result.status == Self.exitStatus(expectation, failOn: "error"), "\(result.stderr)")
        let report = try Self.json(result.stdout)
        #expect(report["schema"] as? String == "paraready.audit/1")
        #expect(report["stage"] as? String == expectation.stage)
        let facts = try require(report["facts"] as? [String: Any], "no facts")
        #expect(facts["stage"] as? String == expectation.stage)
        for runtime in facts["runtimes"] as? [[String: Any]] ?? [] {
            let subject =
                "runtime:\(runtime["path"] as? String ?? "")" + ((runtime["variant"] as? String).map { "@\($0)" } ?? "")
            let entry = expectation.runtimes.first { $0.subject == subject }
            #expect(entry?.stage == runtime["stage"] as? String, "\(example) \(subject)")
        }
        let findings = report["findings"] as? [[String: Any]] ?? []
        let got = findings.map(AuditExpectation.Finding.init(json:))
        let missing = expectation.findings.filter { !got.contains($0) }
        let extra = got.filter { !expectation.findings.contains($0) }
        #expect(
            missing.isEmpty && extra.isEmpty,
            "\(example):\n  expected, not produced:\n    \(missing.map(\.description).joined(separator: "\n    "))\n  produced, not expected:\n    \(extra.map(\.description).joined(separator: "\n    "))"
        )
        #expect(got == expectation.findings, "\(example): findings in checklist order")
        let summary = report["summary"] as? [String: Int] ?? [:]
        for (key, status) in [
            ("pass", "pass"), ("fail", "fail"), ("warn", "warn"), ("notApplicable", "not-applicable"),
            ("unknown", "unknown"),
        ] {
            #expect(summary[key] == got.filter { $0.status == status }.count, "\(example) summary.\(key)")
        }
    }

    /// Every finding names its item, severity, status and subject; every failure or warning also carries
    /// file:line:column evidence with the source line as it stands, the expected value and the change.
    @Test(arguments: AuditExpectation.examples)
    func everyProblemFindingIsActionable(example: String) throws {
        let report = try Self.json(try Self.audit(example, ["--format", "json", "--fail-on", "never"]).stdout)
        for finding in report["findings"] as? [[String: Any]] ?? [] {
            let item = finding["item"] as? String ?? ""
            let name = "\(example) \(item) \(finding["subject"] as? String ?? "")"
            #expect(finding["severity"] as? String == Self.severities[item], "\(name): severity")
            #expect(!(finding["message"] as? String ?? "").isEmpty, "\(name): message")
            let subject = finding["subject"] as? String ?? ""
            #expect(
                subject == "repository" || ["runtime:", "node:", "network:"].contains { subject.hasPrefix($0) },
                "\(name): subject")
            let status = finding["status"] as? String ?? ""
            guard status == "fail" || status == "warn" else { continue }
            let file = try require(finding["file"] as? String, "\(name): no file")
            let line = try require(finding["line"] as? Int, "\(name): no line")
            #expect((finding["column"] as? Int ?? 0) >= 1, "\(name): column")
            let source = Self.lines(of: file, in: example)
            #expect(line >= 1 && line <= source.count, "\(name): line \(line) outside \(file)")
            if line >= 1 && line <= source.count {
                #expect(finding["sourceLine"] as? String == source[line - 1], "\(name): sourceLine")
            }
            #expect(!(finding["expected"] as? String ?? "").isEmpty, "\(name): expected")
            #expect(!(finding["change"] as? String ?? "").isEmpty, "\(name): change")
        }
    }

    @Test(arguments: AuditExpectation.examples)
    func exitCodesFollowFailOn(example: String) throws {
        let expectation = try AuditExpectation.load(example)
        for failOn in ["error", "warning", "never"] {
            let result = try Self.audit(example, ["--format", "text", "--fail-on", failOn])
            #expect(result.status == Self.exitStatus(expectation, failOn: failOn), "\(example) --fail-on \(failOn)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
        }
    }

    @Test func exitCodesCoverBothOutcomes() throws {
        let statuses = try AuditExpectation.examples.map {
            Self.exitStatus(try AuditExpectation.load($0), failOn: "error")
        }
        #expect(statuses.contains(0) && statuses.contains(1), "examples must exercise both exit codes")
    }

    @Test func aMissingRepositoryIsExitTwo() throws {
        let result = try CLIRunner.run(["audit", "/no/such/repository", "--format", "json"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("paraready: "))
    }

    // MARK: SARIF

    @Test(arguments: AuditExpectation.examples)
    func sarifResultsAreTheProblemFindings(example: String) throws {
        let expectation = try AuditExpectation.load(example)
        let result = try Self.audit(example, ["--format", "sarif"])
        #expect(result.status == Self.exitStatus(expectation, failOn: "error"))
        let log = try Self.json(result.stdout)
        #expect(log["version"] as? String == "2.1.0")
        let run = try require((log["runs"] as? [[String: Any]])?.first, "no run")
        #expect((run["properties"] as? [String: Any])?["stage"] as? String == expectation.stage)
        let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]] ?? []
        #expect(rules.count == 30)
        for rule in rules {
            let id = rule["id"] as? String ?? ""
            #expect(rule["helpUri"] as? String == Self.link.replacingOccurrences(of: "{id}", with: id))
        }
        let ruleIDs = rules.map { $0["id"] as? String ?? "" }
        struct Row: Equatable {
            var rule: String, level: String, uri: String, line: Int
        }
        var got: [Row] = []
        for result in run["results"] as? [[String: Any]] ?? [] {
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let artifact = location?["artifactLocation"] as? [String: Any]
            let region = location?["region"] as? [String: Any]
            #expect(artifact?["uriBaseId"] as? String == "%SRCROOT%")
            #expect((region?["startColumn"] as? Int ?? 0) >= 1)
            let rule = result["ruleId"] as? String ?? ""
            #expect(result["ruleIndex"] as? Int == ruleIDs.firstIndex(of: rule), "ruleIndex of \(rule)")
            got.append(
                Row(
                    rule: rule, level: result["level"] as? String ?? "", uri: artifact?["uri"] as? String ?? "",
                    line: region?["startLine"] as? Int ?? 0))
        }
        let expected = expectation.findings.filter(\.isProblem).map { finding in
            Row(
                rule: finding.item, level: Self.sarifLevel(finding), uri: finding.file ?? "", line: finding.line ?? 0)
        }
        #expect(got == expected, "\(example)")
        #expect(got.allSatisfy { !$0.uri.hasPrefix("/") && !$0.uri.contains("content/examples") })
    }

    /// A failure takes its item's severity; a warning is a SARIF warning, or a note for an info item.
    static func sarifLevel(_ finding: AuditExpectation.Finding) -> String {
        let severity = severities[finding.item] ?? "error"
        let level = ["error": "error", "warning": "warning", "info": "note"][severity] ?? "error"
        return finding.status == "warn" && level == "error" ? "warning" : level
    }

    @Test func sarifOfEveryExampleValidatesAgainstTheSchema() throws {
        let schema = try require(Self.sharedFolder, "shared/ not found").appendingPathComponent(
            "schemas/sarif-schema-2.1.0.json")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("paraready-sarif-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        for example in AuditExpectation.examples {
            let file = folder.appendingPathComponent("\(example).sarif")
            try Self.audit(example, ["--format", "sarif"]).stdout.write(to: file, atomically: true, encoding: .utf8)
            files.append(file.path)
        }
        let script = """
            import json, sys
            import jsonschema
            schema = json.load(open(sys.argv[1]))
            schema["$ref"] = "#/definitions/Root"
            validator = jsonschema.Draft7Validator(schema)
            bad = 0
            for path in sys.argv[2:]:
                for error in validator.iter_errors(json.load(open(path))):
                    print(path, list(error.path), error.message); bad += 1
            sys.exit(1 if bad else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path] + files
        let output = folder.appendingPathComponent("validator.out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let report = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        #expect(process.terminationStatus == 0, "\(report)")
    }

    static var sharedFolder: URL? {
        if let path = ProcessInfo.processInfo.environment["PARAREADY_SHARED"] { return URL(fileURLWithPath: path) }
        var directory = CLIRunner.packageRoot
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("DESIGN.md").path) {
                return candidate
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }

    // MARK: Markdown and HTML

    static let labels = ["FAIL": "fail", "warn": "warn", "pass": "pass", "n/a": "not-applicable", "unknown": "unknown"]

    /// Findings read back from a Markdown or HTML report: the item comes from the checklist link of the
    /// heading above the finding, the location from the last `file:line:column` on its line.
    static func findings(
        in text: String, heading: Regex<(Substring, Substring)>, finding: Regex<(Substring, Substring, Substring)>,
        location: Regex<(Substring, Substring, Substring, Substring)>
    ) -> [AuditExpectation.Finding] {
        var item: String?
        var found: [AuditExpectation.Finding] = []
        for line in text.components(separatedBy: "\n") {
            if let match = line.firstMatch(of: heading) {
                let url = String(match.1)
                item = Self.itemID(fromLink: url)
                continue
            }
            guard let match = line.firstMatch(of: finding), let item else { continue }
            let status = labels[String(match.1)] ?? "?"
            var entry = AuditExpectation.Finding(item: item, subject: String(match.2), status: status)
            if status == "fail" || status == "warn", let place = line.matches(of: location).last {
                entry.file = String(place.1)
                entry.line = Int(place.2)
            }
            found.append(entry)
        }
        return found
    }

    /// The id in a checklist link made from ``link``; nil for links elsewhere.
    static func itemID(fromLink url: String) -> String? {
        let prefix = "https://paraready.dev/checklist/"
        guard url.hasPrefix(prefix), url.hasSuffix("/") else { return nil }
        return String(url.dropFirst(prefix.count).dropLast())
    }

    @Test(arguments: AuditExpectation.examples)
    func markdownShowsTheStageAndLinksEveryFindingToItsPage(example: String) throws {
        let expectation = try AuditExpectation.load(example)
        let result = try Self.audit(example, ["--format", "markdown", "--checklist-url", Self.link])
        #expect(result.status == Self.exitStatus(expectation, failOn: "error"))
        let text = result.stdout
        #expect(text.contains("**Stage:** `\(expectation.stage)`"), "\(example): stage line")
        let got = Self.findings(
            in: text, heading: /^### \[.*\]\(([^)]+)\)$/,
            finding: /^- \*\*(FAIL|warn|pass|n\/a|unknown)\*\* \(`([^`]+)`\)/,
            location: /`([^`\s]+):(\d+):(\d+)`/)
        #expect(got == expectation.findings, "\(example)")
        for runtime in expectation.runtimes {
            #expect(text.contains("`\(runtime.stage)`"), "\(example): \(runtime.subject) stage")
        }
    }

    @Test(arguments: AuditExpectation.examples)
    func htmlShowsTheStageAndLinksEveryFindingToItsPage(example: String) throws {
        let expectation = try AuditExpectation.load(example)
        let result = try Self.audit(example, ["--format", "html", "--checklist-url", Self.link])
        #expect(result.status == Self.exitStatus(expectation, failOn: "error"))
        let html = result.stdout
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<strong>Stage:</strong> <code>\(expectation.stage)</code>"), "\(example): stage")
        let got = Self.findings(
            in: html, heading: /<h3[^>]*><a href="([^"]+)">/,
            finding: /<strong>(FAIL|warn|pass|n\/a|unknown)<\/strong> \(<code>([^<]+)<\/code>\)/,
            location: /<code>([^<\s]+):(\d+):(\d+)<\/code>/)
        #expect(got == expectation.findings, "\(example)")
    }

    // MARK: Text

    @Test(arguments: AuditExpectation.examples)
    func textShowsTheStageCountsAndEveryProblem(example: String) throws {
        let expectation = try AuditExpectation.load(example)
        let result = try Self.audit(example, ["--format", "text"])
        #expect(result.status == Self.exitStatus(expectation, failOn: "error"))
        let lines = result.stdout.components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix("stage: \(expectation.stage) — ") }, "\(example): stage line")
        let count = { (status: String) in expectation.findings.filter { $0.status == status }.count }
        let counts =
            "findings: \(count("fail")) fail, \(count("warn")) warn, \(count("unknown")) unknown, "
            + "\(count("pass")) pass, \(count("not-applicable")) not applicable"
        #expect(lines.contains(counts), "\(example): \(counts)")
        #expect(!result.stdout.contains("\u{1B}["), "no colours when NO_COLOR is set or output is not a terminal")
        var got: [AuditExpectation.Finding] = []
        for (index, line) in lines.enumerated() {
            guard let match = line.firstMatch(of: /^  (FAIL|warn|unknown) +(\S+) \[([^\]]+)\]\s/) else { continue }
            var entry = AuditExpectation.Finding(
                item: String(match.2), subject: String(match.3), status: Self.labels[String(match.1)] ?? "?")
            if index + 1 < lines.count, let place = lines[index + 1].firstMatch(of: /^       at (\S+):(\d+):(\d+)$/),
                entry.status != "unknown"
            {
                entry.file = String(place.1)
                entry.line = Int(place.2)
            }
            got.append(entry)
        }
        let expected = expectation.findings.filter { $0.isProblem || $0.status == "unknown" }
        #expect(got == expected, "\(example)")
    }
}

import Foundation
import Testing

/// The machine-readable expectations (audit.json) must say what the human-written EXPECTED.md says, so
/// the two cannot drift apart: same outcome for every item and runtime entry, same evidence line where
/// EXPECTED.md names one, same stages as facts.json.
@Suite struct AuditExpectationTests {
    static let itemCount = 30

    @Test func everyExampleHasAnAuditExpectation() {
        #expect(AuditExpectation.examples == ExampleFactsTests.examples)
        #expect(AuditExpectation.examples.count >= 11)
    }

    @Test(arguments: AuditExpectation.examples)
    func auditJSONAgreesWithExpectedMarkdown(example: String) throws {
        let expectation = try AuditExpectation.load(example)
        let markdown = try String(
            contentsOf: AuditExpectation.folder.appendingPathComponent("\(example)/EXPECTED.md"), encoding: .utf8)
        let checklist = try ExpectedChecklist(markdown: markdown, runtimes: expectation.runtimes.map(\.subject))
        #expect(Set(checklist.outcomes.keys) == Set(expectation.runtimes.map(\.subject)))
        for runtime in expectation.runtimes {
            let table = try #require(checklist.outcomes[runtime.subject], "EXPECTED.md has no table for \(runtime)")
            #expect(table.count == Self.itemCount, "\(example) \(runtime.subject): \(table.count) items")
            for (item, outcome) in table.sorted(by: { $0.key < $1.key }) {
                let (status, findings) = expectation.outcome(of: item, for: runtime)
                #expect(
                    status == outcome.status,
                    "\(example) \(runtime.subject) \(item): EXPECTED.md says \(outcome.status), audit.json \(status ?? "nothing")"
                )
                guard outcome.status == "fail" || outcome.status == "warn", !outcome.locations.isEmpty else { continue }
                let located = Set(
                    findings.filter { $0.status == outcome.status }.compactMap { finding in
                        finding.file.map { ExpectedChecklist.Location(file: $0, line: finding.line ?? 0) }
                    })
                #expect(
                    !located.isDisjoint(with: outcome.locations),
                    "\(example) \(runtime.subject) \(item): EXPECTED.md names \(outcome.locations), audit.json \(located)"
                )
            }
        }
    }

    @Test(arguments: AuditExpectation.examples)
    func stagesAgreeWithFactsAndExpectedMarkdown(example: String) throws {
        let expectation = try AuditExpectation.load(example)
        let facts = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: AuditExpectation.folder.appendingPathComponent("\(example)/facts.json")))
                as? [String: Any])
        #expect(facts["stage"] as? String == expectation.stage)
        let markdown = try String(
            contentsOf: AuditExpectation.folder.appendingPathComponent("\(example)/EXPECTED.md"), encoding: .utf8)
        #expect(markdown.contains("## Stage: `\(expectation.stage)`"), "EXPECTED.md's stage heading")
        for runtime in facts["runtimes"] as? [[String: Any]] ?? [] {
            let subject =
                "runtime:\(runtime["path"] as? String ?? "")"
                + ((runtime["variant"] as? String).map { "@\($0)" } ?? "")
            let entry = try #require(expectation.runtimes.first { $0.subject == subject }, "no entry for \(subject)")
            #expect(entry.stage == runtime["stage"] as? String, "\(subject)")
        }
    }

    @Test func everyFailureOrWarningHasALocation() throws {
        for example in AuditExpectation.examples {
            for finding in try AuditExpectation.load(example).findings where finding.isProblem {
                #expect(finding.file != nil && (finding.line ?? 0) >= 1, "\(example): \(finding)")
            }
        }
    }

    /// The parser must see a disagreement: a flipped outcome in EXPECTED.md no longer matches.
    @Test func aChangedOutcomeIsNoticed() throws {
        let example = "phase1-prepared"
        let expectation = try AuditExpectation.load(example)
        var markdown = try String(
            contentsOf: AuditExpectation.folder.appendingPathComponent("\(example)/EXPECTED.md"), encoding: .utf8)
        markdown = markdown.replacingOccurrences(
            of: "| lookahead-collator | fail |", with: "| lookahead-collator | pass |")
        let checklist = try ExpectedChecklist(markdown: markdown, runtimes: expectation.runtimes.map(\.subject))
        let runtime = expectation.runtimes[0]
        #expect(checklist.outcomes[runtime.subject]?["lookahead-collator"]?.status == "pass")
        #expect(expectation.outcome(of: "lookahead-collator", for: runtime).status == "fail")
    }
}

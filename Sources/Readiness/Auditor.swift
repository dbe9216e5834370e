import Foundation
import ParaReadyCore

/// Runs every checklist item's rule against a repository's facts.
public struct Auditor: Sendable {
    public let checklist: Checklist
    public let rules: [String: any Rule]

    public init(checklist: Checklist, rules: [String: any Rule] = RuleRegistry.byID) {
        self.checklist = checklist
        self.rules = rules
    }

    /// Ids that have a document but no rule, or a rule but no document.
    public func mismatches() -> (withoutRule: [String], withoutDocument: [String]) {
        let documented = Set(checklist.items.map(\.id))
        let implemented = Set(rules.keys)
        return (documented.subtracting(implemented).sorted(), implemented.subtracting(documented).sorted())
    }

    /// Audits `facts`. `root` is the repository on disk, used only to read the offending source lines.
    public func audit(_ facts: RepositoryFacts, root: String?) throws(ParaReadyError) -> AuditReport {
        let (withoutRule, withoutDocument) = mismatches()
        if !withoutRule.isEmpty || !withoutDocument.isEmpty {
            throw ParaReadyError(
                .internal, "checklist and rules disagree",
                causes: withoutRule.map { "no rule for \($0)" } + withoutDocument.map { "no document for \($0)" })
        }
        var lines = SourceLines(root: root)
        var findings: [Finding] = []
        for item in checklist.items {
            guard let rule = rules[item.id] else { continue }
            for var finding in rule.evaluate(RuleContext(facts: facts, item: item)) {
                if finding.isProblem, let file = finding.file, let line = finding.line {
                    finding.sourceLine = lines.line(file, line)
                }
                findings.append(finding)
            }
        }
        var summary = AuditReport.Summary()
        for finding in findings { summary.count(finding) }
        let next = facts.stage.next
        return AuditReport(
            stage: facts.stage, nextStage: next, nextSteps: nextSteps(findings, to: next), summary: summary,
            findings: findings, facts: facts)
    }

    /// Problem items of the phases the next stage needs, in checklist order, each once.
    func nextSteps(_ findings: [Finding], to stage: Stage?) -> [String] {
        guard let stage else { return [] }
        let phases: Set<ChecklistItem.Phase>
        switch stage {
        case .notStarted, .runtimePrepared: phases = [.prerequisites, .runtime]
        case .nodeReady: phases = [.prerequisites, .runtime, .node]
        case .enabled, .elastic: phases = Set(ChecklistItem.Phase.allCases)
        }
        var seen: Set<String> = []
        var steps: [String] = []
        for item in checklist.items where phases.contains(item.phase) {
            let problem = findings.contains { $0.item == item.id && $0.isProblem }
            if problem && seen.insert(item.id).inserted { steps.append(item.id) }
        }
        return steps
    }
}

/// Reads source lines of the audited repository on demand, each file once. Never writes.
struct SourceLines {
    let root: String?
    private var cache: [String: [Substring]] = [:]

    init(root: String?) { self.root = root }

    mutating func line(_ file: String, _ number: Int) -> String? {
        guard let root, number >= 1 else { return nil }
        if cache[file] == nil {
            guard let data = FileManager.default.contents(atPath: root + "/" + file),
                let text = String(data: data, encoding: .utf8)
            else { return nil }
            cache[file] = text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        guard let lines = cache[file], number <= lines.count else { return nil }
        let line = lines[number - 1]
        return String(line.hasSuffix("\r") ? line.dropLast() : line)
    }
}

/// The result of an audit: the facts, every finding, and what to do next (`paraready audit --format json`).
public struct AuditReport: Codable, Hashable, Sendable {
    public var schema = "paraready.audit/1"
    public var stage: Stage
    public var nextStage: Stage?
    /// Items to do, in order, to reach the next stage (ids of failing or warning items of the phases that stage needs).
    public var nextSteps: [String]
    public var summary: Summary
    public var findings: [Finding]
    public var facts: RepositoryFacts

    public struct Summary: Codable, Hashable, Sendable {
        public var pass = 0
        public var fail = 0
        public var warn = 0
        public var notApplicable = 0
        public var unknown = 0
        public var errors = 0
        public var warnings = 0

        mutating func count(_ finding: Finding) {
            switch finding.status {
            case .pass: pass += 1
            case .fail: fail += 1
            case .warn: warn += 1
            case .notApplicable: notApplicable += 1
            case .unknown: unknown += 1
            }
            guard finding.isProblem else { return }
            if finding.severity == .error && finding.status == .fail { errors += 1 } else { warnings += 1 }
        }
    }

    /// The most severe problem level present: findings that fail an error item are errors, everything else
    /// that asks for work (warn status, or failing a warning item) is a warning.
    public func hasProblems(atLeast level: ChecklistItem.Severity) -> Bool {
        switch level {
        case .error: summary.errors > 0
        case .warning, .info: summary.errors + summary.warnings > 0
        }
    }
}

import Readiness

/// Findings arranged the way every human-readable report shows them: by phase, then checklist order.
struct ReportGrouping {
    struct Group {
        var phase: ChecklistItem.Phase
        var entries: [(item: ChecklistItem, findings: [Finding])]
    }

    let groups: [Group]

    init(report: AuditReport, checklist: Checklist, includeAll: Bool) {
        var groups: [Group] = []
        for phase in ChecklistItem.Phase.allCases {
            var entries: [(item: ChecklistItem, findings: [Finding])] = []
            for item in checklist.items where item.phase == phase {
                let findings = report.findings.filter {
                    $0.item == item.id && (includeAll || $0.isProblem || $0.status == .unknown)
                }
                if !findings.isEmpty { entries.append((item, findings)) }
            }
            if !entries.isEmpty { groups.append(Group(phase: phase, entries: entries)) }
        }
        self.groups = groups
    }
}

extension Finding {
    /// `file:line:column`, or nil when the finding has no location.
    var locationText: String? {
        guard let file else { return nil }
        return "\(file):\(line ?? 1):\(column ?? 1)"
    }
}

extension Finding.Status {
    /// The label reports print for the status.
    var label: String {
        switch self {
        case .pass: "pass"
        case .fail: "FAIL"
        case .warn: "warn"
        case .notApplicable: "n/a"
        case .unknown: "unknown"
        }
    }
}

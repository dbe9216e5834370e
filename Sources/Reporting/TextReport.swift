import Foundation
import Readiness

/// The terminal report: a one-screen summary first, then the problems grouped by phase.
public enum TextReport {
    public static func render(_ report: AuditReport, checklist: Checklist, options: ReportOptions) -> String {
        let paint = Painter(enabled: options.colour)
        var out = ""
        out += paint.bold("ParaReady audit of \(options.projectName)") + "\n"
        out += "stage: \(paint.bold(report.stage.rawValue)) — \(report.stage.summary)\n"
        if let sdk = report.facts.sdk.release {
            let evidence = report.facts.sdk.evidence.map { " (\($0.file):\($0.line))" } ?? ""
            out += "polkadot-sdk: \(sdk)\(evidence)\n"
        } else {
            out += "polkadot-sdk: unknown\n"
        }
        for runtime in report.facts.runtimes {
            out +=
                "  runtime \(runtime.path)\(runtime.variant.map { " [features: \($0)]" } ?? ""): \(runtime.stage.rawValue)"
            out += runtime.consensus == "aura" ? "\n" : " (consensus: \(runtime.consensus))\n"
        }
        for node in report.facts.nodes {
            out +=
                "  node \(node.displayName)\(node.variant.map { " [features: \($0)]" } ?? ""): collator \(node.collator ?? "not found")\n"
        }
        let s = report.summary
        out +=
            "findings: \(paint.red("\(s.fail) fail")), \(paint.yellow("\(s.warn) warn")), \(s.unknown) unknown, \(paint.green("\(s.pass) pass")), \(s.notApplicable) not applicable\n"
        if let next = report.nextStage {
            out += "next stage: \(next.rawValue)"
            out += report.nextSteps.isEmpty ? "\n" : " — do, in order: \(report.nextSteps.joined(separator: ", "))\n"
        }
        let grouping = ReportGrouping(report: report, checklist: checklist, includeAll: options.verbose)
        for group in grouping.groups {
            out += "\n" + paint.bold(group.phase.title) + "\n"
            for (item, findings) in group.entries {
                for finding in findings {
                    let status = paint.status(finding.status, finding.severity)
                    out += "  \(status) \(item.id) [\(finding.subject)] \(finding.message)\n"
                    if let location = finding.locationText { out += "       at \(location)\n" }
                    if let source = finding.sourceLine {
                        out += "       | \(source.trimmingCharacters())\n"
                    }
                    if finding.isProblem {
                        if let expected = finding.expected {
                            out +=
                                "       expected: \(expected)" + (finding.actual.map { ", found: \($0)" } ?? "") + "\n"
                        }
                        if let change = finding.change { out += "       change: \(change)\n" }
                        out += "       see: \(options.link(item.id))\n"
                    }
                }
            }
        }
        if grouping.groups.isEmpty { out += "\nNo problems found.\n" }
        if !report.facts.warnings.isEmpty {
            out += "\n" + paint.bold("Analysis warnings") + "\n"
            for warning in report.facts.warnings {
                let location = warning.file.map { "\($0):\(warning.line ?? 1):\(warning.column ?? 1): " } ?? ""
                out += "  \(location)\(warning.message)\n"
            }
        }
        return out
    }
}

/// ANSI colours, or plain text when disabled.
struct Painter {
    let enabled: Bool

    func wrap(_ code: String, _ text: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    func bold(_ text: String) -> String { wrap("1", text) }
    func red(_ text: String) -> String { wrap("31", text) }
    func yellow(_ text: String) -> String { wrap("33", text) }
    func green(_ text: String) -> String { wrap("32", text) }

    func status(_ status: Finding.Status, _ severity: ChecklistItem.Severity) -> String {
        let label = status.label.padding(toLength: 7)
        switch status {
        case .fail: return severity == .error ? red(label) : yellow(label)
        case .warn: return yellow(label)
        case .pass: return green(label)
        case .notApplicable, .unknown: return label
        }
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }

    func trimmingCharacters() -> String {
        var slice = Substring(self)
        while let f = slice.first, f.isWhitespace { slice.removeFirst() }
        while let l = slice.last, l.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}

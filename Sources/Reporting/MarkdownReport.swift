import Foundation
import Readiness

/// The per-project report a person reads (and the site publishes): stage, next steps, findings by phase.
public enum MarkdownReport {
    public static func render(_ report: AuditReport, checklist: Checklist, options: ReportOptions) -> String {
        var out = "# Async-backing readiness: \(escape(options.projectName))\n\n"
        out += "**Stage:** `\(report.stage.rawValue)` — \(report.stage.summary).\n\n"
        if let release = report.facts.sdk.release {
            out += "**polkadot-sdk:** `\(release)`"
            if let evidence = report.facts.sdk.evidence { out += " (`\(evidence.file):\(evidence.line)`)" }
            out += "\n\n"
        } else {
            out += "**polkadot-sdk:** not determined\n\n"
        }
        let s = report.summary
        out += "| fail | warn | unknown | pass | not applicable |\n|---:|---:|---:|---:|---:|\n"
        out += "| \(s.fail) | \(s.warn) | \(s.unknown) | \(s.pass) | \(s.notApplicable) |\n\n"
        if let next = report.nextStage {
            out += "## Next: \(next.rawValue)\n\n"
            if report.nextSteps.isEmpty {
                out += "Nothing in this repository blocks the next stage.\n\n"
            } else {
                for (number, id) in report.nextSteps.enumerated() {
                    let title = checklist[id]?.title ?? id
                    out += "\(number + 1). [\(escape(title))](\(options.link(id)))\n"
                }
                out += "\n"
            }
        }
        out += "## Runtimes and nodes\n\n| kind | path | variant | stage / collator |\n|---|---|---|---|\n"
        for runtime in report.facts.runtimes {
            out +=
                "| runtime (\(runtime.consensus)) | `\(runtime.path)` | \(runtime.variant.map { "`\($0)`" } ?? "default") | `\(runtime.stage.rawValue)` |\n"
        }
        for node in report.facts.nodes {
            out +=
                "| node | `\(node.displayName)` | \(node.variant.map { "`\($0)`" } ?? "default") | \(node.collator.map { "`\($0)`" } ?? "not found") |\n"
        }
        out += "\n"
        for group in ReportGrouping(report: report, checklist: checklist, includeAll: true).groups {
            out += "## \(group.phase.title)\n\n"
            for (item, findings) in group.entries {
                out += "### [\(escape(item.title))](\(options.link(item.id)))\n\n"
                for finding in findings {
                    out += "- **\(finding.status.label)** (`\(finding.subject)`): \(escape(finding.message))"
                    if let location = finding.locationText { out += " — `\(location)`" }
                    out += "\n"
                    if finding.isProblem {
                        if let source = finding.sourceLine {
                            out += "\n  ```\(fenceLanguage(finding.file))\n  \(source.trimmingCharacters())\n  ```\n\n"
                        }
                        if let expected = finding.expected {
                            out += "  Expected `\(expected)`" + (finding.actual.map { ", found `\($0)`" } ?? "") + ".\n"
                        }
                        if let change = finding.change { out += "  Change: \(change)\n" }
                    }
                }
                out += "\n"
            }
        }
        return out
    }

    /// The code-fence language for a source line of `file` (Rust sources, Cargo and zombienet TOML, JSON).
    static func fenceLanguage(_ file: String?) -> String {
        switch file?.split(separator: ".").last {
        case "toml": "toml"
        case "json": "json"
        default: "rust"
        }
    }

    /// Escapes text so Markdown renders it literally (no accidental emphasis, links or raw HTML).
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_{}[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

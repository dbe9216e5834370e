import Foundation

@testable import Readiness

/// A small checklist and a report with one failing, one warning and one passing finding.
enum ReportFixtures {
    static func item(_ id: String, _ phase: ChecklistItem.Phase, _ severity: ChecklistItem.Severity, order: Int)
        -> ChecklistItem
    {
        ChecklistItem(
            id: id, title: "Title of \(id) <&>", phase: phase, order: order, severity: severity, appliesTo: .runtime,
            auraOnly: true, symbols: [], since: nil, guide: nil,
            body: "## What it is\n\nExplains `\(id)`.\n\n## The change\n\n```rust\nconst X: u32 = 3;\n```\n",
            path: "checklist/\(id).md")
    }

    static let checklist: Checklist = try! Checklist(items: [
        item("consensus-hook", .runtime, .error, order: 1),
        item("authoring-duration", .node, .warning, order: 1),
        item("six-second-blocks", .activation, .error, order: 1),
    ])

    static var report: AuditReport {
        var runtime = RuntimeFacts(path: "runtime", crate: "demo-runtime")
        runtime.stage = .notStarted
        let facts = RepositoryFacts(
            sdk: SDKFact(release: "polkadot-v1.7.0", evidence: Evidence(file: "Cargo.toml", line: 7)),
            runtimes: [runtime], nodes: [])
        var fail = Finding(
            item: "consensus-hook", severity: .error, status: .fail, subject: "runtime:runtime",
            message: "no ConsensusHook <script>", at: Evidence(file: "runtime/src/lib.rs", line: 42, column: 5),
            expected: "FixedVelocityConsensusHook", actual: "ExpectParentIncluded", change: "use the hook")
        fail.sourceLine = "    type ConsensusHook = ExpectParentIncluded;"
        let warn = Finding(
            item: "authoring-duration", severity: .warning, status: .warn, subject: "node:node",
            message: "1500 ms", at: Evidence(file: "node/src/service.rs", line: 300), expected: "2000", actual: "1500")
        let pass = Finding(
            item: "six-second-blocks", severity: .error, status: .pass, subject: "runtime:runtime", message: "6000")
        var summary = AuditReport.Summary()
        summary.fail = 1
        summary.warn = 1
        summary.pass = 1
        summary.errors = 1
        summary.warnings = 1
        return AuditReport(
            stage: .notStarted, nextStage: .runtimePrepared, nextSteps: ["consensus-hook"], summary: summary,
            findings: [fail, warn, pass], facts: facts)
    }

    /// The shared/ folder: `PARAREADY_SHARED`, or the first ancestor of the package holding `shared/DESIGN.md`.
    static var sharedFolder: URL? {
        if let env = ProcessInfo.processInfo.environment["PARAREADY_SHARED"] { return URL(fileURLWithPath: env) }
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = directory.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("DESIGN.md").path) {
                return candidate
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }
}

import ParaReadyCore
import Readiness

/// Orders what an audit found and what the fixer can do into the steps towards a target stage.
public enum MigrationPlanner {
    /// The stages `plan` and `fix` accept as targets.
    public static let targets: [Stage] = [.runtimePrepared, .nodeReady, .enabled]

    /// The default target: the stage after `stage`, or nil when there is nothing further to migrate to.
    public static func defaultTarget(after stage: Stage) -> Stage? {
        targets.first { $0 > stage }
    }

    /// The checklist phases a target needs done.
    static func phases(for target: Stage) -> Set<ChecklistItem.Phase> {
        switch target {
        case .notStarted, .runtimePrepared: [.prerequisites, .runtime]
        case .nodeReady: [.prerequisites, .runtime, .node]
        case .enabled, .elastic: Set(ChecklistItem.Phase.allCases)
        }
    }

    /// The plan from `report` (an audit of the repository) to `target`, with `fix`'s outcomes for it.
    public static func plan(report: AuditReport, fix: FixResult, target: Stage, checklist: Checklist) -> MigrationPlan {
        let phases = phases(for: target)
        var steps: [MigrationStep] = []
        var seen: Set<String> = []
        let outcomes = Dictionary(
            fix.outcomes.map { ("\($0.item)|\($0.subject)", $0) },
            uniquingKeysWith: { a, b in
                a.automatic ? a : b
            })
        guard target > report.stage else {
            return MigrationPlan(
                from: report.stage, to: target, steps: [],
                notes: ["The repository is already at \(report.stage.rawValue); nothing to do for \(target.rawValue)."])
        }
        for finding in report.findings where finding.isProblem && !finding.subject.contains("@") {
            guard let item = checklist[finding.item], phases.contains(item.phase) else { continue }
            let key = "\(finding.item)|\(finding.subject)"
            guard seen.insert(key).inserted else { continue }
            let outcome = outcomes[key]
            steps.append(
                MigrationStep(
                    item: item.id, title: item.title, phase: item.phase, subject: finding.subject,
                    file: outcome?.file ?? finding.file, line: outcome?.line ?? finding.line,
                    change: outcome?.change ?? finding.change ?? finding.expected.map { "make it \($0)" } ?? item.title,
                    automatic: outcome?.automatic ?? false,
                    manualReason: outcome?.manualReason ?? (outcome == nil ? manualReason(item) : nil)))
        }
        for outcome in fix.outcomes where !seen.contains("\(outcome.item)|\(outcome.subject)") {
            guard let item = checklist[outcome.item] else { continue }
            seen.insert("\(outcome.item)|\(outcome.subject)")
            steps.append(
                MigrationStep(
                    item: item.id, title: item.title, phase: item.phase, subject: outcome.subject, file: outcome.file,
                    line: outcome.line, change: outcome.change, automatic: outcome.automatic,
                    manualReason: outcome.manualReason))
        }
        let order = Dictionary(checklist.items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        steps.sort { a, b in
            (order[a.item] ?? .max, a.subject, a.file ?? "", a.line ?? 0)
                < (order[b.item] ?? .max, b.subject, b.file ?? "", b.line ?? 0)
        }
        attachLiveNetworkNotes(&steps, target: target)
        return MigrationPlan(
            from: report.stage, to: target, steps: steps, notes: notes(report.facts, target: target))
    }

    /// Why an item without a fixer outcome is manual.
    static func manualReason(_ item: ChecklistItem) -> String {
        switch item.id {
        case "sdk-version": "upgrading polkadot-sdk is a dependency bump across the workspace (psvm does it)"
        case "local-network-config": "the local relay configuration depends on how the team runs its test network"
        case "block-number-time-constants":
            "decide per use whether a period in blocks should keep its block count or its wall-clock length"
        default: "no mechanical change is known for this shape"
        }
    }

    /// Live-network ordering, stated on the first step it concerns.
    static func attachLiveNetworkNotes(_ steps: inout [MigrationStep], target: Stage) {
        if let index = steps.firstIndex(where: { $0.item == "lookahead-collator" }) {
            steps[index].liveNetwork = [
                "Enact the runtime upgrade with the phase 1 changes on the live chain before any collator switches: the lookahead collator asks the runtime's AuraUnincludedSegmentApi, which the old runtime does not have.",
                "Then upgrade every collator; with several collators use polkadot-v1.9.0 or later so they agree on slots while the slot duration changes.",
            ]
        }
        if let index = steps.firstIndex(where: { $0.phase == .activation }) {
            steps[index].liveNetwork = [
                "Check the relay chain first: async_backing_params max_candidate_depth 3 and allowed_ancestry_len 2, and scheduler lookahead at least 3 (Polkadot and Kusama have them; a local or test relay may not).",
                "Every collator must already run the lookahead (or slot-based) collator when the runtime upgrade with these values is enacted.",
                "The block that enacts the switch to 6 s slots is authored with the old 12 s slot: expect one `slot number mismatch` at that block; collators that read the slot duration from the runtime continue after it.",
            ]
        }
    }

    /// Plan-level notes: runtimes the target cannot be reached for from this repository alone.
    static func notes(_ facts: RepositoryFacts, target: Stage) -> [String] {
        var notes: [String] = []
        for runtime in facts.runtimes where runtime.variant == nil && runtime.stage < target {
            let nodes = StageModel.nodes(for: runtime, in: facts.nodes)
            if target == .nodeReady && nodes.isEmpty {
                notes.append(
                    "\(runtime.path): no node crate in this repository runs it, so the repository cannot show node-ready for it; its collators (built elsewhere) must switch to the lookahead collator, and `--to enabled` is the next stage this repository can reach."
                )
            }
            if runtime.consensus != "aura" {
                notes.append(
                    "\(runtime.path): consensus is \(runtime.consensus), not Aura; the Aura steps do not apply.")
            }
        }
        if facts.runtimes.contains(where: { $0.variant != nil }) {
            notes.append(
                "Some runtimes switch async backing with a cargo feature; the plan follows the default build, and values behind `#[cfg(feature = …)]` are manual steps. Usually the change is to turn that feature on in the runtime's and the node's `default` features (or to drop the gates) once each phase is live."
            )
        }
        return notes
    }
}

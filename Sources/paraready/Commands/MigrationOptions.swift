import ArgumentParser
import Foundation
import Migration
import ParaReadyCore
import Readiness

/// The arguments `plan` and `fix` share, and the audit → fix → plan pipeline behind both.
struct MigrationOptions: ParsableArguments {
    enum Target: String, ExpressibleByArgument, CaseIterable {
        case runtimePrepared = "runtime-prepared"
        case nodeReady = "node-ready"
        case enabled

        var stage: Stage { Stage(rawValue: rawValue)! }
    }

    @Argument(help: "The repository (the folder with the workspace's Cargo.toml).")
    var path: String = "."

    @Option(help: "Target stage: runtime-prepared, node-ready or enabled (default: the next stage).")
    var to: Target?

    @Option(help: "Read the checklist from this folder instead of the one built into paraready.")
    var checklistDir: String?

    /// The audit, the fix and the plan towards the target; nil target when the repository needs nothing.
    func run() throws(ParaReadyError) -> (plan: MigrationPlan?, fix: FixResult?, stage: Stage) {
        let checklist = try loadChecklist(checklistDir)
        let facts = try FactsExtractor(root: path).extract()
        let report = try Auditor(checklist: checklist).audit(facts, root: path)
        guard let target = to?.stage ?? MigrationPlanner.defaultTarget(after: facts.stage) else {
            return (nil, nil, facts.stage)
        }
        let fix = try MigrationFixer(root: path, facts: facts, target: target).run()
        let plan = MigrationPlanner.plan(report: report, fix: fix, target: target, checklist: checklist)
        return (plan, fix, facts.stage)
    }
}

import Foundation
import ParaReadyCore
import Readiness

/// Computes the edits that take a repository to a target stage (`paraready fix`). Never writes.
public struct MigrationFixer: Sendable {
    public let root: String
    public let facts: RepositoryFacts
    public let target: Stage

    /// `root` is the repository on disk the facts were read from.
    public init(root: String, facts: RepositoryFacts, target: Stage) {
        self.root = root
        self.facts = facts
        self.target = target
    }

    /// Every change for the target: automatic ones as edits, the rest as manual steps.
    public func run() throws(ParaReadyError) -> FixResult {
        var context = FixContext(root: root, facts: facts, target: target)
        guard target > facts.stage else { return FixResult(outcomes: [], changes: context.changes) }
        let beforeV113 = ManifestFixer.isBeforeV113(facts.sdk.release)
        for runtime in facts.runtimes where runtime.variant == nil && runtime.stage < target {
            guard runtime.consensus == "aura" else {
                context.manual(
                    "consensus-hook", runtime.subject,
                    "follow the \(runtime.consensus) collator framework's async backing guide",
                    reason: "the runtime does not use Aura; ParaReady's changes are for Aura chains",
                    file: runtime.consensusHook?.file, line: runtime.consensusHook?.line)
                continue
            }
            let files = try context.sources(ofCrate: runtime.path)
            var fixer = RuntimeFixer(runtime: runtime, files: files, capacity: target == .enabled ? 3 : 1)
            let manifest = ManifestFixer(runtime: runtime, beforeV113: beforeV113)
            let constants = fixer.constants(&context)
            let hook = fixer.consensusHook(&context, constants: constants)
            fixer.relayNumber(&context)
            if fixer.auraSlotDuration(&context) { try manifest.auraExperimental(&context) }
            fixer.auraAPISlotDuration(&context)
            fixer.unincludedSegmentAPI(&context, hook: hook)
            fixer.checkInherents(&context)
            try manifest.primitivesAura(&context)
            try manifest.consensusHookFeature(&context, hookWired: hook != nil)
            if target >= .enabled { fixer.activation(&context) }
        }
        if target >= .nodeReady {
            for node in facts.nodes where node.variant == nil {
                guard let path = node.collatorEvidence?.file, node.path != nil else { continue }
                let kind = node.collator ?? ""
                guard kind == "basic" || kind == "legacy" || (node.authoringDurationMs?.value ?? 2000) < 2000 else {
                    continue
                }
                let servesTarget = facts.runtimes.contains { runtime in
                    runtime.variant == nil && runtime.stage < target
                        && StageModel.nodes(for: runtime, in: facts.nodes).contains(node)
                }
                guard servesTarget else { continue }
                let file = try context.rust(path, module: RustFile.modulePath(relativeToSource: "main.rs"))
                NodeFixer(node: node, file: file).fix(&context)
            }
        }
        return FixResult(outcomes: context.outcomes, changes: context.changes)
    }
}

/// The outcome of a fix run: what changes automatically (as a diff), and what is left to do by hand.
public struct FixResult: Sendable {
    public var outcomes: [FixOutcome]
    let changes: ChangeSet

    init(outcomes: [FixOutcome], changes: ChangeSet) {
        self.outcomes = outcomes
        self.changes = changes
    }

    /// The unified diff of every automatic change; empty when there is none.
    public func diff() throws(ParaReadyError) -> String { try changes.diff() }

    /// The repository-relative paths of the files the fix changes, sorted.
    public var files: [String] { changes.files }

    /// The new contents of each changed file.
    public func newContents() throws(ParaReadyError) -> [(path: String, text: String)] { try changes.newTexts() }
}

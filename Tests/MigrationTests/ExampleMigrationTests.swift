import Foundation
import ParaReadyCore
import Readiness
import Testing

@testable import Migration

/// `fix` on every bundled example, for every target stage it can reach: the diff matches the checked-in
/// golden file (`PARAREADY_UPDATE_GOLDEN=1` re-records), applies with `git apply --check` on a committed copy,
/// and after applying it the audit reports the target stage with no failure that was not there before.
@Suite struct ExampleMigrationTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let examples = packageRoot.appendingPathComponent("content/examples")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Example and target pairs `fix` reaches on its own.
    static let reachable: [(String, Stage)] = [
        ("legacy-template", .runtimePrepared), ("legacy-template", .nodeReady), ("legacy-template", .enabled),
        ("phase1-prepared", .nodeReady), ("phase1-prepared", .enabled),
        ("lookahead-node-12s", .enabled),
        ("stubbed-api", .runtimePrepared), ("stubbed-api", .nodeReady), ("stubbed-api", .enabled),
        ("multi-runtime", .runtimePrepared), ("multi-runtime", .enabled),
    ]

    static func audit(_ root: String) throws -> AuditReport {
        let facts = try FactsExtractor(root: root).extract()
        return try Auditor(checklist: try Checklist.bundled()).audit(facts, root: root)
    }

    static func fix(_ root: String, to target: Stage) throws -> (report: AuditReport, result: FixResult) {
        let report = try audit(root)
        return (report, try MigrationFixer(root: root, facts: report.facts, target: target).run())
    }

    static func failures(_ report: AuditReport) -> Set<String> {
        Set(report.findings.filter { $0.status == .fail }.map { "\($0.item) \($0.subject)" })
    }

    @Test(arguments: reachable.map { "\($0.0)/\($0.1.rawValue)" })
    func fixReachesTheTarget(_ name: String) throws {
        let parts = name.split(separator: "/").map(String.init)
        let target = Stage(rawValue: parts[1])!
        let source = Self.examples.appendingPathComponent(parts[0])
        let (before, result) = try Self.fix(source.path, to: target)
        let diff = try result.diff()
        #expect(!diff.isEmpty)

        let goldenFile = Self.golden.appendingPathComponent("\(parts[0])/\(parts[1]).diff")
        if ProcessInfo.processInfo.environment["PARAREADY_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: goldenFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(diff.utf8).write(to: goldenFile)
        }
        let expected = try String(contentsOf: goldenFile, encoding: .utf8)
        #expect(diff == expected, "diff differs from \(goldenFile.path); re-record with PARAREADY_UPDATE_GOLDEN=1")

        let copy = try TemporaryRepository(copying: source)
        defer { copy.remove() }
        let patch = copy.url.deletingLastPathComponent().appendingPathComponent("fix.diff")
        try Data(diff.utf8).write(to: patch)
        #expect(try copy.run(["git", "apply", "--check", patch.path]) == 0)
        #expect(try copy.run(["git", "apply", patch.path]) == 0)

        let after = try Self.audit(copy.url.path)
        #expect(after.stage >= target)
        let newFailures = Self.failures(after).subtracting(Self.failures(before))
        #expect(newFailures.isEmpty, "new failures: \(newFailures.sorted())")

        // Idempotent: once applied, the fix has nothing more to do.
        let again = try MigrationFixer(root: copy.url.path, facts: after.facts, target: target).run()
        #expect(try again.diff().isEmpty)
    }

    @Test(arguments: reachable.map { "\($0.0)/\($0.1.rawValue)" })
    func patchOneAppliesTheSameDiff(_ name: String) throws {
        let parts = name.split(separator: "/").map(String.init)
        let source = Self.examples.appendingPathComponent(parts[0])
        let diff = try Self.fix(source.path, to: Stage(rawValue: parts[1])!).result.diff()
        let copy = try TemporaryRepository(copying: source, git: false)
        defer { copy.remove() }
        let patch = copy.url.deletingLastPathComponent().appendingPathComponent("fix.diff")
        try Data(diff.utf8).write(to: patch)
        #expect(try copy.run(["patch", "-s", "-p1", "--dry-run", "-i", patch.path]) == 0)
    }

    @Test func everyAutomaticStepOfThePlanHasEdits() throws {
        let source = Self.examples.appendingPathComponent("legacy-template")
        let (report, result) = try Self.fix(source.path, to: .enabled)
        let plan = MigrationPlanner.plan(
            report: report, fix: result, target: .enabled, checklist: try Checklist.bundled())
        #expect(plan.from == .notStarted && plan.to == .enabled)
        let items = plan.steps.map(\.item)
        #expect(items.firstIndex(of: "consensus-hook")! < items.firstIndex(of: "lookahead-collator")!)
        #expect(items.firstIndex(of: "lookahead-collator")! < items.firstIndex(of: "six-second-blocks")!)
        #expect(plan.steps.first { $0.item == "sdk-version" }?.automatic == false)
        #expect(plan.steps.first { $0.phase == .node }?.liveNetwork?.isEmpty == false)
        #expect(
            plan.steps.first { $0.phase == .activation }?.liveNetwork?.contains { $0.contains("slot number mismatch") }
                == true)
        for step in plan.steps where step.automatic && step.item != "para-backend" {
            let partOf = result.outcomes.first { $0.item == step.item && $0.subject == step.subject }?.partOf
            #expect(partOf != nil || result.outcomes.contains { $0.item == step.item && !$0.edits.isEmpty })
        }
    }

    @Test func featureGatedRepositoryGetsManualStepsWithLocations() throws {
        let source = Self.examples.appendingPathComponent("feature-variants")
        let (report, result) = try Self.fix(source.path, to: .enabled)
        #expect(try result.diff().isEmpty)
        let plan = MigrationPlanner.plan(
            report: report, fix: result, target: .enabled, checklist: try Checklist.bundled())
        let collator = try #require(plan.steps.first { $0.item == "lookahead-collator" })
        #expect(!collator.automatic)
        #expect(collator.manualReason?.contains("cargo feature") == true)
        #expect(collator.file == "node/src/service.rs" && collator.line != nil)
        #expect(plan.steps.filter { $0.phase == .activation }.allSatisfy { !$0.automatic && $0.file != nil })
    }

    @Test func runtimesWithoutANodeCannotBeNodeReadyHere() throws {
        let source = Self.examples.appendingPathComponent("multi-runtime")
        let (report, result) = try Self.fix(source.path, to: .nodeReady)
        let plan = MigrationPlanner.plan(
            report: report, fix: result, target: .nodeReady, checklist: try Checklist.bundled())
        #expect(plan.notes.contains { $0.hasPrefix("runtimes/devnet: no node crate") })
        #expect(plan.notes.contains { $0.hasPrefix("runtimes/canary: no node crate") })
    }

    @Test(arguments: ["enabled-template", "elastic-scaling", "constants-crate", "nimbus-chain", "omni-node-runtime"])
    func enabledExamplesNeedNothing(_ example: String) throws {
        let source = Self.examples.appendingPathComponent(example)
        let report = try Self.audit(source.path)
        #expect(MigrationPlanner.defaultTarget(after: report.stage) == nil)
        let result = try MigrationFixer(root: source.path, facts: report.facts, target: .enabled).run()
        #expect(try result.diff().isEmpty)
    }

    @Test func crlfRepositoryKeepsItsLineEndings() throws {
        let source = Self.examples.appendingPathComponent("legacy-template")
        let copy = try TemporaryRepository(copying: source, git: false)
        defer { copy.remove() }
        let path = copy.url.appendingPathComponent("runtime/src/lib.rs")
        let original = try String(contentsOf: path, encoding: .utf8)
        let crlf = original.replacingOccurrences(of: "\n", with: "\r\n")
        try Data(crlf.utf8).write(to: path)
        let (_, result) = try Self.fix(copy.url.path, to: .runtimePrepared)
        let contents = try result.newContents()
        let lib = try #require(contents.first { $0.path == "runtime/src/lib.rs" }?.text)
        let bytes = Array(lib.utf8)
        let lone = zip(bytes.indices, bytes).filter { $0.1 == 0x0A && ($0.0 == 0 || bytes[$0.0 - 1] != 0x0D) }
        #expect(lone.isEmpty, "every line of the CRLF file still ends in CRLF")
        #expect(lib.contains("type ConsensusHook = ConsensusHook;\r\n"))
        // The Cargo manifest was LF and stays LF.
        let manifest = try #require(contents.first { $0.path == "runtime/Cargo.toml" }?.text)
        #expect(!manifest.utf8.contains(0x0D))
    }
}

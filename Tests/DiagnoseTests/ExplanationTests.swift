import Diagnose
import ParaReadyCore
import Readiness
import Testing

@Suite struct ExplanationTests {
    static func scope(_ facts: [String: FactSet.Value]) -> FactSet.Scope { scope("runtime", facts) }

    static func scope(_ name: String, _ facts: [String: FactSet.Value]) -> FactSet.Scope {
        var located: [String: FactSet.Fact] = [:]
        for (line, (key, value)) in facts.sorted(by: { $0.key < $1.key }).enumerated() {
            located[key] = FactSet.Fact(value, at: SourceLocation(file: "\(name)/src/lib.rs", line: 10 + line))
        }
        return FactSet.Scope(name: name, facts: located)
    }

    static func diagnose(_ fixture: String, _ facts: FactSet) throws -> DiagnosisReport {
        try LogDiagnoser(catalog: TestSupport.catalog(), facts: facts, repository: "repo").diagnose(
            file: TestSupport.fixture(fixture))
    }

    @Test func capacityOneWithSixSecondBlocksExplainsAFullSegment() throws {
        let facts = FactSet(scopes: [
            Self.scope(["capacity": .int(1), "millisecsPerBlock": .int(6000), "collator": .string("lookahead")])
        ])
        let report = try Self.diagnose("unincluded-segment-full.log", facts)
        let finding = try #require(report.findings.first { $0.id == "unincluded-segment-full" })
        #expect(finding.explanations.map(\.when) == ["capacity == 1 and millisecsPerBlock == 6000", "capacity == 1"])
        #expect(finding.explanations[0].scope == "runtime")
        #expect(finding.explanations[0].says.contains("MILLISECS_PER_BLOCK = 6000"))
        #expect(finding.explanations[0].evidence == ["runtime/src/lib.rs:10", "runtime/src/lib.rs:12"])
        #expect(report.repository == "repo")
        #expect(report.text(colors: false).contains("repo   runtime: Blocks are meant to come every 6 s"))
    }

    @Test func factsThatDoNotHoldOrAreMissingExplainNothing() throws {
        let healthy = FactSet(scopes: [
            Self.scope(["capacity": .int(3), "millisecsPerBlock": .int(6000), "collator": .string("lookahead")])
        ])
        let report = try Self.diagnose("unincluded-segment-full.log", healthy)
        #expect(report.findings.allSatisfy { $0.explanations.isEmpty })
        let unknown = try Self.diagnose("unincluded-segment-full.log", FactSet(scopes: [Self.scope([:])]))
        #expect(unknown.findings.allSatisfy { $0.explanations.isEmpty })
    }

    @Test func placeholdersAreFilledFromTheScope() throws {
        let facts = FactSet(scopes: [
            Self.scope("runtimes/a", ["allowMultipleBlocksPerSlot": .bool(false), "capacity": .int(3)]),
            Self.scope("runtimes/b", ["allowMultipleBlocksPerSlot": .bool(true), "capacity": .int(3)]),
        ])
        let finding = try #require(try Self.diagnose("slot-must-increase.log", facts).findings.first)
        #expect(finding.explanations.count == 1)
        #expect(finding.explanations[0].scope == "runtimes/a")
        #expect(finding.explanations[0].says.hasPrefix("The capacity is 3 but AllowMultipleBlocksPerSlot is false"))
        #expect(!finding.explanations[0].says.contains("{"))
    }

    @Test func guideOnlySignaturesAreSurfacedByRepositoryFacts() throws {
        let old = FactSet(scopes: [Self.scope(["sdkRelease": .string("polkadot-v1.1.0")])])
        let report = try Self.diagnose("clean.log", old)
        let note = try #require(report.guideOnly.first { $0.id == "old-collators-stuck" })
        #expect(note.explanations.count == 1)
        #expect(note.explanations[0].says.contains("polkadot-v1.1.0"))
        #expect(
            report.text(colors: false).contains(
                "Old collators stuck after relay enablement  (old-collators-stuck) — suggested by the repository"))
        // Still a clean log: guide-only notes are not findings.
        #expect(report.findings.isEmpty)
        let recent = FactSet(scopes: [Self.scope(["sdkRelease": .string("polkadot-stable2503")])])
        #expect(try Self.diagnose("clean.log", recent).guideOnly.allSatisfy { $0.explanations.isEmpty })
    }

    @Test func intervalFindingsAreExplainedToo() throws {
        let facts = FactSet(scopes: [
            Self.scope([
                "capacity": .int(1), "millisecsPerBlock": .int(12000), "collator": .string("basic"),
                "unincludedSegmentApi": .string("absent"), "authoringDurationMs": .int(500),
                "allowMultipleBlocksPerSlot": .bool(false),
            ])
        ])
        let finding = try #require(try Self.diagnose("blocks-not-six-seconds.log", facts).findings.first)
        #expect(
            finding.explanations.map(\.when) == [
                "capacity == 1", "millisecsPerBlock > 6000", "collator in [basic, legacy]",
                "unincludedSegmentApi != present", "authoringDurationMs < 1500", "allowMultipleBlocksPerSlot == false",
            ])
        #expect(finding.explanations[3].says.hasPrefix("AuraUnincludedSegmentApi is absent"))
    }

    // MARK: - From the facts document

    static func repositoryFacts() -> RepositoryFacts {
        var runtime = RuntimeFacts(path: "runtime", crate: "demo-runtime")
        runtime.constants[ConstantKey.capacity] = Located(1, file: "runtime/src/lib.rs", line: 40)
        runtime.constants[ConstantKey.blockTime] = Located(
            6000, file: "runtime/src/lib.rs", line: 30, symbol: "MILLI_SECS_PER_BLOCK")
        runtime.constants[ConstantKey.slotDuration] = Located(6000, file: "runtime/src/lib.rs", line: 31)
        runtime.auraApiSlotDuration = SourceFact(
            source: "Aura::slot_duration()", valueMs: 12000, file: "runtime/src/apis.rs", line: 88)
        runtime.allowMultipleBlocksPerSlot = Located(false, file: "runtime/src/configs/mod.rs", line: 120)
        runtime.checkAssociatedRelayNumber = Located("strict", file: "runtime/src/configs/mod.rs", line: 99)
        runtime.unincludedSegmentApi = UnincludedSegmentAPIFact(
            present: true, stub: true, file: "runtime/src/apis.rs", line: 140)
        var node = NodeFacts(path: "node", crate: "demo-node")
        node.collator = "lookahead"
        node.collatorEvidence = Evidence(file: "node/src/service.rs", line: 300)
        node.authoringDurationMs = Located(1500, file: "node/src/service.rs", line: 320)
        let sdk = SDKFact(release: "polkadot-v1.7.0", evidence: Evidence(file: "Cargo.lock", line: 1200))
        return RepositoryFacts(
            sdk: sdk, runtimes: [runtime], nodes: [NodeFacts(path: "a-helper", crate: "helper"), node])
    }

    @Test func factSetFromRepositoryFactsKeepsValuesAndLocations() throws {
        let set = FactSet(Self.repositoryFacts())
        #expect(set.scopes.map(\.name) == ["runtime"])
        let facts = set.scopes[0].facts
        #expect(facts["capacity"] == FactSet.Fact(.int(1), at: SourceLocation(file: "runtime/src/lib.rs", line: 40)))
        #expect(facts["millisecsPerBlock"]?.value == .int(6000))
        #expect(facts["slotDurationsAgree"]?.value == .bool(false))
        #expect(facts["allowMultipleBlocksPerSlot"]?.value == .bool(false))
        #expect(facts["checkAssociatedRelayNumber"]?.value == .string("strict"))
        #expect(facts["unincludedSegmentApi"]?.value == .string("stub"))
        #expect(
            facts["collator"]
                == FactSet.Fact(.string("lookahead"), at: SourceLocation(file: "node/src/service.rs", line: 300)))
        #expect(facts["authoringDurationMs"]?.value == .int(1500))
        #expect(facts["sdkRelease"]?.location == SourceLocation(file: "Cargo.lock", line: 1200))
        #expect(facts["velocity"] == nil)
        #expect(facts["minimumPeriodMs"] == nil)
        #expect(facts["stage"]?.value == .string("not-started"))
    }

    @Test func repositoryFactsExplainTheMismatchAndTheStrictRelayCheck() throws {
        let set = FactSet(Self.repositoryFacts())
        let mismatch = try #require(try Self.diagnose("slot-number-mismatch.log", set).findings.first)
        #expect(mismatch.explanations.map(\.when) == ["slotDurationsAgree == false", "sdkRelease < polkadot-v1.8.0"])
        #expect(mismatch.explanations[0].evidence == ["runtime/src/apis.rs:88"])
        let strict = try Self.diagnose("relay-number-strict.log", set).findings.first { $0.id == "relay-number-strict" }
        #expect(
            strict?.explanations.map(\.when) == [
                "checkAssociatedRelayNumber == strict",
                "checkAssociatedRelayNumber == strict and collator in [lookahead, slot-based, omni-node]",
            ])
    }

    @Test func aRepositoryWithoutRuntimesGetsOneScope() {
        let facts = RepositoryFacts(sdk: SDKFact(release: "polkadot-stable2412"), runtimes: [], nodes: [])
        let set = FactSet(facts)
        #expect(set.scopes.map(\.name) == ["repository"])
        #expect(set.scopes[0].facts["sdkRelease"]?.value == .string("polkadot-stable2412"))
    }
}

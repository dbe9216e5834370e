import Testing

@testable import Readiness

@Suite struct RuleTests {
    static func item(_ id: String, severity: ChecklistItem.Severity = .error, aura: Bool = true) -> ChecklistItem {
        ChecklistItem(
            id: id, title: id, phase: .consistency, order: 1, severity: severity, appliesTo: .runtime, auraOnly: aura,
            symbols: [], since: nil, guide: nil, body: "", path: "checklist/\(id).md")
    }

    static func run(_ id: String, _ facts: RepositoryFacts, aura: Bool = true) -> [Finding] {
        RuleRegistry.byID[id]!.evaluate(RuleContext(facts: facts, item: item(id, aura: aura)))
    }

    @Test func registryHasOneRulePerID() {
        #expect(RuleRegistry.all.count == RuleRegistry.byID.count)
        #expect(RuleRegistry.all.count == 30)
    }

    @Test func capacityWithoutMultipleBlocksPerSlotFails() {
        let facts = FactsFixtures.facts([FactsFixtures.runtime(capacity: 3, allowMultiple: false)], nodes: [])
        let findings = Self.run("capacity-requires-multiple-blocks", facts)
        #expect(findings.map(\.status) == [.fail])
        #expect(findings.first?.line == 50)
        #expect(findings.first?.expected == "ConstBool<true>")
    }

    @Test func minimumPeriodWithMultipleBlocksFails() {
        let facts = FactsFixtures.facts([FactsFixtures.runtime(allowMultiple: true, minimumPeriod: 3000)], nodes: [])
        #expect(Self.run("minimum-period-with-multiple-blocks", facts).map(\.status) == [.fail])
        let fixed = FactsFixtures.facts([FactsFixtures.runtime(allowMultiple: true, minimumPeriod: 0)], nodes: [])
        #expect(Self.run("minimum-period-with-multiple-blocks", fixed).map(\.status) == [.pass])
    }

    @Test func strictRelayNumberWithLookaheadFails() {
        let runtime = FactsFixtures.runtime(relayCheck: "strict")
        #expect(
            Self.run(
                "strict-relay-number-with-lookahead",
                FactsFixtures.facts([runtime], nodes: [FactsFixtures.node("lookahead")])
            ).map(\.status) == [.fail])
        #expect(
            Self.run(
                "strict-relay-number-with-lookahead",
                FactsFixtures.facts([runtime], nodes: [FactsFixtures.node("basic")])
            ).map(\.status) == [.pass])
    }

    @Test func sixSecondBlocksWithCapacityOneFail() {
        let facts = FactsFixtures.facts([FactsFixtures.runtime(capacity: 1, blockTime: 6000)], nodes: [])
        #expect(Self.run("fast-blocks-need-capacity", facts).map(\.status) == [.fail])
    }

    @Test func auraOnlyItemsAreNotApplicableToOtherConsensus() {
        let facts = FactsFixtures.facts([FactsFixtures.runtime(api: (false, false), consensus: "nimbus")], nodes: [])
        #expect(Self.run("unincluded-segment-api", facts).map(\.status) == [.notApplicable])
        #expect(Self.run("unincluded-segment-api", facts, aura: false).map(\.status) == [.fail])
    }

    @Test func nodeItemsAreNotApplicableWithoutANodeCrate() {
        let facts = FactsFixtures.facts([FactsFixtures.runtime()], nodes: [])
        #expect(Self.run("lookahead-collator", facts).map(\.status) == [.notApplicable])
    }

    @Test func authoringDurationThresholds() {
        func status(_ ms: Int) -> [Finding.Status] {
            Self.run(
                "authoring-duration",
                FactsFixtures.facts([FactsFixtures.runtime()], nodes: [FactsFixtures.node("lookahead", authoring: ms)])
            ).map(\.status)
        }
        #expect(status(500) == [.fail])
        #expect(status(1500) == [.warn])
        #expect(status(2000) == [.pass])
    }

    @Test func sdkFloorAndParameterizedFeatureDependOnRelease() {
        let old = FactsFixtures.facts([FactsFixtures.runtime()], nodes: [], release: "polkadot-v1.7.0")
        #expect(Self.run("sdk-version", old).map(\.status) == [.fail])
        #expect(Self.run("consensus-hook-feature", old).map(\.status) == [.fail])
        #expect(Self.run("sdk-version", FactsFixtures.facts([], nodes: [], release: nil)).map(\.status) == [.unknown])
    }

    @Test func elasticScalingNeedsCapacityFormulaAndSlotBasedCollator() {
        var runtime = FactsFixtures.runtime(
            capacity: 4, velocity: 3, blockTime: 2000, allowMultiple: true, minimumPeriod: 0)
        runtime.relayParentOffset = Located(1, file: "runtime/src/lib.rs", line: 30)
        let findings = Self.run(
            "elastic-scaling-prerequisites", FactsFixtures.facts([runtime], nodes: [FactsFixtures.node("lookahead")]))
        #expect(findings.count == 1 && findings[0].status == .fail)
        #expect(findings[0].expected?.contains("≥ 10") == true)
        #expect(findings.contains { $0.message.contains("slot-based") })
    }
}

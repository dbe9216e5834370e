import Testing

@testable import Readiness

@Suite struct StageModelTests {
    @Test func legacyRuntimeHasNotStarted() {
        let runtime = FactsFixtures.runtime(hook: nil, api: (false, false))
        #expect(StageModel.stage(of: runtime, nodes: [FactsFixtures.node("basic")]) == .notStarted)
    }

    @Test func stubbedAPIDoesNotCountAsPrepared() {
        let runtime = FactsFixtures.runtime(api: (true, true))
        #expect(StageModel.stage(of: runtime, nodes: [FactsFixtures.node("lookahead")]) == .notStarted)
    }

    @Test func phaseOneWithBasicCollatorIsRuntimePrepared() {
        #expect(StageModel.stage(of: FactsFixtures.runtime(), nodes: [FactsFixtures.node("basic")]) == .runtimePrepared)
    }

    @Test func lookaheadWithTwelveSecondRuntimeIsNodeReady() {
        #expect(StageModel.stage(of: FactsFixtures.runtime(), nodes: [FactsFixtures.node("lookahead")]) == .nodeReady)
    }

    @Test func capacityAndSixSecondsWithLookaheadIsEnabled() {
        let runtime = FactsFixtures.runtime(capacity: 3, blockTime: 6000, allowMultiple: true, minimumPeriod: 0)
        #expect(StageModel.stage(of: runtime, nodes: [FactsFixtures.node("lookahead")]) == .enabled)
        #expect(StageModel.stage(of: runtime, nodes: []) == .enabled)
        #expect(StageModel.stage(of: runtime, nodes: [FactsFixtures.node("basic")]) == .runtimePrepared)
    }

    @Test func velocityAboveOneIsElastic() {
        let runtime = FactsFixtures.runtime(
            capacity: 10, velocity: 3, blockTime: 2000, allowMultiple: true, minimumPeriod: 0)
        #expect(StageModel.stage(of: runtime, nodes: [FactsFixtures.node("slot-based")]) == .elastic)
    }

    @Test func nonAuraChainNeedsOnlyTheHook() {
        let runtime = FactsFixtures.runtime(api: (false, false), consensus: "nimbus")
        #expect(StageModel.stage(of: runtime, nodes: []) == .runtimePrepared)
    }

    @Test func repositoryStageIsTheLeastAdvancedDefaultRuntime() {
        let enabled = FactsFixtures.runtime(capacity: 3, blockTime: 6000, allowMultiple: true, minimumPeriod: 0)
        var legacy = FactsFixtures.runtime(hook: nil, api: (false, false))
        legacy.path = "runtimes/old"
        let facts = FactsFixtures.facts([enabled, legacy], nodes: [FactsFixtures.node("lookahead")])
        #expect(facts.stage == .notStarted)
        #expect(facts.runtimes.map(\.stage) == [.enabled, .notStarted])
    }

    @Test func stagesOrderAndAdvance() {
        #expect(Stage.notStarted < .runtimePrepared && Stage.enabled < .elastic)
        #expect(Stage.nodeReady.next == .enabled)
        #expect(Stage.elastic.next == nil)
    }
}

@Suite struct ReleaseOrderTests {
    @Test(arguments: [
        ("polkadot-v1.7.0", "polkadot-v1.8.0", false),
        ("polkadot-v1.13.0", "polkadot-v1.8.0", true),
        ("polkadot-stable2409", "polkadot-v1.14.0", true),
        ("polkadot-stable2503-4", "polkadot-stable2503", true),
        ("polkadot-stable2506", "polkadot-stable2509", false),
        ("polkadot-stable2512", "polkadot-stable2512", true),
        ("polkadot-v0.9.43", "polkadot-v1.0.0", false),
    ])
    func ordersReleases(a: String, b: String, atLeast: Bool) {
        #expect(ReleaseOrder.atLeast(a, b) == atLeast)
    }

    @Test func unknownNamesGiveNoAnswer() {
        #expect(ReleaseOrder.atLeast("master", "polkadot-v1.8.0") == nil)
        #expect(ReleaseOrder.atLeast(nil, "polkadot-v1.8.0") == nil)
    }
}

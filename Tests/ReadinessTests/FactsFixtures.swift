@testable import Readiness

/// Hand-built facts for rule and stage tests.
enum FactsFixtures {
    static func runtime(
        capacity: Int? = 1, velocity: Int? = 1, blockTime: Int? = 12000, hook: String? = "fixed-velocity",
        api: (present: Bool, stub: Bool) = (true, false), allowMultiple: Bool? = false,
        minimumPeriod: Int? = 6000, relayCheck: String? = "monotonic", consensus: String = "aura"
    ) -> RuntimeFacts {
        var runtime = RuntimeFacts(path: "runtime", crate: "test-runtime", consensus: consensus)
        let file = "runtime/src/lib.rs"
        func put(_ key: String, _ value: Int?, _ line: Int) {
            if let value { runtime.constants[key] = Located(value, file: file, line: line) }
        }
        put(ConstantKey.relaySlotDuration, 6000, 10)
        put(ConstantKey.velocity, velocity, 11)
        put(ConstantKey.capacity, capacity, 12)
        put(ConstantKey.blockTime, blockTime, 13)
        put(ConstantKey.slotDuration, blockTime, 14)
        runtime.consensusHook = hook.map { ConsensusHookFact(kind: $0, file: file, line: 40, source: "ConsensusHook") }
        runtime.unincludedSegmentApi = UnincludedSegmentAPIFact(
            present: api.present, stub: api.stub, file: file, line: 90)
        runtime.allowMultipleBlocksPerSlot = allowMultiple.map { Located($0, file: file, line: 50) }
        runtime.minimumPeriodMs = minimumPeriod.map { Located($0, file: file, line: 60) }
        runtime.checkAssociatedRelayNumber = relayCheck.map { Located($0, file: file, line: 41) }
        runtime.maxBlockWeightRefTimeMs = Located(blockTime == 6000 ? 2000 : 500, file: file, line: 20)
        return runtime
    }

    static func node(_ collator: String?, authoring: Int? = 2000) -> NodeFacts {
        var node = NodeFacts(path: "node", crate: "test-node")
        node.collator = collator
        node.collatorEvidence = Evidence(file: "node/src/service.rs", line: 100)
        node.authoringDurationMs = authoring.map { Located($0, file: "node/src/service.rs", line: 120) }
        return node
    }

    static func facts(_ runtimes: [RuntimeFacts], nodes: [NodeFacts], release: String? = "polkadot-stable2503")
        -> RepositoryFacts
    {
        var staged = runtimes
        for index in staged.indices {
            staged[index].stage = StageModel.stage(
                of: staged[index], nodes: StageModel.nodes(for: staged[index], in: nodes))
        }
        return RepositoryFacts(
            sdk: SDKFact(release: release, evidence: Evidence(file: "Cargo.toml", line: 3)), runtimes: staged,
            nodes: nodes)
    }
}

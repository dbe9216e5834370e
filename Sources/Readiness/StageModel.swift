/// The stage rules of the design contract, in one place.
///
/// - `runtime-prepared`: a fixed-velocity consensus hook and a real `AuraUnincludedSegmentApi` (non-Aura chains:
///   the hook alone), capacity still 1 or blocks still 12 s;
/// - `node-ready`: prepared, and the chain's collator builds ahead (lookahead, slot-based or omni-node);
/// - `enabled`: capacity ≥ 2, blocks of 6 s or less, and such a collator (or no node crate at all);
/// - `elastic`: enabled with velocity above 1.
public enum StageModel {
    /// Collator kinds that build on unincluded parents.
    public static let asyncCollators: Set<String> = ["lookahead", "slot-based", "omni-node"]

    /// Whether phase 1 (runtime preparation) is complete for this runtime.
    public static func runtimePrepared(_ runtime: RuntimeFacts) -> Bool {
        guard runtime.consensusHook?.kind == "fixed-velocity" else { return false }
        if runtime.consensus != "aura" { return true }
        return runtime.unincludedSegmentApi.present && !runtime.unincludedSegmentApi.stub
    }

    /// Whether the runtime itself is configured for async backing (phase 3 values).
    public static func runtimeActivated(_ runtime: RuntimeFacts) -> Bool {
        guard let capacity = runtime.constant(ConstantKey.capacity), capacity >= 2 else { return false }
        guard let blockTime = runtime.constant(ConstantKey.blockTime), blockTime <= 6000 else { return false }
        return true
    }

    /// Whether the nodes that build this runtime run an async-backing collator; nil when there is no node crate.
    public static func nodesBuildAhead(_ nodes: [NodeFacts]) -> Bool? {
        guard !nodes.isEmpty else { return nil }
        return nodes.contains { node in node.collator.map { asyncCollators.contains($0) } ?? false }
    }

    /// The stage of one runtime given the nodes that run it.
    public static func stage(of runtime: RuntimeFacts, nodes: [NodeFacts]) -> Stage {
        guard runtimePrepared(runtime) else { return .notStarted }
        let buildAhead = nodesBuildAhead(nodes)
        if runtimeActivated(runtime) && buildAhead != false {
            if let velocity = runtime.constant(ConstantKey.velocity), velocity > 1 { return .elastic }
            return .enabled
        }
        return buildAhead == true ? .nodeReady : .runtimePrepared
    }

    /// The nodes that run a runtime variant: those that depend on its crate (or name no runtime at all), of the
    /// same variant, else of the default build, else the node builds whose features select this runtime (a node
    /// whose default build starts no collator, built `--features with-<name>-runtime`).
    public static func nodes(for runtime: RuntimeFacts, in nodes: [NodeFacts]) -> [NodeFacts] {
        let serving = nodes.filter { $0.runtimes.isEmpty || $0.runtimes.contains(runtime.path) }
        let sameVariant = serving.filter { $0.variant == runtime.variant }
        if !sameVariant.isEmpty { return sameVariant }
        let defaults = serving.filter { $0.variant == nil }
        if !defaults.isEmpty { return defaults }
        return serving.filter { $0.runtimes.contains(runtime.path) }
    }

    /// A repository's stage: its least advanced runtime in the default build; with no runtime, its nodes decide.
    public static func repositoryStage(runtimes: [RuntimeFacts], nodes: [NodeFacts]) -> Stage {
        let defaults = runtimes.filter { $0.variant == nil }
        let considered = defaults.isEmpty ? runtimes : defaults
        if considered.isEmpty {
            return nodesBuildAhead(nodes.filter { $0.variant == nil }) == true ? .nodeReady : .notStarted
        }
        return considered.map(\.stage).min() ?? .notStarted
    }
}

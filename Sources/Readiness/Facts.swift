/// A value read from the repository together with where it was read.
public struct Located<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    public var value: Value
    public var file: String
    public var line: Int
    public var column: Int?
    /// The name as the repository spells it, when it differs from the canonical key.
    public var symbol: String?
    /// True when the value comes from ParaReady's table of well-known external constants.
    public var external: Bool?

    public init(
        _ value: Value, file: String, line: Int, column: Int? = nil, symbol: String? = nil, external: Bool? = nil
    ) {
        self.value = value
        self.file = file
        self.line = line
        self.column = column
        self.symbol = symbol
        self.external = external
    }
}

/// A file position without a value.
public struct Evidence: Codable, Hashable, Sendable {
    public var file: String
    public var line: Int
    public var column: Int?

    public init(file: String, line: Int, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// The canonical constant keys of the facts JSON.
public enum ConstantKey {
    public static let relaySlotDuration = "RELAY_CHAIN_SLOT_DURATION_MILLIS"
    public static let velocity = "BLOCK_PROCESSING_VELOCITY"
    public static let capacity = "UNINCLUDED_SEGMENT_CAPACITY"
    public static let blockTime = "MILLISECS_PER_BLOCK"
    public static let slotDuration = "SLOT_DURATION"
    public static let relayParentOffset = "RELAY_PARENT_OFFSET"

    /// Spellings found in real repositories for each canonical key, canonical first.
    public static let spellings: [String: [String]] = [
        relaySlotDuration: [
            "RELAY_CHAIN_SLOT_DURATION_MILLIS", "RELAY_CHAIN_SLOT_DURATION_MS", "RELAY_SLOT_DURATION_MILLIS",
        ],
        velocity: ["BLOCK_PROCESSING_VELOCITY"],
        capacity: ["UNINCLUDED_SEGMENT_CAPACITY"],
        blockTime: ["MILLISECS_PER_BLOCK", "MILLI_SECS_PER_BLOCK", "MILLISECONDS_PER_BLOCK", "BLOCK_TIME_MILLIS"],
        slotDuration: ["SLOT_DURATION"],
        relayParentOffset: ["RELAY_PARENT_OFFSET"],
    ]
}

/// Which consensus hook parachain-system is configured with.
public struct ConsensusHookFact: Codable, Hashable, Sendable {
    /// `fixed-velocity`, `expect-parent-included`, `require-parent-included`, `other`, or nil when not configured.
    public var kind: String?
    public var file: String?
    public var line: Int?
    /// The type as written (`ConsensusHook`, `cumulus_pallet_aura_ext::FixedVelocityConsensusHook<…>`).
    public var source: String?

    public init(kind: String?, file: String? = nil, line: Int? = nil, source: String? = nil) {
        self.kind = kind
        self.file = file
        self.line = line
        self.source = source
    }
}

/// Whether `AuraUnincludedSegmentApi` is implemented, and whether the implementation is a stub.
public struct UnincludedSegmentAPIFact: Codable, Hashable, Sendable {
    public var present: Bool
    public var stub: Bool
    public var file: String?
    public var line: Int?

    public init(present: Bool, stub: Bool, file: String? = nil, line: Int? = nil) {
        self.present = present
        self.stub = stub
        self.file = file
        self.line = line
    }
}

/// A type or expression as written in the source, with its evaluated value when one could be computed.
public struct SourceFact: Codable, Hashable, Sendable {
    public var source: String
    public var kind: String?
    public var valueMs: Int?
    public var file: String
    public var line: Int

    public init(source: String, kind: String? = nil, valueMs: Int? = nil, file: String, line: Int) {
        self.source = source
        self.kind = kind
        self.valueMs = valueMs
        self.file = file
        self.line = line
    }
}

/// Where a pallet's `impl … Config for Runtime` block is, and the associated types it writes.
public struct ConfigImplFact: Codable, Hashable, Sendable {
    public var file: String
    public var line: Int
    /// The names of the associated types written in the block, in source order (after `cfg` evaluation).
    public var associatedTypes: [String]

    public init(file: String, line: Int, associatedTypes: [String]) {
        self.file = file
        self.line = line
        self.associatedTypes = associatedTypes
    }
}

/// The share of the slot a legacy collator authors for (`block_proposal_slot_portion:
/// SlotProportion::new(1f32 / 24f32)`), and the slot it is a share of.
public struct SlotProportionFact: Codable, Hashable, Sendable {
    /// The proportion as written (`1f32 / 24f32`).
    public var source: String
    /// Its value, clamped to 0…1 as `SlotProportion::new` does.
    public var value: Double
    /// `max_block_proposal_slot_portion` as written, when set: the cap after missed slots.
    public var maxSource: String?
    public var maxValue: Double?
    /// The slot the proportion is taken of, in milliseconds.
    public var slotDurationMs: Int?
    /// Where that slot comes from (a runtime value with its location), or what was assumed.
    public var slotDurationSource: String?
    public var file: String
    public var line: Int
    public var column: Int?

    public init(source: String, value: Double, file: String, line: Int, column: Int? = nil) {
        self.source = source
        self.value = value
        self.file = file
        self.line = line
        self.column = column
    }
}

/// A Cargo dependency of the runtime that a checklist item asks for.
public struct DependencyFact: Codable, Hashable, Sendable {
    public var present: Bool
    public var file: String
    public var line: Int?
    /// For `cumulus-primitives-aura`: whether the runtime's `std` feature enables `<dep>/std`.
    public var stdFeature: Bool?
    /// For parachain-system: the features enabled on it in the runtime's wasm build.
    public var features: [String]?
    /// For parachain-system: features that only the runtime's `std` feature turns on, so the native build has
    /// them and the wasm build (compiled without `std`) does not.
    public var nativeOnlyFeatures: [String]?

    public init(
        present: Bool, file: String, line: Int? = nil, stdFeature: Bool? = nil, features: [String]? = nil,
        nativeOnlyFeatures: [String]? = nil
    ) {
        self.present = present
        self.file = file
        self.line = line
        self.stdFeature = stdFeature
        self.features = features
        self.nativeOnlyFeatures = nativeOnlyFeatures
    }
}

/// A time constant measured in blocks (MINUTES, HOURS, DAYS…) that shrinks in wall time when blocks get faster.
public struct BlockTimeConstant: Codable, Hashable, Sendable {
    public var name: String
    public var blocks: Int?
    public var file: String
    public var line: Int
}

/// Everything ParaReady knows about one runtime crate (or one cargo-feature variant of it).
public struct RuntimeFacts: Codable, Hashable, Sendable {
    public var path: String
    public var crate: String
    /// The cargo features this variant enables beyond the defaults, joined with `,`; nil for the default build.
    public var variant: String?
    /// `aura`, or the other consensus family found (`nimbus`, …).
    public var consensus: String
    public var constants: [String: Located<Int>]
    public var maxBlockWeightRefTimeMs: Located<Int>?
    public var consensusHook: ConsensusHookFact?
    public var unincludedSegmentApi: UnincludedSegmentAPIFact
    public var allowMultipleBlocksPerSlot: Located<Bool>?
    /// `impl pallet_aura::Config for Runtime`: where it is (also when it sets neither item the checks read) and
    /// which associated types it writes.
    public var auraConfig: ConfigImplFact?
    public var minimumPeriodMs: Located<Int>?
    /// `monotonic`, `strict`, `any` or `other`.
    public var checkAssociatedRelayNumber: Located<String>?
    /// `pallet_aura::Config::SlotDuration`.
    public var auraSlotDuration: SourceFact?
    /// What `AuraApi::slot_duration` returns.
    public var auraApiSlotDuration: SourceFact?
    /// `CheckInherents` in `register_validate_block!`.
    public var checkInherents: Located<Bool>?
    public var primitivesAuraDependency: DependencyFact?
    public var parachainSystemDependency: DependencyFact?
    public var relayParentOffset: Located<Int>?
    public var relayParentOffsetApi: Evidence?
    public var blockNumberTimeConstants: [BlockTimeConstant]
    public var stage: Stage

    public init(path: String, crate: String, variant: String? = nil, consensus: String = "aura") {
        self.path = path
        self.crate = crate
        self.variant = variant
        self.consensus = consensus
        self.constants = [:]
        self.unincludedSegmentApi = UnincludedSegmentAPIFact(present: false, stub: false)
        self.blockNumberTimeConstants = []
        self.stage = .notStarted
    }

    /// The value of a canonical constant, if found.
    public func constant(_ key: String) -> Int? { constants[key]?.value }
}

/// Everything ParaReady knows about one node (collator) crate.
public struct NodeFacts: Codable, Hashable, Sendable {
    /// The node crate's folder; nil for a collator that only a launch configuration names (omni-node).
    public var path: String?
    public var crate: String?
    public var variant: String?
    /// `basic`, `lookahead`, `slot-based`, `legacy`, `omni-node`, or nil when no collator start was found.
    public var collator: String?
    public var collatorEvidence: Evidence?
    /// The workspace crate whose `collators::<kind>` module the node starts (the chain's own collator, such as
    /// Tanssi's `tc-consensus`), nil for the SDK's or another dependency's. ParaReady reads the start and its
    /// params, not the crate's collator body: the kind comes from the module's name.
    public var collatorCrate: String?
    /// For `omni-node` and `polkadot-parachain` binaries: the authoring policy their flags select
    /// (`lookahead` by default, `slot-based` with `--authoring slot-based` or `--experimental-use-slot-based`).
    public var authoringPolicy: String?
    /// Every collator kind a runtime switch (a bool or CLI flag) can start, with where.
    public var selectableCollators: [Located<String>]
    /// The collator's `authoring_duration`; for a legacy collator, the time its slot proportion gives.
    public var authoringDurationMs: Located<Int>?
    /// The legacy collator's `block_proposal_slot_portion`, when its authoring time is derived from it.
    public var slotProportion: SlotProportionFact?
    public var paraBackend: Evidence?
    public var codeHashProvider: Evidence?
    /// Paths of the workspace runtime crates this node depends on; empty when it names none (it may run any).
    public var runtimes: [String]

    public init(path: String?, crate: String?, variant: String? = nil) {
        self.path = path
        self.crate = crate
        self.variant = variant
        self.selectableCollators = []
        self.runtimes = []
    }

    /// How reports name the node: its folder, or the launch configuration that starts it.
    public var displayName: String {
        path ?? collatorEvidence.map { "launch configuration \($0.file)" } ?? "launch configuration"
    }

    /// The collator the chain actually authors with: the authoring policy for binaries, else the collator.
    public var effectiveCollator: String? {
        collator == "omni-node" ? (authoringPolicy == "slot-based" ? "slot-based" : "lookahead") : collator
    }
}

/// The polkadot-sdk release a repository builds against, and how that was decided.
public struct SDKFact: Codable, Hashable, Sendable {
    public var release: String?
    public var evidence: Evidence?
    public var method: String?
    public var detail: String?
    public var candidates: [String]

    public init(
        release: String?, evidence: Evidence? = nil, method: String? = nil, detail: String? = nil,
        candidates: [String] = []
    ) {
        self.release = release
        self.evidence = evidence
        self.method = method
        self.detail = detail
        self.candidates = candidates
    }
}

/// A local test-network configuration (zombienet) found in the repository.
public struct LocalNetworkFact: Codable, Hashable, Sendable {
    public var file: String
    public var maxCandidateDepth: Located<Int>?
    public var allowedAncestryLen: Located<Int>?
    public var lookahead: Located<Int>?
}

/// Something the analysis could not read or decide, kept in the report instead of being silently skipped.
public struct AnalysisWarning: Codable, Hashable, Sendable {
    public var message: String
    public var file: String?
    public var line: Int?
    public var column: Int?

    public init(_ message: String, file: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.file = file
        self.line = line
        self.column = column
    }
}

/// The facts document (`paraready inspect --format json`), schema `paraready.facts/1`.
public struct RepositoryFacts: Codable, Hashable, Sendable {
    public var schema = "paraready.facts/1"
    public var sdk: SDKFact
    public var runtimes: [RuntimeFacts]
    public var nodes: [NodeFacts]
    public var localNetworks: [LocalNetworkFact]
    public var stage: Stage
    public var warnings: [AnalysisWarning]

    public init(
        sdk: SDKFact, runtimes: [RuntimeFacts], nodes: [NodeFacts], localNetworks: [LocalNetworkFact] = [],
        warnings: [AnalysisWarning] = []
    ) {
        self.sdk = sdk
        self.runtimes = runtimes
        self.nodes = nodes
        self.localNetworks = localNetworks
        self.warnings = warnings
        self.stage = .notStarted
        self.stage = StageModel.repositoryStage(runtimes: runtimes, nodes: nodes)
    }
}

import ParaReadyCore

/// What `--repo` contributes to a diagnosis: named facts about the repository, grouped by scope (one scope per
/// runtime, with the node's and the repository's facts merged in).
///
/// The names are the ones signature `facts` hints use; `FactSet.kinds` lists them with their types. A fact that is
/// unknown is simply absent: hints that need it are not reported.
public struct FactSet: Sendable, Hashable {
    /// A fact value: a number, a flag or a word (`lookahead`, `strict`, a release name…).
    public enum Value: Sendable, Hashable, CustomStringConvertible {
        case int(Int)
        case bool(Bool)
        case string(String)

        public var description: String {
            switch self {
            case .int(let value): String(value)
            case .bool(let value): String(value)
            case .string(let value): value
            }
        }
    }

    /// The type a fact name must have.
    public enum Kind: String, Sendable {
        case int, bool, word, release
    }

    /// A value and where in the repository it was read.
    public struct Fact: Sendable, Hashable {
        public var value: Value
        public var location: SourceLocation?

        public init(_ value: Value, at location: SourceLocation? = nil) {
            self.value = value
            self.location = location
        }
    }

    /// The facts of one runtime (or of the whole repository when it has none).
    public struct Scope: Sendable, Hashable {
        /// How reports name the scope, e.g. `runtime` or `runtimes/kusama (feature async-backing)`.
        public var name: String
        public var facts: [String: Fact]

        public init(name: String, facts: [String: Fact]) {
            self.name = name
            self.facts = facts
        }
    }

    public var scopes: [Scope]

    public init(scopes: [Scope]) {
        self.scopes = scopes
    }

    /// Every fact name a signature hint may use, with its type.
    public static let kinds: [String: Kind] = [
        "capacity": .int,  // UNINCLUDED_SEGMENT_CAPACITY
        "velocity": .int,  // BLOCK_PROCESSING_VELOCITY
        "millisecsPerBlock": .int,  // MILLISECS_PER_BLOCK / MILLI_SECS_PER_BLOCK
        "slotDurationMs": .int,  // SLOT_DURATION
        "relaySlotDurationMs": .int,  // RELAY_CHAIN_SLOT_DURATION_MILLIS
        "slotDurationsAgree": .bool,  // SLOT_DURATION, pallet_aura::SlotDuration and AuraApi::slot_duration agree
        "allowMultipleBlocksPerSlot": .bool,
        "minimumPeriodMs": .int,  // pallet_timestamp::MinimumPeriod
        "checkAssociatedRelayNumber": .word,  // strict | monotonic | any | other
        "consensusHook": .word,  // fixed-velocity | expect-parent-included | require-parent-included | other | none
        "unincludedSegmentApi": .word,  // present | stub | absent
        "maxBlockWeightRefTimeMs": .int,
        "relayParentOffset": .int,
        "consensus": .word,  // aura | nimbus | …
        "stage": .word,  // not-started | runtime-prepared | node-ready | enabled | elastic
        "collator": .word,  // basic | lookahead | slot-based | legacy | omni-node | none
        "authoringDurationMs": .int,
        "sdkRelease": .release,  // polkadot-v1.7.0, polkadot-stable2503, …
    ]
}

import ParaReadyCore
import Testing

@testable import RustSyntax

/// A runtime crate spread over three files, written for these tests.
let runtimeFiles: [String: String] = [
    "runtime/src/lib.rs": #"""
    pub mod configs;
    mod constants;
    pub use constants::*;
    use frame_support::weights::constants::WEIGHT_REF_TIME_PER_SECOND;
    use cumulus_primitives_core::relay_chain::MAX_POV_SIZE;
    use crate::constants::block_times::MILLI_SECS_PER_BLOCK as BLOCK_MS;
    use shared_constants::fees::{self, BASE_FEE as FEE};

    mod async_backing_params {
        pub(crate) const UNINCLUDED_SEGMENT_CAPACITY: u32 = 2 * BLOCK_PROCESSING_VELOCITY + 1;
        pub(crate) const BLOCK_PROCESSING_VELOCITY: u32 = 1;
        pub(crate) const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6_000;
    }
    pub(crate) use async_backing_params::*;

    pub type BlockNumber = u32;
    pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
    pub const ALIASED: u64 = BLOCK_MS * 2;
    pub const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
        WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
        MAX_POV_SIZE as u64,
    );
    pub const OLD_WEIGHT: Weight = Weight::from_parts(
        frame_support::weights::constants::WEIGHT_REF_TIME_PER_SECOND.saturating_div(2),
        cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
    );
    pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
    pub const HOURS: BlockNumber = MINUTES * 60;

    #[cfg(feature = "async-backing")]
    pub const MILLISECS_PER_BLOCK: u64 = 6000;
    #[cfg(not(feature = "async-backing"))]
    pub const MILLISECS_PER_BLOCK: u64 = 12000;
    pub const FLAGGED: u32 = if cfg!(feature = "fast") { 1 } else { 3 };

    #[cfg(target_os = "linux")]
    pub const PLATFORM: u32 = 1;
    #[cfg(not(target_os = "linux"))]
    pub const PLATFORM: u32 = 2;
    #[cfg(target_os = "linux")]
    pub const SAME: u32 = 5;
    #[cfg(not(target_os = "linux"))]
    pub const SAME: u32 = 5;

    const A: u32 = B + 1;
    const B: u32 = A;
    const SELF_REF: u32 = SELF_REF;

    pub const fn deposit(items: u32, bytes: u32) -> u128 {
        items as u128 * 20 + (bytes as u128) * 100
    }
    pub const DEPOSIT: u128 = deposit(1, 2);
    pub const REMOTE: u64 = FEE * 3;
    pub const REMOTE_PATH: u64 = shared_constants::time::MILLISECS_PER_BLOCK;
    pub const REMOTE_MODULE: u64 = fees::BASE_FEE + 1;

    parameter_types! {
        pub const MinimumPeriod: u64 = SLOT_DURATION / 2;
        #[cfg(feature = "fast")]
        pub const Period: u32 = 10;
        #[cfg(not(feature = "fast"))]
        pub const Period: u32 = 100;
        pub storage Dynamic: u32 = 7;
        pub const ReservedWeight: Weight = MAXIMUM_BLOCK_WEIGHT.saturating_div(4);
    }

    type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
        Runtime,
        RELAY_CHAIN_SLOT_DURATION_MILLIS,
        BLOCK_PROCESSING_VELOCITY,
        UNINCLUDED_SEGMENT_CAPACITY,
    >;
    """#,
    "runtime/src/constants.rs": #"""
    pub mod block_times {
        pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
    }
    pub use block_times::*;
    pub const EXISTENTIAL: u128 = 1_000_000_000_000u128 / 10;
    """#,
    "runtime/src/configs/mod.rs": #"""
    use super::*;
    use frame_support::traits::{ConstBool, ConstU64};

    impl pallet_timestamp::Config for Runtime {
        type MinimumPeriod = ConstU64<0>;
    }

    impl pallet_aura::Config for Runtime {
        type AllowMultipleBlocksPerSlot = ConstBool<true>;
        type SlotDuration = ConstU64<SLOT_DURATION>;
        type Legacy = ConstU64<{ SLOT_DURATION / 2 }>;
        type Period = Period;
        const LOCAL: u32 = 4;
        type FromSelf = ConstU32<{ Self::LOCAL * 2 }>;
    }

    impl cumulus_pallet_parachain_system::Config for Runtime {
        type ConsensusHook = ConsensusHook;
    }

    pub const FROM_SUPER: u64 = super::SLOT_DURATION / 2;
    pub const VIA_CRATE: u32 = crate::async_backing_params::UNINCLUDED_SEGMENT_CAPACITY;
    """#,
]

/// A second workspace crate the runtime imports.
let sharedFiles: [String: String] = [
    "shared/src/lib.rs": #"""
    pub mod time {
        pub const MILLISECS_PER_BLOCK: u64 = 6000;
    }
    pub mod fees {
        pub const BASE_FEE: u64 = super::time::MILLISECS_PER_BLOCK / 1000;
    }
    """#
]

func loadRuntime(features: Set<String> = [], overrides: [String: ConstValue] = [:]) throws -> ConstEvaluator {
    let environment = CfgEnvironment(features: features)
    let runtime = try CrateSource.load(
        name: "parachain-runtime", rootFile: "runtime/src/lib.rs",
        environment: environment, provider: MemorySourceProvider(files: runtimeFiles))
    let shared = try CrateSource.load(
        name: "shared-constants", rootFile: "shared/src/lib.rs", environment: environment,
        provider: MemorySourceProvider(files: sharedFiles))
    return ConstEvaluator(crate: runtime, resolver: CrateTable([shared]), overrides: overrides)
}

@Suite struct ConstEvaluatorTests {
    @Test func constantsThroughModulesAndReExports() throws {
        let evaluator = try loadRuntime()
        #expect(evaluator.crate.diagnostics.isEmpty)
        let slot = evaluator.evaluate(path: "SLOT_DURATION")
        #expect(slot.value == .integer(6000))
        #expect(slot.location == SourceLocation(file: "runtime/src/lib.rs", line: 17, column: 11))
        #expect(slot.typeName == "u64")
        #expect(slot.external == false)
        let renamed = evaluator.evaluate(path: "MILLI_SECS_PER_BLOCK")
        #expect(renamed.location == SourceLocation(file: "runtime/src/constants.rs", line: 2, column: 15))
        #expect(evaluator.evaluate(path: "ALIASED").value == .integer(12000))
        #expect(evaluator.evaluate(path: "crate::constants::block_times::MILLI_SECS_PER_BLOCK").value == .integer(6000))
        #expect(evaluator.evaluate(path: "UNINCLUDED_SEGMENT_CAPACITY").value == .integer(3))
        #expect(evaluator.evaluate(path: "MINUTES").value == .integer(10))
        #expect(evaluator.evaluate(path: "HOURS").value == .integer(600))
        #expect(evaluator.evaluate(path: "EXISTENTIAL").value == .integer(100_000_000_000))
        #expect(evaluator.evaluate(path: "configs::FROM_SUPER").value == .integer(3000))
        #expect(evaluator.evaluate(path: "VIA_CRATE", inModule: ["configs"]).value == .integer(3))
        #expect(evaluator.evaluate(path: "super::SLOT_DURATION", inModule: ["configs"]).value == .integer(6000))
        #expect(evaluator.evaluate(path: "DEPOSIT").value == .integer(220))
    }

    @Test func cfgSelectsDefinitions() throws {
        #expect(try loadRuntime().evaluate(path: "MILLISECS_PER_BLOCK").value == .integer(12000))
        let on = try loadRuntime(features: ["async-backing"]).evaluate(path: "MILLISECS_PER_BLOCK")
        #expect(on.value == .integer(6000))
        #expect(on.location?.line == 31)
        #expect(try loadRuntime().evaluate(path: "FLAGGED").value == .integer(3))
        #expect(try loadRuntime(features: ["fast"]).evaluate(path: "FLAGGED").value == .integer(1))
        let undecided = try loadRuntime().evaluate(path: "PLATFORM").value
        #expect(undecided.unknownReason?.contains("2 definitions") == true)
        #expect(try loadRuntime().evaluate(path: "SAME").value == .integer(5))
    }

    @Test func cyclesAreUnknown() throws {
        let evaluator = try loadRuntime()
        #expect(evaluator.evaluate(path: "A").value.unknownReason?.contains("itself") == true)
        #expect(evaluator.evaluate(path: "SELF_REF").value.unknownReason?.contains("itself") == true)
        #expect(
            evaluator.evaluate(path: "NOWHERE").value.unknownReason
                == "`NOWHERE` is not defined in the crate root of `parachain_runtime`")
    }

    @Test func wellKnownExternalConstants() throws {
        let plain = try loadRuntime()
        let weight = plain.evaluate(path: "MAXIMUM_BLOCK_WEIGHT")
        // The proof size depends on the SDK release: without it only the reference time is known.
        #expect(weight.value == .weight(refTime: 2_000_000_000_000, proofSize: nil))
        #expect(weight.external)
        #expect(weight.notes.contains { $0.contains("PR #5884") })
        let given = try loadRuntime(overrides: [ConstEvaluator.maxPovSizeKey: .integer(10 * 1024 * 1024)])
        let full = given.evaluate(path: "MAXIMUM_BLOCK_WEIGHT")
        #expect(full.value == .weight(refTime: 2_000_000_000_000, proofSize: 10_485_760))
        #expect(full.value.refTime == 2_000_000_000_000)
        #expect(full.external)
        #expect(full.notes.contains { $0.contains("sp_weights") })
        #expect(given.evaluate(path: "OLD_WEIGHT").value.refTime == 500_000_000_000)
        #expect(given.evaluate(path: "ReservedWeight").value == .weight(refTime: 500_000_000_000, proofSize: 2_621_440))
        let common = plain.evaluate(path: "parachains_common::SLOT_DURATION")
        #expect(common.value == .integer(12000))
        #expect(common.external)
        #expect(common.location == nil)
        #expect(plain.evaluate(path: "parachains_common::NORMAL_DISPATCH_RATIO").value == .perbill(750_000_000))
        #expect(plain.evaluate(path: "parachains_common::MAXIMUM_BLOCK_WEIGHT").value.refTime == 500_000_000_000)
        #expect(
            plain.evaluate(path: "polkadot_sdk::frame_support::weights::constants::WEIGHT_REF_TIME_PER_MILLIS").value
                == .integer(1_000_000_000))
        #expect(plain.evaluate(path: "sp_runtime::SOMETHING").value.unknownReason?.contains("outside") == true)
    }

    @Test func crossCrateResolution() throws {
        let evaluator = try loadRuntime()
        let remote = evaluator.evaluate(path: "REMOTE")
        #expect(remote.value == .integer(18))
        #expect(evaluator.evaluate(path: "REMOTE_PATH").value == .integer(6000))
        #expect(evaluator.evaluate(path: "REMOTE_MODULE").value == .integer(7))
        let defined = evaluator.evaluate(path: "FEE")
        #expect(defined.symbol == "BASE_FEE")
        #expect(defined.location == SourceLocation(file: "shared/src/lib.rs", line: 5, column: 15))
        let missing = ConstEvaluator(crate: evaluator.crate).evaluate(path: "REMOTE")
        #expect(missing.value.unknownReason?.contains("outside the loaded crates") == true)
    }

    @Test func parameterTypesAndAssociatedTypes() throws {
        let evaluator = try loadRuntime()
        #expect(evaluator.evaluate(path: "MinimumPeriod").value == .integer(3000))
        #expect(evaluator.evaluate(path: "Period").value == .integer(100))
        #expect(try loadRuntime(features: ["fast"]).evaluate(path: "Period").value == .integer(10))
        #expect(evaluator.evaluate(path: "Dynamic").value == .integer(7))
        let aura = try #require(evaluator.crate.implBlocks(implementing: "pallet_aura::Config").first)
        #expect(aura.modulePath == ["configs"])
        let impl = try #require(aura.item.impl)
        func associated(_ name: String) -> EvaluatedConstant {
            let tokens = impl.associatedType(named: name)?.typeAlias?.typeTokens ?? []
            return evaluator.evaluate(type: tokens, inModule: aura.modulePath, selfItems: impl.items)
        }
        #expect(associated("AllowMultipleBlocksPerSlot").value == .bool(true))
        #expect(associated("SlotDuration").value == .integer(6000))
        #expect(associated("Legacy").value == .integer(3000))
        let period = associated("Period")
        #expect(period.value == .integer(100))
        #expect(period.symbol == "Period")
        #expect(period.location?.file == "runtime/src/lib.rs")
        #expect(associated("FromSelf").value == .integer(8))
        let timestamp = try #require(evaluator.crate.implBlocks(implementing: "pallet_timestamp::Config").first)
        let minimum = timestamp.item.impl?.associatedType(named: "MinimumPeriod")?.typeAlias?.typeTokens ?? []
        #expect(evaluator.evaluate(type: minimum, inModule: ["configs"]).value == .integer(0))
    }

    @Test func typeAliasChainsResolveToTheHook() throws {
        let evaluator = try loadRuntime()
        let system = try #require(
            evaluator.crate.implBlocks(implementing: "cumulus_pallet_parachain_system::Config").first)
        let hook = try #require(system.item.impl?.associatedType(named: "ConsensusHook")?.typeAlias?.typeTokens)
        let resolved = evaluator.resolveType(hook, inModule: system.modulePath)
        #expect(resolved.resolvedPath == ["cumulus_pallet_aura_ext", "FixedVelocityConsensusHook"])
        #expect(resolved.aliases.first?.line == 67)
        #expect(resolved.genericArguments.count == 4)
        let values = resolved.genericArguments.dropFirst().map {
            evaluator.evaluate(expression: $0, inModule: resolved.modulePath, crateName: resolved.crateName).value
        }
        #expect(values == [.integer(6000), .integer(1), .integer(3)])
    }

    @Test func evaluatingScannedItemsDirectly() throws {
        let evaluator = try loadRuntime()
        let found = evaluator.crate.definitions(named: "RELAY_CHAIN_SLOT_DURATION_MILLIS")
        #expect(found.count == 1)
        #expect(found.first?.modulePath == ["async_backing_params"])
        let value = evaluator.evaluate(try #require(found.first))
        #expect(value.value == .integer(6000))
        #expect(value.typeName == "u32")
        #expect(evaluator.crate.occurrences(of: "FixedVelocityConsensusHook").count == 1)
        #expect(evaluator.crate.macroCalls(named: "parameter_types").count == 1)
        #expect(evaluator.crate.functions(named: "deposit").count == 1)
    }
}

@Suite struct CrateQueryTests {
    static let source = #"""
        #[cfg(feature = "legacy")]
        mod legacy { fn start() { basic_aura::run(params); } }
        fn start() { aura::lookahead::run(params); }
        // lookahead::run in a comment does not count
        const X: u32 = if cfg!(feature = "fast") { 1 } else { 2 };
        #[cfg_attr(feature = "extra", allow(dead_code))]
        struct S;
        """#

    @Test func tokenSearchSkipsCompiledOutCode() {
        let off = CrateSource.parse(name: "node", source: Self.source)
        #expect(off.occurrences(of: "lookahead::run").map(\.line) == [3])
        #expect(off.occurrences(of: "basic_aura::run").isEmpty)
        #expect(off.occurrences(of: "basic_aura::run", includingDisabled: true).map(\.line) == [2])
        let on = CrateSource.parse(name: "node", source: Self.source, environment: CfgEnvironment(features: ["legacy"]))
        #expect(on.occurrences(of: "basic_aura::run").map(\.line) == [2])
    }

    @Test func featuresMentionedByCfg() {
        let crate = CrateSource.parse(name: "node", source: Self.source)
        #expect(crate.mentionedFeatures == ["extra", "fast", "legacy"])
    }
}

/// The layout of recent templates: SDK crates reached through the `polkadot_sdk` umbrella glob, helpers on
/// `impl Runtime`, and runtime APIs delegating to them.
@Suite struct UmbrellaTemplateTests {
    static let files: [String: String] = [
        "src/lib.rs": #"""
        pub mod apis;
        pub mod configs;
        use polkadot_sdk::{staging_parachain_info as parachain_info, *};
        use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight};
        mod block_times {
            pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
            pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
        }
        pub use block_times::*;
        const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
            WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
            cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
        );
        #[frame_support::runtime]
        mod runtime {
            pub struct Runtime;
        }
        """#,
        "src/apis.rs": #"""
        use super::{SLOT_DURATION, ConsensusHook};
        impl Runtime {
            fn impl_slot_duration() -> sp_consensus_aura::SlotDuration {
                sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)
            }
            fn impl_can_build_upon(included_hash: Hash, slot: Slot) -> bool {
                ConsensusHook::can_build_upon(included_hash, slot)
            }
        }
        impl_runtime_apis! {
            impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
                fn slot_duration() -> sp_consensus_aura::SlotDuration {
                    Runtime::impl_slot_duration()
                }
            }
        }
        """#,
        "src/configs/mod.rs": #"""
        use polkadot_sdk::*;
        use frame_support::traits::ConstU32;
        use super::MAXIMUM_BLOCK_WEIGHT;
        impl pallet_message_queue::Config for Runtime {
            type HeapSize = sp_core::ConstU32<{ 103 * 1024 }>;
            type MaxPageSize = ConstU32<{ 1 << 16 }>;
        }
        parameter_types! {
            pub const ReservedXcmpWeight: Weight = MAXIMUM_BLOCK_WEIGHT.saturating_div(4);
        }
        """#,
    ]

    @Test func umbrellaGlobReachesWellKnownConstants() throws {
        let crate = try CrateSource.load(
            name: "template", rootFile: "src/lib.rs", provider: MemorySourceProvider(files: Self.files))
        let evaluator = ConstEvaluator(crate: crate)
        let weight = evaluator.evaluate(path: "MAXIMUM_BLOCK_WEIGHT")
        #expect(weight.value.refTime == 2_000_000_000_000)
        #expect(weight.external)
        #expect(evaluator.evaluate(path: "configs::ReservedXcmpWeight").value.refTime == 500_000_000_000)
        // Not defined at the root, and a glob of an unloaded crate only supplies names the well-known table has.
        #expect(
            evaluator.evaluate(path: "ReservedXcmpWeight").value.unknownReason
                == "`ReservedXcmpWeight` is not defined in the crate root of `template`")
        let queue = try #require(crate.implBlocks(implementing: "pallet_message_queue::Config").first?.item.impl)
        let heap = queue.associatedType(named: "HeapSize")?.typeAlias?.typeTokens ?? []
        #expect(evaluator.evaluate(type: heap, inModule: ["configs"]).value == .integer(105_472))
        let page = queue.associatedType(named: "MaxPageSize")?.typeAlias?.typeTokens ?? []
        #expect(evaluator.evaluate(type: page, inModule: ["configs"]).value == .integer(65_536))
    }

    @Test func runtimeApiDelegatesToInherentHelper() throws {
        let crate = try CrateSource.load(
            name: "template", rootFile: "src/lib.rs", provider: MemorySourceProvider(files: Self.files))
        let api = try #require(crate.implBlocks(implementing: "AuraApi").first)
        let body = try #require(api.item.impl?.function(named: "slot_duration")?.function?.body)
        let value = ConstEvaluator(crate: crate).evaluate(expression: body, inModule: api.modulePath)
        #expect(value.value == .duration(milliseconds: 6000))
        let helper = try #require(crate.inherentFunction(type: "Runtime", name: "impl_can_build_upon"))
        #expect(helper.item.function?.body?.contains(path: "ConsensusHook::can_build_upon") == true)
        #expect(helper.modulePath == ["apis"])
    }
}

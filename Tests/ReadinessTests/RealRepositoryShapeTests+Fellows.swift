import Foundation
import RustSyntax
import Testing

@testable import Readiness

/// Shapes from the seventh real-repository pass (the polkadot-fellows system parachains as one monorepo: coretime,
/// people, bridge hub and encointer runtimes over the shared `system-parachains-constants` crate), each rebuilt as a
/// tiny workspace written for the test.
extension RealRepositoryShapeTests {
    /// People-polkadot imports its slot and time units from the SDK by name (`use parachains_common::{…, HOURS,
    /// MAXIMUM_BLOCK_WEIGHT, SLOT_DURATION};`) but not the block time they derive from. The block time beside
    /// imported siblings was only taken from workspace crates, so it stayed "not found": six-second-blocks and
    /// block-number-time-constants were unknown although `parachains_common::SLOT_DURATION` and `HOURS` are the
    /// SDK's 12 s ones. It is now the SDK's `MILLISECS_PER_BLOCK`, marked external and shown at the `use` that
    /// names the sibling, and six-second-blocks asks for the chain's own constant. The `MinimumPeriod` the runtime
    /// computes from that slot is its own setting, not an SDK value.
    @Test func sdkBlockTimeBesideSiblingsImportedByName() throws {
        func workspace(importing names: String) throws -> RepositoryFacts {
            let root = try Self.repository([
                "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
                "runtime/Cargo.toml": Self.standaloneRuntimeManifest,
                "runtime/src/lib.rs": """
                use parachains_common::{
                \tAccountId, Balance, \(names)
                };
                pub struct Runtime;
                impl cumulus_pallet_parachain_system::Config for Runtime {
                    type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
                }
                impl pallet_timestamp::Config for Runtime {
                    type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
                }
                impl pallet_aura::Config for Runtime {
                    type SlotDuration = ConstU64<SLOT_DURATION>;
                }
                pub const PERIOD: u32 = 6 * HOURS;
                construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1, Aura: pallet_aura = 2 });
                """,
            ])
            defer { try? FileManager.default.removeItem(atPath: root) }
            return try FactsExtractor(root: root, exploreVariants: false).extract()
        }
        let named = try workspace(importing: "HOURS, SLOT_DURATION,")
        let facts = try #require(named.runtimes.first)
        let block = try #require(facts.constants[ConstantKey.blockTime])
        #expect(block.value == 12000)
        #expect(block.external == true)
        #expect(block.file == "runtime/src/lib.rs")
        #expect(block.line == 2)
        #expect(RuleTests.run("six-second-blocks", named).map(\.status) == [.fail])
        #expect(
            RuleTests.run("six-second-blocks", named).first?.change?.contains(
                "instead of importing the SDK's 12000 ms constant") == true)
        #expect(RuleTests.run("block-number-time-constants", named).map(\.status) == [.warn])
        // `MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>` is the chain's own setting, written in its impl, though
        // computed from the SDK's slot: it was marked external (a "well-known SDK value") in the facts.
        #expect(facts.minimumPeriodMs == Located(6000, file: "runtime/src/lib.rs", line: 9, column: 10))
    }

    /// Encointer glob-imports the shared consensus constants (`use system_parachains_constants::kusama::{
    /// consensus::*, …};`, capacity 1) and defines its own `UNINCLUDED_SEGMENT_CAPACITY = 2` and velocity at the
    /// crate root, after `construct_runtime!`; the hook's arguments name them unqualified. A local item shadows a
    /// glob import, so the capacity is the runtime's 2, while the relay slot, defined only in the glob-imported
    /// module, comes from there. ParaReady already read this right; the test keeps it so.
    @Test func ownCapacityShadowsTheGlobImportedConsensusConstants() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\", \"consts\"]\n",
            "runtime/Cargo.toml": Self.runtimeManifest.replacingOccurrences(
                of: "wrapper-defaults = { path = \"../wrappers\", default-features = false }",
                with: "shared-consts = { path = \"../consts\" }"),
            "runtime/src/lib.rs": """
            use shared_consts::kusama::{consensus::*, currency::*};
            pub struct Runtime;
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
                type ConsensusHook = ConsensusHook;
            }
            type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
                Runtime,
                RELAY_CHAIN_SLOT_DURATION_MILLIS,
                BLOCK_PROCESSING_VELOCITY,
                UNINCLUDED_SEGMENT_CAPACITY,
            >;
            construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1 });
            pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 2;
            pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;
            """,
            "consts/Cargo.toml": "[package]\nname = \"shared-consts\"\nversion = \"0.1.0\"\n",
            "consts/src/lib.rs": """
            pub mod kusama {
                pub mod consensus {
                    pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 1;
                    pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;
                    pub const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;
                }
                pub mod currency {
                    pub const UNITS: u128 = 1_000_000_000_000;
                }
            }
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let constants = try #require(facts.runtimes.first?.constants)
        #expect(
            constants["UNINCLUDED_SEGMENT_CAPACITY"] == Located(2, file: "runtime/src/lib.rs", line: 14, column: 11))
        #expect(constants["BLOCK_PROCESSING_VELOCITY"]?.file == "runtime/src/lib.rs")
        #expect(
            constants["RELAY_CHAIN_SLOT_DURATION_MILLIS"]
                == Located(6000, file: "consts/src/lib.rs", line: 5, column: 19))
        #expect(facts.runtimes.first?.consensusHook?.kind == "fixed-velocity")
    }
}

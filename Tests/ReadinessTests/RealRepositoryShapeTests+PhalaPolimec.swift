import Foundation
import RustSyntax
import Testing

@testable import Readiness

/// Shapes from the fifth real-repository pass (Polimec's runtime over its shared-configuration crate, the Khala
/// and Phala runtimes with their own `parachains-common` crate and a node that compiles one collator module per
/// runtime), each rebuilt as a tiny workspace written for the test.
extension RealRepositoryShapeTests {
    /// Polimec's runtime glob-imports a configuration module of a workspace crate, and that module takes the
    /// block weight from the SDK (`use parachains_common::{…, MAXIMUM_BLOCK_WEIGHT, …};`). The value comes from
    /// ParaReady's table; its evidence is the `use` that imports it, not line 0 of the runtime's root file.
    @Test func sdkBlockWeightIsShownWhereTheChainImportsIt() throws {
        let root = try Self.repository(
            Self.runtimeOnCommon(
                runtime: """
                    pub use shape_common::settings::*;
                    pub struct Runtime;
                    impl frame_system::Config for Runtime {
                        type BlockWeights = ChainBlockWeights;
                    }
                    impl cumulus_pallet_parachain_system::Config for Runtime {
                        type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
                    }
                    """,
                common: """
                    pub mod settings {
                        use frame_support::parameter_types;
                        use parachains_common::{NORMAL_DISPATCH_RATIO, MAXIMUM_BLOCK_WEIGHT};

                        parameter_types! {
                            pub ChainBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
                                MAXIMUM_BLOCK_WEIGHT, NORMAL_DISPATCH_RATIO);
                        }
                    }
                    """))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let weight = try #require(facts.runtimes.first?.maxBlockWeightRefTimeMs)
        #expect(weight.value == 500)
        #expect(weight.external == true)
        #expect(weight.file == "common/src/lib.rs")
        #expect(weight.line == 3)
    }

    /// Khala and Phala keep their own workspace crate named `parachains-common` (the SDK crate's name) and
    /// glob-import it; its block weight is written in the pre-1.0 form `WEIGHT_PER_SECOND / 2`. The crate's own
    /// constants are read (not the SDK table's), and the old one-dimensional `WEIGHT_PER_SECOND` is one second
    /// of ref-time, so the weight is 500 ms where it used to be unknown.
    @Test func preV1WeightPerSecondInAWorkspaceParachainsCommon() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime/*\", \"parachains-common\"]\n",
            "parachains-common/Cargo.toml": """
            [package]
            name = "parachains-common"
            version = "1.0.0"

            [dependencies]
            frame-support = { git = "https://github.com/paritytech/substrate", branch = "polkadot-v0.9.30", default-features = false }
            """,
            "parachains-common/src/lib.rs": """
            pub use constants::*;

            mod constants {
                use frame_support::weights::{constants::WEIGHT_PER_SECOND, Weight};

                pub const MILLISECS_PER_BLOCK: u64 = 12000;
                pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;
                pub const MAXIMUM_BLOCK_WEIGHT: Weight = WEIGHT_PER_SECOND / 2;
            }
            """,
            "runtime/one/Cargo.toml": """
            [package]
            name = "one-runtime"
            version = "0.1.0"

            [dependencies]
            parachains-common = { path = "../../parachains-common", default-features = false }
            cumulus-pallet-parachain-system = { git = "https://github.com/paritytech/cumulus", branch = "polkadot-v0.9.30", default-features = false }
            """,
            "runtime/one/src/lib.rs": """
            pub use parachains_common::*;
            pub struct Runtime;
            parameter_types! {
                pub const ReservedXcmpWeight: Weight = MAXIMUM_BLOCK_WEIGHT.saturating_div(4);
                pub const MinimumPeriod: u64 = SLOT_DURATION / 2;
            }
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type ReservedXcmpWeight = ReservedXcmpWeight;
                type CheckAssociatedRelayNumber = RelayNumberStrictlyIncreases;
            }
            impl pallet_timestamp::Config for Runtime {
                type MinimumPeriod = MinimumPeriod;
            }
            impl pallet_aura::Config for Runtime {}
            construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1 });
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let runtime = try #require(facts.runtimes.first)
        let weight = try #require(runtime.maxBlockWeightRefTimeMs)
        #expect(weight.value == 500)
        #expect(weight.file == "parachains-common/src/lib.rs")
        #expect(weight.line == 8)
        #expect(runtime.minimumPeriodMs?.value == 6000)
        let findings = RuleTests.run("two-second-block-weight", facts)
        #expect(findings.map(\.status) == [.fail])
    }

    /// Khala's pallet_aura config (polkadot-v0.9.40) has no `AllowMultipleBlocksPerSlot`: the item did not exist
    /// yet, and the pallet then accepts one block per slot. That is a known answer (a failure of the phase-3
    /// item), not an unknown one; on a release that has the item, its absence stays unknown.
    @Test func allowMultipleBlocksAbsentBeforeTheItemExistedFails() {
        let runtime = FactsFixtures.runtime(allowMultiple: nil)
        let old = RuleTests.run(
            "multiple-blocks-per-slot", FactsFixtures.facts([runtime], nodes: [], release: "polkadot-v0.9.40"))
        #expect(old.map(\.status) == [.fail])
        #expect(old.first?.message.contains("polkadot-v0.9.40") == true)
        let recent = RuleTests.run(
            "multiple-blocks-per-slot", FactsFixtures.facts([runtime], nodes: [], release: "polkadot-stable2409"))
        #expect(recent.map(\.status) == [.unknown])
        let undecided = RuleTests.run(
            "multiple-blocks-per-slot", FactsFixtures.facts([runtime], nodes: [], release: nil))
        #expect(undecided.map(\.status) == [.unknown])
    }

    /// Phala's own monorepo (phala-blockchain) holds a BABE solo chain and off-chain crates, no parachain
    /// runtime and no collator; its parachain runtimes live in another repository. The SDK release it pins is
    /// then not a collator's, so sdk-version is not applicable instead of failing on polkadot-v0.9.29.
    @Test func repositoryWithoutParachainRuntimeOrCollatorHasNoSDKFinding() {
        let solo = RuleTests.run("sdk-version", FactsFixtures.facts([], nodes: [], release: "polkadot-v0.9.29"))
        #expect(solo.map(\.status) == [.notApplicable])
        let parachain = RuleTests.run(
            "sdk-version", FactsFixtures.facts([FactsFixtures.runtime()], nodes: [], release: "polkadot-v0.9.29"))
        #expect(parachain.map(\.status) == [.fail])
        let collatorOnly = RuleTests.run(
            "sdk-version",
            FactsFixtures.facts([], nodes: [FactsFixtures.node("lookahead")], release: "polkadot-v0.9.29"))
        #expect(collatorOnly.map(\.status) == [.fail])
    }

    /// On Khala's polkadot-v0.9.40 the parachain-system crate has neither the ConsensusHook item nor the
    /// parameterized-consensus-hook feature, so the change is an SDK upgrade, not a feature to add; from
    /// polkadot-v1.1.0 to 1.12 the missing feature is still the finding.
    @Test func consensusHookFeatureBeforeTheFeatureExistedAsksForAnUpgrade() {
        let runtime = FactsFixtures.runtime()
        let old = RuleTests.run(
            "consensus-hook-feature", FactsFixtures.facts([runtime], nodes: [], release: "polkadot-v0.9.40"))
        #expect(old.map(\.status) == [.fail])
        #expect(old.first?.message.contains("predates") == true)
        #expect(old.first?.change?.contains("upgrade") == true)
        let gated = RuleTests.run(
            "consensus-hook-feature", FactsFixtures.facts([runtime], nodes: [], release: "polkadot-v1.7.0"))
        #expect(gated.map(\.status) == [.fail])
        #expect(gated.first?.change?.contains("add `features") == true)
    }
}

import Foundation
import RustSyntax
import Testing

@testable import Readiness

/// Shapes from the fourth real-repository pass (Acala's runtimes with their common crate, Frequency's runtime
/// and node), each rebuilt as a tiny workspace written for the test.
extension RealRepositoryShapeTests {
    static let commonManifest = """
        [package]
        name = "shape-common"
        version = "0.1.0"

        [features]
        default = ["std"]
        std = []
        testnet = []
        """

    static let runtimeOnCommonManifest = """
        [package]
        name = "shape-runtime"
        version = "0.1.0"

        [dependencies]
        cumulus-pallet-parachain-system = { version = "0.20.0", default-features = false }
        shape-common = { path = "../common", default-features = false }

        [features]
        default = ["std"]
        std = ["shape-common/std"]
        dev-seal = []
        """

    static func runtimeOnCommon(runtime: String, common: String) -> [String: String] {
        [
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\", \"common\"]\n",
            "common/Cargo.toml": commonManifest,
            "common/src/lib.rs": common,
            "runtime/Cargo.toml": runtimeOnCommonManifest,
            "runtime/src/lib.rs": runtime + "\nimpl pallet_aura::Config for Runtime {}"
                + "\nconstruct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1 });\n",
        ]
    }

    /// Acala's `type ConsensusHook = ConsensusHook<Runtime>;` names a generic alias of the runtimes' common crate,
    /// `pub type ConsensusHook<Runtime> = FixedVelocityConsensusHook<Runtime, RELAY, VELOCITY, CAPACITY>;`. The
    /// alias is followed with its parameters replaced by the arguments, and the constants it passes are read in
    /// the common crate, where they are defined.
    @Test func genericConsensusHookAliasOfACommonCrateIsFollowed() throws {
        let root = try Self.repository(
            Self.runtimeOnCommon(
                runtime: """
                    use shape_common::{Hook, TunedHook};
                    pub struct Runtime;
                    impl cumulus_pallet_parachain_system::Config for Runtime {
                        type ConsensusHook = Hook<Runtime>;
                    }
                    """,
                common: """
                    pub const CAPACITY: u32 = 2;
                    pub const VELOCITY: u32 = 1;
                    pub const RELAY_SLOT_MS: u32 = 6000;
                    pub type Hook<R> = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
                        R,
                        RELAY_SLOT_MS,
                        VELOCITY,
                        CAPACITY,
                    >;
                    pub type TunedHook<R, const C: u32> =
                        cumulus_pallet_aura_ext::FixedVelocityConsensusHook<R, RELAY_SLOT_MS, VELOCITY, C>;
                    """))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let runtime = try #require(facts.runtimes.first)
        #expect(runtime.consensusHook?.kind == "fixed-velocity")
        #expect(runtime.consensusHook?.source == "Hook<Runtime>")
        #expect(
            runtime.constants["UNINCLUDED_SEGMENT_CAPACITY"]
                == Located(2, file: "common/src/lib.rs", line: 1, column: 11, symbol: "CAPACITY"))
        #expect(runtime.constants["BLOCK_PROCESSING_VELOCITY"]?.value == 1)
        #expect(runtime.constants["RELAY_CHAIN_SLOT_DURATION_MILLIS"]?.file == "common/src/lib.rs")
        #expect(RuleTests.run("consensus-hook", facts).map(\.status) == [.pass])

        // A const parameter of the alias takes the argument written at the use.
        let tuned = try String(contentsOfFile: root + "/runtime/src/lib.rs", encoding: .utf8)
            .replacingOccurrences(of: "Hook<Runtime>;", with: "TunedHook<Runtime, 3>;")
        try tuned.write(toFile: root + "/runtime/src/lib.rs", atomically: true, encoding: .utf8)
        let again = try FactsExtractor(root: root, exploreVariants: false).extract()
        #expect(again.runtimes.first?.consensusHook?.kind == "fixed-velocity")
        #expect(again.runtimes.first?.constants["UNINCLUDED_SEGMENT_CAPACITY"]?.value == 3)
    }

    /// Acala's `CheckRelayNumber<EvmChainId<Runtime>, RelayNumberStrictlyIncreases>`: a checker of the chain's own
    /// whose impl hands the check to the SDK checker it is given is read as that checker (here a failure), still
    /// named in the finding. A wrapper whose impl does not call its parameter stays a checker ParaReady cannot read.
    @Test func relayNumberWrapperIsReadAsTheCheckerItDelegatesTo() throws {
        func files(body: String) -> [String: String] {
            Self.runtimeOnCommon(
                runtime: """
                    use shape_common::RelayGuard;
                    pub struct Runtime;
                    impl cumulus_pallet_parachain_system::Config for Runtime {
                        type CheckAssociatedRelayNumber =
                            RelayGuard<ChainId, cumulus_pallet_parachain_system::RelayNumberStrictlyIncreases>;
                    }
                    """,
                common: """
                    use cumulus_pallet_parachain_system::CheckAssociatedRelayNumber;
                    pub struct RelayGuard<Id, Inner>(Id, Inner);
                    impl<Id: Get<u64>, Inner: CheckAssociatedRelayNumber> CheckAssociatedRelayNumber
                        for RelayGuard<Id, Inner>
                    {
                        fn check_associated_relay_number(current: u32, previous: u32) {
                            if Id::get() == 7 { return; }
                            \(body)
                        }
                    }
                    """)
        }
        let root = try Self.repository(files(body: "Inner::check_associated_relay_number(current, previous)"))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let check = try #require(facts.runtimes.first?.checkAssociatedRelayNumber)
        #expect(check.value == "strict")
        #expect(check.symbol == "RelayGuard")
        let findings = RuleTests.run("relay-number-monotonic", facts)
        #expect(findings.map(\.status) == [.fail])
        #expect(findings.first?.message.contains("RelayGuard hands the check to RelayNumberStrictlyIncreases") == true)

        let ignoring = try Self.repository(files(body: "assert!(current > previous);"))
        defer { try? FileManager.default.removeItem(atPath: ignoring) }
        let unread = try FactsExtractor(root: ignoring, exploreVariants: false).extract()
        #expect(unread.runtimes.first?.checkAssociatedRelayNumber?.value == "other")
        #expect(RuleTests.run("relay-number-monotonic", unread).map(\.status) == [.warn])
    }

    /// Frequency's `Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND, 0).saturating_div(2).set_proof_size(MAX_POV_SIZE
    /// as u64)`: a proof size from a release-dependent constant leaves the reference time known.
    @Test func proofSizeFromAnUnknownConstantKeepsTheReferenceTime() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": Self.standaloneRuntimeManifest,
            "runtime/src/lib.rs": """
            use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight};
            pub const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND, 0)
                .saturating_div(2)
                .set_proof_size(cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64);
            pub struct Runtime;
            impl cumulus_pallet_parachain_system::Config for Runtime {}
            construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1 });
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let weight = try #require(facts.runtimes.first?.maxBlockWeightRefTimeMs)
        #expect(weight.value == 500)
        #expect(weight.line == 2)
    }

    /// Acala's runtimes set `type BlockWeights = RuntimeBlockWeights;` from their common crate and never import
    /// `MAXIMUM_BLOCK_WEIGHT`, which is defined beside it there.
    @Test func blockWeightIsFoundBesideTheImportedBlockWeightsType() throws {
        let root = try Self.repository(
            Self.runtimeOnCommon(
                runtime: """
                    use shape_common::RuntimeBlockWeights;
                    pub struct Runtime;
                    impl frame_system::Config for Runtime {
                        type BlockWeights = RuntimeBlockWeights;
                    }
                    impl cumulus_pallet_parachain_system::Config for Runtime {}
                    """,
                common: """
                    use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight};
                    pub const MAXIMUM_BLOCK_WEIGHT: Weight =
                        Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2), 5 * 1024 * 1024);
                    parameter_types! {
                        pub RuntimeBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(MAXIMUM_BLOCK_WEIGHT, NORMAL);
                    }
                    """))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let weight = try #require(facts.runtimes.first?.maxBlockWeightRefTimeMs)
        #expect(weight.value == 2000)
        #expect(weight.file == "common/src/lib.rs")
        #expect(weight.line == 2)
    }

    /// Frequency's node: `authoring_duration: Duration::from_millis(prod_or_testnet_or_local!(500, 2000, 2000))`
    /// with the `macro_rules!` macro exported by a workspace crate. The macro is expanded where it is called, so
    /// its `cfg!(feature = …)` is decided by the node crate's own features.
    @Test func authoringDurationThroughAMacroOfAWorkspaceCrate() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"service\", \"common\"]\n",
            "common/Cargo.toml": Self.commonManifest,
            "common/src/lib.rs": """
            #[macro_export]
            macro_rules! by_network {
                ($prod:expr, $test:expr $(,)?) => {
                    if cfg!(feature = "testnet") { $test } else { $prod }
                };
            }
            """,
            "service/Cargo.toml": """
            [package]
            name = "shape-service"
            version = "0.1.0"

            [dependencies]
            cumulus-client-service = "0.20.0"
            shape-common = { path = "../common" }

            [features]
            testnet = []
            """,
            "service/src/lib.rs": "pub mod service;\n",
            "service/src/service.rs": """
            use shape_common::by_network;
            use std::time::Duration;
            fn start_consensus(backend: Backend) {
                let params = cumulus_client_consensus_aura::collators::lookahead::Params {
                    para_backend: backend,
                    authoring_duration: Duration::from_millis(by_network!(1500, 500)),
                };
                cumulus_client_consensus_aura::collators::lookahead::run(params);
            }
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let node = try #require(facts.nodes.first { $0.crate == "shape-service" })
        #expect(node.authoringDurationMs == Located(1500, file: "service/src/service.rs", line: 6, column: 9))
        let testnet = try FactsExtractor(root: root, features: ["testnet"], exploreVariants: false).extract()
        #expect(testnet.nodes.first { $0.crate == "shape-service" }?.authoringDurationMs?.value == 500)
    }

    /// Frequency's `frequency-no-relay` feature compiles parachain-system's config and the collator start out (a
    /// manual-seal development chain). Such a build is not a variant of the parachain, for the runtime or the
    /// node; a feature that changes something the checks read still is.
    @Test func standaloneDevelopmentModeIsNotAVariant() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\", \"common\", \"service\"]\n",
            "common/Cargo.toml": Self.commonManifest,
            "common/src/lib.rs": "pub const UNUSED: u32 = 0;\n",
            "runtime/Cargo.toml": Self.runtimeOnCommonManifest + "\nfast = []\n",
            "runtime/src/lib.rs": """
            pub struct Runtime;
            #[cfg(not(feature = "dev-seal"))]
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
            }
            #[cfg(feature = "fast")]
            pub const MILLISECS_PER_BLOCK: u64 = 6000;
            #[cfg(not(feature = "fast"))]
            pub const MILLISECS_PER_BLOCK: u64 = 12000;
            construct_runtime!(pub enum Runtime { System: frame_system = 0 });
            """,
            "service/Cargo.toml": """
            [package]
            name = "shape-service"
            version = "0.1.0"

            [dependencies]
            cumulus-client-service = "0.20.0"

            [features]
            dev-seal = []
            """,
            "service/src/lib.rs": """
            #[cfg(not(feature = "dev-seal"))]
            fn start_consensus(backend: Backend) {
                let params = cumulus_client_consensus_aura::collators::lookahead::Params { para_backend: backend };
                cumulus_client_consensus_aura::collators::lookahead::run(params);
            }
            #[cfg(feature = "dev-seal")]
            fn start_manual_seal() {}
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root).extract()
        #expect(facts.runtimes.map(\.variant) == [nil, "fast"])
        #expect(facts.nodes.map(\.variant) == [nil])
        #expect(facts.nodes.first?.collator == "lookahead")
    }
}

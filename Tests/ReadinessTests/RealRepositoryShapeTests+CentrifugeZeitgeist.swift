import Foundation
import RustSyntax
import Testing

@testable import Readiness

/// Shapes from the fifth real-repository pass (Zeitgeist's runtimes written as calls of a shared macro crate,
/// its Nimbus node, Centrifuge's development runtime and pre-1.0 weights), each rebuilt as a tiny workspace
/// written for the test.
extension RealRepositoryShapeTests {
    static func macroCrateWorkspace(runtimeFeatures: String, runtime: String, common: String) -> [String: String] {
        [
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\", \"common\"]\n",
            "common/Cargo.toml": """
            [package]
            name = "shape-macros"
            version = "0.1.0"

            [features]
            default = ["std"]
            std = []
            """,
            "common/src/lib.rs": common,
            "runtime/Cargo.toml": """
            [package]
            name = "shape-runtime"
            version = "0.1.0"

            [dependencies]
            cumulus-pallet-parachain-system = { version = "0.20.0", default-features = false, optional = true }
            shape-macros = { path = "../common", default-features = false }

            [features]
            \(runtimeFeatures)
            std = ["shape-macros/std"]
            parachain = ["cumulus-pallet-parachain-system"]
            """,
            "runtime/src/lib.rs": runtime,
        ]
    }

    /// Zeitgeist's runtime crates are a list of calls (`impl_config_traits!();`, `create_runtime_api!();`) of
    /// `#[macro_export] macro_rules!` macros of a shared crate, whose transcribers hold the pallet configs,
    /// `construct_runtime!`, the runtime APIs and `register_validate_block!`. The calls are expanded where they
    /// are written, with the runtime's features deciding their `cfg`s, so the runtime is found and read; the
    /// evidence points into the macro crate.
    @Test func runtimeWrittenAsCallsOfASharedMacroCrateIsExpanded() throws {
        let common = """
            #[macro_export]
            macro_rules! build_runtime {
                ($($extra:tt)*) => {
                    construct_runtime!(pub enum Runtime { System: frame_system = 0, $($extra)* });
                };
            }

            #[macro_export]
            macro_rules! impl_parachain_config {
                () => {
                    #[cfg(feature = "parachain")]
                    impl cumulus_pallet_parachain_system::Config for Runtime {
                        type CheckAssociatedRelayNumber =
                            cumulus_pallet_parachain_system::RelayNumberStrictlyIncreases;
                        type ConsensusHook = cumulus_pallet_parachain_system::ExpectParentIncluded;
                    }
                };
            }

            #[macro_export]
            macro_rules! runtime_apis {
                () => {
                    impl_runtime_apis! {
                        #[cfg(feature = "parachain")]
                        impl async_backing_primitives::UnincludedSegmentApi<Block> for Runtime {
                            fn can_build_upon(_hash: Hash, _slot: Slot) -> bool {
                                false
                            }
                        }
                    }
                };
            }
            """
        let runtime = """
            use shape_macros::{build_runtime, impl_parachain_config, runtime_apis};
            pub struct Runtime;
            build_runtime!(ParachainSystem: cumulus_pallet_parachain_system = 1,);
            impl_parachain_config!();
            runtime_apis!();
            """
        let root = try Self.repository(
            Self.macroCrateWorkspace(
                runtimeFeatures: "default = [\"std\", \"parachain\"]", runtime: runtime, common: common))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let read = try #require(facts.runtimes.first)
        #expect(read.consensusHook?.kind == "expect-parent-included")
        #expect(read.consensusHook?.file == "common/src/lib.rs")
        #expect(read.checkAssociatedRelayNumber?.value == "strict")
        #expect(read.unincludedSegmentApi.present)
        #expect(read.unincludedSegmentApi.stub)

        // Without `parachain` the expanded config is compiled out, as rustc would compile it in the runtime.
        let solo = try Self.repository(
            Self.macroCrateWorkspace(runtimeFeatures: "default = [\"std\"]", runtime: runtime, common: common))
        defer { try? FileManager.default.removeItem(atPath: solo) }
        let soloRuntime = try FactsExtractor(root: solo, exploreVariants: false).extract().runtimes.first
        #expect(soloRuntime?.consensusHook == nil)
        #expect(soloRuntime?.unincludedSegmentApi.present == false)
    }

    /// A macro that no `use` brings in from another crate is left alone: nothing is invented for it.
    @Test func unresolvedItemMacroIsNotExpanded() {
        let crate = CrateSource.parse(
            name: "shape", source: "impl_parachain_config!();\nconstruct_runtime!(pub enum Runtime {});\n")
        struct NoCrates: CrateResolver {
            func crate(named name: String) -> CrateSource? { nil }
        }
        let expanded = crate.expandingItemMacros(resolver: NoCrates())
        #expect(expanded.files.count == crate.files.count)
    }

    /// Zeitgeist's runtimes build a solo Aura + GRANDPA chain unless the `parachain` feature is on. The default
    /// build, which configures no parachain-system, is not audited as a parachain: the `parachain` variant is.
    /// A runtime whose variants never configure parachain-system keeps its default build.
    @Test func soloDefaultBuildGivesWayToTheParachainVariant() throws {
        let runtime = """
            pub struct Runtime;
            construct_runtime!(pub enum Runtime { System: frame_system = 0 });
            #[cfg(feature = "parachain")]
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = cumulus_pallet_parachain_system::RelayNumberMonotonicallyIncreases;
            }
            """
        let root = try Self.repository(
            Self.macroCrateWorkspace(runtimeFeatures: "default = [\"std\"]", runtime: runtime, common: ""))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: true).extract()
        #expect(facts.runtimes.map(\.variant) == ["parachain"])
        #expect(facts.runtimes.first?.checkAssociatedRelayNumber?.value == "monotonic")

        let other = try Self.repository(
            Self.macroCrateWorkspace(
                runtimeFeatures: "default = [\"std\"]",
                runtime: runtime.replacingOccurrences(of: "feature = \"parachain\"", with: "feature = \"std\""),
                common: ""))
        defer { try? FileManager.default.removeItem(atPath: other) }
        let kept = try FactsExtractor(root: other, exploreVariants: true).extract()
        #expect(kept.runtimes.map(\.variant) == [nil])
    }

    /// Zeitgeist's node builds a `NimbusConsensus` and hands it to `cumulus_client_service::start_collator`: the
    /// collator that only builds on included blocks, whatever consensus it runs. A method of the same name is
    /// not a collator start.
    @Test func startCollatorRunsTheLegacyCollator() throws {
        func files(_ call: String) -> [String: String] {
            [
                "Cargo.toml": "[workspace]\nmembers = [\"node\"]\n",
                "node/Cargo.toml": """
                [package]
                name = "shape-node"
                version = "0.1.0"

                [dependencies]
                cumulus-client-service = "0.20.0"
                """,
                "node/src/lib.rs": """
                async fn start(collator: bool) {
                    let consensus = NimbusConsensus::build(BuildNimbusConsensusParams { para_id });
                    let params = StartCollatorParams { parachain_consensus: consensus };
                    \(call)
                }
                """,
            ]
        }
        let root = try Self.repository(files("start_collator(params).await?;"))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let node = try #require(try FactsExtractor(root: root, exploreVariants: false).extract().nodes.first)
        #expect(node.collator == "legacy")
        #expect(node.collatorEvidence == Evidence(file: "node/src/lib.rs", line: 4))

        let method = try Self.repository(files("service.start_collator(params).await?;"))
        defer { try? FileManager.default.removeItem(atPath: method) }
        let unrelated = try FactsExtractor(root: method, exploreVariants: false).extract()
        #expect(unrelated.nodes.first?.collator == nil)
    }

    /// Centrifuge's development runtime uses the SDK's `AnyRelayNumber`, which accepts every relay parent, an
    /// unchanged one included: it passes, instead of being warned about as a checker ParaReady cannot read.
    @Test func anyRelayNumberAcceptsAnUnchangedRelayParent() {
        let runtime = FactsFixtures.runtime(relayCheck: "any")
        let findings = RuleTests.run("relay-number-monotonic", FactsFixtures.facts([runtime], nodes: []))
        #expect(findings.map(\.status) == [.pass])
        #expect(findings.first?.message.contains("AnyRelayNumber accepts any relay parent") == true)
    }

    /// Centrifuge's constants predate the two-dimensional weight API: `MAXIMUM_BLOCK_WEIGHT: Weight =
    /// WEIGHT_PER_SECOND / 2`. `WEIGHT_PER_SECOND` is one second of reference time, so the block weight is 500 ms.
    @Test func weightPerSecondOfThePreV1WeightAPIIsKnown() throws {
        let root = try Self.repository(
            Self.runtimeOnCommon(
                runtime: """
                    use frame_support::weights::{constants::WEIGHT_PER_SECOND, Weight};
                    pub const MAXIMUM_BLOCK_WEIGHT: Weight = WEIGHT_PER_SECOND / 2;
                    pub struct Runtime;
                    impl cumulus_pallet_parachain_system::Config for Runtime {}
                    """,
                common: ""))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let runtime = try #require(try FactsExtractor(root: root, exploreVariants: false).extract().runtimes.first)
        #expect(runtime.maxBlockWeightRefTimeMs?.value == 500)
        #expect(runtime.maxBlockWeightRefTimeMs?.file == "runtime/src/lib.rs")
    }

    /// Zeitgeist counts periods as `BLOCKS_PER_MINUTE`, `BLOCKS_PER_HOUR` and `BLOCKS_PER_DAY` (in a primitives
    /// crate the runtime glob-imports); they are time constants in blocks like `MINUTES`/`HOURS`/`DAYS`.
    @Test func blocksPerHourSpellingIsReadAsATimeConstant() throws {
        let root = try Self.repository(
            Self.runtimeOnCommon(
                runtime: """
                    use shape_common::*;
                    pub struct Runtime;
                    impl cumulus_pallet_parachain_system::Config for Runtime {}
                    """,
                common: """
                    pub type BlockNumber = u64;
                    pub const BLOCKS_PER_DAY: BlockNumber = BLOCKS_PER_HOUR * 24;
                    pub const MILLISECS_PER_BLOCK: u32 = 12000;
                    pub const BLOCKS_PER_MINUTE: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
                    pub const BLOCKS_PER_HOUR: BlockNumber = BLOCKS_PER_MINUTE * 60;
                    """))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let runtime = try #require(try FactsExtractor(root: root, exploreVariants: false).extract().runtimes.first)
        #expect(
            runtime.blockNumberTimeConstants.map { "\($0.name)=\($0.blocks ?? -1)" }
                == ["BLOCKS_PER_MINUTE=5", "BLOCKS_PER_HOUR=300", "BLOCKS_PER_DAY=7200"])
        #expect(runtime.blockNumberTimeConstants.first?.file == "common/src/lib.rs")
    }
}

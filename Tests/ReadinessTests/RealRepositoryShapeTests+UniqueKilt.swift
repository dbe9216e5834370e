import Foundation
import RustSyntax
import Testing

@testable import Readiness

/// Shapes met in the fourth real-repository pass (Unique Network's unique-chain, KILT's kilt-node), each rebuilt
/// as a tiny workspace written for the test (see docs/real-repositories.md).
extension RealRepositoryShapeTests {
    /// A workspace with one runtime crate and a `shared-constants` crate it depends on.
    static func workspace(runtime: [String: String], constants: String, runtimeFeatures: String = "")
        -> [String: String]
    {
        var files = [
            "Cargo.toml": """
            [workspace]
            members = ["runtime", "shared"]

            [workspace.dependencies]
            shared-constants = { path = "shared", default-features = false }
            """,
            "shared/Cargo.toml": """
            [package]
            name = "shared-constants"
            version = "1.0.0"
            """,
            "shared/src/lib.rs": "pub mod constants;\n",
            "shared/src/constants.rs": constants,
            "runtime/Cargo.toml": """
            [package]
            name = "shape-runtime"
            version = "0.1.0"

            [dependencies]
            cumulus-pallet-parachain-system = { version = "0.20.0", default-features = false }
            shared-constants = { workspace = true }

            [features]
            default = ["std"]
            std = []
            \(runtimeFeatures)
            """,
        ]
        for (path, text) in runtime { files["runtime/" + path] = text }
        return files
    }

    static let constructRuntime = """
        construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1 });
        """

    /// unique-chain: every runtime calls `impl_common_runtime_apis!()`, a `macro_rules!` of the shared runtime
    /// module whose transcriber holds the whole `impl_runtime_apis! { … }`. The impls are read from the
    /// definition and evaluated where the macro is invoked; a definition nobody invokes is not read.
    @Test func runtimeAPIsInsideAMacroRulesDefinitionAreReadWhereItIsInvoked() throws {
        let common = """
            pub const SLOT_DURATION: u64 = 1;

            #[macro_export]
            macro_rules! impl_shared_apis {
                (
                    $(
                        #![extra_apis]
                        $($extra:tt)+
                    )?
                ) => {
                    use sp_api::impl_runtime_apis;

                    impl_runtime_apis! {
                        $($($extra)+)?

                        impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
                            fn slot_duration() -> sp_consensus_aura::SlotDuration {
                                sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)
                            }
                        }

                        #[cfg(feature = "fast")]
                        impl cumulus_primitives_aura::AuraUnincludedSegmentApi<Block> for Runtime {
                            fn can_build_upon(included: Hash, slot: Slot) -> bool {
                                ConsensusHook::can_build_upon(included, slot)
                            }
                        }
                    }
                }
            }
            """
        func files(invocation: String) -> [String: String] {
            Self.workspace(
                runtime: [
                    "src/lib.rs": """
                    mod common;
                    pub use common::*;
                    const SLOT_DURATION: u64 = 6000;
                    pub struct Runtime;
                    impl cumulus_pallet_parachain_system::Config for Runtime {}
                    \(Self.constructRuntime)
                    \(invocation)
                    """,
                    "src/common.rs": common,
                ], constants: "", runtimeFeatures: "fast = []")
        }
        let root = try Self.repository(files(invocation: "impl_shared_apis!();"))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let runtime = try #require(facts.runtimes.first)
        #expect(runtime.auraApiSlotDuration?.valueMs == 6000)
        #expect(runtime.auraApiSlotDuration?.file == "runtime/src/common.rs")
        #expect(runtime.auraApiSlotDuration?.line == 17)
        #expect(runtime.unincludedSegmentApi.present == false)

        let fast = try FactsExtractor(root: root, features: ["fast"], exploreVariants: false).extract()
        let segment = try #require(fast.runtimes.first?.unincludedSegmentApi)
        #expect(segment.present && !segment.stub)
        #expect(segment.line == 23)

        // The same definition without an invocation adds nothing.
        let unused = try Self.repository(files(invocation: ""))
        defer { try? FileManager.default.removeItem(atPath: unused) }
        let none = try FactsExtractor(root: unused, exploreVariants: false).extract()
        #expect(none.runtimes.first?.auraApiSlotDuration == nil)
    }

    /// The scanner keeps the items of a `macro_rules!` transcriber only when it invokes an item-holding macro.
    @Test func macroRulesKeepTheItemsOfImplRuntimeAPIsTranscribers() {
        let items = ItemScanner.scan(
            Lexer.tokenize(
                """
                macro_rules! with_apis { () => { impl_runtime_apis! { impl Api for Runtime {} } }; }
                macro_rules! plain { ($x:expr) => { $x + 1 }; }
                """), file: "apis.rs")
        #expect(items.count == 2)
        #expect(items[0].macroRules?.items.first?.kind == .macroCall)
        #expect(items[0].macroRules?.items.first?.macroCall?.items?.first?.impl?.selfTypeSegments == ["Runtime"])
        #expect(items[1].macroRules == nil)
    }

    /// unique-chain's hook writes the relay slot as `{ MILLISECS_PER_RELAY_BLOCK as u32 }`: the cast is an
    /// expression, not a path, and the value keeps the constant's location.
    @Test func relaySlotFromACastConstantInTheHookArguments() throws {
        let root = try Self.repository(
            Self.workspace(
                runtime: [
                    "src/lib.rs": """
                    mod parachain;
                    pub struct Runtime;
                    \(Self.constructRuntime)
                    """,
                    "src/parachain.rs": """
                    use shared_constants::constants::*;
                    use crate::Runtime;
                    impl cumulus_pallet_parachain_system::Config for Runtime {
                        type ConsensusHook = ConsensusHook;
                    }
                    const CAPACITY: u32 = 3;
                    pub type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
                        Runtime,
                        { RELAY_BLOCK_MS as u32 },
                        1,
                        CAPACITY,
                    >;
                    """,
                ], constants: "pub const RELAY_BLOCK_MS: u64 = 6000;\n"))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let constants = try #require(facts.runtimes.first?.constants)
        #expect(
            constants["RELAY_CHAIN_SLOT_DURATION_MILLIS"]
                == Located(6000, file: "shared/src/constants.rs", line: 1, column: 11, symbol: "RELAY_BLOCK_MS"))
        #expect(RuntimeAnalyzer.isPath(Self.tokens("a::B")))
        #expect(!RuntimeAnalyzer.isPath(Self.tokens("A as u32")))
        #expect(!RuntimeAnalyzer.isPath(Self.tokens("a::")))
    }

    /// unique-chain's runtime imports its block time, weight and time units with `use up_common::constants::*;`
    /// in the modules that configure pallets, never in the crate root. A glob of an SDK module (whose values
    /// come from ParaReady's table) does not stand in for the chain's own constants.
    @Test func constantsGlobImportedIntoAConfigModuleAreFound() throws {
        let constants = """
            use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight};
            pub const MILLISECS_PER_BLOCK: u64 = 12000;
            pub const MINUTES: u32 = 60_000 / (MILLISECS_PER_BLOCK as u32);
            pub const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND.saturating_div(2), 0);
            """
        func files(configImport: String) -> [String: String] {
            Self.workspace(
                runtime: [
                    "src/lib.rs": """
                    mod config;
                    pub struct Runtime;
                    \(Self.constructRuntime)
                    """,
                    "src/config.rs": """
                    \(configImport)
                    use crate::Runtime;
                    impl cumulus_pallet_parachain_system::Config for Runtime {}
                    """,
                ], constants: constants)
        }
        let root = try Self.repository(files(configImport: "use shared_constants::constants::*;"))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let runtime = try #require(try FactsExtractor(root: root, exploreVariants: false).extract().runtimes.first)
        #expect(
            runtime.constants["MILLISECS_PER_BLOCK"]
                == Located(12000, file: "shared/src/constants.rs", line: 2, column: 11))
        #expect(runtime.maxBlockWeightRefTimeMs?.value == 500)
        #expect(runtime.maxBlockWeightRefTimeMs?.file == "shared/src/constants.rs")
        #expect(runtime.blockNumberTimeConstants.map(\.name) == ["MINUTES"])
        #expect(runtime.blockNumberTimeConstants.first?.blocks == 5)

        let sdkGlob = try Self.repository(files(configImport: "use parachains_common::*;"))
        defer { try? FileManager.default.removeItem(atPath: sdkGlob) }
        let sdk = try #require(try FactsExtractor(root: sdkGlob, exploreVariants: false).extract().runtimes.first)
        #expect(sdk.maxBlockWeightRefTimeMs == nil)
        #expect(sdk.constants["MILLISECS_PER_BLOCK"] == nil)
    }

    /// kilt-node's `parachain.rs` imports the shared crate's constants module (`use runtime_common::{constants,
    /// …};`) and writes `constants::MAXIMUM_BLOCK_WEIGHT`; the runtime itself never names the constant alone.
    @Test func blockWeightReachedThroughAnImportedConstantsModule() throws {
        let root = try Self.repository(
            Self.workspace(
                runtime: [
                    "src/lib.rs": """
                    mod parachain;
                    pub struct Runtime;
                    \(Self.constructRuntime)
                    """,
                    "src/parachain.rs": """
                    use shared_constants::{constants, other::Thing};
                    use crate::Runtime;
                    parameter_types! {
                        pub const ReservedXcmpWeight: Weight = constants::MAXIMUM_BLOCK_WEIGHT.saturating_div(4);
                    }
                    impl cumulus_pallet_parachain_system::Config for Runtime {}
                    """,
                ],
                constants: """
                    use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight};
                    pub const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2), 0);
                    """))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let runtime = try #require(try FactsExtractor(root: root, exploreVariants: false).extract().runtimes.first)
        #expect(runtime.maxBlockWeightRefTimeMs?.value == 2000)
        #expect(runtime.maxBlockWeightRefTimeMs?.line == 2)
    }

    /// unique-chain's service imports the lookahead collator's entry point under another name
    /// (`collators::lookahead::{run as run_aura, Params}`) and calls `run_aura::<…>(params)`.
    @Test func collatorRunFunctionImportedUnderAnotherName() throws {
        func files(import: String, call: String) -> [String: String] {
            [
                "Cargo.toml": "[workspace]\nmembers = [\"node\"]\n",
                "node/Cargo.toml": """
                [package]
                name = "shape-node"
                version = "0.1.0"

                [dependencies]
                cumulus-client-service = "0.20.0"
                cumulus-client-consensus-aura = "0.20.0"
                """,
                "node/src/lib.rs": """
                use cumulus_client_consensus_aura::collators::\(`import`);
                fn start_consensus(backend: Backend) {
                    let params = Params { para_backend: backend };
                    task_manager.spawn_essential_handle().spawn("aura", None, \(call)::<_, Pair>(params));
                }
                """,
            ]
        }
        let root = try Self.repository(
            files(import: "lookahead::{run as run_aura, Params}", call: "run_aura"))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let node = try #require(try FactsExtractor(root: root, exploreVariants: false).extract().nodes.first)
        #expect(node.collator == "lookahead")
        #expect(node.collatorEvidence == Evidence(file: "node/src/lib.rs", line: 4))

        // A function of another name that happens to be called `run_aura` is not a collator start.
        let other = try Self.repository(files(import: "lookahead::Params", call: "run_aura"))
        defer { try? FileManager.default.removeItem(atPath: other) }
        let unrelated = try FactsExtractor(root: other, exploreVariants: false).extract()
        #expect(unrelated.nodes.first?.collator != "lookahead")
    }
}

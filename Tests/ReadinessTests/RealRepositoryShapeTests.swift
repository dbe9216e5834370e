import Foundation
import RustSyntax
import Testing

@testable import Readiness

/// Shapes met in real parachain repositories (see docs/real-repositories.md), each rebuilt as a tiny workspace
/// written for this test.
@Suite struct RealRepositoryShapeTests {
    /// Writes `files` (path → text) below a fresh temporary directory and returns its path.
    static func repository(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("paraready-shape-\(UUID().uuidString)").path
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    static let runtimeManifest = """
        [package]
        name = "shape-runtime"
        version = "0.1.0"

        [dependencies]
        cumulus-pallet-parachain-system = { version = "0.20.0", default-features = false }
        frame-support = { version = "40.1.0", default-features = false }
        wrapper-defaults = { path = "../wrappers", default-features = false }

        [features]
        default = ["std"]
        std = []
        fast = []
        """

    /// ``runtimeManifest`` without the wrappers crate, for runtimes that stand alone.
    static let standaloneRuntimeManifest = runtimeManifest.replacingOccurrences(
        of: "wrapper-defaults = { path = \"../wrappers\", default-features = false }\n", with: "")

    /// The parachain template's docify shape: `AuraApi::slot_duration` calls an inherent helper of `Runtime`
    /// whose body returns `SlotDuration::from_millis(SLOT_DURATION)`.
    @Test func auraAPIThroughAnInherentHelperPasses() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": Self.standaloneRuntimeManifest,
            "runtime/src/lib.rs": """
            pub const BLOCK_MS: u64 = 6000;
            pub const SLOT_DURATION: u64 = BLOCK_MS;
            pub struct Runtime;
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
            }
            impl Runtime {
                fn slot_helper() -> sp_consensus_aura::SlotDuration {
                    sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)
                }
            }
            impl_runtime_apis! {
                impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
                    fn slot_duration() -> sp_consensus_aura::SlotDuration {
                        Runtime::slot_helper()
                    }
                }
            }
            impl pallet_aura::Config for Runtime {}
            construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1, Aura: pallet_aura = 2 });
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let runtime = try #require(facts.runtimes.first)
        #expect(runtime.auraApiSlotDuration?.valueMs == 6000)
        #expect(runtime.auraApiSlotDuration?.line == 14)
        let findings = RuleTests.run("aura-api-slot-duration", facts)
        #expect(findings.map(\.status) == [.pass])
    }

    @Test func auraAPIHelperWithAnotherValueStillFails() {
        var runtime = FactsFixtures.runtime(blockTime: 6000)
        runtime.auraApiSlotDuration = SourceFact(
            source: "Runtime::slot_helper()", valueMs: 12000, file: "runtime/src/apis.rs", line: 9)
        let facts = FactsFixtures.facts([runtime], nodes: [])
        #expect(RuleTests.run("aura-api-slot-duration", facts).map(\.status) == [.fail])
    }

    /// OpenZeppelin-style: a pallet setting written as `<Wrapper<Cfg> as pallet_timestamp::DefaultConfig>::X`,
    /// the wrapper's impl living in another workspace crate with its own cfg branches.
    @Test func qualifiedAssociatedTypeResolvesInAWorkspaceCrate() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\", \"wrappers\"]\n",
            "runtime/Cargo.toml": Self.runtimeManifest,
            "runtime/src/lib.rs": """
            use wrapper_defaults::Defaults;
            pub struct Runtime;
            pub struct Settings;
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
            }
            impl pallet_timestamp::Config for Runtime {
                type MinimumPeriod = <Defaults<Settings> as pallet_timestamp::DefaultConfig>::MinimumPeriod;
            }
            impl pallet_aura::Config for Runtime {}
            construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1, Aura: pallet_aura = 2 });
            """,
            "wrappers/Cargo.toml": """
            [package]
            name = "wrapper-defaults"
            version = "0.1.0"

            [features]
            default = ["std"]
            std = []
            zero-period = []
            """,
            "wrappers/src/lib.rs": """
            pub const SLOT_MS: u64 = 12000;
            pub struct Defaults<T>(core::marker::PhantomData<T>);
            impl<T> pallet_timestamp::DefaultConfig for Defaults<T> {
                #[cfg(feature = "zero-period")]
                type MinimumPeriod = ConstU64<0>;
                #[cfg(not(feature = "zero-period"))]
                type MinimumPeriod = ConstU64<{ SLOT_MS / 2 }>;
            }
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let runtime = try #require(facts.runtimes.first)
        #expect(runtime.minimumPeriodMs?.value == 6000)
        // The evidence stays on the runtime's own `type MinimumPeriod` line.
        #expect(runtime.minimumPeriodMs?.file == "runtime/src/lib.rs")
        #expect(runtime.minimumPeriodMs?.line == 8)
    }

    static func tokens(_ text: String) -> [Token] {
        Lexer.tokenize(text).filter { $0.kind != .docComment }
    }

    @Test func qualifiedPathParsing() {
        let tokens = Self.tokens("<W<C> as pallet_timestamp::DefaultConfig>::MinimumPeriod")
        let parsed = RuntimeAnalyzer.qualifiedPath(tokens)
        #expect(parsed?.selfName == "W")
        #expect(parsed?.traitSegments == ["pallet_timestamp", "DefaultConfig"])
        #expect(parsed?.name == "MinimumPeriod")
        #expect(RuntimeAnalyzer.qualifiedPath(Self.tokens("ConstU64<0>")) == nil)
        #expect(RuntimeAnalyzer.qualifiedPath(Self.tokens("<W as T>::A::B")) == nil)
    }

    /// Runtime APIs expanded by an attribute macro from a declarative `consensus` module, one branch per feature.
    @Test func macroGeneratedAuraAPIsAreReadFromTheConsensusAbstraction() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": Self.standaloneRuntimeManifest,
            "runtime/src/lib.rs": """
            pub mod apis;
            #[cfg(feature = "fast")]
            pub const SLOT_DURATION: u64 = 6000;
            #[cfg(not(feature = "fast"))]
            pub const SLOT_DURATION: u64 = 12000;
            pub struct Runtime;
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
            }
            impl pallet_aura::Config for Runtime {}
            construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1, Aura: pallet_aura = 2 });
            """,
            "runtime/src/apis.rs": """
            use crate::SLOT_DURATION;

            #[openzeppelin_runtime_apis]
            mod apis {
                #[abstraction]
                mod consensus {
                    #[cfg(not(feature = "fast"))]
                    type Aura = Aura;
                    #[cfg(feature = "fast")]
                    type SlotDuration = SLOT_DURATION;
                    #[cfg(feature = "fast")]
                    type ConsensusHook = ConsensusHook;
                }
            }
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root).extract()
        let base = try #require(facts.runtimes.first { $0.variant == nil })
        let fast = try #require(facts.runtimes.first { $0.variant == "fast" })
        #expect(base.unincludedSegmentApi.present == false)
        #expect(base.auraApiSlotDuration?.valueMs == nil)
        #expect(base.auraApiSlotDuration?.line == 8)
        #expect(
            fast.unincludedSegmentApi
                == UnincludedSegmentAPIFact(
                    present: true, stub: false, file: "runtime/src/apis.rs", line: 12))
        #expect(fast.auraApiSlotDuration?.valueMs == 6000)
        #expect(fast.auraApiSlotDuration?.source == "SLOT_DURATION")
    }
    /// Fellows-style: the runtime imports `SLOT_DURATION` and `HOURS` from a constants crate's submodule but not
    /// the block time defined beside them; the block time is still found there.
    @Test func blockTimeIsFoundBesideImportedSiblings() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\", \"consts\"]\n",
            "runtime/Cargo.toml": Self.runtimeManifest.replacingOccurrences(
                of: "wrapper-defaults = { path = \"../wrappers\", default-features = false }",
                with: "shared-consts = { path = \"../consts\" }"),
            "runtime/src/lib.rs": """
            use shared_consts::fast::{HOURS, SLOT_DURATION};
            pub struct Runtime;
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
            }
            impl pallet_aura::Config for Runtime {}
            construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1, Aura: pallet_aura = 2 });
            """,
            "consts/Cargo.toml": "[package]\nname = \"shared-consts\"\nversion = \"0.1.0\"\n",
            "consts/src/lib.rs": """
            pub const MILLISECS_PER_BLOCK: u64 = 12000;
            pub mod fast {
                pub const MILLISECS_PER_BLOCK: u64 = 6_000;
                pub const SLOT_DURATION: u64 = 12_000;
                pub const MINUTES: u32 = 60_000 / (MILLISECS_PER_BLOCK as u32);
                pub const HOURS: u32 = MINUTES * 60;
            }
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let runtime = try #require(facts.runtimes.first)
        #expect(
            runtime.constants[ConstantKey.blockTime] == Located(6000, file: "consts/src/lib.rs", line: 3, column: 15))
        #expect(runtime.constants[ConstantKey.slotDuration]?.value == 12000)
        #expect(RuleTests.run("six-second-blocks", facts).map(\.status) == [.pass])
    }

    /// Moonbeam/Astar-style: `MINUTES = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber)` with `BlockNumber` imported
    /// from a primitives crate outside the repository; the time constants still get their numbers.
    @Test func castToAnAliasFromOutsideKeepsTheNumber() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": Self.standaloneRuntimeManifest,
            "runtime/src/lib.rs": """
            use outside_primitives::Height;
            pub const MILLISECS_PER_BLOCK: u64 = 12000;
            pub const MINUTES: Height = 60_000 / (MILLISECS_PER_BLOCK as Height);
            pub const HOURS: Height = MINUTES * 60;
            pub const DAYS: Height = HOURS * 24;
            pub const TOO_WIDE: Height = (1u64 << 40) as Height;
            pub struct Runtime;
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
            }
            impl pallet_aura::Config for Runtime {}
            construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1, Aura: pallet_aura = 2 });
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let findings = RuleTests.run("block-number-time-constants", facts)
        #expect(findings.map(\.status) == [.warn])
        #expect(findings.first?.message.contains("MINUTES 5, HOURS 300, DAYS 7200") == true)
        // A value that may not fit the unknown alias stays unknown.
        let source = try CrateSource.load(
            name: "shape_runtime", rootFile: root + "/runtime/src/lib.rs", root: root,
            environment: CfgEnvironment(features: []))
        let evaluator = ConstEvaluator(crate: source)
        #expect(evaluator.evaluate(path: "TOO_WIDE").value.integerValue == nil)
        #expect(evaluator.evaluate(path: "MINUTES").value.integerValue == 5)
    }

    /// Moonbeam-style node: the service receives the authoring duration as a function parameter and the
    /// command-line crate (which depends on the service) declares it as an option with a default.
    @Test func authoringDurationComesFromACommandLineDefault() throws {
        let service = """
            use std::time::Duration;
            fn start_consensus(block_authoring_duration: Duration, backend: Backend) {
                let params = my_consensus::collators::lookahead::Params {
                    authoring_duration: block_authoring_duration,
                    para_backend: backend,
                };
                my_consensus::collators::lookahead::run(params);
            }
            """
        let cli = """
            use std::time::Duration;
            pub struct RunCmd {
                /// How long a collator may spend on one block.
                #[clap(long, default_value = "1800", value_parser = parse_millis)]
                pub block_authoring_duration: Duration,
                #[clap(long)]
                pub other_duration: Duration,
            }
            """
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"service\", \"cli\"]\n",
            "service/Cargo.toml": """
            [package]
            name = "shape-service"
            version = "0.1.0"

            [dependencies]
            cumulus-client-service = "0.20.0"
            """,
            "service/src/lib.rs": service,
            "cli/Cargo.toml": """
            [package]
            name = "shape-cli"
            version = "0.1.0"

            [dependencies]
            shape-service = { path = "../service" }
            """,
            "cli/src/lib.rs": cli,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let node = try #require(facts.nodes.first { $0.crate == "shape-service" })
        #expect(
            node.authoringDurationMs
                == Located(1800, file: "cli/src/lib.rs", line: 4, column: 34, symbol: "block_authoring_duration"))
        // An option without a default gives no value.
        let withoutDefault = service.replacingOccurrences(of: "block_authoring_duration", with: "other_duration")
        try withoutDefault.write(toFile: root + "/service/src/lib.rs", atomically: true, encoding: .utf8)
        let again = try FactsExtractor(root: root, exploreVariants: false).extract()
        #expect(again.nodes.first { $0.crate == "shape-service" }?.authoringDurationMs == nil)
    }

    /// Moonbeam's `CheckAssociatedRelayNumber = EmergencyParaXcm`: a checker of the chain's own is named in the
    /// warning, and the change does not tell the team to throw it away.
    @Test func customRelayNumberCheckerIsNamedInTheWarning() {
        var runtime = FactsFixtures.runtime(relayCheck: "other")
        runtime.checkAssociatedRelayNumber?.symbol = "ParaGuard"
        let findings = RuleTests.run("relay-number-monotonic", FactsFixtures.facts([runtime], nodes: []))
        #expect(findings.map(\.status) == [.warn])
        #expect(findings.first?.message.contains("custom checker ParaGuard") == true)
        #expect(findings.first?.change?.contains("make sure ParaGuard allows an unchanged relay parent") == true)
    }

    /// Moonbeam lists its runtime-specific APIs (the Nimbus segment API among them) inside a wrapper macro from
    /// its common crate whose name extends `impl_runtime_apis`; the impls in its body are read like the macro's
    /// own. A macro with an unrelated name is still not looked into.
    @Test func runtimeAPIsInsideAWrapperOfImplRuntimeAPIsAreRead() throws {
        func source(_ macro: String, body: String) -> String {
            """
            pub struct Runtime;
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type ConsensusHook = SegmentHook;
            }
            shared_runtime::\(macro)! {
                impl collation_primitives::UnincludedSegmentApi<Block> for Runtime {
                    fn can_build_upon(included: Hash, slot: Slot) -> bool {
                        \(body)
                    }
                }
            }
            construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1 });
            """
        }
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": Self.standaloneRuntimeManifest,
            "runtime/src/lib.rs": source(
                "impl_runtime_apis_with_shared", body: "SegmentHook::can_build_upon(included, slot)"),
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let api = try #require(facts.runtimes.first?.unincludedSegmentApi)
        #expect(api == UnincludedSegmentAPIFact(present: true, stub: false, file: "runtime/src/lib.rs", line: 6))

        try source("impl_runtime_apis_with_shared", body: "true")
            .write(toFile: root + "/runtime/src/lib.rs", atomically: true, encoding: .utf8)
        let stubbed = try FactsExtractor(root: root, exploreVariants: false).extract()
        #expect(stubbed.runtimes.first?.unincludedSegmentApi.stub == true)

        try source("generate_everything", body: "SegmentHook::can_build_upon(included, slot)")
            .write(toFile: root + "/runtime/src/lib.rs", atomically: true, encoding: .utf8)
        let unrelated = try FactsExtractor(root: root, exploreVariants: false).extract()
        #expect(unrelated.runtimes.first?.unincludedSegmentApi.present == false)
    }

    /// asset-hub-westend's constants live in `testnet-parachains-constants` behind `#[cfg(feature = "westend")]`,
    /// a feature only the runtime's dependency entry turns on (`features = ["westend"], workspace = true`). The
    /// dependency crate is read with the features the runtime's build enables in it, as cargo compiles it.
    @Test func dependencyCrateIsReadWithTheFeaturesTheRuntimeEnables() throws {
        func files(dependency: String) -> [String: String] {
            [
                "Cargo.toml": """
                [workspace]
                members = ["runtime", "constants"]

                [workspace.dependencies]
                shared-constants = { path = "constants", default-features = false }
                """,
                "constants/Cargo.toml": """
                [package]
                name = "shared-constants"
                version = "1.0.0"

                [features]
                default = ["std"]
                std = []
                testnet = []
                """,
                "constants/src/lib.rs": """
                #[cfg(feature = "testnet")]
                pub mod testnet;
                """,
                "constants/src/testnet.rs": """
                pub mod consensus {
                    pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;
                    pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;
                }
                """,
                "runtime/Cargo.toml": """
                [package]
                name = "shape-runtime"
                version = "0.1.0"

                [dependencies]
                cumulus-pallet-parachain-system = { version = "0.20.0", default-features = false }
                \(dependency)

                [features]
                default = ["std"]
                std = ["shared-constants/std"]
                """,
                "runtime/src/lib.rs": """
                use shared_constants::testnet::{consensus::*};
                pub struct Runtime;
                impl cumulus_pallet_parachain_system::Config for Runtime {
                    type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<
                        Runtime, 6000, BLOCK_PROCESSING_VELOCITY, UNINCLUDED_SEGMENT_CAPACITY>;
                }
                construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1 });
                """,
            ]
        }
        let root = try Self.repository(
            files(dependency: "shared-constants = { features = [\"testnet\"], workspace = true }"))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let constants = try #require(facts.runtimes.first?.constants)
        #expect(
            constants["UNINCLUDED_SEGMENT_CAPACITY"]
                == Located(3, file: "constants/src/testnet.rs", line: 2, column: 15))
        #expect(constants["BLOCK_PROCESSING_VELOCITY"]?.value == 1)

        // Without the feature the module is compiled out, and the constants stay unknown.
        let plain = try Self.repository(files(dependency: "shared-constants = { workspace = true }"))
        defer { try? FileManager.default.removeItem(atPath: plain) }
        let without = try FactsExtractor(root: plain, exploreVariants: false).extract()
        #expect(without.runtimes.first?.constants["UNINCLUDED_SEGMENT_CAPACITY"] == nil)
    }
}

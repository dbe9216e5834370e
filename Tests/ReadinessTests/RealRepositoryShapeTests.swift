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

    /// The parachain template's docify shape: `AuraApi::slot_duration` calls an inherent helper of `Runtime`
    /// whose body returns `SlotDuration::from_millis(SLOT_DURATION)`.
    @Test func auraAPIThroughAnInherentHelperPasses() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": Self.runtimeManifest.replacingOccurrences(
                of: "wrapper-defaults = { path = \"../wrappers\", default-features = false }\n", with: ""),
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
            "runtime/Cargo.toml": Self.runtimeManifest.replacingOccurrences(
                of: "wrapper-defaults = { path = \"../wrappers\", default-features = false }\n", with: ""),
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
}

import Foundation
import RustSyntax
import Testing

@testable import Readiness

/// Shapes from the sixth real-repository pass (Manta's Nimbus runtime that keeps pallet_aura for its session keys,
/// Heima's monorepo whose Cargo workspace sits in `parachain/` and whose constants live in a crate outside it), each
/// rebuilt as a tiny workspace written for the test.
extension RealRepositoryShapeTests {
    static let nimbusShapeRuntime = """
        pub const SLOT_DURATION: u64 = 12000;
        pub struct Runtime;
        impl pallet_aura::Config for Runtime {
            type AuthorityId = AuraId;
            type MaxAuthorities = ConstU32<100>;
        }
        impl pallet_author_inherent::Config for Runtime {
            type SlotBeacon = RelaychainBlockNumberProvider<Self>;
        }
        impl cumulus_pallet_parachain_system::Config for Runtime {
            type CheckAssociatedRelayNumber = RelayNumberStrictlyIncreases;
        }
        construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1, Aura: pallet_aura = 2, AuthorInherent: pallet_author_inherent = 3 });
        """

    /// Manta's runtime configures pallet_aura (its session keys still hold an Aura key) next to Nimbus's
    /// pallet_author_inherent, and validates blocks with Nimbus's block executor. The executor decides: the runtime
    /// is a Nimbus runtime, so the Aura-only items are not applicable instead of failing.
    @Test func nimbusBlockExecutorDecidesTheConsensusBesidePalletAura() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": Self.standaloneRuntimeManifest,
            "runtime/src/lib.rs": Self.nimbusShapeRuntime + """

                register_validate_block! {
                    Runtime = Runtime,
                    BlockExecutor = pallet_author_inherent::BlockExecutor::<Runtime, Executive>,
                }
                """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let runtime = try #require(facts.runtimes.first)
        #expect(runtime.consensus == "nimbus")
        #expect(RuleTests.run("aura-slot-duration", facts).map(\.status) == [.notApplicable])
    }

    /// The same runtime validated by cumulus_pallet_aura_ext's block executor stays an Aura runtime, and so does one
    /// without `register_validate_block!`.
    @Test func auraBlockExecutorKeepsAnAuraRuntime() throws {
        for executor in [
            "register_validate_block! {\n    Runtime = Runtime,\n    BlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,\n}\n",
            "",
        ] {
            let root = try Self.repository([
                "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
                "runtime/Cargo.toml": Self.standaloneRuntimeManifest,
                "runtime/src/lib.rs": Self.nimbusShapeRuntime + "\n" + executor,
            ])
            defer { try? FileManager.default.removeItem(atPath: root) }
            let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
            #expect(facts.runtimes.first?.consensus == "aura")
        }
    }

    /// Heima's repository has no root `Cargo.toml`: the parachain workspace is in `parachain/` (beside other
    /// workspaces), and its runtime imports its block time from `core-primitives`, a path dependency at
    /// `../common/primitives/core`, outside the workspace directory. The workspace is found below the root, every
    /// path stays relative to the repository root, and the crate outside the workspace is read so its constants
    /// resolve.
    @Test func workspaceInASubdirectoryWithAConstantsCrateOutsideIt() throws {
        let root = try Self.repository([
            "parachain/Cargo.toml": """
            [workspace]
            members = ["runtime"]

            [workspace.dependencies]
            cumulus-pallet-parachain-system = { git = "https://github.com/paritytech/polkadot-sdk", branch = "stable2407", default-features = false }
            shape-primitives = { path = "../common/primitives", default-features = false }
            """,
            "parachain/runtime/Cargo.toml": """
            [package]
            name = "shape-runtime"
            version = "0.1.0"

            [dependencies]
            cumulus-pallet-parachain-system = { workspace = true }
            shape-primitives = { workspace = true }
            """,
            "parachain/runtime/src/lib.rs": """
            pub use shape_primitives::{HOURS, SLOT_DURATION};
            pub struct Runtime;
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
            }
            impl pallet_timestamp::Config for Runtime {
                type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
            }
            construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1 });
            """,
            "common/primitives/Cargo.toml": """
            [package]
            name = "shape-primitives"
            version = "0.1.0"
            """,
            "common/primitives/src/lib.rs": """
            pub use constants::*;
            mod constants {
                pub const MILLISECS_PER_BLOCK: u64 = 12000;
                pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;
                pub const MINUTES: u32 = 60_000 / (MILLISECS_PER_BLOCK as u32);
                pub const HOURS: u32 = MINUTES * 60;
            }
            """,
            "tools/Cargo.toml": "[workspace]\nmembers = []\n",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let runtime = try #require(facts.runtimes.first)
        #expect(runtime.path == "parachain/runtime")
        #expect(facts.sdk.release == "polkadot-stable2407")
        #expect(facts.sdk.evidence?.file == "parachain/Cargo.toml")
        #expect(runtime.minimumPeriodMs?.value == 6000)
        #expect(runtime.constants["MILLISECS_PER_BLOCK"]?.value == 12000)
        #expect(runtime.constants["MILLISECS_PER_BLOCK"]?.file == "common/primitives/src/lib.rs")
        #expect(runtime.blockNumberTimeConstants.map(\.name) == ["HOURS"])
    }

    /// A directory with no `Cargo.toml` at its top or in the directories below it is still not a Cargo project.
    @Test func directoryWithoutAnyManifestIsStillAnError() throws {
        let root = try Self.repository(["docs/README.md": "nothing to build\n", "a/b/c/Cargo.toml": "[workspace]\n"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: (any Error).self) { try FactsExtractor(root: root, exploreVariants: false).extract() }
    }
}

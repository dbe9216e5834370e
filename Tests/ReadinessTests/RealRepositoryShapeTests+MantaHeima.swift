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
            "runtime/Cargo.toml": Self.runtimeManifest.replacingOccurrences(
                of: "wrapper-defaults = { path = \"../wrappers\", default-features = false }\n", with: ""),
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
                "runtime/Cargo.toml": Self.runtimeManifest.replacingOccurrences(
                    of: "wrapper-defaults = { path = \"../wrappers\", default-features = false }\n", with: ""),
                "runtime/src/lib.rs": Self.nimbusShapeRuntime + "\n" + executor,
            ])
            defer { try? FileManager.default.removeItem(atPath: root) }
            let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
            #expect(facts.runtimes.first?.consensus == "aura")
        }
    }
}

import Foundation
import Testing

@testable import Readiness

/// Shapes from the ninth real-repository pass (Robonomics, Ajuna, InvArch), each rebuilt as a tiny workspace
/// written for the test (see docs/real-repositories.md).
extension RealRepositoryShapeTests {
    /// InvArch builds its runtime with a macro of its own (`construct_runtime_modified!`) and implements
    /// `cumulus_pallet_parachain_system::Config` under the crate's full name. The fallback that recognises a
    /// runtime by its parachain-system config only matched the `parachain_system::Config` alias, so the runtime
    /// was missed altogether and the repository reported "not-started" from its node alone.
    @Test func runtimeBuiltByItsOwnMacroIsFoundByItsParachainSystemConfig() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": Self.standaloneRuntimeManifest,
            "runtime/src/lib.rs": """
            pub const MILLISECS_PER_BLOCK: u64 = 6000;
            pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 1;
            pub struct Runtime;
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberStrictlyIncreases;
            }
            use custom_runtime_builder::build_runtime_of_our_own;
            build_runtime_of_our_own!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1 });
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let runtime = try #require(facts.runtimes.first)
        #expect(facts.runtimes.count == 1)
        #expect(runtime.constants[ConstantKey.blockTime]?.value == 6000)
        #expect(runtime.checkAssociatedRelayNumber?.value == "strict")
    }
}

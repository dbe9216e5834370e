import Foundation
import Testing

@testable import Readiness

/// Shapes from the tenth real-repository pass (Pop Network, Subsocial), each rebuilt as a tiny workspace written
/// for the test (see docs/real-repositories.md).
extension RealRepositoryShapeTests {
    /// Subsocial's runtime names its own git sources (`branch = "polkadot-v1.0.0"` on the pre-monorepo
    /// repositories) and the root manifest has no `[workspace.dependencies]`. primitives-aura-dependency told it
    /// to add `cumulus-primitives-aura = { workspace = true }`, an entry that cannot resolve there. It now says to
    /// follow the parachain-system line; a workspace that declares the SDK keeps the `workspace = true` advice.
    @Test func runtimeNamingItsOwnGitSourcesIsNotToldToInheritFromTheWorkspace() throws {
        let branch = #"git = "https://github.com/paritytech/cumulus", branch = "polkadot-v1.0.0""#
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": """
            [package]
            name = "social-runtime"
            version = "0.1.0"

            [dependencies]
            cumulus-pallet-parachain-system = { \(branch), default-features = false }

            [features]
            default = ["std"]
            std = ["cumulus-pallet-parachain-system/std"]
            """,
            "runtime/src/lib.rs": """
            pub const MILLISECS_PER_BLOCK: u64 = 12000;
            pub struct Runtime;
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberStrictlyIncreases;
            }
            impl pallet_aura::Config for Runtime {}
            construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1, Aura: pallet_aura = 2 });
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        #expect(facts.sdk.release == "polkadot-v1.0.0")
        let findings = RuleTests.run("primitives-aura-dependency", facts)
        #expect(findings.map(\.status) == [.fail])
        let change = findings.first?.change ?? ""
        #expect(!change.contains("workspace = true"))
        #expect(change.contains("same git source as cumulus-pallet-parachain-system (runtime/Cargo.toml:6)"))
    }
}

import Foundation
import RustSyntax
import Testing

@testable import Readiness

/// Shapes from the sixth real-repository pass (Nodle's eden runtime, whose constants module re-exports block time,
/// slot and time units from the SDK's `parachains-common`; peaq's runtimes on forks of the polkadot-v0.9.43
/// branches), each rebuilt as a tiny workspace or fact set written for the test.
extension RealRepositoryShapeTests {
    /// peaq's runtime on its fork of polkadot-v0.9.43 configures pallet_aura without `AllowMultipleBlocksPerSlot`
    /// and compiles: the item arrived with polkadot-v1.0.0, so on v0.9.43 the pallet accepts one block per slot and
    /// the phase-3 item fails instead of being unknown. From 1.0.0 on an absent item stays unknown.
    @Test func allowMultipleBlocksAbsentOnPolkadotV0943Fails() {
        let runtime = FactsFixtures.runtime(allowMultiple: nil)
        let v0943 = RuleTests.run(
            "multiple-blocks-per-slot", FactsFixtures.facts([runtime], nodes: [], release: "polkadot-v0.9.43"))
        #expect(v0943.map(\.status) == [.fail])
        #expect(v0943.first?.message.contains("polkadot-v0.9.43") == true)
        let v100 = RuleTests.run(
            "multiple-blocks-per-slot", FactsFixtures.facts([runtime], nodes: [], release: "polkadot-v1.0.0"))
        #expect(v100.map(\.status) == [.unknown])
    }

    /// Nodle's eden runtime takes its block time and slot from the SDK by name: its `constants` module says
    /// `pub use parachains_common::{MILLISECS_PER_BLOCK, SLOT_DURATION, …};` and the pallet configs write
    /// `constants::SLOT_DURATION`. The values come from ParaReady's table (12 s), shown at that `use`; the block
    /// time was "not found", the slot checks unknown and the time units (`HOURS`, imported the same way) unread. A
    /// glob of an SDK module still does not count.
    @Test func sdkBlockTimeImportedByNameIntoAConstantsModule() throws {
        func runtime(_ import: String) throws -> RuntimeFacts {
            let root = try Self.repository([
                "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
                "runtime/Cargo.toml": Self.standaloneRuntimeManifest,
                "runtime/src/lib.rs": """
                pub mod constants;
                mod system;
                pub struct Runtime;
                impl cumulus_pallet_parachain_system::Config for Runtime {
                    type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
                }
                construct_runtime!(pub enum Runtime { System: frame_system = 0 });
                """,
                "runtime/src/constants.rs": """
                \(`import`)
                pub const UNIT: u128 = 1_000;
                """,
                "runtime/src/system.rs": """
                use crate::{constants, Runtime};
                parameter_types! {
                    pub const MinimumPeriod: u64 = constants::SLOT_DURATION / 2;
                }
                impl pallet_timestamp::Config for Runtime {
                    type MinimumPeriod = MinimumPeriod;
                }
                """,
            ])
            defer { try? FileManager.default.removeItem(atPath: root) }
            let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
            return try #require(facts.runtimes.first)
        }
        let named = try runtime(
            "pub use parachains_common::{DAYS, HOURS, MILLISECS_PER_BLOCK, MINUTES, SLOT_DURATION};")
        let block = try #require(named.constants["MILLISECS_PER_BLOCK"])
        #expect(block.value == 12000)
        #expect(block.external == true)
        #expect(block.file == "runtime/src/constants.rs")
        #expect(block.line == 1)
        #expect(named.constants["SLOT_DURATION"]?.value == 12000)
        #expect(named.minimumPeriodMs?.value == 6000)
        // The time units it imports with them are the SDK's 12 s ones, so they halve at 6 s blocks.
        #expect(named.blockNumberTimeConstants.map(\.name) == ["MINUTES", "HOURS", "DAYS"])
        #expect(named.blockNumberTimeConstants.map(\.blocks) == [5, 300, 7200])
        #expect(named.blockNumberTimeConstants.first?.file == "runtime/src/constants.rs")
        let globbed = try runtime("pub use parachains_common::*;")
        #expect(globbed.constants["MILLISECS_PER_BLOCK"] == nil)
        #expect(globbed.blockNumberTimeConstants.isEmpty)
    }

    /// With the block time imported from the SDK (Nodle's `pub use parachains_common::{MILLISECS_PER_BLOCK, …};`)
    /// the change is to define the chain's own constant: "set MILLISECS_PER_BLOCK to 6000" pointed at a `use`
    /// line that holds no value to set. A constant of the chain's own keeps the short change.
    @Test func sdkBlockTimeFailureAsksForTheChainsOwnConstant() throws {
        var runtime = FactsFixtures.runtime(blockTime: 12000)
        var imported = try #require(runtime.constants[ConstantKey.blockTime])
        imported.external = true
        runtime.constants[ConstantKey.blockTime] = imported
        let findings = RuleTests.run("six-second-blocks", FactsFixtures.facts([runtime], nodes: []))
        #expect(findings.map(\.status) == [.fail])
        #expect(findings.first?.change?.contains("instead of importing the SDK's 12000 ms constant") == true)
        let own = RuleTests.run(
            "six-second-blocks", FactsFixtures.facts([FactsFixtures.runtime(blockTime: 12000)], nodes: []))
        #expect(own.first?.change == "set MILLISECS_PER_BLOCK to 6000")
    }
}

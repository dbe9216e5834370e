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

}

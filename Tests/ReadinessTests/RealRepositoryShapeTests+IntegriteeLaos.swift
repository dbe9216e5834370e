import Foundation
import Testing

@testable import Readiness

/// Shapes from the eighth real-repository pass (Integritee's Kusama runtime, LAOS), each rebuilt as a tiny
/// workspace written for the test (see docs/real-repositories.md).
extension RealRepositoryShapeTests {
    /// `auraRuntime` without a `SLOT_DURATION` constant, its block time named `MILLISECS_PER_BLOCK`: LAOS's shape.
    static func auraRuntimeWithoutSlotConstant(aura: String, api: String) -> [String: String] {
        var files = auraRuntime(aura: aura, api: api)
        files["runtime/src/lib.rs"] = files["runtime/src/lib.rs"]?
            .replacingOccurrences(of: "pub const SLOT_DURATION: u64 = BLOCK_MS;\n", with: "")
            .replacingOccurrences(of: "BLOCK_MS", with: "MILLISECS_PER_BLOCK")
        return files
    }

    /// Integritee keeps `type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Self>;` beside a `MinimumPeriod`
    /// of `SLOT_DURATION / 2`. The pallet's slot had no value, so `Aura::slot_duration()` in AuraApi carried none
    /// either and slot-duration-agreement saw SLOT_DURATION alone. The derived slot is twice `MinimumPeriod`; at
    /// `MinimumPeriod` 0 it is 0, which disagrees with SLOT_DURATION.
    @Test func minimumPeriodTimesTwoIsTwiceTheMinimumPeriod() throws {
        let api = "sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())"
        let root = try Self.repository(
            Self.auraRuntime(
                aura: "type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Self>;",
                timestamp: "type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;", api: api))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let runtime = try #require(facts.runtimes.first)
        #expect(runtime.auraSlotDuration?.valueMs == 6000)
        #expect(runtime.auraApiSlotDuration?.valueMs == 6000)
        let agreement = RuleTests.run("slot-duration-agreement", facts)
        #expect(agreement.map(\.status) == [.pass])
        #expect(agreement.first?.message.contains("pallet_aura::SlotDuration") == true)
        // Still derived from MinimumPeriod: the item that asks for SLOT_DURATION keeps failing.
        #expect(RuleTests.run("aura-slot-duration", facts).map(\.status) == [.fail])

        let zero = try Self.repository(
            Self.auraRuntime(
                aura: "type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Self>;",
                timestamp: "type MinimumPeriod = ConstU64<0>;", api: api))
        defer { try? FileManager.default.removeItem(atPath: zero) }
        let zeroFacts = try FactsExtractor(root: zero, exploreVariants: false).extract()
        #expect(zeroFacts.runtimes.first?.auraSlotDuration?.valueMs == 0)
        #expect(RuleTests.run("slot-duration-agreement", zeroFacts).map(\.status) == [.fail])
    }

    /// A pallet_aura config that does not set `SlotDuration` (the template before async backing) leaves the pallet
    /// deriving it as twice `MinimumPeriod`; `Aura::slot_duration()` in AuraApi carries that value, so the
    /// agreement has two values instead of SLOT_DURATION alone. aura-slot-duration still fails ("not set").
    @Test func auraConfigWithoutSlotDurationCarriesTwiceTheMinimumPeriod() throws {
        let root = try Self.repository(
            Self.auraRuntime(
                aura: "type AllowMultipleBlocksPerSlot = ConstBool<false>;",
                timestamp: "type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;",
                api: "sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())"))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        #expect(facts.runtimes.first?.auraApiSlotDuration?.valueMs == 6000)
        let agreement = RuleTests.run("slot-duration-agreement", facts)
        #expect(agreement.map(\.status) == [.pass])
        #expect(agreement.first?.message.contains("AuraApi::slot_duration") == true)
        #expect(RuleTests.run("aura-slot-duration", facts).map(\.status) == [.fail])
    }

    /// With only one slot value known (pallet_aura's and AuraApi's not evaluated), slot-duration-agreement said
    /// "SLOT_DURATION agree on 12000 ms". One value agrees with nothing: the item is not applicable, as its
    /// checklist page says, and names what could not be read.
    @Test func oneSlotValueAloneIsNotAnAgreement() throws {
        let root = try Self.repository(
            Self.auraRuntime(
                aura: "type SlotDuration = ChainSlot;",
                api: "sp_consensus_aura::SlotDuration::from_millis(Timing::slot_duration())"))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let agreement = RuleTests.run("slot-duration-agreement", facts)
        #expect(agreement.map(\.status) == [.notApplicable])
        let message = agreement.first?.message ?? ""
        #expect(message.contains("only SLOT_DURATION (6000 ms)"))
        #expect(message.contains("pallet_aura::SlotDuration and AuraApi::slot_duration"))
    }

    /// With none of the three slots evaluated the item stays unknown, as its checklist page says: an Aura runtime
    /// has a slot, and reading none is a gap in what the audit saw. One value is not applicable (above).
    @Test func noSlotValueAtAllIsUnknown() {
        var runtime = FactsFixtures.runtime()
        runtime.constants[ConstantKey.slotDuration] = nil
        let agreement = RuleTests.run("slot-duration-agreement", FactsFixtures.facts([runtime], nodes: []))
        #expect(agreement.map(\.status) == [.unknown])
        runtime.constants[ConstantKey.slotDuration] = Located(6000, file: "runtime/src/lib.rs", line: 14)
        let one = RuleTests.run("slot-duration-agreement", FactsFixtures.facts([runtime], nodes: []))
        #expect(one.map(\.status) == [.notApplicable])
    }

    /// LAOS sets `type SlotDuration = ConstU64<MILLISECS_PER_BLOCK>;` and defines no SLOT_DURATION. The warning
    /// and AuraApi's failure asked for `ConstU64<SLOT_DURATION>` / `from_millis(SLOT_DURATION)`, a constant that
    /// does not exist; the change now defines it from the block time first. With SLOT_DURATION defined the
    /// change is as before.
    @Test func slotDurationChangeDefinesTheConstantWhenTheRuntimeHasNone() throws {
        let api = "sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())"
        let root = try Self.repository(
            Self.auraRuntimeWithoutSlotConstant(aura: "type SlotDuration = ConstU64<MILLISECS_PER_BLOCK>;", api: api))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let define = "define `pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;`"
        let slot = RuleTests.run("aura-slot-duration", facts)
        #expect(slot.map(\.status) == [.warn])
        #expect(slot.first?.change?.hasPrefix(define) == true)
        let aura = RuleTests.run("aura-api-slot-duration", facts)
        #expect(aura.map(\.status) == [.fail])
        #expect(aura.first?.change?.hasPrefix(define) == true)

        let defined = try Self.repository(
            Self.auraRuntime(aura: "type SlotDuration = ConstU64<12000>;", api: api))
        defer { try? FileManager.default.removeItem(atPath: defined) }
        let definedFacts = try FactsExtractor(root: defined, exploreVariants: false).extract()
        let changes =
            (RuleTests.run("aura-slot-duration", definedFacts)
            + RuleTests.run("aura-api-slot-duration", definedFacts)).compactMap(\.change)
        #expect(!changes.isEmpty && changes.allSatisfy { !$0.contains("define `pub const SLOT_DURATION") })
    }
}

import Foundation
import RustSyntax
import Testing

@testable import Readiness

/// Shapes met in the fifth real-repository pass (Darwinia's koi runtime and node, Hyperbridge's nexus and
/// gargantua runtimes), each rebuilt as a tiny workspace written for the test (see docs/real-repositories.md).
extension RealRepositoryShapeTests {
    /// A runtime in one file, with `aura` and `timestamp` as the bodies of its pallet_aura and pallet_timestamp
    /// configs and `api` as the body of `AuraApi::slot_duration`.
    static func auraRuntime(aura: String, timestamp: String = "type MinimumPeriod = ConstU64<0>;", api: String)
        -> [String: String]
    {
        [
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": """
            [package]
            name = "shape-runtime"
            version = "0.1.0"

            [dependencies]
            cumulus-pallet-parachain-system = { version = "0.20.0", default-features = false }
            """,
            "runtime/src/lib.rs": """
            pub const BLOCK_MS: u64 = 6000;
            pub const SLOT_DURATION: u64 = BLOCK_MS;
            pub struct Runtime;
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
            }
            impl pallet_aura::Config for Runtime {
                \(aura)
            }
            impl pallet_timestamp::Config for Runtime {
                \(timestamp)
            }
            impl_runtime_apis! {
                impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
                    fn slot_duration() -> sp_consensus_aura::SlotDuration {
                        \(api)
                    }
                }
            }
            \(Self.constructRuntime)
            """,
        ]
    }

    /// Koi, nexus and gargantua keep `SlotDuration::from_millis(Aura::slot_duration())` in `AuraApi` but set
    /// `pallet_aura::Config::SlotDuration = ConstU64<SLOT_DURATION>`: the pallet then returns SLOT_DURATION, as the
    /// checklist item says. A pallet slot derived from MinimumPeriod still fails.
    @Test func auraAPIReadingPalletAuraPassesWhenItsSlotDurationIsSlotDuration() throws {
        let api = "sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())"
        let configured = try Self.repository(
            Self.auraRuntime(aura: "type SlotDuration = ConstU64<SLOT_DURATION>;", api: api))
        defer { try? FileManager.default.removeItem(atPath: configured) }
        let facts = try FactsExtractor(root: configured, exploreVariants: false).extract()
        #expect(RuleTests.run("aura-api-slot-duration", facts).map(\.status) == [.pass])

        let derived = try Self.repository(
            Self.auraRuntime(aura: "type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;", api: api))
        defer { try? FileManager.default.removeItem(atPath: derived) }
        let derivedFacts = try FactsExtractor(root: derived, exploreVariants: false).extract()
        #expect(RuleTests.run("aura-api-slot-duration", derivedFacts).map(\.status) == [.fail])

        // A helper of another type that merely shares the method name is not pallet_aura.
        let other = try Self.repository(
            Self.auraRuntime(
                aura: "type SlotDuration = ConstU64<SLOT_DURATION>;",
                api: "sp_consensus_aura::SlotDuration::from_millis(Timing::slot_duration())"))
        defer { try? FileManager.default.removeItem(atPath: other) }
        let otherFacts = try FactsExtractor(root: other, exploreVariants: false).extract()
        #expect(RuleTests.run("aura-api-slot-duration", otherFacts).map(\.status) == [.fail])
    }

    /// Koi's `type MinimumPeriod = ();`: the unit type's `Get` gives the default, 0.
    @Test func unitTypeSettingEvaluatesToZero() throws {
        let root = try Self.repository(
            Self.auraRuntime(
                aura: "type SlotDuration = ConstU64<SLOT_DURATION>;", timestamp: "type MinimumPeriod = ();",
                api: "sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)"))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let runtime = try #require(try FactsExtractor(root: root, exploreVariants: false).extract().runtimes.first)
        #expect(runtime.minimumPeriodMs?.value == 0)
        #expect(runtime.minimumPeriodMs?.line == 11)
    }

    /// Koi (spec 6632) counts its time in slots: `MINUTES = 60_000 / (SLOT_DURATION as BlockNumber)`.
    @Test func timeConstantsCountedInSlotsAreRead() throws {
        var files = Self.auraRuntime(
            aura: "type SlotDuration = ConstU64<SLOT_DURATION>;",
            api: "sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)")
        files["runtime/src/lib.rs"]! += """

            pub type BlockNumber = u32;
            pub const MINUTES: BlockNumber = 60_000 / (SLOT_DURATION as BlockNumber);
            pub const HOURS: BlockNumber = MINUTES * 60;
            """
        let root = try Self.repository(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let runtime = try #require(try FactsExtractor(root: root, exploreVariants: false).extract().runtimes.first)
        #expect(runtime.blockNumberTimeConstants.map(\.name) == ["MINUTES", "HOURS"])
        #expect(runtime.blockNumberTimeConstants.map(\.blocks) == [10, 600])
    }

    /// Koi (spec 6632) glob-imports a primitives crate whose `MILLISECS_PER_BLOCK` is 12 s, with that crate's
    /// own `SLOT_DURATION`, and shadows the slot with its own `SLOT_DURATION = 6_000`: its blocks follow its slot.
    /// A runtime whose slot is the imported block time keeps the imported value.
    @Test func ownSlotShadowingAGlobImportedBlockTimeIsTheBlockTime() throws {
        let primitives = """
            pub const MILLISECS_PER_BLOCK: u64 = 12_000;
            pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;
            pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 1;
            """
        func runtime(slot: String) -> [String: String] {
            [
                "src/lib.rs": """
                pub use shared_constants::constants::*;
                pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;
                pub const SLOT_DURATION: u64 = \(slot);
                pub struct Runtime;
                impl cumulus_pallet_parachain_system::Config for Runtime {
                    type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
                }
                \(Self.constructRuntime)
                """
            ]
        }
        let shadowing = try Self.repository(Self.workspace(runtime: runtime(slot: "6_000"), constants: primitives))
        defer { try? FileManager.default.removeItem(atPath: shadowing) }
        let own = try #require(try FactsExtractor(root: shadowing, exploreVariants: false).extract().runtimes.first)
        let blockTime = try #require(own.constants[ConstantKey.blockTime])
        #expect(blockTime.value == 6000)
        #expect(blockTime.file == "runtime/src/lib.rs")
        #expect(blockTime.line == 3)
        #expect(blockTime.symbol == "SLOT_DURATION")
        #expect(own.constants[ConstantKey.capacity]?.value == 3)

        let derived = try Self.repository(
            Self.workspace(runtime: runtime(slot: "MILLISECS_PER_BLOCK / 2"), constants: primitives))
        defer { try? FileManager.default.removeItem(atPath: derived) }
        let imported = try #require(
            try FactsExtractor(root: derived, exploreVariants: false).extract().runtimes.first)
        #expect(imported.constants[ConstantKey.blockTime]?.value == 12000)
        #expect(imported.constants[ConstantKey.blockTime]?.file == "shared/src/constants.rs")
    }
}

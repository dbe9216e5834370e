import Foundation
import RustSyntax
import Testing

@testable import Readiness

/// Shapes from the sixth real-repository pass (Interlay's interBTC workspace with the interlay and kintsugi
/// runtimes, Pendulum's workspace with its runtimes on release-polkadot-v1.6.0), each rebuilt as a tiny workspace
/// written for the test.
extension RealRepositoryShapeTests {
    /// A runtime on a release that gates `ConsensusHook` behind parachain-system's `parameterized-consensus-hook`,
    /// with that feature reached through `features` (whose entries are given) and the runtime's own features.
    static func gatedHookRuntime(dependencyFeatures: String = "", features: String) -> [String: String] {
        [
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": """
            [package]
            name = "gated-runtime"
            version = "0.1.0"

            [dependencies]
            cumulus-pallet-parachain-system = { git = "https://github.com/paritytech/polkadot-sdk", branch = "release-polkadot-v1.6.0", default-features = false\(dependencyFeatures) }
            pallet-aura = { git = "https://github.com/paritytech/polkadot-sdk", branch = "release-polkadot-v1.6.0", default-features = false }

            [features]
            \(features)
            """,
            "runtime/src/lib.rs": """
            construct_runtime!(pub enum Runtime { System: frame_system, ParachainSystem: cumulus_pallet_parachain_system });
            impl pallet_aura::Config for Runtime {
                type AllowMultipleBlocksPerSlot = ConstBool<false>;
            }
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberStrictlyIncreases;
                #[cfg(feature = "std")]
                type ConsensusHook = cumulus_pallet_parachain_system::consensus_hook::ExpectParentIncluded;
            }
            """,
        ]
    }

    /// Pendulum turns on `cumulus-pallet-parachain-system/parameterized-consensus-hook` only in its `std` feature
    /// (and writes `ConsensusHook` under `#[cfg(feature = "std")]`). substrate-wasm-builder compiles the runtime
    /// the relay chain validates without `std`, so the feature is off there: ParaReady said "enabled" and passed
    /// consensus-hook-feature. The wasm build's features are those the native build enables except `std` and
    /// `default`; a feature only `std` reaches is reported apart, and the item fails with that reason.
    @Test func consensusHookFeatureReachedOnlyThroughStdIsOffInTheWasmBuild() throws {
        let root = try Self.repository(
            Self.gatedHookRuntime(
                features: """
                    default = ["std"]
                    std = [
                        "cumulus-pallet-parachain-system/std",
                        "cumulus-pallet-parachain-system/parameterized-consensus-hook",
                    ]
                    """))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let dependency = try #require(facts.runtimes.first?.parachainSystemDependency)
        #expect(dependency.features == [])
        #expect(dependency.nativeOnlyFeatures == ["parameterized-consensus-hook"])
        let findings = RuleTests.run("consensus-hook-feature", facts)
        #expect(findings.map(\.status) == [.fail])
        #expect(findings.first?.message.contains("only through the runtime's std feature") == true)
        #expect(findings.first?.change?.contains("dependency itself") == true)
    }

    /// The feature on the dependency line, or reached through a runtime feature other than `std` that the
    /// default build enables, is forwarded to the wasm build and still passes.
    @Test func consensusHookFeatureOutsideStdReachesTheWasmBuild() throws {
        let onTheLine = try Self.repository(
            Self.gatedHookRuntime(
                dependencyFeatures: ", features = [\"parameterized-consensus-hook\"]",
                features: """
                    default = ["std"]
                    std = ["cumulus-pallet-parachain-system/std"]
                    """))
        let throughAFeature = try Self.repository(
            Self.gatedHookRuntime(
                features: """
                    default = ["std", "hook"]
                    std = ["cumulus-pallet-parachain-system/std"]
                    hook = ["cumulus-pallet-parachain-system/parameterized-consensus-hook"]
                    """))
        defer {
            try? FileManager.default.removeItem(atPath: onTheLine)
            try? FileManager.default.removeItem(atPath: throughAFeature)
        }
        for root in [onTheLine, throughAFeature] {
            let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
            let dependency = try #require(facts.runtimes.first?.parachainSystemDependency)
            #expect(dependency.features == ["parameterized-consensus-hook"])
            #expect(dependency.nativeOnlyFeatures == nil)
            #expect(RuleTests.run("consensus-hook-feature", facts).map(\.status) == [.pass])
        }
    }
}

extension RealRepositoryShapeTests {
    /// interlay, kintsugi and pendulum define their own `MAXIMUM_BLOCK_WEIGHT` from the SDK's
    /// `WEIGHT_REF_TIME_PER_SECOND` (and `MAX_POV_SIZE`). The value is the chain's, defined on the runtime's line;
    /// the facts marked it `external` ("well-known SDK value") because the evaluation touched ParaReady's table.
    /// Only a weight that is itself the SDK's constant (imported, defined nowhere in the repository) is external.
    @Test func chainBlockWeightBuiltFromAnSDKConstantIsNotExternal() throws {
        let root = try Self.repository(
            Self.runtimeOnCommon(
                runtime: """
                    use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight};
                    pub struct Runtime;
                    pub const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
                        WEIGHT_REF_TIME_PER_SECOND.saturating_div(2),
                        cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
                    );
                    impl cumulus_pallet_parachain_system::Config for Runtime {
                        type CheckAssociatedRelayNumber = RelayNumberStrictlyIncreases;
                    }
                    """,
                common: "pub const UNUSED: u32 = 0;\n"))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let weight = try #require(facts.runtimes.first?.maxBlockWeightRefTimeMs)
        #expect(weight.value == 500)
        #expect(weight.external == nil)
        #expect(weight.file == "runtime/src/lib.rs")
        #expect(weight.line == 3)
    }
}

extension RealRepositoryShapeTests {
    /// interlay and kintsugi (polkadot-v0.9.42) write `impl pallet_aura::Config for Runtime` with neither
    /// `SlotDuration` nor `AllowMultipleBlocksPerSlot`. The facts kept no location of the impl, so
    /// aura-slot-duration pointed at line 1 of `lib.rs`. The impl's place is now a fact (`auraConfig`), and the
    /// findings about its missing items point there.
    @Test func findingsAboutMissingAuraItemsPointAtTheAuraConfig() throws {
        let root = try Self.repository([
            "Cargo.toml": "[workspace]\nmembers = [\"runtime\"]\n",
            "runtime/Cargo.toml": """
            [package]
            name = "plain-aura-runtime"
            version = "0.1.0"

            [dependencies]
            cumulus-pallet-parachain-system = { git = "https://github.com/paritytech/polkadot-sdk", branch = "release-polkadot-v1.6.0", default-features = false }
            """,
            "runtime/src/lib.rs": """
            //! A runtime whose pallet_aura config sets only the authority items.
            pub struct Runtime;
            construct_runtime!(pub enum Runtime { System: frame_system, Aura: pallet_aura });

            impl pallet_aura::Config for Runtime {
                type AuthorityId = AuraId;
                type DisabledValidators = ();
                type MaxAuthorities = MaxAuthorities;
            }

            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberStrictlyIncreases;
            }
            """,
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let runtime = try #require(facts.runtimes.first)
        #expect(runtime.auraConfig?.evidence == Evidence(file: "runtime/src/lib.rs", line: 5))
        let slot = RuleTests.run("aura-slot-duration", facts)
        #expect(slot.map(\.status) == [.fail])
        #expect(slot.first?.line == 5)
        // On v1.6.0, which has the item, not writing it means one block per slot: a failure, not an unknown.
        let multiple = RuleTests.run("multiple-blocks-per-slot", facts)
        #expect(multiple.map(\.status) == [.fail])
        #expect(multiple.first?.line == 5)
    }
}

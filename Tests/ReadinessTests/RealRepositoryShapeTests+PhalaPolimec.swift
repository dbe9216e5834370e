import Foundation
import RustSyntax
import Testing

@testable import Readiness

/// Shapes from the fifth real-repository pass (Polimec's runtime over its shared-configuration crate, the Khala
/// and Phala runtimes with their own `parachains-common` crate and a node that compiles one collator module per
/// runtime), each rebuilt as a tiny workspace written for the test.
extension RealRepositoryShapeTests {
    /// Polimec's runtime glob-imports a configuration module of a workspace crate, and that module takes the
    /// block weight from the SDK (`use parachains_common::{…, MAXIMUM_BLOCK_WEIGHT, …};`). The value comes from
    /// ParaReady's table; its evidence is the `use` that imports it, not line 0 of the runtime's root file.
    @Test func sdkBlockWeightIsShownWhereTheChainImportsIt() throws {
        let root = try Self.repository(
            Self.runtimeOnCommon(
                runtime: """
                    pub use shape_common::settings::*;
                    pub struct Runtime;
                    impl frame_system::Config for Runtime {
                        type BlockWeights = ChainBlockWeights;
                    }
                    impl cumulus_pallet_parachain_system::Config for Runtime {
                        type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
                    }
                    """,
                common: """
                    pub mod settings {
                        use frame_support::parameter_types;
                        use parachains_common::{NORMAL_DISPATCH_RATIO, MAXIMUM_BLOCK_WEIGHT};

                        parameter_types! {
                            pub ChainBlockWeights: BlockWeights = BlockWeights::with_sensible_defaults(
                                MAXIMUM_BLOCK_WEIGHT, NORMAL_DISPATCH_RATIO);
                        }
                    }
                    """))
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        let weight = try #require(facts.runtimes.first?.maxBlockWeightRefTimeMs)
        #expect(weight.value == 500)
        #expect(weight.external == true)
        #expect(weight.file == "common/src/lib.rs")
        #expect(weight.line == 3)
    }
}

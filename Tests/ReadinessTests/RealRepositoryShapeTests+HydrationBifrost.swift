import Foundation
import Testing

@testable import Readiness

/// Shapes met in Hydration and Bifrost (fourth pass, docs/real-repositories.md), rebuilt as tiny workspaces
/// written for these tests.
extension RealRepositoryShapeTests {
    static func shapeRuntime(_ name: String) -> [String: String] {
        [
            "runtime/\(name)/Cargo.toml": """
            [package]
            name = "\(name)-runtime"
            version = "0.1.0"

            [dependencies]
            cumulus-pallet-parachain-system = { version = "0.20.0", default-features = false }
            frame-support = { version = "40.1.0", default-features = false }

            [features]
            default = ["std"]
            std = []
            """,
            "runtime/\(name)/src/lib.rs": """
            pub struct Runtime;
            impl cumulus_pallet_parachain_system::Config for Runtime {
                type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;
            }
            impl pallet_aura::Config for Runtime {}
            construct_runtime!(pub enum Runtime { System: frame_system = 0, ParachainSystem: cumulus_pallet_parachain_system = 1, Aura: pallet_aura = 2 });
            """,
        ]
    }

    /// Bifrost's node library: each runtime is an optional dependency turned on by a `with-<name>-runtime`
    /// feature, one collator module per runtime sits behind that feature, the default build compiles none of
    /// them, and `with-all-runtimes` only combines the others. Each runtime is judged by the node build that
    /// selects it; the featureless build (no collator at all) and the combination are not separate nodes.
    @Test func nodeWhoseCollatorsSitBehindRuntimeFeaturesServesEachRuntimeFromItsVariant() throws {
        var files = Self.shapeRuntime("alpha").merging(Self.shapeRuntime("beta")) { a, _ in a }
        files["Cargo.toml"] = "[workspace]\nmembers = [\"runtime/alpha\", \"runtime/beta\", \"node\"]\n"
        files["node/Cargo.toml"] = """
            [package]
            name = "shape-node"
            version = "0.1.0"

            [dependencies]
            cumulus-client-service = "0.20.0"
            alpha-runtime = { path = "../runtime/alpha", optional = true }
            beta-runtime = { path = "../runtime/beta", optional = true }

            [features]
            default = ["std"]
            std = []
            with-alpha-runtime = ["alpha-runtime"]
            with-beta-runtime = ["beta-runtime"]
            with-all-runtimes = ["with-alpha-runtime", "with-beta-runtime"]
            """
        files["node/src/lib.rs"] = """
            #[cfg(feature = "with-alpha-runtime")]
            pub mod collator_alpha;
            #[cfg(any(feature = "with-beta-runtime", feature = "with-all-runtimes"))]
            pub mod collator_beta;
            """
        files["node/src/collator_alpha.rs"] = """
            use alpha_runtime::RuntimeApi;
            use std::time::Duration;
            use my_consensus::collators::lookahead::{self as aura, Params as AuraParams};
            fn start_consensus(backend: Backend) {
                let params = AuraParams { para_backend: backend, authoring_duration: Duration::from_millis(2000) };
                aura::run(params);
            }
            """
        files["node/src/collator_beta.rs"] = """
            use beta_runtime::RuntimeApi;
            use std::time::Duration;
            use my_consensus::collators::basic::{self as basic_aura, Params as BasicAuraParams};
            fn start_consensus() {
                let params = BasicAuraParams { authoring_duration: Duration::from_millis(500) };
                basic_aura::run(params);
            }
            """
        let root = try Self.repository(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root).extract()

        #expect(facts.nodes.map(\.variant) == ["with-alpha-runtime", "with-beta-runtime"])
        #expect(facts.nodes.map(\.runtimes) == [["runtime/alpha"], ["runtime/beta"]])
        let alpha = try #require(facts.runtimes.first { $0.path == "runtime/alpha" })
        let beta = try #require(facts.runtimes.first { $0.path == "runtime/beta" })
        #expect(StageModel.nodes(for: alpha, in: facts.nodes).map(\.collator) == ["lookahead"])
        #expect(StageModel.nodes(for: beta, in: facts.nodes).map(\.collator) == ["basic"])
        #expect(
            StageModel.nodes(for: beta, in: facts.nodes).first?.authoringDurationMs?.file == "node/src/collator_beta.rs"
        )

        let findings = RuleTests.run("lookahead-collator", facts)
        #expect(findings.map(\.subject) == ["node:node@with-alpha-runtime", "node:node@with-beta-runtime"])
        #expect(findings.map(\.status) == [.pass, .fail])
    }

    /// A node crate whose default build starts a collator keeps its default entry, and a feature that turns on
    /// an optional runtime still narrows that build's runtimes.
    @Test func nodeWithADefaultCollatorKeepsItsDefaultBuild() throws {
        var files = Self.shapeRuntime("alpha").merging(Self.shapeRuntime("beta")) { a, _ in a }
        files["Cargo.toml"] = "[workspace]\nmembers = [\"runtime/alpha\", \"runtime/beta\", \"node\"]\n"
        files["node/Cargo.toml"] = """
            [package]
            name = "shape-node"
            version = "0.1.0"

            [dependencies]
            cumulus-client-service = "0.20.0"
            alpha-runtime = { path = "../runtime/alpha" }
            beta-runtime = { path = "../runtime/beta", optional = true }

            [features]
            with-beta-runtime = ["beta-runtime"]
            """
        files["node/src/lib.rs"] = """
            use my_consensus::collators::lookahead as aura;
            fn start_consensus() {
                #[cfg(feature = "with-beta-runtime")]
                let extra = 1;
                aura::run(params);
            }
            """
        let root = try Self.repository(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        #expect(facts.nodes.map(\.variant) == [nil])
        #expect(facts.nodes.first?.runtimes == ["runtime/alpha"])
        #expect(facts.nodes.first?.collator == "lookahead")
    }

    /// Hydration pins its polkadot-sdk fork by `rev`: no tag or branch names a release and, without the lock
    /// file, no crate version decides. The release stays unknown, but the reason names the pin and its line.
    @Test func revisionPinnedSDKIsNamedAsTheReasonTheReleaseIsUnknown() throws {
        var files = Self.shapeRuntime("alpha")
        files["Cargo.toml"] = """
            [workspace]
            members = ["runtime/alpha"]

            [workspace.dependencies]
            frame-support = { git = "https://github.com/example/polkadot-sdk", rev = "0123abcd" }
            """
        files["runtime/alpha/Cargo.toml"] = files["runtime/alpha/Cargo.toml"]!
            .replacingOccurrences(
                of: "cumulus-pallet-parachain-system = { version = \"0.20.0\", default-features = false }\n",
                with: "cumulus-pallet-parachain-system = { git = \"https://github.com/example/polkadot-sdk\" }\n"
            )
            .replacingOccurrences(
                of: "frame-support = { version = \"40.1.0\", default-features = false }",
                with: "frame-support = { workspace = true }")
        let root = try Self.repository(files)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let facts = try FactsExtractor(root: root, exploreVariants: false).extract()
        #expect(facts.sdk.release == nil)
        #expect(facts.sdk.method == "none")
        #expect(facts.sdk.detail?.hasPrefix("`frame-support` is pinned to revision `0123abcd` of") == true)
        #expect(facts.sdk.evidence?.file == "Cargo.toml")
        #expect(facts.sdk.evidence?.line == 5)
    }
}

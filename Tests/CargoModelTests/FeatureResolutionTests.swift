import ParaReadyCore
import Testing

@testable import CargoModel

@Suite struct FeatureResolutionTests {
    static let manifest = """
        [package]
        name = "runtime"
        version = "0.1.0"

        [dependencies]
        cumulus-pallet-parachain-system = { version = "0.7.0", default-features = false, features = ["parameterized-consensus-hook"] }
        aura-prims = { package = "cumulus-primitives-aura", version = "0.7.0", default-features = false }
        serde = { version = "1", optional = true }
        metrics = { version = "0.1", optional = true }
        tracer = { version = "0.1", optional = true }

        [features]
        default = ["std"]
        std = ["base-std", "serde?/std", "tracer?/std"]
        base-std = ["aura-prims/std", "cumulus-pallet-parachain-system/std"]
        async-backing = ["experimental"]
        experimental = ["dep:metrics", "serde"]
        try-runtime = ["metrics/try-runtime"]
        """

    func parsed() throws -> CargoManifest {
        try CargoManifest.parse(Self.manifest, displayPath: "runtime/Cargo.toml")
    }

    @Test func defaultFeaturesFollowTransitively() throws {
        let features = try parsed().enabledFeatures(requested: [])
        #expect(features == ["default", "std", "base-std"])
        #expect(try parsed().enabledFeatures(requested: [], defaultFeatures: false).isEmpty)
    }

    @Test func requestedFeatureTurnsOnOthersAndOptionalDependencies() throws {
        let manifest = try parsed()
        let activation = manifest.resolveFeatures(requested: ["async-backing"], defaultFeatures: false)
        // `serde` has no `dep:` entry, so it is also an implicit feature; `metrics` is named with `dep:`, so not.
        #expect(activation.features == ["async-backing", "experimental", "serde"])
        #expect(activation.activeDependencies.isSuperset(of: ["metrics", "serde"]))
        #expect(!activation.activeDependencies.contains("tracer"))
    }

    @Test func weakDependencyFeaturesApplyOnlyToActiveDependencies() throws {
        let manifest = try parsed()
        let plain = manifest.resolveFeatures(requested: ["std"])
        #expect(plain.dependencyFeatures["serde"] == nil)
        let withSerde = manifest.resolveFeatures(requested: ["std", "async-backing"])
        #expect(withSerde.dependencyFeatures["serde"] == ["std"])
        #expect(withSerde.dependencyFeatures["tracer"] == nil)
    }

    @Test func dependencyFeatureTurnsOnOptionalDependency() throws {
        let activation = try parsed().resolveFeatures(requested: ["try-runtime"], defaultFeatures: false)
        #expect(activation.activeDependencies.contains("metrics"))
        #expect(activation.dependencyFeatures["metrics"] == ["try-runtime"])
        // metrics is named with `dep:` elsewhere, so it has no implicit feature.
        #expect(activation.features == ["try-runtime"])
    }

    @Test func featureMentionsFollowRenames() throws {
        let manifest = try parsed()
        let mentions = manifest.featuresMentioning(dependency: "cumulus-primitives-aura", feature: "std")
        #expect(mentions.map(\.feature) == ["base-std"])
        #expect(mentions.first?.entry == "aura-prims/std")
        #expect(mentions.first?.location.line == 15)
        #expect(manifest.featuresMentioning(dependency: "serde", feature: "std").first?.weak == true)
        #expect(
            manifest.featuresEnabling(dependency: "cumulus-primitives-aura", feature: "std") == [
                "default", "std", "base-std",
            ])
        #expect(
            manifest.featuresMentioning(dependency: "cumulus-primitives-aura", feature: "runtime-benchmarks").isEmpty)
    }

    @Test func dependencyEntryFeaturesCount() throws {
        let manifest = try parsed()
        #expect(
            manifest.dependencyFeatureEnabled(
                dependency: "cumulus-pallet-parachain-system", feature: "parameterized-consensus-hook",
                defaultFeatures: false))
        #expect(
            !manifest.dependencyFeatureEnabled(
                dependency: "cumulus-primitives-aura", feature: "std", defaultFeatures: false))
        #expect(manifest.dependencyFeatureEnabled(dependency: "cumulus-primitives-aura", feature: "std"))
    }

    @Test func crossPackageResolutionFollowsWorkspacePathDependencies() throws {
        let tree = try TemporaryTree([
            "Cargo.toml": """
            [workspace]
            members = ["node", "runtime"]
            """,
            "node/Cargo.toml": packageManifest(
                "node",
                """
                [dependencies]
                runtime = { path = "../runtime", default-features = false }
                [features]
                default = []
                fast = ["runtime/async-backing"]
                """),
            "runtime/Cargo.toml": packageManifest(
                "runtime",
                """
                [features]
                default = ["std"]
                std = []
                async-backing = ["six-second"]
                six-second = []
                """),
        ])
        let workspace = try CargoWorkspace.load(root: tree.root)
        let resolution = workspace.featureResolution(of: "node", requested: ["fast"])
        #expect(resolution["node"]?.features == ["fast", "default"])
        #expect(resolution["runtime"]?.features == ["async-backing", "six-second"])
        #expect(workspace.enabledFeatures(of: "runtime", requested: []) == ["default", "std"])
        #expect(workspace.enabledFeatures(of: "unknown", requested: ["x"]).isEmpty)
    }
}

import CargoModel
import ParaReadyCore

/// The Cargo side of a runtime's facts: which SDK crates it depends on and with which features.
enum DependencyFacts {
    /// `workspace` answers the feature questions (memoised: they repeat for every variant of a runtime).
    static func fill(
        _ facts: inout RuntimeFacts, package: CargoPackage, workspace: WorkspaceCrates, enabled: Set<String>
    ) {
        let manifest = package.manifest
        let umbrella = manifest.dependencies.first { $0.packageName == "polkadot-sdk" }
        let umbrellaFeatures = Set(umbrella?.features ?? [])

        if let aura = manifest.dependencies.first(where: { $0.packageName == "cumulus-primitives-aura" }) {
            let mentions = workspace.featuresMentioning(dependency: aura.name, feature: "std", in: package.name)
            facts.primitivesAuraDependency = DependencyFact(
                present: true, file: aura.location.file, line: aura.location.line,
                stdFeature: mentions.contains { $0.feature == "std" })
        } else if let umbrella,
            umbrellaFeatures.contains("cumulus-primitives-aura") || umbrellaFeatures.contains("runtime")
        {
            // The umbrella crate re-exports it; its own `std` feature turns on the crate's `std`.
            let mentions = workspace.featuresMentioning(dependency: umbrella.name, feature: "std", in: package.name)
            facts.primitivesAuraDependency = DependencyFact(
                present: true, file: umbrella.location.file, line: umbrella.location.line,
                stdFeature: mentions.contains { $0.feature == "std" })
        } else {
            facts.primitivesAuraDependency = DependencyFact(present: false, file: manifest.path)
        }

        if let system = manifest.dependencies.first(where: { $0.packageName == "cumulus-pallet-parachain-system" }) {
            var features = Set(system.features)
            var nativeOnly: Set<String> = []
            // The runtime the relay chain validates is the one substrate-wasm-builder compiles: without default
            // features, with the enabled features of the native build except `std` and `default`. A dependency
            // feature that only `std` turns on is off there.
            let wasmEnabled = workspace.enabledFeatures(
                of: package.name, requested: enabled.subtracting(["std", "default"]), defaultFeatures: false)
            // Features of the dependency switched on by the runtime's own enabled features.
            for feature in ["parameterized-consensus-hook", "experimental-ump-signals"] {
                let mentions = workspace.featuresMentioning(dependency: system.name, feature: feature, in: package.name)
                if mentions.contains(where: { wasmEnabled.contains($0.feature) }) {
                    features.insert(feature)
                } else if !features.contains(feature), mentions.contains(where: { enabled.contains($0.feature) }) {
                    nativeOnly.insert(feature)
                }
            }
            facts.parachainSystemDependency = DependencyFact(
                present: true, file: system.location.file, line: system.location.line, features: features.sorted(),
                nativeOnlyFeatures: nativeOnly.isEmpty ? nil : nativeOnly.sorted())
        } else if let umbrella {
            facts.parachainSystemDependency = DependencyFact(
                present: true, file: umbrella.location.file, line: umbrella.location.line,
                features: umbrellaFeatures.filter {
                    $0 == "experimental-ump-signals" || $0 == "parameterized-consensus-hook"
                }.sorted())
        }
    }
}

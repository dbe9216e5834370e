import ParaReadyCore

/// What turning on some features of one package turns on, inside that package and in its direct dependencies.
public struct FeatureActivation: Hashable, Sendable, Codable {
    /// The package's own features that are on: declared ones, implicit features of optional dependencies, and
    /// every requested name (even one the manifest does not declare).
    public var features: Set<String>
    /// Dependency keys that are active: every non-optional dependency and the optional ones turned on.
    public var activeDependencies: Set<String>
    /// Dependency key → its features that are on: the entry's own `features = […]` list plus `dep/feat`
    /// (and `dep?/feat` when `dep` is active) entries of the features that are on.
    public var dependencyFeatures: [String: Set<String>]
    /// Active dependency key → whether its default features are on.
    public var dependencyDefaultFeatures: [String: Bool]
}

/// A feature entry that names a feature of a dependency (`std = ["cumulus-primitives-aura/std", …]`).
public struct FeatureMention: Hashable, Sendable, Codable {
    /// The feature whose list holds the entry (`std`).
    public var feature: String
    /// The entry as written (`cumulus-primitives-aura/std`, `dep?/std`).
    public var entry: String
    /// The dependency key in the entry.
    public var dependency: String
    /// The dependency feature the entry turns on.
    public var dependencyFeature: String
    /// `dep?/feat`: only applies when the dependency is turned on by something else.
    public var weak: Bool
    public var location: SourceLocation
}

extension CargoManifest {
    /// The package's own features that `--features requested` (plus `default` unless `defaultFeatures` is
    /// false) turns on, following `feat = ["other", "dep:x", "x/f", "x?/f"]` inside this manifest.
    public func enabledFeatures(requested: Set<String>, defaultFeatures: Bool = true) -> Set<String> {
        resolveFeatures(requested: requested, defaultFeatures: defaultFeatures).features
    }

    /// Feature resolution inside this manifest: own features, active optional dependencies, dependency features.
    public func resolveFeatures(requested: Set<String>, defaultFeatures: Bool = true) -> FeatureActivation {
        // Dependencies are read in place, field by field: copying an entry retains a dozen strings, and this runs
        // for every package of every feature resolution.
        let all = allDependencies
        var optional: Set<String> = []
        var nonOptional: Set<String> = []
        for index in all.indices {
            if all[index].optional {
                optional.insert(all[index].name)
            } else {
                nonOptional.insert(all[index].name)
            }
        }
        var explicitlyNamed: Set<String> = []
        for entries in features.values {
            for entry in entries where entry.hasPrefix("dep:") { explicitlyNamed.insert(String(entry.dropFirst(4))) }
        }
        let implicit = optional.subtracting(explicitlyNamed).subtracting(features.keys)

        var on: Set<String> = []
        var active = nonOptional
        var dependencyFeatures: [String: Set<String>] = [:]
        var weak: [(String, String)] = []
        var queue = requested.sorted()
        if defaultFeatures && features["default"] != nil { queue.append("default") }

        func activate(_ dependency: String) {
            if active.insert(dependency).inserted && implicit.contains(dependency) { queue.append(dependency) }
        }
        while let feature = queue.popLast() {
            guard on.insert(feature).inserted else { continue }
            guard let entries = features[feature] else {
                if implicit.contains(feature) { activate(feature) }
                continue
            }
            for entry in entries {
                if entry.hasPrefix("dep:") {
                    activate(String(entry.dropFirst(4)))
                } else if let reference = Self.dependencyReference(entry) {
                    if reference.weak {
                        weak.append((reference.dependency, reference.feature))
                    } else {
                        if optional.contains(reference.dependency) { activate(reference.dependency) }
                        dependencyFeatures[reference.dependency, default: []].insert(reference.feature)
                    }
                } else {
                    queue.append(entry)
                }
            }
        }
        for (dependency, feature) in weak where active.contains(dependency) {
            dependencyFeatures[dependency, default: []].insert(feature)
        }
        var defaults: [String: Bool] = [:]
        for index in all.indices where active.contains(all[index].name) {
            let name = all[index].name
            if !all[index].features.isEmpty {
                dependencyFeatures[name, default: []].formUnion(all[index].features)
            }
            defaults[name] = (defaults[name] ?? false) || all[index].defaultFeatures
        }
        return FeatureActivation(
            features: on, activeDependencies: active, dependencyFeatures: dependencyFeatures,
            dependencyDefaultFeatures: defaults)
    }

    /// Every feature entry that names feature `feature` of dependency `dependency` (matched by key or by real
    /// crate name, so renames are followed), in source order.
    public func featuresMentioning(dependency: String, feature: String) -> [FeatureMention] {
        let keys = dependencyKeys(matching: dependency)
        var result: [FeatureMention] = []
        for name in featureNames {
            let entries = features[name] ?? []
            for (index, entry) in entries.enumerated() {
                guard let reference = Self.dependencyReference(entry),
                    keys.contains(reference.dependency), reference.feature == feature
                else { continue }
                let locations = featureEntryLocations[name] ?? []
                let location =
                    index < locations.count
                    ? locations[index] : featureLocations[name] ?? SourceLocation(file: path, line: 1)
                result.append(
                    FeatureMention(
                        feature: name, entry: entry, dependency: reference.dependency,
                        dependencyFeature: reference.feature, weak: reference.weak, location: location))
            }
        }
        return result
    }

    /// The features of this package that, directly or through other features, turn on `dependency/feature`.
    public func featuresEnabling(dependency: String, feature: String) -> [String] {
        let keys = dependencyKeys(matching: dependency)
        return featureNames.filter { name in
            let activation = resolveFeatures(requested: [name], defaultFeatures: false)
            return keys.contains { key in
                activation.activeDependencies.contains(key)
                    && (activation.dependencyFeatures[key]?.contains(feature) ?? false)
            }
        }
    }

    /// Whether `dependency` (key or real crate name) gets feature `feature` when this package is built with
    /// `requested` features: through its own `features = […]` or through this package's feature entries.
    public func dependencyFeatureEnabled(
        dependency: String, feature: String, requested: Set<String> = [], defaultFeatures: Bool = true
    ) -> Bool {
        let activation = resolveFeatures(requested: requested, defaultFeatures: defaultFeatures)
        return dependencyKeys(matching: dependency).contains { key in
            activation.activeDependencies.contains(key)
                && (activation.dependencyFeatures[key]?.contains(feature) ?? false)
        }
    }

    /// Dependency keys whose key or real crate name is `name`.
    func dependencyKeys(matching name: String) -> Set<String> {
        var keys = Set(allDependencies.filter { $0.name == name || $0.packageName == name }.map(\.name))
        if keys.isEmpty { keys.insert(name) }
        return keys
    }

    /// The first `/` of a feature entry. Feature resolution splits every entry of every manifest it walks, and
    /// searching by `Character` was most of that; in ASCII text (every entry Cargo accepts) bytes and characters
    /// coincide, anything else takes the character search.
    static func slashIndex(in entry: String) -> String.Index? {
        if entry.utf8.contains(where: { $0 >= 0x80 }) { return entry.firstIndex(of: "/") }
        return entry.utf8.firstIndex(of: UInt8(ascii: "/"))
    }

    /// Splits `dep/feat` or `dep?/feat`; nil for a plain feature name or `dep:name`.
    static func dependencyReference(_ entry: String) -> (dependency: String, feature: String, weak: Bool)? {
        guard !entry.hasPrefix("dep:"), let slash = slashIndex(in: entry) else { return nil }
        var dependency = String(entry[..<slash])
        let feature = String(entry[entry.index(after: slash)...])
        let weak = dependency.hasSuffix("?")
        if weak { dependency.removeLast() }
        return (dependency, feature, weak)
    }
}

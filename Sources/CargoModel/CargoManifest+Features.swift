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
        let table = featureTable
        var on: Set<String> = []
        var active = table.nonOptional
        // What every non-optional dependency brings is made once per manifest; features and activated optional
        // dependencies add to it.
        var dependencyFeatures = table.baseFeatures
        var defaults = table.baseDefaults
        var activated: [String] = []
        var weak: [(String, String)] = []
        var queue = requested.sorted()
        if defaultFeatures && table.entries["default"] != nil { queue.append("default") }

        func activate(_ dependency: String) {
            guard active.insert(dependency).inserted else { return }
            activated.append(dependency)
            if table.implicit.contains(dependency) { queue.append(dependency) }
        }
        while let feature = queue.popLast() {
            guard on.insert(feature).inserted else { continue }
            guard let entries = table.entries[feature] else {
                if table.implicit.contains(feature) { activate(feature) }
                continue
            }
            for entry in entries {
                switch entry {
                case .dependency(let dependency):
                    activate(dependency)
                case .reference(let dependency, let feature, weak: true):
                    weak.append((dependency, feature))
                case .reference(let dependency, let feature, weak: false):
                    if table.optional.contains(dependency) { activate(dependency) }
                    dependencyFeatures[dependency, default: []].insert(feature)
                case .feature(let name):
                    queue.append(name)
                }
            }
        }
        for (dependency, feature) in weak where active.contains(dependency) {
            dependencyFeatures[dependency, default: []].insert(feature)
        }
        for name in activated {
            guard let parts = table.byName[name] else { continue }
            if !parts.features.isEmpty { dependencyFeatures[name, default: []].formUnion(parts.features) }
            defaults[name] = parts.defaultFeatures
        }
        return FeatureActivation(
            features: on, activeDependencies: active, dependencyFeatures: dependencyFeatures,
            dependencyDefaultFeatures: defaults)
    }

    /// Every feature entry that names feature `feature` of dependency `dependency` (matched by key or by real
    /// crate name, so renames are followed), in source order.
    public func featuresMentioning(dependency: String, feature: String) -> [FeatureMention] {
        let keys = dependencyKeys(matching: dependency)
        let table = featureTable
        var result: [FeatureMention] = []
        for name in featureNames {
            let entries = features[name] ?? []
            // The entries as the feature table parsed them (once per manifest), beside the text as written.
            let parsed = table.entries[name] ?? []
            for (index, entry) in entries.enumerated() where index < parsed.count {
                guard case .reference(let referenced, let referencedFeature, let weak) = parsed[index],
                    referencedFeature == feature, keys.contains(referenced)
                else { continue }
                let reference = (dependency: referenced, feature: referencedFeature, weak: weak)
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
        let all = allDependencies
        var keys = Set(
            all.indices.lazy.filter { all[$0].name == name || all[$0].packageName == name }.map { all[$0].name })
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

/// What feature resolution reads from one manifest, worked out once: the manifest's dependencies split by
/// optionality, its feature entries parsed (`dep:x`, `x/f`, `x?/f`, `other`), and the parts of each dependency
/// entry it needs. Resolution runs for every package of every runtime and variant, and splitting the same
/// entries and copying the same dependency entries each time was most of it.
final class FeatureTable: Sendable {
    enum Entry: Sendable {
        /// `dep:x`.
        case dependency(String)
        /// `x/f`, or `x?/f` when `weak`.
        case reference(String, String, weak: Bool)
        /// Another feature of the same package.
        case feature(String)
    }

    /// What the entries of one dependency key bring when the dependency is active: the union of their
    /// `features` lists, and whether any keeps default features.
    struct DependencyParts: Sendable {
        var features: Set<String>
        var defaultFeatures: Bool
    }

    let optional: Set<String>
    let nonOptional: Set<String>
    /// Optional dependencies that are features of their own (no `dep:` entry names them, no feature shares
    /// their name).
    let implicit: Set<String>
    let entries: [String: [Entry]]
    /// Every dependency key's ``DependencyParts``.
    let byName: [String: DependencyParts]
    /// The features the non-optional dependencies get from their own entries (keys with none are absent).
    let baseFeatures: [String: Set<String>]
    /// Whether each non-optional dependency keeps its default features.
    let baseDefaults: [String: Bool]
    /// Indices in ``CargoManifest/allDependencies`` of the entries that can resolve to a workspace package: those
    /// with a path, and `workspace = true` entries left unresolved (``CargoWorkspace/resolve(_:)``).
    let local: [Int]

    init(_ manifest: CargoManifest) {
        var optional: Set<String> = []
        var nonOptional: Set<String> = []
        var byName: [String: DependencyParts] = [:]
        var local: [Int] = []
        let all = manifest.allDependencies
        for index in all.indices {
            if all[index].resolvedPath != nil {
                local.append(index)
            } else if case .workspace = all[index].source {
                local.append(index)
            }
            if all[index].optional {
                optional.insert(all[index].name)
            } else {
                nonOptional.insert(all[index].name)
            }
            var parts = byName[all[index].name] ?? DependencyParts(features: [], defaultFeatures: false)
            parts.features.formUnion(all[index].features)
            parts.defaultFeatures = parts.defaultFeatures || all[index].defaultFeatures
            byName[all[index].name] = parts
        }
        var baseFeatures: [String: Set<String>] = [:]
        var baseDefaults: [String: Bool] = [:]
        for name in nonOptional {
            guard let parts = byName[name] else { continue }
            if !parts.features.isEmpty { baseFeatures[name] = parts.features }
            baseDefaults[name] = parts.defaultFeatures
        }
        var explicitlyNamed: Set<String> = []
        var entries: [String: [Entry]] = [:]
        for (feature, list) in manifest.features {
            entries[feature] = list.map { entry in
                if entry.hasPrefix("dep:") {
                    let name = String(entry.dropFirst(4))
                    explicitlyNamed.insert(name)
                    return .dependency(name)
                }
                if let reference = CargoManifest.dependencyReference(entry) {
                    return .reference(reference.dependency, reference.feature, weak: reference.weak)
                }
                return .feature(entry)
            }
        }
        self.optional = optional
        self.nonOptional = nonOptional
        self.implicit = optional.subtracting(explicitlyNamed).subtracting(manifest.features.keys)
        self.entries = entries
        self.byName = byName
        self.baseFeatures = baseFeatures
        self.baseDefaults = baseDefaults
        self.local = local
    }
}

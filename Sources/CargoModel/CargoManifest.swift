import ParaReadyCore

/// One `Cargo.toml`: package, dependencies of every kind, features and the `[workspace]` table, each with the
/// line it is written on.
public struct CargoManifest: Hashable, Sendable, Codable {
    /// The manifest's path relative to the repository root (`runtime/Cargo.toml`).
    public var path: String
    /// Its directory relative to the repository root (`.` for the root).
    public var directory: String
    public var package: PackageInfo?
    /// `[dependencies]` and every `[target.<cfg>.dependencies]` (with ``Dependency/target`` set).
    public var dependencies: [Dependency]
    public var devDependencies: [Dependency]
    public var buildDependencies: [Dependency]
    /// `[patch.<source>]` entries, with ``Dependency/patchedSource`` set.
    public var patches: [Dependency]
    /// `[features]`: feature name → its entries as written.
    public var features: [String: [String]]
    /// Feature names in the order the manifest lists them.
    public var featureNames: [String]
    /// Where each feature's key is written.
    public var featureLocations: [String: SourceLocation]
    /// Where each entry of each feature is written, parallel to ``features``.
    public var featureEntryLocations: [String: [SourceLocation]]
    public var workspace: WorkspaceInfo?

    public init(
        path: String, directory: String, package: PackageInfo? = nil, dependencies: [Dependency] = [],
        devDependencies: [Dependency] = [], buildDependencies: [Dependency] = [], patches: [Dependency] = [],
        features: [String: [String]] = [:], featureNames: [String]? = nil,
        featureLocations: [String: SourceLocation] = [:], featureEntryLocations: [String: [SourceLocation]] = [:],
        workspace: WorkspaceInfo? = nil
    ) {
        self.path = path
        self.directory = directory
        self.package = package
        self.dependencies = dependencies
        self.devDependencies = devDependencies
        self.buildDependencies = buildDependencies
        self.patches = patches
        self.features = features
        self.featureNames = featureNames ?? features.keys.sorted()
        self.featureLocations = featureLocations
        self.featureEntryLocations = featureEntryLocations
        self.workspace = workspace
    }

    /// Normal, build and dev dependencies, in that order (patches excluded).
    public var allDependencies: [Dependency] {
        dependencies + buildDependencies + devDependencies
    }

    /// Dependencies whose key or real crate name is `name` (several when a crate appears for several targets
    /// or kinds).
    public func dependencies(matching name: String, kinds: Set<Dependency.Kind> = [.normal, .build, .dev])
        -> [Dependency]
    {
        allDependencies.filter { kinds.contains($0.kind) && ($0.name == name || $0.packageName == name) }
    }

    /// The first dependency (normal, then build, then dev) whose key or real crate name is `name`.
    public func dependency(named name: String) -> Dependency? {
        dependencies(matching: name).first(where: { $0.name == name })
            ?? dependencies(matching: name).first
    }

    /// Where entry `entry` of feature `feature` is written.
    public func location(ofFeature feature: String, entry: String) -> SourceLocation? {
        guard let entries = features[feature], let index = entries.firstIndex(of: entry) else { return nil }
        let locations = featureEntryLocations[feature] ?? []
        return index < locations.count ? locations[index] : featureLocations[feature]
    }
}

import Foundation
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
    public var dependencies: [Dependency] { didSet { joinDependencies() } }
    public var devDependencies: [Dependency] { didSet { joinDependencies() } }
    public var buildDependencies: [Dependency] { didSet { joinDependencies() } }
    /// Normal, build and dev dependencies, in that order (patches excluded). Kept joined as the three lists
    /// change: feature resolution and the workspace graph walk it for every package they visit, and joining
    /// copies of every entry each time was ~2% of an `inspect`.
    public private(set) var allDependencies: [Dependency] = []
    /// `[patch.<source>]` entries, with ``Dependency/patchedSource`` set.
    public var patches: [Dependency]
    /// `[features]`: feature name → its entries as written.
    public var features: [String: [String]] { didSet { featureTableCache = FeatureTableCache() } }
    /// Feature names in the order the manifest lists them.
    public var featureNames: [String]
    /// Where each feature's key is written.
    public var featureLocations: [String: SourceLocation]
    /// Where each entry of each feature is written, parallel to ``features``.
    public var featureEntryLocations: [String: [SourceLocation]]
    public var workspace: WorkspaceInfo?
    /// ``featureTable``, made on first use; a new (empty) cache whenever the dependencies or features change.
    private var featureTableCache = FeatureTableCache()

    /// The manifest's ``FeatureTable``, made once (copies of the manifest share it until they change).
    var featureTable: FeatureTable {
        featureTableCache.table { FeatureTable(self) }
    }

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
        joinDependencies()
    }

    mutating func joinDependencies() {
        allDependencies = dependencies + buildDependencies + devDependencies
        featureTableCache = FeatureTableCache()
    }

    /// The stored properties but ``allDependencies``, which is derived from them.
    enum CodingKeys: String, CodingKey {
        case path, directory, package, dependencies, devDependencies, buildDependencies, patches, features
        case featureNames, featureLocations, featureEntryLocations, workspace
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            path: try container.decode(String.self, forKey: .path),
            directory: try container.decode(String.self, forKey: .directory),
            package: try container.decodeIfPresent(PackageInfo.self, forKey: .package),
            dependencies: try container.decode([Dependency].self, forKey: .dependencies),
            devDependencies: try container.decode([Dependency].self, forKey: .devDependencies),
            buildDependencies: try container.decode([Dependency].self, forKey: .buildDependencies),
            patches: try container.decode([Dependency].self, forKey: .patches),
            features: try container.decode([String: [String]].self, forKey: .features),
            featureNames: try container.decode([String].self, forKey: .featureNames),
            featureLocations: try container.decode([String: SourceLocation].self, forKey: .featureLocations),
            featureEntryLocations: try container.decode(
                [String: [SourceLocation]].self, forKey: .featureEntryLocations),
            workspace: try container.decodeIfPresent(WorkspaceInfo.self, forKey: .workspace))
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

/// Holds a manifest's ``FeatureTable`` once made. Derived data only: every cache equals every other, so the
/// manifest's equality, hash and coding are those of its own fields. Safe to use from several threads.
final class FeatureTableCache: Hashable, @unchecked Sendable {
    private let lock = NSLock()
    private var made: FeatureTable?

    func table(_ make: () -> FeatureTable) -> FeatureTable {
        if let made = lock.withLock({ made }) { return made }
        let table = make()
        lock.withLock { made = table }
        return table
    }

    static func == (lhs: FeatureTableCache, rhs: FeatureTableCache) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}

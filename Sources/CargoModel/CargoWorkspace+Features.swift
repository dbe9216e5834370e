extension CargoWorkspace {
    /// The own features of package `package` that `--features requested` turns on (see
    /// ``CargoManifest/enabledFeatures(requested:defaultFeatures:)``); empty for an unknown package.
    public func enabledFeatures(of package: String, requested: Set<String>, defaultFeatures: Bool = true)
        -> Set<String>
    {
        self.package(named: package)?.manifest.enabledFeatures(requested: requested, defaultFeatures: defaultFeatures)
            ?? []
    }

    /// Feature resolution across the workspace: building `package` with `requested` features turns on which
    /// features of which workspace packages (followed through normal and build dependencies that are packages
    /// of this workspace). Keyed by package name. `resolvingPackage` resolves one package's own features (a caller that
    /// resolves many packages passes a memoised ``CargoManifest/resolveFeatures(requested:defaultFeatures:)``).
    public func featureResolution(
        of package: String, requested: Set<String>, defaultFeatures: Bool = true, index: PackageIndex? = nil,
        resolvingPackage: (CargoPackage, Set<String>, Bool) -> FeatureActivation = {
            $0.manifest.resolveFeatures(requested: $1, defaultFeatures: $2)
        }
    ) -> [String: FeatureActivation] {
        var wanted: [String: (features: Set<String>, defaults: Bool)] = [:]
        var result: [String: FeatureActivation] = [:]
        var queue: [String] = []
        guard self.package(named: package) != nil else { return [:] }
        // Packages by name and directory (made once by a caller that resolves many packages), and dependencies'
        // targets by resolved path, instead of a search of the package list per dependency walked.
        let index = index ?? packageIndex()
        let byName = index.byName
        let byDirectory = index.byDirectory
        var targets: [String: CargoPackage?] = [:]
        func target(of dependency: Dependency) -> CargoPackage? {
            guard let path = dependency.resolvedPath else { return resolve(dependency) }
            // Package directories are normalised: a path spelled the same is that package, anything else is
            // normalised by ``resolve(_:)``.
            if let index = byDirectory[path] { return packages[index] }
            if let known = targets[path] { return known }
            let found = resolve(dependency)
            targets[path] = .some(found)
            return found
        }
        wanted[package] = (requested, defaultFeatures)
        queue.append(package)
        var rounds = 0
        while let name = queue.popLast(), rounds < 10_000 {
            rounds += 1
            guard let index = byName[name], let request = wanted[name] else { continue }
            let current = packages[index]
            let activation = resolvingPackage(current, request.features, request.defaults)
            result[name] = activation
            let dependencies = current.manifest.allDependencies
            // Only entries that can name a workspace package (a path, or `workspace = true` left unresolved); the
            // registry and git entries, most of a runtime's, never do.
            for position in current.manifest.featureTable.local
            where dependencies[position].kind != .dev
                && activation.activeDependencies.contains(dependencies[position].name)
            {
                guard let target = target(of: dependencies[position]) else { continue }
                let name = dependencies[position].name
                let features = activation.dependencyFeatures[name] ?? []
                let defaults = activation.dependencyDefaultFeatures[name] ?? dependencies[position].defaultFeatures
                let previous = wanted[target.name]
                let merged = (
                    features: (previous?.features ?? []).union(features),
                    defaults: (previous?.defaults ?? false) || defaults
                )
                if previous == nil || previous!.features != merged.features || previous!.defaults != merged.defaults {
                    wanted[target.name] = merged
                    queue.append(target.name)
                }
            }
        }
        return result
    }

    /// The indices of ``packages`` by name (the first of a name, as ``package(named:)``) and by directory.
    public struct PackageIndex: Sendable {
        let byName: [String: Int]
        let byDirectory: [String: Int]
    }

    /// The ``PackageIndex`` of this workspace's packages, for callers that resolve features many times.
    public func packageIndex() -> PackageIndex {
        var byName: [String: Int] = [:]
        for index in packages.indices where byName[packages[index].name] == nil { byName[packages[index].name] = index }
        var byDirectory: [String: Int] = [:]
        for index in packages.indices where byDirectory[packages[index].directory] == nil {
            byDirectory[packages[index].directory] = index
        }
        return PackageIndex(byName: byName, byDirectory: byDirectory)
    }

    /// Which features of `package` mention `dependency/feature` (see
    /// ``CargoManifest/featuresMentioning(dependency:feature:)``); empty for an unknown package.
    public func featuresMentioning(dependency: String, feature: String, in package: String) -> [FeatureMention] {
        self.package(named: package)?.manifest.featuresMentioning(dependency: dependency, feature: feature) ?? []
    }
}

extension CargoWorkspace {
    /// Every package of this workspace that depends on crate `crate` (matched by real crate name, so renamed
    /// keys are found), with the dependency entry; in ``packages`` order.
    public func dependents(of crate: String, kinds: Set<Dependency.Kind> = [.normal, .build, .dev])
        -> [DependencyEdge]
    {
        var edges: [DependencyEdge] = []
        for package in packages {
            for dependency in package.manifest.allDependencies
            where dependency.packageName == crate && kinds.contains(dependency.kind) {
                edges.append(
                    DependencyEdge(package: package.name, directory: package.directory, dependency: dependency))
            }
        }
        return edges
    }

    /// The workspace package a dependency points at: by its path, or, for a `workspace = true` entry without a
    /// path, by its crate name among the packages.
    public func resolve(_ dependency: Dependency) -> CargoPackage? {
        if let path = dependency.resolvedPath {
            return package(inDirectory: path)
        }
        if case .workspace = dependency.source { return package(named: dependency.packageName) }
        return nil
    }

    /// The dependencies of `package` that are packages of this workspace, with the package each resolves to.
    public func workspaceDependencies(of package: String) -> [(dependency: Dependency, package: CargoPackage)] {
        guard let found = self.package(named: package) else { return [] }
        return found.manifest.allDependencies.compactMap { dependency in
            resolve(dependency).map { (dependency, $0) }
        }
    }

    /// Every dependency entry in the workspace's manifests (root included) and `[workspace.dependencies]`, with
    /// `workspace = true` resolved, in package order.
    public var allDependencyEntries: [Dependency] {
        dependencyEntries { _ in true }
    }

    /// The entries of ``allDependencyEntries`` that `isIncluded` accepts, in the same order; the others are
    /// never copied (a large workspace has thousands of entries, and copying one retains a dozen strings).
    public func dependencyEntries(where isIncluded: (Dependency) -> Bool) -> [Dependency] {
        var result: [Dependency] = []
        func add(_ list: [Dependency]) {
            for index in list.indices where isIncluded(list[index]) { result.append(list[index]) }
        }
        add(manifest.workspace?.dependencies ?? [])
        for package in packages.indices {
            add(packages[package].manifest.allDependencies)
            add(packages[package].manifest.patches)
        }
        if manifest.package == nil { add(manifest.patches) }
        return result
    }
}

import ParaReadyCore

extension CargoManifest {
    /// Applies `workspace = true` inheritance from `workspace` (the root manifest's `[workspace]` table).
    ///
    /// Inherited dependencies take the source, version, `package` rename and `default-features` of the
    /// `[workspace.dependencies]` entry; their `features` are the workspace's plus the member's; `optional` is
    /// the member's. Entries the workspace does not define stay ``Dependency/Source/workspace`` and are warned
    /// about, as are inherited package fields the workspace does not set.
    public func inheriting(from workspace: WorkspaceInfo?) -> (manifest: CargoManifest, warnings: [CargoWarning]) {
        inheriting(from: workspace, keys: workspace.map(Self.dependencyKeys) ?? [:])
    }

    /// The index of each key of `[workspace.dependencies]` (the first entry of a key wins), so that inherited
    /// entries are found without a search: a linear one copied every entry it passed, and with hundreds of shared
    /// entries that was most of reading a large workspace. Made once per workspace.
    static func dependencyKeys(_ workspace: WorkspaceInfo) -> [String: Int] {
        var keys: [String: Int] = [:]
        keys.reserveCapacity(workspace.dependencies.count)
        for (index, entry) in workspace.dependencies.enumerated() where keys[entry.name] == nil {
            keys[entry.name] = index
        }
        return keys
    }

    /// ``inheriting(from:)`` with the workspace's ``dependencyKeys(_:)`` already made.
    func inheriting(from workspace: WorkspaceInfo?, keys shared: [String: Int]) -> (
        manifest: CargoManifest, warnings: [CargoWarning]
    ) {
        var copy = self
        var warnings: [CargoWarning] = []
        func resolve(_ list: [Dependency]) -> [Dependency] {
            list.map { dependency in
                guard dependency.inherited, case .workspace = dependency.source else { return dependency }
                guard let workspace, let index = shared[dependency.name] else {
                    warnings.append(
                        CargoWarning(
                            "`\(dependency.name)` says `workspace = true` but the workspace has no "
                                + "`[workspace.dependencies]` entry for it",
                            at: dependency.location))
                    return dependency
                }
                let shared = workspace.dependencies[index]
                var merged = shared
                merged.name = dependency.name
                merged.kind = dependency.kind
                merged.target = dependency.target
                merged.patchedSource = dependency.patchedSource
                merged.optional = dependency.optional
                merged.inherited = true
                merged.location = dependency.location
                merged.definition = shared.location
                for feature in dependency.features where !merged.features.contains(feature) {
                    merged.features.append(feature)
                }
                return merged
            }
        }
        copy.dependencies = resolve(dependencies)
        copy.devDependencies = resolve(devDependencies)
        copy.buildDependencies = resolve(buildDependencies)
        if var package = copy.package {
            if package.versionInherited {
                package.version = workspace?.package["version"]
                if package.version == nil {
                    warnings.append(
                        CargoWarning(
                            "`version.workspace = true` but `[workspace.package]` has no version",
                            at: package.versionLocation ?? package.location))
                }
            }
            if package.editionInherited {
                package.edition = workspace?.package["edition"]
            }
            copy.package = package
        }
        return (copy, warnings)
    }
}

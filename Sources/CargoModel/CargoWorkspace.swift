import ParaReadyCore

/// A Cargo workspace read from disk: the root manifest, every member package, nested workspaces, the lock file,
/// and warnings about what could not be read.
///
/// All paths in it (manifests, directories, locations) are relative to the repository root given to
/// ``load(root:)``.
public struct CargoWorkspace: Hashable, Sendable, Codable {
    /// The directory this workspace's root manifest is in, relative to the repository root (`.` at the top).
    public var directory: String
    /// The root `Cargo.toml` (inheritance applied when it is also a package).
    public var manifest: CargoManifest
    /// Every package: the root package first (when there is one), then the others sorted by directory.
    public var packages: [CargoPackage]
    /// Directories of the member packages that were found, sorted.
    public var members: [String]
    /// Expanded `workspace.default-members` directories, sorted.
    public var defaultMembers: [String]
    /// Directories that `workspace.exclude` removed from glob matches, sorted.
    public var excluded: [String]
    /// Members (or excluded directories) that declare their own `[workspace]`, loaded on their own.
    public var nestedWorkspaces: [CargoWorkspace]
    /// The `Cargo.lock` beside the root manifest, when there is one.
    public var lock: CargoLock?
    /// Problems that did not stop the reading (missing members, symlink loops, unresolved inheritance, …).
    public var warnings: [CargoWarning]

    /// True when the root manifest has `[workspace]` but no `[package]`.
    public var isVirtual: Bool { manifest.package == nil && manifest.workspace != nil }

    /// Reads the workspace whose root manifest is `root/Cargo.toml`.
    ///
    /// A missing directory, a directory without `Cargo.toml`, an unreadable root manifest and any malformed or
    /// non-UTF-8 manifest or lock file are errors; missing, unreadable or looping members are warnings.
    public static func load(root: String) throws(ParaReadyError) -> CargoWorkspace {
        var loader = WorkspaceLoader(repositoryRoot: root)
        return try loader.loadTop()
    }

    /// The package named `name` (first match, in ``packages`` order).
    public func package(named name: String) -> CargoPackage? {
        // `firstIndex` looks at the elements in place; `first(where:)` would copy every package it passes.
        packages.firstIndex { $0.name == name }.map { packages[$0] }
    }

    /// The package whose directory is `directory` (repository-relative, normalised).
    public func package(inDirectory directory: String) -> CargoPackage? {
        let wanted = DisplayPath.normalize(directory)
        return packages.firstIndex { $0.directory == wanted }.map { packages[$0] }
    }

    /// The package whose directory contains the repository-relative `path` most closely (e.g. a source file).
    public func package(containing path: String) -> CargoPackage? {
        let normalized = DisplayPath.normalize(path)
        return
            packages
            .filter { DisplayPath.isWithin(normalized, $0.directory) }
            .max { $0.directory.count < $1.directory.count }
    }

    /// This workspace's packages followed by those of every nested workspace, depth first.
    public var allPackages: [CargoPackage] {
        packages + nestedWorkspaces.flatMap(\.allPackages)
    }

    /// This workspace's warnings followed by those of every nested workspace.
    public var allWarnings: [CargoWarning] {
        warnings + nestedWorkspaces.flatMap(\.allWarnings)
    }
}

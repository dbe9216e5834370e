/// A crate of a workspace: its manifest (inheritance applied) and where it lives.
public struct CargoPackage: Hashable, Sendable, Codable {
    /// Why the package belongs to the workspace.
    public enum Membership: String, Hashable, Sendable, Codable {
        /// The root manifest's own `[package]`.
        case root
        /// Listed (or matched by a glob) in `workspace.members`.
        case member
        /// Not listed, but a path dependency of a member inside the workspace directory (Cargo makes those
        /// members too); for a root without `[workspace]`, or outside the workspace directory, a path dependency
        /// inside the repository (read so that it resolves, not a member).
        case pathDependency
    }

    /// The package name from `[package]`.
    public var name: String
    /// The package directory relative to the repository root (`.` for the root).
    public var directory: String
    public var manifest: CargoManifest
    public var membership: Membership

    public init(name: String, directory: String, manifest: CargoManifest, membership: Membership) {
        self.name = name
        self.directory = directory
        self.manifest = manifest
        self.membership = membership
    }
}

/// "Package `package` depends on `dependency`": one edge of the workspace dependency graph.
public struct DependencyEdge: Hashable, Sendable, Codable {
    /// The depending package's name.
    public var package: String
    /// The depending package's directory.
    public var directory: String
    public var dependency: Dependency
}

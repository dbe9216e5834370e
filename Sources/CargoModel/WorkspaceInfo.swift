import ParaReadyCore

/// The `[workspace]` table of a manifest, as written (globs not yet expanded).
public struct WorkspaceInfo: Hashable, Sendable, Codable {
    public var members: [String]
    public var exclude: [String]
    public var defaultMembers: [String]
    /// `[workspace.dependencies]`, in source order; path sources are relative to the workspace root.
    public var dependencies: [Dependency]
    /// The string, integer and boolean fields of `[workspace.package]` (version, edition, license, …) as text.
    public var package: [String: String]
    public var resolver: String?
    /// The `[workspace]` header.
    public var location: SourceLocation

    public init(
        members: [String] = [], exclude: [String] = [], defaultMembers: [String] = [],
        dependencies: [Dependency] = [], package: [String: String] = [:], resolver: String? = nil,
        location: SourceLocation
    ) {
        self.members = members
        self.exclude = exclude
        self.defaultMembers = defaultMembers
        self.dependencies = dependencies
        self.package = package
        self.resolver = resolver
        self.location = location
    }

    /// The `[workspace.dependencies]` entry with this key.
    public func dependency(named name: String) -> Dependency? {
        dependencies.first { $0.name == name }
    }
}

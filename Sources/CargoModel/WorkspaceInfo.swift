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
    /// Where each `members` element is written (parallel to ``members``).
    public var memberLocations: [SourceLocation] = []
    /// Where each `default-members` element is written (parallel to ``defaultMembers``).
    public var defaultMemberLocations: [SourceLocation] = []
    /// Where each `exclude` element is written (parallel to ``exclude``).
    public var excludeLocations: [SourceLocation] = []

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

    /// Where element `index` of `members` is written, or the `[workspace]` header.
    func memberLocation(_ index: Int) -> SourceLocation {
        index < memberLocations.count ? memberLocations[index] : location
    }

    /// Where element `index` of `default-members` is written, or the `[workspace]` header.
    func defaultMemberLocation(_ index: Int) -> SourceLocation {
        index < defaultMemberLocations.count ? defaultMemberLocations[index] : location
    }

    /// The `[workspace.dependencies]` entry with this key.
    public func dependency(named name: String) -> Dependency? {
        dependencies.firstIndex { $0.name == name }.map { dependencies[$0] }
    }
}

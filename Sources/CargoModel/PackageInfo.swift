import ParaReadyCore

/// The `[package]` table of a manifest, with `key.workspace = true` fields taken from `[workspace.package]`.
public struct PackageInfo: Hashable, Sendable, Codable {
    public var name: String
    /// The version, or nil when it is inherited but the workspace does not set it (or it is absent: Cargo ≥ 1.75
    /// defaults it to 0.0.0).
    public var version: String?
    /// `version.workspace = true`.
    public var versionInherited: Bool
    public var edition: String?
    public var editionInherited: Bool
    /// `package.workspace = "…"`: an explicit path to the workspace root.
    public var workspacePath: String?
    /// The `[package]` header (or the first `package.` key).
    public var location: SourceLocation
    public var versionLocation: SourceLocation?

    public init(
        name: String, version: String? = nil, versionInherited: Bool = false, edition: String? = nil,
        editionInherited: Bool = false, workspacePath: String? = nil, location: SourceLocation,
        versionLocation: SourceLocation? = nil
    ) {
        self.name = name
        self.version = version
        self.versionInherited = versionInherited
        self.edition = edition
        self.editionInherited = editionInherited
        self.workspacePath = workspacePath
        self.location = location
        self.versionLocation = versionLocation
    }
}

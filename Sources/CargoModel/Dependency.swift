import ParaReadyCore

/// One entry of a `[dependencies]`-like table, with `workspace = true` inheritance already applied.
public struct Dependency: Hashable, Sendable, Codable {
    /// Which table the entry is in.
    public enum Kind: String, Hashable, Sendable, Codable {
        case normal
        case dev
        case build
        /// An entry of `[patch.<registry-or-url>]`; ``Dependency/patchedSource`` names what it patches.
        case patch
    }

    /// Where the crate comes from.
    public enum Source: Hashable, Sendable, Codable {
        /// A local path, as written (relative to the manifest that defines it).
        case path(String)
        case git(url: String, branch: String?, tag: String?, rev: String?)
        /// A registry (crates.io unless ``Dependency/registry`` says otherwise) with the version requirement.
        case registry(String?)
        /// `workspace = true` that could not be resolved (no matching `[workspace.dependencies]` entry).
        case workspace
    }

    /// The key as written: the name Rust code uses (`use name::…`, with `-` read as `_`).
    public var name: String
    /// The crate's real name: `package = "…"` when renamed, else ``name``.
    public var packageName: String
    public var source: Source
    /// A version requirement written next to a path or git source (for a registry source it is in ``source``).
    public var version: String?
    /// `registry = "…"` for an alternative registry.
    public var registry: String?
    public var features: [String]
    public var defaultFeatures: Bool
    public var optional: Bool
    public var kind: Kind
    /// The `cfg(…)` or target triple of a `[target.<cfg>.dependencies]` table.
    public var target: String?
    /// For ``Kind/patch``: the registry name or URL in `[patch.<…>]`.
    public var patchedSource: String?
    /// True when the entry says `workspace = true` (and the rest came from `[workspace.dependencies]`).
    public var inherited: Bool
    /// For path sources: the directory relative to the repository root, normalised (`runtime`, `../sdk/x`).
    public var resolvedPath: String?
    /// Where the entry's key is written.
    public var location: SourceLocation
    /// Where the source is written: the `[workspace.dependencies]` entry for inherited dependencies.
    public var definition: SourceLocation
    /// Where `tag`, `branch` or `rev` of a git source is written (nil for other sources).
    public var gitReferenceLocation: SourceLocation?

    public init(
        name: String, packageName: String? = nil, source: Source, version: String? = nil, registry: String? = nil,
        features: [String] = [], defaultFeatures: Bool = true, optional: Bool = false, kind: Kind = .normal,
        target: String? = nil, patchedSource: String? = nil, inherited: Bool = false, resolvedPath: String? = nil,
        location: SourceLocation, definition: SourceLocation? = nil, gitReferenceLocation: SourceLocation? = nil
    ) {
        self.name = name
        self.packageName = packageName ?? name
        self.source = source
        self.version = version
        self.registry = registry
        self.features = features
        self.defaultFeatures = defaultFeatures
        self.optional = optional
        self.kind = kind
        self.target = target
        self.patchedSource = patchedSource
        self.inherited = inherited
        self.resolvedPath = resolvedPath
        self.location = location
        self.definition = definition ?? location
        self.gitReferenceLocation = gitReferenceLocation
    }

    /// The version requirement, wherever it is written (registry source or next to path/git).
    public var versionRequirement: String? {
        if case .registry(let requirement) = source, let requirement { return requirement }
        return version
    }

    /// The git URL, or nil for other sources.
    public var gitURL: String? {
        if case .git(let url, _, _, _) = source { return url }
        return nil
    }

    /// The name Rust code uses for this crate (`-` replaced by `_`).
    public var rustName: String {
        // `-` is one byte that is never part of a longer UTF-8 sequence, so bytes can be replaced directly.
        guard name.utf8.contains(UInt8(ascii: "-")) else { return name }
        return String(decoding: name.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
    }
}

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
    public var name: String {
        _read { yield box.fields.name }
        _modify { yield &unique().fields.name }
    }
    /// The crate's real name: `package = "…"` when renamed, else ``name``.
    public var packageName: String {
        _read { yield box.fields.packageName }
        _modify { yield &unique().fields.packageName }
    }
    public var source: Source {
        _read { yield box.fields.source }
        _modify { yield &unique().fields.source }
    }
    /// A version requirement written next to a path or git source (for a registry source it is in ``source``).
    public var version: String? {
        _read { yield box.fields.version }
        _modify { yield &unique().fields.version }
    }
    /// `registry = "…"` for an alternative registry.
    public var registry: String? {
        _read { yield box.fields.registry }
        _modify { yield &unique().fields.registry }
    }
    public var features: [String] {
        _read { yield box.fields.features }
        _modify { yield &unique().fields.features }
    }
    public var defaultFeatures: Bool {
        _read { yield box.fields.defaultFeatures }
        _modify { yield &unique().fields.defaultFeatures }
    }
    public var optional: Bool {
        _read { yield box.fields.optional }
        _modify { yield &unique().fields.optional }
    }
    public var kind: Kind {
        _read { yield box.fields.kind }
        _modify { yield &unique().fields.kind }
    }
    /// The `cfg(…)` or target triple of a `[target.<cfg>.dependencies]` table.
    public var target: String? {
        _read { yield box.fields.target }
        _modify { yield &unique().fields.target }
    }
    /// For ``Kind/patch``: the registry name or URL in `[patch.<…>]`.
    public var patchedSource: String? {
        _read { yield box.fields.patchedSource }
        _modify { yield &unique().fields.patchedSource }
    }
    /// True when the entry says `workspace = true` (and the rest came from `[workspace.dependencies]`).
    public var inherited: Bool {
        _read { yield box.fields.inherited }
        _modify { yield &unique().fields.inherited }
    }
    /// For path sources: the directory relative to the repository root, normalised (`runtime`, `../sdk/x`).
    public var resolvedPath: String? {
        _read { yield box.fields.resolvedPath }
        _modify { yield &unique().fields.resolvedPath }
    }
    /// Where the entry's key is written.
    public var location: SourceLocation {
        _read { yield box.fields.location }
        _modify { yield &unique().fields.location }
    }
    /// Where the source is written: the `[workspace.dependencies]` entry for inherited dependencies.
    public var definition: SourceLocation {
        _read { yield box.fields.definition }
        _modify { yield &unique().fields.definition }
    }
    /// Where `tag`, `branch` or `rev` of a git source is written (nil for other sources).
    public var gitReferenceLocation: SourceLocation? {
        _read { yield box.fields.gitReferenceLocation }
        _modify { yield &unique().fields.gitReferenceLocation }
    }

    /// The entry's parts in one copy-on-write box: dependency lists are copied whole (joined, filtered, merged by
    /// inheritance, walked by every feature resolution), and a copy of the box is one reference count where the
    /// parts were a dozen. Equality, hashing and coding are those of the parts.
    private var box: Box

    /// The stored parts (their coding keys are the entry's).
    struct Fields: Hashable, Sendable, Codable {
        var name: String
        var packageName: String
        var source: Source
        var version: String?
        var registry: String?
        var features: [String]
        var defaultFeatures: Bool
        var optional: Bool
        var kind: Kind
        var target: String?
        var patchedSource: String?
        var inherited: Bool
        var resolvedPath: String?
        var location: SourceLocation
        var definition: SourceLocation
        var gitReferenceLocation: SourceLocation?
    }

    /// Mutated only through ``unique()``, so a shared box is never written: the value semantics (and the
    /// `Sendable` promise) of ``Dependency`` hold.
    private final class Box: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    /// The box, copied first when another entry shares it.
    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        return box
    }

    public static func == (lhs: Dependency, rhs: Dependency) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(box.fields)
    }

    public init(from decoder: any Decoder) throws {
        box = Box(try Fields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try box.fields.encode(to: encoder)
    }

    public init(
        name: String, packageName: String? = nil, source: Source, version: String? = nil, registry: String? = nil,
        features: [String] = [], defaultFeatures: Bool = true, optional: Bool = false, kind: Kind = .normal,
        target: String? = nil, patchedSource: String? = nil, inherited: Bool = false, resolvedPath: String? = nil,
        location: SourceLocation, definition: SourceLocation? = nil, gitReferenceLocation: SourceLocation? = nil
    ) {
        box = Box(
            Fields(
                name: name, packageName: packageName ?? name, source: source, version: version, registry: registry,
                features: features, defaultFeatures: defaultFeatures, optional: optional, kind: kind, target: target,
                patchedSource: patchedSource, inherited: inherited, resolvedPath: resolvedPath, location: location,
                definition: definition ?? location, gitReferenceLocation: gitReferenceLocation))
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
    public var rustName: String { Self.rustName(of: name) }

    /// A crate name as Rust code writes it: `-` read as `_`.
    public static func rustName(of name: String) -> String {
        // `-` is one byte that is never part of a longer UTF-8 sequence, so bytes can be replaced directly.
        guard name.utf8.contains(UInt8(ascii: "-")) else { return name }
        return String(decoding: name.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
    }
}

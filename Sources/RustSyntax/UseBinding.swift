import ParaReadyCore

/// One name a `use` declaration (or `extern crate`) brings into scope, with its group and self forms flattened.
///
/// `pub use a::b::{self, c as d, e::*};` gives three bindings: `a::b` bound as `b`, `a::b::c` bound as `d`,
/// and a glob over `a::b::e`.
public struct UseBinding: Sendable, Hashable {
    /// The full path, with `crate`, `self` and `super` kept as written: `["crate", "configs", "xcm_config"]`.
    public var path: [String]
    /// The `as` name, if any (`_` for `use Trait as _`).
    public var alias: String?
    /// True for `path::*`.
    public var isGlob: Bool
    /// The visibility of the `use` declaration.
    public var visibility: Visibility
    /// Where the binding's last path segment (or the `*`) is written.
    public var location: SourceLocation

    public init(path: [String], alias: String?, isGlob: Bool, visibility: Visibility, location: SourceLocation) {
        self.path = path
        self.alias = alias
        self.isGlob = isGlob
        self.visibility = visibility
        self.location = location
    }

    /// True for `pub use` (any `pub` form): a re-export.
    public var isPublic: Bool { visibility.isPublic }

    /// The name this binding introduces: the alias, else the last segment; nil for globs.
    public var boundName: String? {
        if isGlob { return nil }
        return alias ?? path.last
    }
}

import ParaReadyCore

/// One attribute, `#[path(args)]`, `#[path = value]` or `#![path]`, or a doc comment seen as `#[doc = "…"]`.
public struct Attribute: Sendable, Hashable {
    /// How the attribute's arguments are written.
    public enum Style: String, Sendable, Hashable {
        /// `#[inline]`: no arguments.
        case word
        /// `#[cfg(feature = "std")]`: arguments inside a delimited group.
        case list
        /// `#[path = "x.rs"]`: arguments after `=`.
        case nameValue
    }

    /// The attribute's path as written, segments joined by `::`: `cfg`, `path`, `cfg_attr`, `runtime::pallet_index`.
    public var path: String
    /// The argument tokens: inside the parentheses for ``Style/list``, after `=` for ``Style/nameValue``. For a
    /// doc comment this is the comment token itself.
    public var arguments: [Token]
    public var style: Style
    /// True for inner attributes (`#![…]`, `//!`, `/*! */`), which apply to the enclosing module.
    public var isInner: Bool
    /// Where the attribute starts (`#` or the doc comment).
    public var location: SourceLocation

    public init(path: String, arguments: [Token], style: Style, isInner: Bool, location: SourceLocation) {
        self.path = path
        self.arguments = arguments
        self.style = style
        self.isInner = isInner
        self.location = location
    }

    /// True for doc comments (and explicit `#[doc = …]`).
    public var isDoc: Bool { path == "doc" }

    /// The string value of a name-value attribute (`#[path = "x.rs"]` → `x.rs`) or the text of a doc comment.
    public var stringValue: String? {
        guard style == .nameValue, arguments.count == 1 else { return nil }
        let token = arguments[0]
        if token.kind == .docComment { return DocComment.text(of: token.text) }
        return LiteralValue.string(token)
    }
}

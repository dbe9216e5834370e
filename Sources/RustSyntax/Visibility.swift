/// An item's declared visibility.
public enum Visibility: Sendable, Hashable {
    /// No visibility keyword: private to the module (and its descendants).
    case inherited
    /// `pub`.
    case `public`
    /// `pub(crate)`.
    case crate
    /// `pub(super)`, `pub(self)` or `pub(in path)`, with the text inside the parentheses.
    case restricted(String)

    /// True for every form that starts with `pub`.
    public var isPublic: Bool { self != .inherited }
}

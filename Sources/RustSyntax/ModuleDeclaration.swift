/// The data of a `mod` item.
public struct ModuleDeclaration: Sendable, Hashable {
    /// The items of an inline module `mod x { … }`; nil for a file module `mod x;`.
    public var items: [Item]?
    /// The module's own inner attributes (`#![…]`, `//!`) when it is inline.
    public var innerAttributes: [Attribute]

    public init(items: [Item]?, innerAttributes: [Attribute]) {
        self.items = items
        self.innerAttributes = innerAttributes
    }

    /// True for `mod x { … }`.
    public var isInline: Bool { items != nil }
}

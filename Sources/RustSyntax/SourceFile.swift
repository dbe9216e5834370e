/// One Rust file of a crate with its tokens and items.
public struct SourceFile: Sendable, Hashable {
    /// The path relative to the root the caller gave (`runtime/src/configs/mod.rs`).
    public var path: String
    /// The module path the file defines (`["configs", "xcm_config"]`; empty for the crate root).
    public var modulePath: [String]
    public var tokens: [Token]
    /// The items compiled in the crate's ``CfgEnvironment`` (cfg-false items removed, `cfg_attr` expanded).
    public var items: [Item]
    /// Every item as written, before cfg filtering.
    public var unfilteredItems: [Item]
    /// The file's inner attributes (`#![…]`).
    public var innerAttributes: [Attribute]

    public init(
        path: String, modulePath: [String], tokens: [Token], items: [Item], unfilteredItems: [Item],
        innerAttributes: [Attribute]
    ) {
        self.path = path
        self.modulePath = modulePath
        self.tokens = tokens
        self.items = items
        self.unfilteredItems = unfilteredItems
        self.innerAttributes = innerAttributes
    }
}

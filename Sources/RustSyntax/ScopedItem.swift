/// An item together with the module it belongs to and the file it is written in.
public struct ScopedItem: Sendable, Hashable {
    public var item: Item
    /// The module whose namespace holds the item (for `parameter_types!` declarations and runtime API impls:
    /// the module where the macro is invoked).
    public var modulePath: [String]
    /// The file path relative to the caller's root.
    public var file: String

    public init(item: Item, modulePath: [String], file: String) {
        self.item = item
        self.modulePath = modulePath
        self.file = file
    }
}

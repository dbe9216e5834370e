/// An item with the module that holds it and the file it is written in.
///
/// The three parts live in one copy-on-write box: the crate queries copy scoped items by the thousand (every
/// query walks the crate's list, `filter` copies what it looks at, merged lists copy whole runs), and a copy of
/// the box is one reference count where the parts were five. The parts are lent out (`_read`), not copied, so
/// `scoped.item.kind` reads one field.
public struct ScopedItem: Sendable, Hashable {
    public var item: Item {
        _read { yield box.item }
        _modify { yield &unique().item }
    }
    /// The module whose namespace holds the item (for `parameter_types!` declarations and runtime API impls:
    /// the module where the macro is invoked).
    public var modulePath: [String] {
        _read { yield box.modulePath }
        _modify { yield &unique().modulePath }
    }
    /// The file path relative to the caller's root.
    public var file: String {
        _read { yield box.file }
        _modify { yield &unique().file }
    }
    private var box: Box

    public init(item: Item, modulePath: [String], file: String) {
        box = Box(item: item, modulePath: modulePath, file: file)
    }

    /// The box, copied first when another scoped item shares it.
    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(item: box.item, modulePath: box.modulePath, file: box.file) }
        return box
    }

    public static func == (lhs: ScopedItem, rhs: ScopedItem) -> Bool {
        lhs.box === rhs.box
            || (lhs.item == rhs.item && lhs.modulePath == rhs.modulePath && lhs.file == rhs.file)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(item)
        hasher.combine(modulePath)
        hasher.combine(file)
    }

    /// Mutated only through ``unique()``, so a shared box is never written: the value semantics (and the
    /// `Sendable` promise) of ``ScopedItem`` hold.
    private final class Box: @unchecked Sendable {
        var item: Item
        var modulePath: [String]
        var file: String

        init(item: Item, modulePath: [String], file: String) {
            self.item = item
            self.modulePath = modulePath
            self.file = file
        }
    }
}

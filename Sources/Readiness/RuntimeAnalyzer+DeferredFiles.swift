import RustSyntax

/// Walks over the runtime's items that leave out the deferred files which cannot hold a match (see
/// ``CrateSource/scopedItems(inFilesWhere:)``): each caller names identifiers that every match has in its file.
extension RuntimeAnalyzer {
    /// Trait crates of Moonbeam's nimbus consensus (`pallet_author_inherent::Config`).
    static let nimbusPallets = ["pallet_author_inherent", "pallet_author_slot_filter"]

    /// ``items`` except those of deferred files for which `mayMatter` is false.
    func items(where mayMatter: (SourceText) -> Bool) -> [ScopedItem] {
        crate.scopedItems(inFilesWhere: mayMatter)
    }

    /// Every `use` binding (at any depth) of the files for which `mayMatter` is true (deferred files only).
    func bindings(where mayMatter: (SourceText) -> Bool) -> [UseBinding] {
        crate.files(where: mayMatter).flatMap { file in NodeAnalyzer.bindings(in: file.items) }
    }
}

import Foundation
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

    /// The first of ``items(where:)`` that satisfies `predicate`, scanning deferred files only as far as the walk
    /// goes (a match in the crate root leaves them unscanned).
    func firstItem(where mayMatter: (SourceText) -> Bool, matching predicate: (ScopedItem) -> Bool)
        -> ScopedItem?
    {
        crate.firstScopedItem(inFilesWhere: mayMatter, where: predicate)
    }

    /// Whether any of ``bindings(where:)`` satisfies `predicate`, scanning deferred files only until one does.
    func anyBinding(where mayMatter: (SourceText) -> Bool, matching predicate: (UseBinding) -> Bool) -> Bool {
        crate.firstFile(where: mayMatter, satisfying: { fileBindings.bindings(of: $0).contains(where: predicate) })
            != nil
    }

    /// Every `use` binding (at any depth) of the files for which `mayMatter` is true (deferred files only).
    func bindings(where mayMatter: (SourceText) -> Bool) -> [UseBinding] {
        crate.files(where: mayMatter).flatMap { file in fileBindings.bindings(of: file) }
    }
}

/// The `use` bindings of each file of one analysed crate, collected once: the constant lookups ask for the
/// bindings of the same files some twenty times per runtime, and walking every item for them was about 4% of an
/// `inspect` of a large monorepo. Safe to use from several threads.
final class FileBindings: @unchecked Sendable {
    private let lock = NSLock()
    /// File path → its bindings (a file's items, and so its bindings, are fixed in one crate's configuration).
    private var byFile: [String: [UseBinding]] = [:]

    func bindings(of file: SourceFile) -> [UseBinding] {
        if let known = lock.withLock({ byFile[file.path] }) { return known }
        let found = NodeAnalyzer.bindings(in: file.items)
        lock.withLock { byFile[file.path] = found }
        return found
    }
}

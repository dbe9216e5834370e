import ParaReadyCore

/// A crate's Rust sources: every module file reachable from the root file, scanned and cfg-filtered.
///
/// Module files that declare no modules may be loaded deferred (read and pre-scanned, not lexed; see
/// ``SourceText``). They are scanned when a lookup reaches their module, when a query cannot rule them out by
/// the identifiers it needs, or when ``files`` or ``scopedItems`` is read: every result is the one an eager load
/// gives.
public struct CrateSource: Sendable {
    /// The crate name as code refers to it (`parachain_template_runtime`, hyphens replaced).
    public var name: String
    /// The root file's path relative to the caller's root.
    public var rootFile: String
    /// Problems met while loading (missing module files, symlink loops, unreadable files).
    public var diagnostics: [Diagnostic]
    /// The configuration `cfg` was evaluated against.
    public var environment: CfgEnvironment
    /// Module scopes of the scanned files keyed by ``ModuleScope/key(_:)``.
    private var scopes: [String: ModuleScope] = [:]
    /// The scoped items of the scanned files, in file order.
    private var scannedItems: [ScopedItem] = []
    /// Files in load order; deferred ones point into `deferred`.
    private var order: [FileSlot] = []
    /// The deferred modules and their scans once made (shared by copies of this value).
    private var deferred: DeferredModules?

    /// Where a loaded file's results live.
    private enum FileSlot: Sendable {
        /// A scanned file: its index in `scannedFiles`, and where its items start in `scannedItems`.
        case scanned(file: Int, items: Int)
        /// A deferred file: its index in the deferred modules, and the position in `scannedItems` its items go.
        case deferred(module: Int, items: Int)
    }

    private var scannedFiles: [SourceFile] = []

    /// A crate from already scanned files (the first is the root). Builds the module index.
    public init(name: String, files: [SourceFile], diagnostics: [Diagnostic] = [], environment: CfgEnvironment) {
        self.init(name: name, loaded: files.map(LoadedFile.scanned), diagnostics: diagnostics, environment: environment)
    }

    init(name: String, loaded: [LoadedFile], diagnostics: [Diagnostic], environment: CfgEnvironment) {
        self.name = String(name.map { $0 == "-" ? "_" : $0 })
        self.diagnostics = diagnostics
        self.environment = environment
        // A deferred module stays deferred only when no other file defines the same module scope (never the case
        // in a crate rustc accepts): then scanning it later adds exactly the scope and items it would have added.
        var eagerKeys: Set<String> = []
        var deferredKeys: [String: Int] = [:]
        for file in loaded {
            switch file {
            case .scanned(let scanned):
                ModuleIndex.scopeKeys(scanned.items, modulePath: scanned.modulePath, into: &eagerKeys)
            case .deferred(let module):
                deferredKeys[ModuleScope.key(module.modulePath), default: 0] += 1
            }
        }
        var index = ModuleIndex()
        var modules: [DeferredModule] = []
        for file in loaded {
            var scanned: SourceFile
            switch file {
            case .scanned(let file):
                scanned = file
            case .deferred(let module):
                let key = ModuleScope.key(module.modulePath)
                if !eagerKeys.contains(key) && deferredKeys[key] == 1 {
                    order.append(.deferred(module: modules.count, items: index.scopedItems.count))
                    modules.append(module)
                    continue
                }
                scanned = module.sourceFile(in: environment)
            }
            order.append(.scanned(file: scannedFiles.count, items: index.scopedItems.count))
            scannedFiles.append(scanned)
            index.index(scanned.items, modulePath: scanned.modulePath, file: scanned.path)
        }
        self.rootFile =
            loaded.first.map { file in
                switch file {
                case .scanned(let scanned): scanned.path
                case .deferred(let module): module.source.displayPath
                }
            } ?? ""
        scopes = index.scopes
        scannedItems = index.scopedItems
        if !modules.isEmpty { deferred = DeferredModules(modules, environment: environment) }
    }

    /// Loads a crate starting at `rootFile` (for example `runtime/src/lib.rs`), following `mod x;` declarations
    /// that are enabled in `environment`. File paths in results are relative to `root`.
    ///
    /// Only an unreadable root file throws; problems with module files become ``diagnostics``. Pass a `cache` to
    /// share reading, lexing and scanning between loads of the same files (other feature sets, other crates).
    public static func load(
        name: String, rootFile: String, root: String = ".", environment: CfgEnvironment = CfgEnvironment(),
        provider: any SourceProvider = DiskSourceProvider(), cache: SourceCache? = nil
    ) throws(ParaReadyError) -> CrateSource {
        var loader = CrateLoader(provider: provider, environment: environment, root: root, cache: cache)
        try loader.loadRoot(rootFile)
        return CrateSource(
            name: name, loaded: loader.files, diagnostics: loader.diagnostics, environment: environment)
    }

    /// A one-file crate from source text (handy for tests and snippets); `mod x;` declarations stay unloaded.
    public static func parse(
        name: String, source: String, file: String = "src/lib.rs", environment: CfgEnvironment = CfgEnvironment()
    ) -> CrateSource {
        let tokens = Lexer.tokenize(source)
        let scanned = ItemScanner.scanFile(tokens, file: file)
        let sourceFile = SourceFile(
            path: file, modulePath: [], tokens: tokens, items: scanned.items.filtered(by: environment),
            unfilteredItems: scanned.items, innerAttributes: scanned.innerAttributes)
        return CrateSource(name: name, files: [sourceFile], environment: environment)
    }

    /// Every loaded file, root first, then in the order modules are declared (deferred files are scanned).
    public var files: [SourceFile] {
        files(where: { _ in true })
    }

    /// Every item (cfg-filtered) with its module and file, including items inside inline modules and inside
    /// item-holding macro bodies; impl members stay inside their ``ImplBlock``. Deferred files are scanned.
    public var scopedItems: [ScopedItem] {
        scopedItems(inFilesWhere: { _ in true })
    }

    /// The loaded files, except deferred ones for which `mayMatter` is false (those stay unscanned). Pass a test
    /// that is true for every file holding what the caller looks for, such as `{ $0.mentions("Runtime") }`.
    public func files(where mayMatter: (SourceText) -> Bool) -> [SourceFile] {
        guard let deferred else { return scannedFiles }
        let selection = deferred.modules.indices.filter { mayMatter(deferred.modules[$0].text) }
        if selection.isEmpty { return scannedFiles }
        return deferred.merged(selection, in: \.mergedFiles) {
            var result: [SourceFile] = []
            result.reserveCapacity(scannedFiles.count + selection.count)
            for slot in order {
                switch slot {
                case .scanned(let file, _):
                    result.append(scannedFiles[file])
                case .deferred(let module, _):
                    if selection.contains(module) { result.append(deferred.scan(module).file) }
                }
            }
            return result
        }
    }

    /// ``scopedItems``, except the items of deferred files for which `mayMatter` is false (see
    /// ``files(where:)``).
    public func scopedItems(inFilesWhere mayMatter: (SourceText) -> Bool) -> [ScopedItem] {
        guard let deferred else { return scannedItems }
        let selection = deferred.modules.indices.filter {
            mayMatter(deferred.modules[$0].text) && !deferred.scan($0).index.scopedItems.isEmpty
        }
        if selection.isEmpty { return scannedItems }
        return deferred.merged(selection, in: \.mergedItems) {
            var result: [ScopedItem] = []
            var copied = 0
            for slot in order {
                guard case .deferred(let module, let position) = slot, selection.contains(module) else { continue }
                result.append(contentsOf: scannedItems[copied..<position])
                result.append(contentsOf: deferred.scan(module).index.scopedItems)
                copied = position
            }
            result.append(contentsOf: scannedItems[copied...])
            return result
        }
    }

    /// The first scoped item, in the order of ``scopedItems(inFilesWhere:)``, that satisfies `predicate`. Deferred
    /// files are scanned only when the walk reaches them (and `mayMatter` lets them through), so a match in an
    /// early file leaves later ones unscanned; the answer is the one the merged list gives.
    public func firstScopedItem(
        inFilesWhere mayMatter: (SourceText) -> Bool, where predicate: (ScopedItem) -> Bool
    ) -> ScopedItem? {
        // `firstIndex` tests the items in place; `first(where:)` would copy every item it passes over.
        func first(in items: ArraySlice<ScopedItem>) -> ScopedItem? {
            items.firstIndex(where: predicate).map { items[$0] }
        }
        guard let deferred else { return first(in: scannedItems[...]) }
        var checked = 0
        for slot in order {
            guard case .deferred(let module, let position) = slot else { continue }
            if let found = first(in: scannedItems[checked..<position]) { return found }
            checked = position
            guard mayMatter(deferred.modules[module].text) else { continue }
            if let found = first(in: deferred.scan(module).index.scopedItems[...]) { return found }
        }
        return first(in: scannedItems[checked...])
    }

    /// The first file, in the order of ``files(where:)``, that satisfies `predicate`; deferred files are scanned
    /// only when the walk reaches them (see ``firstScopedItem(inFilesWhere:where:)``).
    public func firstFile(where mayMatter: (SourceText) -> Bool, satisfying predicate: (SourceFile) -> Bool)
        -> SourceFile?
    {
        guard let deferred else { return scannedFiles.first(where: predicate) }
        for slot in order {
            switch slot {
            case .scanned(let file, _):
                if predicate(scannedFiles[file]) { return scannedFiles[file] }
            case .deferred(let module, _):
                guard mayMatter(deferred.modules[module].text) else { continue }
                let file = deferred.scan(module).file
                if predicate(file) { return file }
            }
        }
        return nil
    }

    /// The module scope at `path`, if that module was loaded (a deferred module is scanned now).
    func scope(_ path: [String]) -> ModuleScope? {
        let key = ModuleScope.key(path)
        if let scope = scopes[key] { return scope }
        return deferred?.scope(key)
    }

    /// The files that are still deferred: read and pre-scanned, not lexed (for tests and diagnostics).
    var unscannedFiles: [String] {
        guard let deferred else { return [] }
        let scanned = deferred.scannedModules
        return deferred.modules.indices.filter { !scanned.contains($0) }.map { deferred.modules[$0].source.displayPath }
    }

    /// Every module path the crate defines (loaded ones), sorted.
    public var modulePaths: [[String]] {
        let paths = scopes.values.map(\.path) + (deferred?.modules.map(\.modulePath) ?? [])
        return paths.sorted { $0.joined(separator: "::") < $1.joined(separator: "::") }
    }
}

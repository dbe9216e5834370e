import Foundation

/// The deferred module files of one crate load and their scans, made on first use and then kept. Shared by the
/// copies of a ``CrateSource`` and safe to use from several threads.
final class DeferredModules: @unchecked Sendable {
    /// One deferred file once scanned: the file, and the scopes and scoped items it adds.
    final class Scan: Sendable {
        let file: SourceFile
        let index: ModuleIndex

        init(file: SourceFile, index: ModuleIndex) {
            self.file = file
            self.index = index
        }
    }

    let modules: [DeferredModule]
    let environment: CfgEnvironment
    /// Module scope key → index in `modules` (keys are unique: ``CrateSource`` scans duplicates eagerly).
    private let byKey: [String: Int]
    private let lock = NSLock()
    private var scans: [Int: Scan] = [:]

    init(_ modules: [DeferredModule], environment: CfgEnvironment) {
        self.modules = modules
        self.environment = environment
        var byKey: [String: Int] = [:]
        for (index, module) in modules.enumerated() { byKey[ModuleScope.key(module.modulePath)] = index }
        self.byKey = byKey
    }

    /// The scan of module `index`, made now if needed.
    func scan(_ index: Int) -> Scan {
        if let done = lock.withLock({ scans[index] }) { return done }
        let module = modules[index]
        let file = module.sourceFile(in: environment)
        var moduleIndex = ModuleIndex()
        moduleIndex.index(file.items, modulePath: file.modulePath, file: file.path)
        let scan = Scan(file: file, index: moduleIndex)
        lock.withLock { scans[index] = scan }
        return scan
    }

    /// The files or scoped items of a selection of deferred modules merged with the scanned ones, made once per
    /// selection (queries ask for the same selections over and over).
    func merged<Value>(
        _ selection: [Int], in cache: ReferenceWritableKeyPath<DeferredModules, [[Int]: [Value]]>,
        make: () -> [Value]
    ) -> [Value] {
        if let done = lock.withLock({ self[keyPath: cache][selection] }) { return done }
        let made = make()
        lock.withLock { self[keyPath: cache][selection] = made }
        return made
    }

    var mergedItems: [[Int]: [ScopedItem]] = [:]
    var mergedFiles: [[Int]: [SourceFile]] = [:]

    /// The indices of the modules scanned so far.
    var scannedModules: Set<Int> {
        lock.withLock { Set(scans.keys) }
    }

    /// The scope `key` when a deferred module defines it (scanning that module).
    func scope(_ key: String) -> ModuleScope? {
        guard let index = byKey[key] else { return nil }
        return scan(index).index.scopes[key]
    }
}

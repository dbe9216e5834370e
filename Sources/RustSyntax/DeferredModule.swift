/// A file module the loader read and pre-scanned but did not lex: it declares no modules, and nothing has asked
/// for its items yet. ``CrateSource`` scans it when a lookup needs its module or a query cannot rule it out.
struct DeferredModule: Sendable {
    var source: CachedSource
    /// The module path the file defines.
    var modulePath: [String]

    var text: SourceText { source.text }

    /// The file as loading it eagerly would have produced it: tokens, cfg-filtered items, inner attributes.
    func sourceFile(in environment: CfgEnvironment) -> SourceFile {
        SourceFile(
            path: source.displayPath, modulePath: modulePath, entry: source.entry, environment: environment)
    }
}

/// One loaded file of a crate, in load order: scanned, or deferred until needed.
enum LoadedFile: Sendable {
    case scanned(SourceFile)
    case deferred(DeferredModule)
}

extension SourceFile {
    /// The file from its cached scan: items are cfg-filtered in `environment`, and none are compiled when an inner
    /// `#![cfg(…)]` is false.
    init(path: String, modulePath: [String], entry: SourceCache.Entry, environment: CfgEnvironment) {
        let scanned = entry.scanned
        let innerEnabled = scanned.innerAttributes.flatMap { $0.expanded(in: environment) }
            .allSatisfy { $0.cfgPredicate?.evaluate(environment) != false }
        let items = innerEnabled ? (entry.mentionsCfg ? scanned.items.filtered(by: environment) : scanned.items) : []
        self.init(
            path: path, modulePath: modulePath, tokens: entry.tokens, items: items, unfilteredItems: scanned.items,
            innerAttributes: scanned.innerAttributes)
    }
}

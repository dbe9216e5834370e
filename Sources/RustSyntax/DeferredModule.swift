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

/// One loaded file of a crate, in load order: scanned, or deferred until needed.
enum LoadedFile: Sendable {
    case scanned(SourceFile)
    case deferred(DeferredModule)
}

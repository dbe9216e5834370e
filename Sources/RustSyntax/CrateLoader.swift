import ParaReadyCore

/// Follows `mod x;` declarations from a crate root the way rustc does, recording problems as diagnostics.
struct CrateLoader {
    let provider: any SourceProvider
    let environment: CfgEnvironment
    let root: String
    /// `root` normalized once; every loaded file's display path is computed against it.
    let normalizedRoot: String
    let cache: SourceCache?
    var files: [LoadedFile] = []
    var diagnostics: [Diagnostic] = []

    static let maximumFiles = 10_000
    static let maximumDepth = 64

    init(provider: any SourceProvider, environment: CfgEnvironment, root: String, cache: SourceCache? = nil) {
        self.provider = provider
        self.environment = environment
        self.root = root
        self.normalizedRoot = SourcePath.normalize(root)
        self.cache = cache
    }

    /// The file's text and (lazily) its tokens and unfiltered items, from the cache when there is one.
    func read(_ path: String) throws(ParaReadyError) -> CachedSource {
        if let cache { return try cache.source(path, displayPath: display(path), provider: provider) }
        return try SourceCache.read(path, displayPath: display(path), provider: provider)
    }

    /// Whether a module file exists, from the cache when there is one.
    func fileExists(_ path: String) -> Bool {
        if let cache { return cache.fileExists(path, provider: provider) }
        return provider.fileExists(path)
    }

    /// The canonical identity of a file, from the cache when there is one.
    func canonicalPath(_ path: String) -> Result<String, CanonicalPathFailure> {
        if let cache { return cache.canonicalPath(path, provider: provider) }
        return provider.canonicalPath(path)
    }

    func display(_ path: String) -> String {
        SourcePath.relative(path, toNormalizedRoot: normalizedRoot)
    }

    mutating func loadRoot(_ rootFile: String) throws(ParaReadyError) {
        let path = SourcePath.normalize(rootFile)
        switch canonicalPath(path) {
        case .failure(.symlinkLoop):
            throw ParaReadyError(.io, "symlink loop", file: display(path))
        case .failure(.missing):
            throw ParaReadyError(.io, "no such file", file: display(path))
        case .failure(.other(let reason)):
            throw ParaReadyError(.io, "cannot open file", file: display(path), causes: [reason])
        case .success(let canonical):
            addFile(
                path: path, source: try read(path), modulePath: [], ownsDirectory: true, ancestry: [canonical], depth: 0
            )
        }
    }

    /// Scans one file and loads the file modules it declares. `ownsDirectory` is true for crate roots, `mod.rs`
    /// files and files loaded through `#[path]`: their child modules live next to them rather than in a
    /// directory named after them. A module file that declares no modules is deferred instead (see
    /// ``CachedSource/isDeferrable``): it adds no files, so its scan can wait until a lookup needs it.
    mutating func addFile(
        path: String, source: CachedSource, modulePath: [String], ownsDirectory: Bool, ancestry: Set<String>,
        depth: Int
    ) {
        if depth > 0 && source.isDeferrable {
            files.append(.deferred(DeferredModule(source: source, modulePath: modulePath)))
            return
        }
        let file = SourceFile(
            path: source.displayPath, modulePath: modulePath, entry: source.entry, environment: environment)
        let items = file.items
        files.append(.scanned(file))
        let directory = SourcePath.directory(of: path)
        let childBase = ownsDirectory ? directory : SourcePath.join(directory, SourcePath.stem(of: path))
        loadModules(
            in: items, modulePath: modulePath,
            context: DirectoryContext(fileDirectory: directory, childBase: childBase, inline: []),
            ancestry: ancestry, depth: depth)
    }

    /// Where module files are looked up from inside one file.
    struct DirectoryContext {
        /// The directory of the current file (base of `#[path]` outside inline modules).
        var fileDirectory: String
        /// Where child module files of the current file live.
        var childBase: String
        /// Directory components contributed by enclosing inline modules.
        var inline: [String]

        var inlineDirectory: String {
            inline.reduce(childBase) { SourcePath.join($0, $1) }
        }
    }

    mutating func loadModules(
        in items: [Item], modulePath: [String], context: DirectoryContext, ancestry: Set<String>, depth: Int
    ) {
        for item in items where item.kind == .module {
            guard let name = item.name, let declaration = item.module else { continue }
            let pathAttribute = item.attributes(named: "path").compactMap(\.stringValue).last
            if let inner = declaration.items {
                var nested = context
                nested.inline.append(pathAttribute ?? name)
                loadModules(
                    in: inner, modulePath: modulePath + [name], context: nested, ancestry: ancestry, depth: depth)
                continue
            }
            loadFileModule(
                item: item, name: name, pathAttribute: pathAttribute, modulePath: modulePath + [name],
                context: context, ancestry: ancestry, depth: depth)
        }
    }

    mutating func loadFileModule(
        item: Item, name: String, pathAttribute: String?, modulePath: [String], context: DirectoryContext,
        ancestry: Set<String>, depth: Int
    ) {
        guard depth < Self.maximumDepth, files.count < Self.maximumFiles else {
            diagnostics.append(
                Diagnostic(.warning, "module `\(name)` not loaded: module nesting or file limit", at: item.location))
            return
        }
        var candidates: [(path: String, ownsDirectory: Bool)]
        if let pathAttribute {
            let base = context.inline.isEmpty ? context.fileDirectory : context.inlineDirectory
            candidates = [(SourcePath.join(base, pathAttribute), true)]
        } else {
            let base = context.inlineDirectory
            candidates = [
                (SourcePath.join(base, name + ".rs"), false), (SourcePath.join(base, name, "mod.rs"), true),
            ]
        }
        let existing = candidates.filter { fileExists($0.path) }
        guard let chosen = existing.first else {
            let looked = candidates.map { display($0.path) }.joined(separator: " or ")
            diagnostics.append(
                Diagnostic(
                    .warning, "module file for `mod \(name);` not found (looked for \(looked))", at: item.location))
            return
        }
        if existing.count > 1 {
            diagnostics.append(
                Diagnostic(
                    .warning,
                    "both \(existing.map { display($0.path) }.joined(separator: " and ")) exist for `mod \(name);`; "
                        + "using \(display(chosen.path))", at: item.location))
        }
        let canonical: String
        switch canonicalPath(chosen.path) {
        case .success(let resolved):
            canonical = resolved
        case .failure(.symlinkLoop):
            diagnostics.append(
                Diagnostic(.warning, "symlink loop at \(display(chosen.path)) for `mod \(name);`", at: item.location))
            return
        case .failure(.missing):
            diagnostics.append(
                Diagnostic(
                    .warning, "module file \(display(chosen.path)) for `mod \(name);` is a dangling link",
                    at: item.location))
            return
        case .failure(.other(let reason)):
            diagnostics.append(
                Diagnostic(.warning, "cannot open \(display(chosen.path)): \(reason)", at: item.location))
            return
        }
        guard !ancestry.contains(canonical) else {
            diagnostics.append(
                Diagnostic(
                    .warning, "module cycle: \(display(chosen.path)) is already being loaded", at: item.location))
            return
        }
        do {
            addFile(
                path: chosen.path, source: try read(chosen.path), modulePath: modulePath,
                ownsDirectory: chosen.ownsDirectory,
                ancestry: ancestry.union([canonical]), depth: depth + 1)
        } catch {
            diagnostics.append(Diagnostic(.error, error.message, at: error.location ?? item.location))
        }
    }
}

import ParaReadyCore

/// A crate's Rust sources: every module file reachable from the root file, scanned and cfg-filtered.
public struct CrateSource: Sendable {
    /// The crate name as code refers to it (`parachain_template_runtime`, hyphens replaced).
    public var name: String
    /// The root file's path relative to the caller's root.
    public var rootFile: String
    /// Every loaded file, root first, then in the order modules are declared.
    public var files: [SourceFile]
    /// Problems met while loading (missing module files, symlink loops, unreadable files).
    public var diagnostics: [Diagnostic]
    /// The configuration `cfg` was evaluated against.
    public var environment: CfgEnvironment
    /// Every item (cfg-filtered) with its module and file, including items inside inline modules and inside
    /// item-holding macro bodies; impl members stay inside their ``ImplBlock``.
    public private(set) var scopedItems: [ScopedItem] = []
    /// Module scopes keyed by ``ModuleScope/key(_:)``.
    private(set) var scopes: [String: ModuleScope] = [:]

    /// A crate from already scanned files (the first is the root). Builds the module index.
    public init(name: String, files: [SourceFile], diagnostics: [Diagnostic] = [], environment: CfgEnvironment) {
        self.name = String(name.map { $0 == "-" ? "_" : $0 })
        self.rootFile = files.first?.path ?? ""
        self.files = files
        self.diagnostics = diagnostics
        self.environment = environment
        for file in files {
            index(file.items, modulePath: file.modulePath, file: file.path, loaded: true)
        }
    }

    /// Loads a crate starting at `rootFile` (for example `runtime/src/lib.rs`), following `mod x;` declarations
    /// that are enabled in `environment`. File paths in results are relative to `root`.
    ///
    /// Only an unreadable root file throws; problems with module files become ``diagnostics``. Pass a `cache` to
    /// share lexing and scanning between loads of the same files (other feature sets, other crates).
    public static func load(
        name: String, rootFile: String, root: String = ".", environment: CfgEnvironment = CfgEnvironment(),
        provider: any SourceProvider = DiskSourceProvider(), cache: SourceCache? = nil
    ) throws(ParaReadyError) -> CrateSource {
        var loader = CrateLoader(provider: provider, environment: environment, root: root, cache: cache)
        try loader.loadRoot(rootFile)
        return CrateSource(name: name, files: loader.files, diagnostics: loader.diagnostics, environment: environment)
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

    private mutating func index(_ items: [Item], modulePath: [String], file: String, loaded: Bool) {
        let key = ModuleScope.key(modulePath)
        if scopes[key] == nil { scopes[key] = ModuleScope(path: modulePath, file: file) }
        for item in items {
            scopedItems.append(ScopedItem(item: item, modulePath: modulePath, file: file))
            switch item.kind {
            case .module:
                guard let name = item.name else { continue }
                let child = modulePath + [name]
                scopes[key]?.children[name] = child
                if let inner = item.module?.items {
                    index(inner, modulePath: child, file: file, loaded: true)
                }
            case .use, .externCrate:
                for binding in item.useBindings {
                    if binding.isGlob {
                        scopes[key]?.globs.append(binding)
                    } else if let bound = binding.boundName, bound != "_" {
                        scopes[key]?.uses[bound, default: []].append(binding)
                    }
                }
            case .macroCall:
                for inner in item.macroCall?.items ?? [] {
                    scopedItems.append(ScopedItem(item: inner, modulePath: modulePath, file: file))
                    if let name = inner.name, inner.kind != .impl {
                        scopes[key]?.declarations[name, default: []].append(inner)
                    }
                }
            case .impl, .other:
                continue
            default:
                if let name = item.name { scopes[key]?.declarations[name, default: []].append(item) }
            }
        }
    }

    /// The module scope at `path`, if that module was loaded.
    func scope(_ path: [String]) -> ModuleScope? {
        scopes[ModuleScope.key(path)]
    }

    /// Every module path the crate defines (loaded ones), sorted.
    public var modulePaths: [[String]] {
        scopes.values.map(\.path).sorted { $0.joined(separator: "::") < $1.joined(separator: "::") }
    }
}

/// The names one module defines or imports; the index name resolution walks.
struct ModuleScope: Sendable {
    var path: [String]
    /// The file the module's items are written in.
    var file: String
    /// Items by name: constants, statics, type aliases, functions, types and `parameter_types!` declarations.
    var declarations: [String: [Item]] = [:]
    /// Non-glob `use` bindings by the name they bind.
    var uses: [String: [UseBinding]] = [:]
    var globs: [UseBinding] = []
    /// Child modules by name.
    var children: [String: [String]] = [:]

    init(path: [String], file: String) {
        self.path = path
        self.file = file
    }

    static func key(_ path: [String]) -> String {
        path.joined(separator: "::")
    }
}

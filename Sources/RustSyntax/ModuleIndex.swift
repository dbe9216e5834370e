/// Builds a crate's module scopes and its list of scoped items from scanned files.
struct ModuleIndex {
    var scopedItems: [ScopedItem] = []
    var scopes: [String: ModuleScope] = [:]

    mutating func index(_ items: [Item], modulePath: [String], file: String) {
        let key = ModuleScope.key(modulePath)
        // The scope is taken out while its items are added (one lookup of its key instead of one per item, and
        // no copy of its tables on write); nested modules have longer keys, so recursion never reaches it.
        var scope = scopes.removeValue(forKey: key) ?? ModuleScope(path: modulePath, file: file)
        defer { scopes[key] = scope }
        for item in items {
            scopedItems.append(ScopedItem(item: item, modulePath: modulePath, file: file))
            switch item.kind {
            case .module:
                guard let name = item.name else { continue }
                let child = modulePath + [name]
                scope.names[name, default: ModuleScope.Names()].child = child
                if let inner = item.module?.items {
                    index(inner, modulePath: child, file: file)
                }
            case .use, .externCrate:
                for binding in item.useBindings {
                    if binding.isGlob {
                        scope.globs.append(binding)
                    } else if let bound = binding.boundName, bound != "_" {
                        scope.names[bound, default: ModuleScope.Names()].uses.append(binding)
                    }
                }
            case .macroCall:
                for inner in item.macroCall?.items ?? [] {
                    scopedItems.append(ScopedItem(item: inner, modulePath: modulePath, file: file))
                    if let name = inner.name, inner.kind != .impl {
                        scope.names[name, default: ModuleScope.Names()].declarations.append(inner)
                    }
                }
            case .impl, .other:
                continue
            default:
                if let name = item.name { scope.names[name, default: ModuleScope.Names()].declarations.append(item) }
            }
        }
    }

    /// The keys of the scopes ``index(_:modulePath:file:)`` creates for these items: the module itself and its
    /// inline modules.
    static func scopeKeys(_ items: [Item], modulePath: [String], into keys: inout Set<String>) {
        keys.insert(ModuleScope.key(modulePath))
        for item in items where item.kind == .module {
            guard let name = item.name, let inner = item.module?.items else { continue }
            scopeKeys(inner, modulePath: modulePath + [name], into: &keys)
        }
    }
}

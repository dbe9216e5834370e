/// Builds a crate's module scopes and its list of scoped items from scanned files.
struct ModuleIndex {
    var scopedItems: [ScopedItem] = []
    var scopes: [String: ModuleScope] = [:]

    mutating func index(_ items: [Item], modulePath: [String], file: String) {
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
                    index(inner, modulePath: child, file: file)
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

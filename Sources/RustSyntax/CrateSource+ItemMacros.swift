import ParaReadyCore

/// Item-position calls of `macro_rules!` macros that another crate of the workspace exports: Zeitgeist's runtimes
/// are a handful of calls (`impl_config_traits!();`, `create_runtime_api!();`) of macros in a shared crate whose
/// transcribers hold every pallet config, `construct_runtime!`, `impl_runtime_apis!` and
/// `register_validate_block!`. Rust expands such a call in the calling crate, so its items belong to the calling
/// module and its `cfg`s follow the calling crate's features; ``expandingItemMacros(resolver:)`` does the same.
extension CrateSource {
    /// How many rounds of expansion are followed (a macro whose transcriber calls another macro of its crate).
    static let itemMacroExpansionDepth = 4

    /// This crate with every item-position call of a macro defined by `macro_rules!` in a crate `resolver`
    /// supplies expanded in place: the transcriber of the matching arm is scanned as items of the calling
    /// module, cfg-filtered with this crate's environment. A call is resolved through its path's first segment
    /// (`common_runtime::impl_fee_types!()`) or through the `use` that brings its name into the calling module
    /// (`use common_runtime::{impl_config_traits, …};`). The items keep the definition's file and lines, so
    /// evidence points where the code is written. Returns `self` when no call resolves.
    public func expandingItemMacros(resolver: any CrateResolver) -> CrateSource {
        // A call can only resolve to a crate the resolver supplies, and the calling module must name that crate
        // (a qualified path or its `use`), so only files that mention one are scanned: the rest of a crate's
        // deferred module files stay unread.
        let crateNames = resolver.crateNames
        guard !crateNames.isEmpty else { return self }
        var expansions: [SourceFile] = []
        var expanded: Set<String> = []
        var pending = scopedItems(inFilesWhere: { text in
            crateNames.contains { text.mentions($0) } && text.mayCallAnItemMacro
        })
        .filter { $0.item.kind == .macroCall }
        for _ in 0..<Self.itemMacroExpansionDepth where !pending.isEmpty {
            var next: [ScopedItem] = []
            for call in pending {
                guard let macro = call.item.macroCall, macro.items == nil,
                    let (crateName, name) = definingCrate(of: macro, in: call.modulePath),
                    let dependency = resolver.crate(named: crateName),
                    let definition = dependency.scopedItems(inFilesWhere: { $0.mentions(name) }).first(where: {
                        $0.item.kind == .macroRules && $0.item.name == name
                    }),
                    let tokens = definition.item.macroArms?.itemExpansion(of: macro.body)
                else { continue }
                let key = "\(crateName)::\(name)@\(call.modulePath.joined(separator: "::"))#\(macro.bodyRange)"
                guard expanded.insert(key).inserted else { continue }
                let scanned = ItemScanner.scanFile(tokens, file: definition.file)
                let file = SourceFile(
                    path: definition.file, modulePath: call.modulePath, tokens: tokens,
                    items: scanned.items.filtered(by: environment), unfilteredItems: scanned.items,
                    innerAttributes: [])
                expansions.append(file)
                var index = ModuleIndex()
                index.index(file.items, modulePath: file.modulePath, file: file.path)
                next += index.scopedItems.filter { $0.item.kind == .macroCall }
            }
            pending = next
        }
        guard !expansions.isEmpty else { return self }
        return CrateSource(
            name: name, files: files + expansions, diagnostics: diagnostics, environment: environment)
    }

    /// Macros of the SDK that hold items in place; a call of one of them is never a workspace crate's macro.
    static let sdkItemMacros: Set<Substring> = [
        "parameter_types", "construct_runtime", "impl_runtime_apis", "register_validate_block", "include",
        "impl_opaque_keys", "decl_runtime_apis",
    ]

    /// False only when no line of `text` starts (after indentation) with a path followed by `!` and a bracket,
    /// other than the SDK's own item macros: then the file holds no item-position macro call to expand. A byte
    /// pass, so that deferred module files that cannot hold such a call stay unscanned.
    static func mayCallAnItemMacro(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            var index = 0
            let count = bytes.count
            while index < count {
                while index < count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
                let start = index
                while index < count {
                    let byte = bytes[index]
                    let isPathByte =
                        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
                        || (byte >= 0x30 && byte <= 0x39)
                        || byte == 0x5F || byte == 0x3A
                    guard isPathByte else { break }
                    index += 1
                }
                let pathEnd = index
                while index < count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
                if pathEnd > start && index < count && bytes[index] == 0x21 {
                    var next = index + 1
                    while next < count && (bytes[next] == 0x20 || bytes[next] == 0x09) { next += 1 }
                    if next < count && (bytes[next] == 0x28 || bytes[next] == 0x7B || bytes[next] == 0x5B) {
                        let path = String(
                            decoding: UnsafeBufferPointer(rebasing: bytes[start..<pathEnd]), as: UTF8.self)
                        let name = path.lastPiece(afterByte: UInt8(ascii: ":")) ?? ""
                        if !sdkItemMacros.contains(name) { return true }
                    }
                }
                // The rest of the line, found with `memchr`: most of a file's bytes are here.
                index = ByteSearch.index(of: 0x0A, in: bytes, from: index) + 1
            }
            return false
        }
    }

    /// The crate and macro name a call refers to: the first segment of a qualified path, or the crate of the
    /// `use` binding that names the macro in the calling module (or the crate root). Nil for paths into this
    /// crate (`crate::`, `self::`, `super::`) and unimported names.
    func definingCrate(of call: MacroCall, in modulePath: [String]) -> (crate: String, name: String)? {
        let segments = call.path.split(byte: UInt8(ascii: ":")).map(String.init)
        guard let name = segments.last else { return nil }
        var crateName = segments.count > 1 ? segments[0] : nil
        if crateName == nil {
            for path in [modulePath, []] {
                if let binding = scope(path)?.uses(name).first(where: { !$0.isGlob && $0.path.count > 1 }) {
                    crateName = binding.path[0]
                    break
                }
            }
        }
        guard let crateName, !["crate", "self", "super", "$crate"].contains(crateName) else { return nil }
        return (crateName, name)
    }
}

extension MacroRulesDeclaration {
    /// The transcriber tokens of the arm a call with `arguments` selects, for calls whose expansion is a list of
    /// items: an arm with an empty matcher for a call without arguments, else an arm whose matcher is one
    /// `$( $name:tt )*` repetition, with `$( $name )*` in the transcriber replaced by the arguments. Other
    /// metavariables stay as written (the item scanner skips them). Nil when no arm fits.
    func itemExpansion(of arguments: [Token]) -> [Token]? {
        for arm in arms {
            if arm.matcher.isEmpty {
                if arguments.isEmpty { return arm.transcriber }
                continue
            }
            guard let name = Self.tokenRepetition(arm.matcher) else { continue }
            var out: [Token] = []
            var index = 0
            let transcriber = arm.transcriber
            while index < transcriber.count {
                // `$ ( $ name ) *`
                if index + 5 < transcriber.count, transcriber[index].isPunct("$"), transcriber[index + 1].isPunct("("),
                    transcriber[index + 2].isPunct("$"), transcriber[index + 3].isIdent(name),
                    transcriber[index + 4].isPunct(")"), transcriber[index + 5].isPunct("*")
                {
                    out += arguments
                    index += 6
                    continue
                }
                out.append(transcriber[index])
                index += 1
            }
            return out
        }
        return nil
    }

    /// The name of a matcher that is exactly `$( $name:tt )*` (eight tokens), or nil.
    static func tokenRepetition(_ matcher: [Token]) -> String? {
        guard matcher.count == 8, matcher[0].isPunct("$"), matcher[1].isPunct("("), matcher[2].isPunct("$"),
            matcher[3].isIdentifier, matcher[4].isPunct(":"), matcher[5].isIdent("tt"), matcher[6].isPunct(")"),
            matcher[7].isPunct("*")
        else { return nil }
        return matcher[3].name
    }
}

import ParaReadyCore

/// Lookups the readiness rules need: definitions by name, impl blocks by trait, macro calls, token patterns.
/// Each passes over the deferred files that cannot hold a match: those that lack an identifier every match has.
extension CrateSource {
    /// Every constant, static, `parameter_types!` declaration and type alias named `name`, in any module.
    public func definitions(named name: String) -> [ScopedItem] {
        scopedItems(inFilesWhere: { $0.mentions(name) }).filter { scoped in
            scoped.item.name == name
                && [.constant, .static, .typeAlias].contains(scoped.item.kind)
        }
    }

    /// Every `impl <Trait> for <Type>` block whose trait path ends with `traitPattern` (`"Config"`,
    /// `"cumulus_pallet_parachain_system::Config"`, `"AuraUnincludedSegmentApi"`) and whose self type's last
    /// segment is `selfType` (nil: any), including impls inside `impl_runtime_apis!`.
    public func implBlocks(implementing traitPattern: String, for selfType: String? = "Runtime") -> [ScopedItem] {
        let words = ["impl"] + TokenPath.identifiers(in: traitPattern) + (selfType.map { [$0] } ?? [])
        return scopedItems(inFilesWhere: { text in words.allSatisfy { text.mentions($0) } }).filter { scoped in
            guard let impl = scoped.item.impl, impl.implementsTrait(traitPattern) else { return false }
            guard let selfType else { return true }
            return impl.selfTypeSegments.last == selfType
        }
    }

    /// Every macro invocation whose last path segment is `name` (`register_validate_block`).
    public func macroCalls(named name: String) -> [ScopedItem] {
        scopedItems(inFilesWhere: { $0.mentions(name) }).filter { $0.item.macroCall?.name == name }
    }

    /// Every `macro_rules! name` definition whose expansion holds items (``Item/macroRules``), in any module.
    public func macroRules(named name: String) -> [ScopedItem] {
        scopedItems(inFilesWhere: { $0.mentions("macro_rules") && $0.mentions(name) }).filter {
            $0.item.kind == .macroRules && $0.item.name == name && $0.item.macroRules != nil
        }
    }

    /// Every `macro_rules!` definition whose expansion holds items, in any module.
    public var itemMacroRules: [ScopedItem] {
        scopedItems(inFilesWhere: { $0.mentions("macro_rules") }).filter {
            $0.item.kind == .macroRules && $0.item.macroRules != nil
        }
    }

    /// The function `name` of an inherent `impl <type> { … }` block (`Runtime::impl_can_build_upon`), with the
    /// module of the impl.
    public func inherentFunction(type: String, name: String) -> ScopedItem? {
        for scoped in scopedItems(inFilesWhere: { $0.mentions(type) && $0.mentions(name) }) {
            guard let impl = scoped.item.impl, impl.traitPath == nil, impl.selfTypeSegments.last == type,
                let function = impl.function(named: name)
            else { continue }
            return ScopedItem(item: function, modulePath: scoped.modulePath, file: scoped.file)
        }
        return nil
    }

    /// Every function item named `name` outside impls.
    public func functions(named name: String) -> [ScopedItem] {
        scopedItems(inFilesWhere: { $0.mentions(name) }).filter { $0.item.kind == .function && $0.item.name == name }
    }

    /// Where the token sequence of `pattern` (`"lookahead::run"`, `"RelayNumberMonotonicallyIncreases"`) occurs
    /// in any file, in file order. Comments never match; tokens of items whose `cfg` is false in the crate's
    /// environment are skipped unless `includingDisabled`.
    public func occurrences(of pattern: String, includingDisabled: Bool = false) -> [SourceLocation] {
        let words = TokenPath.identifiers(in: pattern)
        return files(where: { text in words.allSatisfy { text.mentions($0) } }).flatMap { file in
            let disabled = includingDisabled ? [] : disabledRanges(file.unfilteredItems)
            return TokenPath.occurrences(of: pattern, in: file.tokens).compactMap { range -> SourceLocation? in
                if disabled.contains(where: { $0.contains(range.lowerBound) }) { return nil }
                let token = file.tokens[range.lowerBound]
                return SourceLocation(file: file.path, line: token.line, column: token.column)
            }
        }
    }

    /// Token ranges of items (at any depth) that the environment compiles out.
    private func disabledRanges(_ items: [Item]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for item in items {
            if item.isEnabled(in: environment) == false {
                ranges.append(item.tokenRange)
            } else {
                ranges += disabledRanges(item.children)
            }
        }
        return ranges
    }

    /// Every Cargo feature named in `feature = "…"` anywhere in the crate's code (`cfg`, `cfg_attr`, `cfg!`),
    /// sorted: the features whose values change what the crate compiles.
    public var mentionedFeatures: [String] {
        var found: Set<String> = []
        for file in files(where: { $0.mentions("feature") }) {
            let tokens = file.tokens
            var index = 0
            while index + 2 < tokens.count {
                if tokens[index].isIdent("feature"), tokens[index + 1].isPunct("="),
                    let value = tokens[index + 2].stringValue
                {
                    found.insert(value)
                }
                index += 1
            }
        }
        return found.sorted()
    }
}

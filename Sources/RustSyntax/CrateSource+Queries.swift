import ParaReadyCore

/// Lookups the readiness rules need: definitions by name, impl blocks by trait, macro calls, token patterns.
extension CrateSource {
    /// Every constant, static, `parameter_types!` declaration and type alias named `name`, in any module.
    public func definitions(named name: String) -> [ScopedItem] {
        scopedItems.filter { scoped in
            scoped.item.name == name
                && [.constant, .static, .typeAlias].contains(scoped.item.kind)
        }
    }

    /// Every `impl <Trait> for <Type>` block whose trait path ends with `traitPattern` (`"Config"`,
    /// `"cumulus_pallet_parachain_system::Config"`, `"AuraUnincludedSegmentApi"`) and whose self type's last
    /// segment is `selfType` (nil: any), including impls inside `impl_runtime_apis!`.
    public func implBlocks(implementing traitPattern: String, for selfType: String? = "Runtime") -> [ScopedItem] {
        scopedItems.filter { scoped in
            guard let impl = scoped.item.impl, impl.implementsTrait(traitPattern) else { return false }
            guard let selfType else { return true }
            return impl.selfTypeSegments.last == selfType
        }
    }

    /// Every macro invocation whose last path segment is `name` (`register_validate_block`).
    public func macroCalls(named name: String) -> [ScopedItem] {
        scopedItems.filter { $0.item.macroCall?.name == name }
    }

    /// Every function item named `name` outside impls.
    public func functions(named name: String) -> [ScopedItem] {
        scopedItems.filter { $0.item.kind == .function && $0.item.name == name }
    }

    /// Where the token sequence of `pattern` (`"lookahead::run"`, `"RelayNumberMonotonicallyIncreases"`) occurs
    /// in any file, comments excluded, in file order.
    public func occurrences(of pattern: String) -> [SourceLocation] {
        files.flatMap { file in
            TokenPath.occurrences(of: pattern, in: file.tokens).map { range in
                let token = file.tokens[range.lowerBound]
                return SourceLocation(file: file.path, line: token.line, column: token.column)
            }
        }
    }
}

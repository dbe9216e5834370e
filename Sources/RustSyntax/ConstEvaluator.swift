import ParaReadyCore

/// Resolves names and evaluates constant expressions across a crate's modules, its re-exports, and other
/// crates a ``CrateResolver`` supplies.
///
/// Values are exact or ``ConstValue/unknown(reason:)``, never guessed. Cycles (`const A: u32 = B; const B: u32 =
/// A;`), deep nesting and runaway work end as unknown values. Constants of SDK crates that are not loaded come
/// from a small table of well-known values (marked ``EvaluatedConstant/external``); ``overrides`` supplies
/// release-dependent ones such as `polkadot_primitives::MAX_POV_SIZE`.
public struct ConstEvaluator: Sendable {
    public var crate: CrateSource
    public var resolver: (any CrateResolver)?
    /// Values for well-known external constants, keyed by canonical path (`polkadot_primitives::MAX_POV_SIZE`),
    /// taking precedence over the built-in table.
    public var overrides: [String: ConstValue]

    public init(crate: CrateSource, resolver: (any CrateResolver)? = nil, overrides: [String: ConstValue] = [:]) {
        self.crate = crate
        self.resolver = resolver
        self.overrides = overrides
    }

    /// The canonical path under which ``overrides`` takes the relay chain's maximum PoV size.
    public static let maxPovSizeKey = WellKnownConstants.maxPovSizeID

    /// Evaluates the constant `path` names (`SLOT_DURATION`, `crate::configs::X`, `super::X`,
    /// `parachains_common::SLOT_DURATION`, `u32::MAX`) as if written in module `module` of the crate, or of the
    /// crate the resolver supplies as `crateName`.
    public func evaluate(path: String, inModule module: [String] = [], crateName: String? = nil) -> EvaluatedConstant {
        let session = EvaluationSession(evaluator: self)
        guard let crate = crateNumber(crateName, session) else { return missingCrate(crateName) }
        let segments = TokenPath.pathSegments(path)
        let resolved = session.resolve(segments, crate: crate, module: module)
        guard !resolved.targets.isEmpty else {
            return EvaluatedConstant(
                value: .unknown(reason: resolved.failure ?? "cannot resolve `\(path)`"), symbol: segments.last ?? path,
                location: nil)
        }
        let value = session.value(of: resolved.targets, written: path)
        var result = EvaluatedConstant(
            value: value.constValue, symbol: segments.last ?? path, location: nil, external: session.usedExternal,
            notes: session.notes)
        for target in resolved.targets {
            if case .item(_, _, let item) = target {
                result.symbol = item.name ?? result.symbol
                result.location = item.location
                result.typeName = Self.typeName(of: item)
                break
            }
        }
        if result.location == nil, resolved.targets.contains(where: \.isExternal) {
            result.importLocation = session.importSite(of: segments, crate: crate, module: module)
        }
        return result
    }

    /// Evaluates a declaration of this crate found by scanning (a constant, static, `parameter_types!` entry or
    /// type alias), or of a crate the resolver supplies when `crateName` is given.
    public func evaluate(_ scoped: ScopedItem, crateName: String? = nil, selfItems: [Item]? = nil) -> EvaluatedConstant
    {
        let session = EvaluationSession(evaluator: self)
        guard let crate = crateNumber(crateName, session) else { return missingCrate(crateName) }
        let value = session.value(of: scoped.item, crate: crate, module: scoped.modulePath, selfItems: selfItems)
        return EvaluatedConstant(
            value: value.constValue, symbol: scoped.item.name ?? "?", location: scoped.item.location,
            typeName: Self.typeName(of: scoped.item), external: session.usedExternal, notes: session.notes)
    }

    /// Evaluates expression tokens as if written in `module` (for example a function body such as
    /// `SlotDuration::from_millis(SLOT_DURATION)`). `typeName` is the expected integer type, if any.
    public func evaluate(
        expression tokens: [Token], inModule module: [String] = [], crateName: String? = nil, typeName: String? = nil
    ) -> EvaluatedConstant {
        let session = EvaluationSession(evaluator: self)
        guard let crate = crateNumber(crateName, session) else { return missingCrate(crateName) }
        let expected = typeName.flatMap { session.integerType(of: Lexer.tokenize($0), crate: crate, module: module) }
        var evaluator = ExpressionEvaluator(
            session: session, crate: crate, module: module, tokens: tokens, expected: expected)
        let value = evaluator.evaluate().coerced(to: expected)
        return EvaluatedConstant(
            value: value.constValue, symbol: TokenPath.text(tokens), location: nil, typeName: typeName,
            external: session.usedExternal, notes: session.notes)
    }

    /// Evaluates a type that carries a value: `ConstU64<{ SLOT_DURATION / 2 }>`, `ConstBool<true>`,
    /// `ConstU32<N>`, a `parameter_types!` name, or an alias of one of these. `selfItems` lets `Self::X` refer
    /// to an impl's associated items.
    public func evaluate(
        type tokens: [Token], inModule module: [String] = [], crateName: String? = nil, selfItems: [Item]? = nil
    ) -> EvaluatedConstant {
        let session = EvaluationSession(evaluator: self)
        guard let crate = crateNumber(crateName, session) else { return missingCrate(crateName) }
        let value = session.typeValue(tokens, crate: crate, module: module, selfItems: selfItems)
        var result = EvaluatedConstant(
            value: value.constValue, symbol: TokenPath.text(tokens), location: nil, external: session.usedExternal,
            notes: session.notes)
        let segments = TokenPath.segments(tokens)
        if tokens.allSatisfy({ $0.isIdentifier || $0.isPunct("::") }), !segments.isEmpty {
            for target in session.resolve(segments, crate: crate, module: module).targets {
                if case .item(_, _, let item) = target {
                    result.symbol = item.name ?? result.symbol
                    result.location = item.location
                    result.typeName = Self.typeName(of: item)
                    break
                }
            }
        }
        return result
    }

    /// Follows type aliases from `tokens` (written in `module`) to the type they finally name.
    public func resolveType(_ tokens: [Token], inModule module: [String] = [], crateName: String? = nil)
        -> ResolvedType
    {
        let session = EvaluationSession(evaluator: self)
        var crate = crateNumber(crateName, session) ?? 0
        var current = tokens
        var currentModule = module
        var aliases: [SourceLocation] = []
        var resolvedPath: [String]?
        for _ in 0..<32 {
            guard let syntax = TypeSyntax(current) else { break }
            let targets = session.resolve(syntax.segments, crate: crate, module: currentModule).targets
            guard let target = targets.first else { break }
            // A generic alias (`type Hook<R> = FixedVelocityConsensusHook<R, …>;` used as `Hook<Runtime>`) is
            // followed with its parameters replaced by the arguments written at the use.
            if case .item(let owner, let ownerModule, let item) = target, item.kind == .typeAlias,
                let alias = item.typeAlias, let aliased = alias.typeTokens,
                syntax.arguments.isEmpty || !alias.genericParameters.isEmpty
            {
                aliases.append(item.location)
                current = Self.substitute(
                    Self.genericParameterNames(alias.genericParameters), with: syntax.arguments, in: aliased)
                currentModule = ownerModule
                crate = owner
                continue
            }
            switch target {
            case .external(let path): resolvedPath = path
            case .item(let owner, let ownerModule, let item):
                resolvedPath = [session.crateName(owner)] + ownerModule + [item.name ?? ""]
            case .primitive(let type): resolvedPath = [type.rawValue]
            default: break
            }
            break
        }
        let syntax = TypeSyntax(current)
        return ResolvedType(
            tokens: current, segments: syntax?.segments ?? TokenPath.segments(current), resolvedPath: resolvedPath,
            genericArguments: syntax?.arguments ?? [], crateName: session.crateName(crate), modulePath: currentModule,
            aliases: aliases)
    }

    /// The names a generic parameter list declares, in order: `R`, `T` of `T: Config`, `N` of `const N: u32`.
    /// Lifetimes declare nothing that a type argument replaces and are left out.
    static func genericParameterNames(_ tokens: [Token]) -> [String] {
        var names: [String] = []
        var depth = 0
        var atStart = true
        for (index, token) in tokens.enumerated() {
            if token.kind == .punct {
                switch token.text {
                case "<", "(", "[", "{": depth += 1
                case ">", ")", "]", "}": depth -= 1
                case "," where depth == 0:
                    atStart = true
                    continue
                default: break
                }
            }
            guard atStart, depth == 0 else { continue }
            if token.isIdent("const"), index + 1 < tokens.count, tokens[index + 1].isIdentifier { continue }
            atStart = false
            if token.isIdentifier { names.append(token.name) }
        }
        return names
    }

    /// `tokens` with every bare use of a parameter name (not a segment of a longer path) replaced by the argument
    /// in the same position. Parameters without an argument (defaults) stay as written.
    static func substitute(_ parameters: [String], with arguments: [[Token]], in tokens: [Token]) -> [Token] {
        var replacements: [String: [Token]] = [:]
        for (name, argument) in zip(parameters, arguments) where !argument.isEmpty { replacements[name] = argument }
        guard !replacements.isEmpty else { return tokens }
        var out: [Token] = []
        for (index, token) in tokens.enumerated() {
            let afterPath = index > 0 && tokens[index - 1].isPunct("::")
            let beforePath = index + 1 < tokens.count && tokens[index + 1].isPunct("::")
            if token.isIdentifier, !afterPath, !beforePath, let argument = replacements[token.name] {
                out += argument
            } else {
                out.append(token)
            }
        }
        return out
    }

    private func crateNumber(_ name: String?, _ session: EvaluationSession) -> Int? {
        guard let name else { return 0 }
        func rustName(_ name: String) -> String { String(name.map { $0 == "-" ? "_" : $0 }) }
        // This crate, named as the package or as Rust code does.
        if rustName(name) == rustName(crate.name) { return 0 }
        return session.crateNumber(named: rustName(name))
    }

    private func missingCrate(_ name: String?) -> EvaluatedConstant {
        EvaluatedConstant(
            value: .unknown(reason: "crate `\(name ?? "")` is not loaded"), symbol: name ?? "", location: nil)
    }

    static func typeName(of item: Item) -> String? {
        guard let tokens = item.constant?.typeTokens, !tokens.isEmpty else { return nil }
        return TokenPath.text(tokens)
    }
}

/// Where a chain of type aliases ends.
public struct ResolvedType: Sendable, Hashable {
    /// The final type's tokens as written in its defining module.
    public var tokens: [Token]
    /// The final type's path segments as written (`["cumulus_pallet_aura_ext", "FixedVelocityConsensusHook"]`).
    public var segments: [String]
    /// The path with imports resolved, when known: an external path (`["cumulus_pallet_aura_ext",
    /// "FixedVelocityConsensusHook"]` even when written as a bare imported name) or crate + module + name.
    public var resolvedPath: [String]?
    /// The final type's generic arguments, each as tokens (evaluate them in ``modulePath`` of ``crateName``).
    public var genericArguments: [[Token]]
    public var crateName: String
    public var modulePath: [String]
    /// Where each followed alias is defined, in order.
    public var aliases: [SourceLocation]

    public init(
        tokens: [Token], segments: [String], resolvedPath: [String]?, genericArguments: [[Token]], crateName: String,
        modulePath: [String], aliases: [SourceLocation]
    ) {
        self.tokens = tokens
        self.segments = segments
        self.resolvedPath = resolvedPath
        self.genericArguments = genericArguments
        self.crateName = crateName
        self.modulePath = modulePath
        self.aliases = aliases
    }
}

import ParaReadyCore

/// What a path can name.
enum ResolvedTarget: Sendable {
    /// A declaration in a loaded crate.
    case item(crate: Int, module: [String], item: Item)
    case module(crate: Int, path: [String])
    /// A path into a crate that is not loaded; the first segment is the crate name.
    case external([String])
    case primitive(IntegerType)
    /// A value the path names directly (`u32::MAX`).
    case value(EvaluationValue)
}

extension ResolvedTarget {
    var isExternal: Bool {
        if case .external = self { return true }
        return false
    }
}

/// The mutable state of one evaluation: loaded crates, memo tables, cycle guards and the work budget that
/// keeps every evaluation finite.
final class EvaluationSession {
    let evaluator: ConstEvaluator
    private(set) var crates: [CrateSource]
    private var crateIndex: [String: Int?] = [:]

    /// Nested work (expressions, items, lookups) deeper than this gives `unknown`.
    static let maximumDepth = 160
    /// Total steps one evaluation may take.
    static let budget = 50_000

    private(set) var depth = 0
    private var steps = 0
    private(set) var exhausted = false
    var usedExternal = false
    var notes: [String] = []

    private struct ItemKey: Hashable {
        var crate: Int
        var location: SourceLocation
        var name: String?
    }

    private struct LookupKey: Hashable {
        var crate: Int
        var module: [String]
        var name: String
    }

    private var itemsInProgress: Set<ItemKey> = []
    private var itemMemo: [ItemKey: EvaluationValue] = [:]
    private var lookupMemo: [LookupKey: [ResolvedTarget]] = [:]

    init(evaluator: ConstEvaluator) {
        self.evaluator = evaluator
        self.crates = [evaluator.crate]
        crateIndex[evaluator.crate.name] = 0
    }

    var environment: CfgEnvironment { crates[0].environment }

    // MARK: Budget

    /// Enters one level of nested work; false when the depth or step budget is spent.
    func enter() -> Bool {
        steps += 1
        if steps > Self.budget { exhausted = true }
        guard !exhausted, depth < Self.maximumDepth else { return false }
        depth += 1
        return true
    }

    func leave() {
        depth -= 1
    }

    var limitReason: String {
        exhausted ? "evaluation budget exhausted" : "definitions or expressions nest too deeply"
    }

    func note(_ text: String) {
        if !notes.contains(text) { notes.append(text) }
    }

    // MARK: Crates

    func crateNumber(named name: String) -> Int? {
        if let known = crateIndex[name] { return known }
        var found: Int?
        if let source = evaluator.resolver?.crate(named: name) {
            crates.append(source)
            found = crates.count - 1
        }
        crateIndex[name] = found
        return found
    }

    func crateName(_ number: Int) -> String {
        crates[number].name
    }

    // MARK: Resolution

    /// Resolves `segments` as written in module `module` of crate `crate`. In a `use` path (`isUsePath`) an
    /// unknown first segment names an external crate, as in `use polkadot_sdk::*;`.
    func resolve(_ segments: [String], crate: Int, module: [String], isUsePath: Bool = false)
        -> (targets: [ResolvedTarget], failure: String?)
    {
        guard let first = segments.first else { return ([], "empty path") }
        guard enter() else { return ([], limitReason) }
        defer { leave() }
        var current: [ResolvedTarget]
        var rest = segments.dropFirst()
        switch first {
        case "crate", "$crate":
            current = [.module(crate: crate, path: [])]
        case "self":
            current = [.module(crate: crate, path: module)]
        case "super":
            var path = module
            guard !path.isEmpty else { return ([], "`super` at the crate root") }
            path.removeLast()
            while rest.first == "super" {
                guard !path.isEmpty else { return ([], "`super` at the crate root") }
                path.removeLast()
                rest = rest.dropFirst()
            }
            current = [.module(crate: crate, path: path)]
        default:
            let found = lookup(first, crate: crate, module: module)
            if !found.isEmpty {
                current = found
            } else if let other = crateNumber(named: first) {
                current = [.module(crate: other, path: [])]
            } else if let primitive = IntegerType(rawValue: first) {
                current = [.primitive(primitive)]
            } else if first == "std" || first == "core" || first == "alloc" || rest.count > 0 || isUsePath {
                current = [.external([first])]
            } else {
                let place = module.isEmpty ? "the crate root" : "module `\(module.joined(separator: "::"))`"
                return ([], "`\(first)` is not defined in \(place) of `\(crates[crate].name)`")
            }
        }
        for segment in rest {
            var next: [ResolvedTarget] = []
            var failure: String?
            for target in current {
                let step = member(segment, of: target)
                next += step.targets
                failure = failure ?? step.failure
            }
            if next.isEmpty {
                return ([], failure ?? "cannot resolve `\(segments.joined(separator: "::"))`")
            }
            current = next
        }
        return (current, nil)
    }

    private func member(_ name: String, of target: ResolvedTarget) -> (targets: [ResolvedTarget], failure: String?) {
        switch target {
        case .module(let crate, let path):
            guard crates[crate].scope(path) != nil else {
                return ([], "module `\(([crates[crate].name] + path).joined(separator: "::"))` is not loaded")
            }
            let found = lookup(name, crate: crate, module: path)
            if found.isEmpty {
                return ([], "`\(name)` is not defined in `\(([crates[crate].name] + path).joined(separator: "::"))`")
            }
            return (found, nil)
        case .external(let path):
            return ([.external(path + [name])], nil)
        case .primitive(let type):
            switch name {
            case "MAX":
                if type == .u128 || type == .usize || type == .isize {
                    return ([.value(.unknown(type.overflowReason("\(type.rawValue)::MAX")))], nil)
                }
                return ([.value(.int(type.maximum, type))], nil)
            case "MIN":
                if type == .isize { return ([.value(.unknown(type.overflowReason("isize::MIN")))], nil) }
                return ([.value(.int(type.minimum, type))], nil)
            case "BITS": return ([.value(.int(Int128(type == .usize || type == .isize ? 32 : type.bits), .u32))], nil)
            default: return ([], "`\(type.rawValue)::\(name)` is not supported")
            }
        case .item(let crate, let module, let item):
            if item.kind == .typeAlias, let aliased = item.typeAlias?.typeTokens {
                let path = TokenPath.segments(aliased)
                guard !path.isEmpty else { return ([], "type alias `\(item.name ?? "")` is not a path") }
                let resolved = resolve(path, crate: crate, module: module)
                var targets: [ResolvedTarget] = []
                var failure = resolved.failure
                for inner in resolved.targets {
                    let step = member(name, of: inner)
                    targets += step.targets
                    failure = failure ?? step.failure
                }
                return (targets, targets.isEmpty ? failure : nil)
            }
            return ([], "`\(item.name ?? "")::\(name)` is not supported")
        case .value:
            return ([], "`\(name)` is not a member of a value")
        }
    }

    /// The targets a single name has in a module: its own declarations, child modules and `use` bindings; else
    /// what the nearest glob-imported modules (breadth first, cycles cut) define; else a well-known constant
    /// of a glob-imported external crate.
    func lookup(_ name: String, crate: Int, module: [String]) -> [ResolvedTarget] {
        let key = LookupKey(crate: crate, module: module, name: name)
        // A lookup in progress is memoised as finding nothing until it ends, which is what a cycle back to it
        // gets (one table instead of a memo and an in-progress set: three hashes of the key instead of five).
        if let memo = lookupMemo[key] { return memo }
        guard crates[crate].scope(module) != nil, enter() else { return [] }
        lookupMemo[key] = []
        defer { leave() }
        var found = direct(name, crate: crate, module: module)
        if found.isEmpty {
            let sources = globSources(crate: crate, module: module)
            for level in sources.levels {
                for source in level { found += direct(name, crate: source.crate, module: source.module) }
                if !found.isEmpty { break }
            }
            if found.isEmpty {
                // Only names the table knows come through a glob of an unloaded crate: anything else could just
                // as well be an extern crate or a missing item, and must not shadow those.
                let known = sources.externals.filter { WellKnownConstants.constant(at: $0 + [name]) != nil }
                found = known.map { .external($0 + [name]) }
            }
        }
        lookupMemo[key] = found
        return found
    }

    /// What a module itself defines or explicitly imports under `name`.
    private func direct(_ name: String, crate: Int, module: [String]) -> [ResolvedTarget] {
        guard let scope = crates[crate].scope(module), enter() else { return [] }
        defer { leave() }
        guard let names = scope.names[name] else { return [] }
        var found: [ResolvedTarget] = []
        for item in names.declarations {
            found.append(.item(crate: crate, module: module, item: item))
        }
        if let child = names.child {
            found.append(.module(crate: crate, path: child))
        }
        for binding in names.uses {
            found += resolve(binding.path, crate: crate, module: module, isUsePath: true).targets
        }
        return found
    }

    /// Where module `module` brings a bare name that resolves outside the loaded crates into scope: its own
    /// `use` of the name, else that of the nearest glob-imported module, else the glob of an unloaded crate it
    /// comes through. A qualified path is looked up in the loaded module it names (nil when it names an
    /// unloaded crate itself, which is then written where the path is).
    func importSite(of segments: [String], crate: Int, module: [String]) -> SourceLocation? {
        guard let name = segments.last else { return nil }
        if segments.count > 1 {
            let prefix = resolve(Array(segments.dropLast()), crate: crate, module: module).targets
            for case .module(let other, let path) in prefix {
                if let site = importSite(of: [name], crate: other, module: path) { return site }
            }
            return nil
        }
        let start = ModuleKey(crate: crate, module: module)
        if let site = bindingSite(of: name, in: start) { return site }
        let sources = globSources(crate: crate, module: module)
        for level in sources.levels {
            if let site = level.lazy.compactMap({ self.bindingSite(of: name, in: $0) }).first { return site }
        }
        for key in [start] + sources.levels.joined() {
            for glob in crates[key.crate].scope(key.module)?.globs ?? [] {
                let targets = resolve(glob.path, crate: key.crate, module: key.module, isUsePath: true).targets
                let known = targets.contains {
                    if case .external(let path) = $0 { return WellKnownConstants.constant(at: path + [name]) != nil }
                    return false
                }
                if known { return glob.location }
            }
        }
        return nil
    }

    /// The `use` in a module that binds `name` to something outside the loaded crates.
    private func bindingSite(of name: String, in key: ModuleKey) -> SourceLocation? {
        for binding in crates[key.crate].scope(key.module)?.uses(name) ?? [] {
            let targets = resolve(binding.path, crate: key.crate, module: key.module, isUsePath: true).targets
            if targets.contains(where: \.isExternal) { return binding.location }
        }
        return nil
    }

    private struct ModuleKey: Hashable {
        var crate: Int
        var module: [String]
    }

    private struct GlobSources {
        /// Modules reachable through glob imports, grouped by distance (nearest first).
        var levels: [[ModuleKey]]
        /// Paths of glob-imported modules outside the loaded crates.
        var externals: [[String]]
    }

    /// Also holds the modules whose globs are being followed, as reaching nothing (what a cycle back gets).
    private var globMemo: [ModuleKey: GlobSources] = [:]

    /// The modules a module's glob imports reach, transitively and breadth first.
    private func globSources(crate: Int, module: [String]) -> GlobSources {
        let start = ModuleKey(crate: crate, module: module)
        if let memo = globMemo[start] { return memo }
        globMemo[start] = GlobSources(levels: [], externals: [])
        var visited: Set<ModuleKey> = [start]
        var levels: [[ModuleKey]] = []
        var externals: [[String]] = []
        var frontier = [start]
        while !frontier.isEmpty, enter() {
            defer { leave() }
            var next: [ModuleKey] = []
            for source in frontier {
                for glob in crates[source.crate].scope(source.module)?.globs ?? [] {
                    let targets = resolve(glob.path, crate: source.crate, module: source.module, isUsePath: true)
                        .targets
                    for target in targets {
                        switch target {
                        case .module(let other, let path):
                            let key = ModuleKey(crate: other, module: path)
                            if visited.insert(key).inserted { next.append(key) }
                        case .external(let path):
                            if !externals.contains(path) { externals.append(path) }
                        default:
                            continue
                        }
                    }
                }
            }
            if !next.isEmpty { levels.append(next) }
            frontier = next
        }
        let sources = GlobSources(levels: levels, externals: externals)
        globMemo[start] = sources
        return sources
    }

    /// A function `name` of an inherent `impl <type> { … }` block in the crate being evaluated (first match).
    func inherentFunction(type: String, name: String) -> (item: Item, crate: Int, module: [String])? {
        guard let scoped = crates[0].inherentFunction(type: type, name: name) else { return nil }
        return (scoped.item, 0, scoped.modulePath)
    }

    // MARK: Values

    /// The value of a declaration (constant, static, `parameter_types!` entry or type alias).
    func value(of item: Item, crate: Int, module: [String], selfItems: [Item]? = nil) -> EvaluationValue {
        let key = ItemKey(crate: crate, location: item.location, name: item.name)
        if let memo = itemMemo[key] { return memo }
        let name = item.name ?? "?"
        if itemsInProgress.contains(key) { return .unknown("`\(name)` is defined in terms of itself") }
        guard enter() else { return .unknown(limitReason) }
        itemsInProgress.insert(key)
        defer {
            itemsInProgress.remove(key)
            leave()
        }
        let result: EvaluationValue
        switch item.kind {
        case .constant, .static:
            guard let declaration = item.constant, !declaration.expression.isEmpty else {
                result = .unknown("`\(name)` has no value")
                break
            }
            let declared = integerType(of: declaration.typeTokens, crate: crate, module: module)
            var evaluator = ExpressionEvaluator(
                session: self, crate: crate, module: module, tokens: declaration.expression, expected: declared)
            evaluator.selfItems = selfItems
            result = evaluator.evaluate().coerced(to: declared)
        case .typeAlias:
            guard let tokens = item.typeAlias?.typeTokens else {
                result = .unknown("type `\(name)` has no definition")
                break
            }
            result = typeValue(tokens, crate: crate, module: module, selfItems: selfItems)
        case .function:
            result = .unknown("`\(name)` is a function, not a constant")
        default:
            result = .unknown("`\(name)` is a \(item.kind.rawValue), not a constant")
        }
        itemMemo[key] = result
        return result
    }

    /// The value a list of resolved targets stands for; several targets must agree.
    func value(of targets: [ResolvedTarget], written: String) -> EvaluationValue {
        var values: [EvaluationValue] = []
        for target in targets {
            switch target {
            case .item(let crate, let module, let item):
                values.append(value(of: item, crate: crate, module: module))
            case .module:
                values.append(.unknown("`\(written)` is a module"))
            case .external(let path):
                values.append(externalValue(path))
            case .primitive(let type):
                values.append(.unknown("`\(type.rawValue)` is a type"))
            case .value(let value):
                values.append(value)
            }
        }
        guard let first = values.first else { return .unknown("cannot resolve `\(written)`") }
        if let unknown = values.first(where: \.isUnknown) { return unknown }
        if values.allSatisfy({ $0.constValue == first.constValue }) { return first }
        return .unknown(
            "`\(written)` has \(values.count) definitions with different values whose cfg could not be decided")
    }

    /// A value from the well-known table (or the caller's overrides).
    func externalValue(_ path: [String]) -> EvaluationValue {
        let written = path.joined(separator: "::")
        guard let entry = WellKnownConstants.constant(at: path) else {
            return .unknown("`\(written)` is defined outside the loaded crates")
        }
        usedExternal = true
        note(entry.note)
        let type = IntegerType(rawValue: entry.typeName)
        if let override = evaluator.overrides[entry.id] { return EvaluationValue(override, type: type) }
        guard let value = entry.value else { return .unknown(entry.note) }
        if entry.proofSizeIsMaxPov, case .weight(let refTime, nil) = value,
            let pov = evaluator.overrides[WellKnownConstants.maxPovSizeID]?.integerValue
        {
            return .weight(refTime, pov)
        }
        return EvaluationValue(value, type: type)
    }

    /// The integer type a type expression names (`u64`, a local alias of one, `parachains_common::BlockNumber`).
    func integerType(of tokens: [Token], crate: Int, module: [String]) -> IntegerType? {
        let path = TokenPath.segments(tokens)
        guard !path.isEmpty, tokens.allSatisfy({ $0.isIdentifier || $0.isPunct("::") }) else { return nil }
        if path.count == 1, let primitive = IntegerType(rawValue: path[0]) { return primitive }
        guard enter() else { return nil }
        defer { leave() }
        for target in resolve(path, crate: crate, module: module).targets {
            switch target {
            case .primitive(let type):
                return type
            case .item(let owner, let ownerModule, let item) where item.kind == .typeAlias:
                if let aliased = item.typeAlias?.typeTokens,
                    let type = integerType(of: aliased, crate: owner, module: ownerModule)
                {
                    return type
                }
            case .external(let external):
                if let type = WellKnownConstants.integerType(at: external) { return type }
            default:
                continue
            }
        }
        return nil
    }

    /// The value a type stands for: `ConstU32<N>`, `ConstBool<B>`, a `parameter_types!` name, or an alias of one.
    func typeValue(_ tokens: [Token], crate: Int, module: [String], selfItems: [Item]? = nil) -> EvaluationValue {
        guard enter() else { return .unknown(limitReason) }
        defer { leave() }
        // `()` implements `Get<T>` for every `T: Default` and yields the default: 0 for the integer settings
        // (`type MinimumPeriod = ();`).
        if TokenPath.isUnit(tokens) { return .int(0, nil) }
        let parsed = TypeSyntax(tokens)
        guard let parsed else { return .unknown("`\(TokenPath.text(tokens))` is not a type path") }
        if let last = parsed.segments.last, let kind = ConstGeneric(rawValue: last) {
            guard parsed.arguments.count == 1 else { return .unknown("`\(last)` needs one generic argument") }
            var evaluator = ExpressionEvaluator(
                session: self, crate: crate, module: module, tokens: parsed.arguments[0], expected: kind.integerType)
            evaluator.selfItems = selfItems
            let value = evaluator.evaluate()
            if kind == .constBool {
                if case .bool = value { return value }
                return value.isUnknown ? value : .unknown("`ConstBool` needs a bool, got \(value.kindName)")
            }
            if case .int = value { return value.coerced(to: kind.integerType) }
            return value.isUnknown ? value : .unknown("`\(last)` needs an integer, got \(value.kindName)")
        }
        if parsed.segments.first == "Self", parsed.segments.count == 2, let selfItems {
            if let item = selfItems.first(where: { $0.name == parsed.segments[1] }) {
                return value(of: item, crate: crate, module: module, selfItems: selfItems)
            }
        }
        let resolved = resolve(parsed.segments, crate: crate, module: module)
        if resolved.targets.isEmpty { return .unknown(resolved.failure ?? "cannot resolve `\(parsed.written)`") }
        return value(of: resolved.targets, written: parsed.written)
    }
}

/// The `Const*` generic types of `frame_support`/`sp_core` that carry a value in a type.
enum ConstGeneric: String {
    case constU8 = "ConstU8"
    case constU16 = "ConstU16"
    case constU32 = "ConstU32"
    case constU64 = "ConstU64"
    case constU128 = "ConstU128"
    case constI8 = "ConstI8"
    case constI16 = "ConstI16"
    case constI32 = "ConstI32"
    case constI64 = "ConstI64"
    case constI128 = "ConstI128"
    case constBool = "ConstBool"

    var integerType: IntegerType? {
        switch self {
        case .constU8: return .u8
        case .constU16: return .u16
        case .constU32: return .u32
        case .constU64: return .u64
        case .constU128: return .u128
        case .constI8: return .i8
        case .constI16: return .i16
        case .constI32: return .i32
        case .constI64: return .i64
        case .constI128: return .i128
        case .constBool: return nil
        }
    }
}

/// A type written as a path with generic arguments on its last segment: `frame_support::traits::ConstU64<{ X }>`.
struct TypeSyntax {
    var segments: [String]
    /// The generic arguments of the last segment, split at top-level commas.
    var arguments: [[Token]]
    var written: String

    init?(_ tokens: [Token]) {
        var index = 0
        segments = []
        arguments = []
        written = TokenPath.text(tokens)
        if index < tokens.count && tokens[index].isPunct("::") { index += 1 }
        while index < tokens.count {
            let token = tokens[index]
            if token.isIdentifier {
                segments.append(token.name)
                index += 1
            } else if token.isPunct("::") {
                index += 1
            } else if token.isPunct("<") {
                // Generic arguments: up to the matching `>` (braces and parentheses nest inside).
                var depth = 0
                var current: [Token] = []
                var parts: [[Token]] = []
                var nesting = 0
                while index < tokens.count {
                    let inner = tokens[index]
                    index += 1
                    if inner.kind == .punct {
                        switch inner.text {
                        case "(", "[", "{": nesting += 1
                        case ")", "]", "}": nesting -= 1
                        case "<" where nesting == 0:
                            depth += 1
                            if depth == 1 { continue }
                        case "<<" where nesting == 0:
                            depth += 2
                        case ">" where nesting == 0:
                            depth -= 1
                            if depth == 0 {
                                parts.append(current)
                                current = []
                            }
                        case "," where nesting == 0 && depth == 1:
                            parts.append(current)
                            current = []
                            continue
                        default: break
                        }
                    }
                    if depth == 0 { break }
                    current.append(inner)
                }
                guard depth == 0 else { return nil }
                arguments = parts.filter { !$0.isEmpty }
                if index < tokens.count && tokens[index].isPunct("::") {
                    arguments = []
                    continue
                }
                break
            } else {
                return nil
            }
        }
        guard index == tokens.count, !segments.isEmpty else { return nil }
    }
}

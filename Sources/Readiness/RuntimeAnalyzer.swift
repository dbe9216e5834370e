import ParaReadyCore
import RustSyntax

/// Reads one runtime crate (one cargo-feature variant of it) into ``RuntimeFacts``.
struct RuntimeAnalyzer {
    let crate: CrateSource
    let evaluator: ConstEvaluator
    let path: String
    let crateName: String
    let variant: String?
    /// The `use` bindings of the crate's files, collected on first use.
    let fileBindings = FileBindings()

    /// Every item with its module, impl members included (impl blocks keep their items inside).
    var items: [ScopedItem] { crate.scopedItems }

    func analyze() -> RuntimeFacts {
        var facts = RuntimeFacts(path: path, crate: crateName, variant: variant, consensus: consensusFamily())
        let parachainSystem =
            impl(of: "parachain_system::Config") ?? impl(of: "cumulus_pallet_parachain_system::Config")
        if let parachainSystem { readParachainSystem(parachainSystem, into: &facts) }
        readConstants(into: &facts)
        if let aura = impl(of: "pallet_aura::Config") { readAura(aura, into: &facts) }
        // Nimbus chains (Moonkit) set the same switch on pallet_async_backing.
        if facts.allowMultipleBlocksPerSlot == nil, let asyncBacking = impl(of: "pallet_async_backing::Config"),
            let allow = asyncBacking.item.impl?.associatedType(named: "AllowMultipleBlocksPerSlot"),
            let tokens = allow.typeAlias?.typeTokens,
            let bool = boolSetting(tokens, inModule: asyncBacking.modulePath, selfItems: nil)
        {
            facts.allowMultipleBlocksPerSlot = Located(
                bool, file: asyncBacking.file, line: allow.location.line,
                column: allow.location.column)
        }
        if let timestamp = impl(of: "pallet_timestamp::Config") {
            if let (located, _) = associated("MinimumPeriod", in: timestamp) { facts.minimumPeriodMs = located }
        }
        deriveAuraSlotFromMinimumPeriod(into: &facts)
        readRuntimeAPIs(into: &facts)
        carryPalletAuraSlotDuration(into: &facts)
        readValidateBlock(into: &facts)
        readWeight(into: &facts)
        readBlockTimeConstants(into: &facts)
        return facts
    }

    // MARK: Finding things

    /// The `impl <trait> for Runtime` block whose trait path ends with `pattern`.
    func impl(of pattern: String) -> ScopedItem? {
        // A match's file names the trait's path and `Runtime`: a deferred file lacking one of them (most name
        // `Runtime` somewhere) is neither scanned nor walked.
        let words = ["impl", "Runtime"] + TokenPath.identifiers(in: pattern)
        return firstItem(
            where: { text in words.allSatisfy { text.mentions($0) } },
            matching: { scoped in
                // The kind first: reading `impl` copies the block out of the item, for every item of these files.
                guard scoped.item.kind == .impl, let block = scoped.item.impl else { return false }
                return block.implementsTrait(pattern) && block.selfTypeSegments.last == "Runtime"
            })
    }

    /// An associated type's value evaluated as an integer (for `ConstU64<…>`-style types), with its location. The
    /// setting is the chain's own, written in its impl, even when computed from an SDK constant
    /// (`ConstU64<{ SLOT_DURATION / 2 }>` with `parachains_common::SLOT_DURATION`), so it is never marked external.
    func associated(_ name: String, in scoped: ScopedItem) -> (Located<Int>, [Token])? {
        guard let item = scoped.item.impl?.associatedType(named: name), let tokens = item.typeAlias?.typeTokens else {
            return nil
        }
        var value = evaluator.evaluate(type: tokens, inModule: scoped.modulePath, selfItems: scoped.item.impl?.items)
        if value.value.integerValue == nil, value.value.milliseconds == nil,
            let qualified = qualifiedAssociatedValue(tokens)
        {
            value = qualified
        }
        guard
            let integer = value.value.integerValue.flatMap({ Int(exactly: $0) })
                ?? value.value.milliseconds.flatMap({ Int(exactly: $0) })
        else { return nil }
        return (
            Located(
                integer, file: scoped.file, line: item.location.line, column: item.location.column), tokens
        )
    }

    /// Text of a token list as a reader would write it (spaces only where Rust needs them).
    static func text(_ tokens: [Token]) -> String {
        var out = ""
        var previous: Token?
        for token in tokens {
            if let previous, needsSpace(previous, token) { out += " " }
            out += token.text
            previous = token
        }
        return out
    }

    static func needsSpace(_ a: Token, _ b: Token) -> Bool {
        let tight: Set<String> = ["::", "<", ">", "(", ")", "[", "]", ".", ",", ";", "!", "&"]
        if b.kind == .punct && tight.contains(b.text) { return false }
        if a.kind == .punct && ["::", "<", "(", "[", ".", "&", "!"].contains(a.text) { return false }
        if a.kind == .punct && a.text == "#" { return false }
        return true
    }

    // MARK: Consensus family

    func consensusFamily() -> String {
        // The block executor that validates blocks names the consensus that seals them. A Nimbus runtime may keep
        // pallet_aura configured for its session keys (Manta, Calamari) while pallet_author_inherent checks authors.
        if let executor = validateBlockExecutor() {
            if executor.contains(where: { Self.nimbusPallets.contains($0.text) }) { return "nimbus" }
            if executor.contains(where: { $0.text == "cumulus_pallet_aura_ext" }) { return "aura" }
        }
        if impl(of: "pallet_aura::Config") != nil { return "aura" }
        let nimbus = firstItem(
            where: {
                $0.mentions(anyOf: Self.nimbusPallets) || $0.mentions(identifierStartingWith: "nimbus")
            },
            matching: { scoped in
                guard let block = scoped.item.impl else { return false }
                return block.implementsTrait("pallet_author_inherent::Config")
                    || block.implementsTrait("pallet_author_slot_filter::Config")
                    || block.traitSegments.contains { $0.hasPrefix("nimbus") }
            })
        if nimbus != nil { return "nimbus" }
        return "other"
    }

    // MARK: parachain-system

    func readParachainSystem(_ scoped: ScopedItem, into facts: inout RuntimeFacts) {
        guard let block = scoped.item.impl else { return }
        if let hook = block.associatedType(named: "ConsensusHook"), let tokens = hook.typeAlias?.typeTokens {
            // Follow aliases (`type ConsensusHook = ConsensusHook;` → the alias at crate level), and look one level
            // into wrappers (`ConsensusHookWrapperForRelayTimestamp<Runtime, ConsensusHook>`).
            var resolved = evaluator.resolveType(tokens, inModule: scoped.modulePath)
            if Self.hookKind(resolved.tokens) == "other" {
                for argument in resolved.genericArguments {
                    let inner = evaluator.resolveType(
                        argument, inModule: resolved.modulePath, crateName: resolved.crateName)
                    if Self.hookKind(inner.tokens) != "other" {
                        resolved = inner
                        break
                    }
                }
            }
            facts.consensusHook = ConsensusHookFact(
                kind: Self.hookKind(resolved.tokens), file: scoped.file, line: hook.location.line,
                source: Self.text(tokens))
            if let generics = Self.fixedVelocityArguments(resolved.tokens) {
                // `<Runtime, RELAY_SLOT, V, C>` (Aura, 2024+) or `<Runtime, V, C>` (early Aura hook, Moonkit's).
                let keys =
                    generics.count >= 4
                    ? [ConstantKey.relaySlotDuration, ConstantKey.velocity, ConstantKey.capacity]
                    : [ConstantKey.velocity, ConstantKey.capacity]
                for (key, argument) in zip(keys, generics.dropFirst()) {
                    let value = evaluateArgument(argument, module: resolved.modulePath, crateName: resolved.crateName)
                    if let located = locate(value, canonical: key) { facts.constants[key] = located }
                }
            }
        }
        if let check = block.associatedType(named: "CheckAssociatedRelayNumber"),
            let tokens = check.typeAlias?.typeTokens
        {
            let resolved = evaluator.resolveType(tokens, inModule: scoped.modulePath)
            let last = resolved.segments.last ?? TokenPath.segments(tokens).last ?? ""
            var kind = Self.relayNumberCheckKind(last)
            // A checker of the chain's own that hands the check to an SDK checker given as a type argument
            // (`CheckRelayNumber<ChainId, RelayNumberStrictlyIncreases>`) behaves like that checker.
            if kind == "other", let delegated = delegatedRelayNumberCheck(resolved) { kind = delegated }
            facts.checkAssociatedRelayNumber = Located(
                kind, file: scoped.file, line: check.location.line,
                column: check.location.column, symbol: Self.relayNumberCheckKind(last) == "other" ? last : nil)
        }
        if let (offset, _) = associated("RelayParentOffset", in: scoped) { facts.relayParentOffset = offset }
    }

    /// A const generic argument: a path is evaluated as a path (so the value keeps its definition's location),
    /// anything else as an expression.
    func evaluateArgument(_ tokens: [Token], module: [String], crateName: String) -> EvaluatedConstant {
        var inner = tokens
        if inner.first?.isPunct("{") == true && inner.last?.isPunct("}") == true {
            inner = Array(inner.dropFirst().dropLast())
        }
        if Self.isPath(inner) {
            return evaluator.evaluate(path: Self.text(inner), inModule: module, crateName: crateName)
        }
        let value = evaluator.evaluate(expression: inner, inModule: module, crateName: crateName)
        // `{ MILLISECS_PER_RELAY_BLOCK as u32 }`: the number is the expression's, the location the constant's.
        if inner.count >= 3, inner[inner.count - 2].isIdent("as"), Self.isPath(Array(inner.dropLast(2))) {
            let named = evaluator.evaluate(
                path: Self.text(Array(inner.dropLast(2))), inModule: module, crateName: crateName)
            if let number = value.value.integerValue, named.value.integerValue == number { return named }
        }
        return value
    }

    /// Whether `tokens` are a plain path: identifiers separated by `::` (`a::B`), not `A as u32`.
    static func isPath(_ tokens: [Token]) -> Bool {
        guard !tokens.isEmpty else { return false }
        var expectIdentifier = true
        for token in tokens.dropFirst(tokens[0].isPunct("::") ? 1 : 0) {
            if expectIdentifier {
                guard token.isIdentifier, !token.isIdent("as") else { return false }
            } else {
                guard token.isPunct("::") else { return false }
            }
            expectIdentifier.toggle()
        }
        return !expectIdentifier
    }

    static func hookKind(_ tokens: [Token]) -> String {
        let names = Set(tokens.filter(\.isIdentifier).map(\.name))
        if names.contains("FixedVelocityConsensusHook") { return "fixed-velocity" }
        if names.contains("ExpectParentIncluded") { return "expect-parent-included" }
        if names.contains("RequireParentIncluded") { return "require-parent-included" }
        return "other"
    }

    /// The generic arguments of the `FixedVelocityConsensusHook<…>` inside `tokens`, split at top-level commas.
    static func fixedVelocityArguments(_ tokens: [Token]) -> [[Token]]? {
        genericArguments(of: "FixedVelocityConsensusHook", in: tokens)
    }

    /// The generic arguments written after the first `name<` in `tokens`, split at top-level commas.
    static func genericArguments(of name: String, in tokens: [Token]) -> [[Token]]? {
        guard let start = tokens.firstIndex(where: { $0.isIdent(name) }),
            start + 1 < tokens.count, tokens[start + 1].isPunct("<")
        else { return nil }
        var arguments: [[Token]] = [[]]
        var depth = 0
        for token in tokens[(start + 2)...] {
            if token.isPunct("<") || token.isPunct("(") || token.isPunct("{") || token.isPunct("[") { depth += 1 }
            if token.isPunct(">") || token.isPunct(")") || token.isPunct("}") || token.isPunct("]") {
                if depth == 0 { break }
                depth -= 1
            }
            if token.isPunct(">>") {
                if depth == 0 { break }
                depth -= 1
                if depth == 0 { break }
            }
            if depth == 0 && token.isPunct(",") {
                arguments.append([])
                continue
            }
            arguments[arguments.count - 1].append(token)
        }
        return arguments.filter { !$0.isEmpty }
    }

    /// A located integer from an evaluation, with `symbol` set when the defining name is not the canonical one.
    func locate(_ value: EvaluatedConstant, canonical: String) -> Located<Int>? {
        guard let integer = value.value.integerValue ?? value.value.milliseconds, let number = Int(exactly: integer)
        else {
            return nil
        }
        // An SDK constant from ParaReady's table has no definition here: show the `use` that imports it.
        let location = value.shownLocation
        let file = location?.file ?? crate.rootFile
        return Located(
            number, file: file, line: location?.line ?? 0, column: location?.column,
            symbol: value.symbol != canonical && !value.symbol.isEmpty && location != nil ? value.symbol : nil,
            external: value.external ? true : nil)
    }

    // MARK: Constants by name

    func readConstants(into facts: inout RuntimeFacts) {
        for (key, spellings) in ConstantKey.spellings.sorted(by: { $0.key < $1.key }) where facts.constants[key] == nil
        {
            for spelling in spellings {
                if let located = constant(named: spelling, canonical: key) {
                    facts.constants[key] = located
                    break
                }
            }
        }
        if facts.constants[ConstantKey.blockTime] == nil, let located = blockTimeBesideImportedTimeConstants() {
            facts.constants[ConstantKey.blockTime] = located
        }
        if let located = blockTimeFollowingOwnSlot(facts) { facts.constants[ConstantKey.blockTime] = located }
    }

    /// The runtime's own slot as its block time, when the block-time constant only reaches the runtime from
    /// another crate: a runtime that glob-imports a primitives crate (`pub use dc_primitives::*;`, 12 s
    /// `MILLISECS_PER_BLOCK` with that crate's own `SLOT_DURATION`) but defines `SLOT_DURATION = 6_000` itself,
    /// shadowing the glob, authors at its own slot. Only when the runtime's `SLOT_DURATION` is not written in
    /// terms of a block-time constant.
    func blockTimeFollowingOwnSlot(_ facts: RuntimeFacts) -> Located<Int>? {
        guard !path.isEmpty, let block = facts.constants[ConstantKey.blockTime],
            let slot = facts.constants[ConstantKey.slotDuration], block.value != slot.value
        else { return nil }
        let prefix = path + "/"
        guard !block.file.hasPrefix(prefix), slot.file.hasPrefix(prefix) else { return nil }
        let spellings = ConstantKey.spellings[ConstantKey.blockTime] ?? []
        guard
            let definition = items(where: { $0.mentions(ConstantKey.slotDuration) }).first(where: {
                $0.item.kind == .constant && $0.item.name == ConstantKey.slotDuration && $0.file == slot.file
                    && $0.item.location.line == slot.line
            }), let expression = definition.item.constant?.expression,
            !expression.contains(where: { spellings.contains($0.name) })
        else { return nil }
        return Located(
            slot.value, file: slot.file, line: slot.line, column: slot.column, symbol: ConstantKey.slotDuration)
    }

    /// The block time a runtime does not import itself but whose siblings it does: fellows' system chains
    /// import `SLOT_DURATION`, `HOURS`, `DAYS` from `system_parachains_constants::async_backing`, where
    /// `MILLISECS_PER_BLOCK` is defined next to them (and the time constants derive from it). Siblings named from
    /// an SDK module (people-polkadot's `use parachains_common::{…, HOURS, SLOT_DURATION};`) bring the SDK's block
    /// time with them: it comes from ParaReady's table and is shown at the `use` that names the first sibling.
    func blockTimeBesideImportedTimeConstants() -> Located<Int>? {
        let siblings: Set<String> = ["SLOT_DURATION", "MINUTES", "HOURS", "DAYS"]
        let bindings = bindings(where: { $0.mentions(anyOf: Array(siblings)) })
        var modules: [(path: [String], binding: SourceLocation)] = []
        for binding in bindings where !binding.isGlob && binding.path.count >= 2 {
            guard let last = binding.path.last, siblings.contains(last) else { continue }
            let module = Array(binding.path.dropLast())
            if !modules.contains(where: { $0.path == module }) { modules.append((module, binding.location)) }
        }
        for module in modules {
            for spelling in ConstantKey.spellings[ConstantKey.blockTime] ?? [] {
                var value = evaluator.evaluate(path: (module.path + [spelling]).joined(separator: "::"), inModule: [])
                guard value.value.isKnown else { continue }
                if Self.isSDKValue(value) && value.importLocation == nil {
                    value.importLocation = module.binding
                }
                if let located = locate(value, canonical: ConstantKey.blockTime) { return located }
            }
        }
        return nil
    }

    /// A constant of this name defined in the crate (any module) or imported into its root module.
    func constant(named name: String, canonical: String) -> Located<Int>? {
        let definitions = items(where: { $0.mentions(name) }).filter {
            ($0.item.kind == .constant || $0.item.kind == .static) && $0.item.name == name
        }
        // Prefer the shallowest module: the crate's own constants over test or benchmark helpers.
        for scoped in definitions.sorted(by: { ($0.modulePath.count, $0.file) < ($1.modulePath.count, $1.file) }) {
            let value = evaluator.evaluate(path: name, inModule: scoped.modulePath)
            if let located = locate(value, canonical: canonical) { return located }
        }
        // Imported from another crate (`use parachains_common::SLOT_DURATION;`): evaluate in the root module.
        let imported = anyBinding(
            where: { $0.mentions(name) || $0.mayHaveGlobImport },
            matching: {
                ($0.alias ?? $0.path.last) == name || $0.isGlob
            })
        if imported {
            let value = evaluator.evaluate(path: name, inModule: [])
            if value.value.isKnown { return locate(value, canonical: canonical) }
        }
        // Imported into a module only (`use up_common::constants::*;` in the module configuring a pallet): evaluate
        // where it is imported. A value defined by ParaReady's table of SDK constants (no location) counts only
        // when the module names it (`pub use parachains_common::{MILLISECS_PER_BLOCK, …};`, Nodle's constants
        // module): a glob of an SDK module would otherwise stand in for the chain's own value.
        for module in importingModules(of: name) {
            let value = evaluator.evaluate(path: name, inModule: module)
            guard value.value.isKnown else { continue }
            if value.location != nil { return locate(value, canonical: canonical) }
            if value.importLocation != nil, bindsByName(name, inModule: module) {
                return locate(value, canonical: canonical)
            }
        }
        return nil
    }

    /// Whether a `use` declaration of `module` binds `name` itself (not through a glob).
    func bindsByName(_ name: String, inModule module: [String]) -> Bool {
        firstItem(
            where: { $0.mentions(name) },
            matching: { scoped in
                scoped.item.kind == .use && scoped.modulePath == module
                    && scoped.item.useBindings.contains { !$0.isGlob && $0.boundName == name }
            }) != nil
    }

    /// Paths ending in `name` that the runtime's own constants write (`constants::MAXIMUM_BLOCK_WEIGHT` after
    /// `use runtime_common::{constants, …};`), each with the module it is written in, in item order.
    func qualifiedReferences(to name: String) -> [(module: [String], path: String)] {
        var found: [(module: [String], path: String)] = []
        for scoped in items(where: { $0.mentions(name) }) {
            guard let tokens = scoped.item.constant?.expression ?? scoped.item.typeAlias?.typeTokens else { continue }
            for index in tokens.indices where index >= 2 && tokens[index].isIdent(name) {
                guard tokens[index - 1].isPunct("::") else { continue }
                var start = index
                while start >= 2, tokens[start - 1].isPunct("::"), tokens[start - 2].isIdentifier { start -= 2 }
                let path = Self.text(Array(tokens[start...index]))
                if !found.contains(where: { $0.module == scoped.modulePath && $0.path == path }) {
                    found.append((scoped.modulePath, path))
                }
            }
        }
        return found
    }

    /// The modules other than the root whose `use` declarations bind `name` or glob-import a module (which may
    /// hold it), shallowest first.
    func importingModules(of name: String) -> [[String]] {
        var modules: Set<[String]> = []
        // By index: the items are looked at in place (a `for`-`in` copy of each was a visible share of a run).
        let all = items(where: { $0.mentions(name) || $0.mayHaveGlobImport })
        for index in all.indices where all[index].item.kind == .use && !all[index].modulePath.isEmpty {
            if all[index].item.useBindings.contains(where: { $0.isGlob || $0.boundName == name }) {
                modules.insert(all[index].modulePath)
            }
        }
        return modules.sorted { ($0.count, $0.joined(separator: "::")) < ($1.count, $1.joined(separator: "::")) }
    }

    // MARK: pallet_aura

    /// A `Get<bool>` setting's value. `()` implements `Get<T>` for every `T: Default` and so gives `false` here
    /// (the evaluator reads it as the integer 0, right for the integer settings).
    func boolSetting(_ tokens: [Token], inModule module: [String], selfItems: [Item]?) -> Bool? {
        if TokenPath.isUnit(tokens) { return false }
        return evaluator.evaluate(type: tokens, inModule: module, selfItems: selfItems).value.boolValue
    }

    func readAura(_ scoped: ScopedItem, into facts: inout RuntimeFacts) {
        guard let block = scoped.item.impl else { return }
        // Where the block is, so that an item it does not write can be reported as not set, on its line.
        facts.auraConfig = ConfigImplFact(
            file: scoped.file, line: scoped.item.location.line,
            associatedTypes: block.items.filter { $0.kind == .typeAlias }.compactMap(\.name))
        if let allow = block.associatedType(named: "AllowMultipleBlocksPerSlot"),
            let tokens = allow.typeAlias?.typeTokens
        {
            if let bool = boolSetting(tokens, inModule: scoped.modulePath, selfItems: block.items) {
                facts.allowMultipleBlocksPerSlot = Located(
                    bool, file: scoped.file, line: allow.location.line,
                    column: allow.location.column)
            }
        }
        if let slot = block.associatedType(named: "SlotDuration"), let tokens = slot.typeAlias?.typeTokens {
            let value = evaluator.evaluate(type: tokens, inModule: scoped.modulePath, selfItems: block.items)
            let ms = (value.value.integerValue ?? value.value.milliseconds).flatMap { Int(exactly: $0) }
            facts.auraSlotDuration = SourceFact(
                source: Self.text(tokens), valueMs: ms, file: scoped.file, line: slot.location.line)
        }
    }

    // MARK: Runtime APIs

    func readRuntimeAPIs(into facts: inout RuntimeFacts) {
        readAPIImpls(
            segment: impl(of: "AuraUnincludedSegmentApi") ?? impl(of: "UnincludedSegmentApi"),
            aura: impl(of: "AuraApi"), relayParentOffset: impl(of: "RelayParentOffsetApi"), into: &facts)
        readMacroExpandedRuntimeAPIs(into: &facts)
        readAbstractedRuntimeAPIs(into: &facts)
    }

    /// Fills the runtime-API facts from the `impl … for Runtime` blocks found; `modulePath` of each is where its
    /// expressions are evaluated.
    func readAPIImpls(
        segment: ScopedItem?, aura: ScopedItem?, relayParentOffset: ScopedItem?, into facts: inout RuntimeFacts
    ) {
        if let api = segment {
            let function = api.item.impl?.function(named: "can_build_upon")
            let body = function?.function?.body ?? []
            facts.unincludedSegmentApi = UnincludedSegmentAPIFact(
                present: true, stub: Self.isStub(body), file: api.file, line: api.item.location.line)
        }
        if let api = aura, let function = api.item.impl?.function(named: "slot_duration"),
            let body = function.function?.body
        {
            let inner = Self.innerBody(body)
            let value = evaluator.evaluate(expression: inner, inModule: api.modulePath)
            let ms = (value.value.milliseconds ?? value.value.integerValue).flatMap { Int(exactly: $0) }
            facts.auraApiSlotDuration = SourceFact(
                source: Self.text(inner), valueMs: ms, file: api.file,
                line: function.location.line)
        }
        if let api = relayParentOffset {
            facts.relayParentOffsetApi = Evidence(file: api.file, line: api.item.location.line)
        }
    }

    /// `AuraApi::slot_duration` returning `Aura::slot_duration()` gives what pallet_aura is configured with: that
    /// evaluated setting becomes the API's value, so that every slot duration of the runtime can be compared.
    /// A pallet_aura config without `SlotDuration` gives the pallet's own derivation, twice `MinimumPeriod`
    /// (the template before async backing; its slot-duration-agreement expectation counts that value).
    func carryPalletAuraSlotDuration(into facts: inout RuntimeFacts) {
        let configuredWithoutSlot =
            facts.auraSlotDuration == nil
            && facts.auraConfig.map { !$0.associatedTypes.contains("SlotDuration") } == true
        guard var api = facts.auraApiSlotDuration, api.valueMs == nil,
            RuntimePreparationRules.readsPalletAuraSlotDuration(api.source),
            let pallet = facts.auraSlotDuration?.valueMs
                ?? (configuredWithoutSlot ? facts.minimumPeriodMs.map { 2 * $0.value } : nil)
        else { return }
        api.valueMs = pallet
        api.source += " \(Self.readFromPalletAura)"
        facts.auraApiSlotDuration = api
    }

    /// `pallet_aura::MinimumPeriodTimesTwo<Self>` is pallet_aura's `Get` returning twice pallet_timestamp's
    /// `MinimumPeriod`; the evaluator does not know that type, so the slot stayed without a value (Integritee) and
    /// slot-duration-agreement compared SLOT_DURATION with nothing. It is twice the evaluated `MinimumPeriod`, which
    /// also shows the phase-3 trap: with `MinimumPeriod` at 0 the derived slot is 0.
    func deriveAuraSlotFromMinimumPeriod(into facts: inout RuntimeFacts) {
        guard var slot = facts.auraSlotDuration, slot.valueMs == nil,
            slot.source.contains("MinimumPeriodTimesTwo"), let period = facts.minimumPeriodMs?.value
        else { return }
        slot.valueMs = 2 * period
        facts.auraSlotDuration = slot
    }

    /// What the source of an API value carried over from pallet_aura's setting says about it.
    static let readFromPalletAura = "(value read from pallet_aura)"

    /// A body that only returns a literal (`{ false }`, `{ return true; }`) or panics (`todo!()`, `unimplemented!()`).
    static func isStub(_ body: [Token]) -> Bool {
        let inner = innerBody(body).filter { !$0.isIdent("return") && !$0.isPunct(";") }
        if inner.count == 1, inner[0].isIdent("true") || inner[0].isIdent("false") { return true }
        if let first = inner.first, ["todo", "unimplemented", "panic"].contains(first.name), inner.count >= 2,
            inner[1].isPunct("!")
        {
            return true
        }
        return inner.isEmpty
    }

    /// The tokens between a body's outer braces.
    static func innerBody(_ body: [Token]) -> [Token] {
        guard let first = body.first, first.isPunct("{"), let last = body.last, last.isPunct("}"), body.count >= 2
        else {
            return body
        }
        return Array(body.dropFirst().dropLast())
    }

    // MARK: register_validate_block!

    /// The tokens of `BlockExecutor = …` in `register_validate_block!`, nil when the macro or the key is absent.
    func validateBlockExecutor() -> [Token]? {
        firstItem(
            where: { $0.mentions("register_validate_block") },
            matching: { scoped in
                guard let call = scoped.item.macroCall, call.name == "register_validate_block" else { return false }
                return call.value(forKey: "BlockExecutor") != nil
            })?.item.macroCall?.value(forKey: "BlockExecutor")
    }

    func readValidateBlock(into facts: inout RuntimeFacts) {
        guard
            let scoped = firstItem(
                where: { $0.mentions("register_validate_block") },
                matching: { $0.item.macroCall?.name == "register_validate_block" }),
            let call = scoped.item.macroCall
        else { return }
        if let entry = call.keyValues.first(where: { $0.key == "CheckInherents" }) {
            facts.checkInherents = Located(
                true, file: scoped.file, line: entry.location.line, column: entry.location.column)
        } else {
            facts.checkInherents = Located(false, file: scoped.file, line: scoped.item.location.line)
        }
    }

    // MARK: Block weight

    func readWeight(into facts: inout RuntimeFacts) {
        let definitions = items(where: { $0.mentions("MAXIMUM_BLOCK_WEIGHT") }).filter {
            $0.item.kind == .constant && $0.item.name == "MAXIMUM_BLOCK_WEIGHT"
        }
        var candidates = definitions.sorted { ($0.modulePath.count, $0.file) < ($1.modulePath.count, $1.file) }.map {
            $0.modulePath
        }
        var paths = candidates.map { (module: $0, path: "MAXIMUM_BLOCK_WEIGHT") }
        if candidates.isEmpty {
            let modules = [[]] + importingModules(of: "MAXIMUM_BLOCK_WEIGHT")
            paths = modules.map { ($0, "MAXIMUM_BLOCK_WEIGHT") } + qualifiedReferences(to: "MAXIMUM_BLOCK_WEIGHT")
        }
        for (module, path) in paths {
            let value = evaluator.evaluate(path: path, inModule: module)
            guard let refTime = value.value.refTime else { continue }
            // A value from ParaReady's table stands for an SDK default, not for a glob-importing module's chain.
            if module != [] && value.location == nil { continue }
            // Weight ref-time is in picoseconds: 10^9 per millisecond.
            let ms = Int(refTime / 1_000_000_000)
            // An SDK constant the chain imports is shown where it is imported.
            let location = value.shownLocation
            facts.maxBlockWeightRefTimeMs = Located(
                ms, file: location?.file ?? crate.rootFile,
                line: location?.line ?? 0, column: location?.column,
                external: Self.isSDKValue(value) ? true : nil)
            return
        }
        if let located = weightBesideBlockWeights() { facts.maxBlockWeightRefTimeMs = located }
    }

    /// `MAXIMUM_BLOCK_WEIGHT` defined next to the block-weights type `frame_system` is configured with, for a
    /// runtime that takes that type from a workspace crate without importing the weight itself
    /// (`type BlockWeights = RuntimeBlockWeights;` with `use my_common::RuntimeBlockWeights;`).
    func weightBesideBlockWeights() -> Located<Int>? {
        guard let system = impl(of: "frame_system::Config"),
            let weights = system.item.impl?.associatedType(named: "BlockWeights"),
            let tokens = weights.typeAlias?.typeTokens
        else { return nil }
        let resolved = evaluator.resolveType(tokens, inModule: system.modulePath)
        guard var module = resolved.resolvedPath?.dropLast().map({ $0 }), !module.isEmpty else { return nil }
        module[0] = WorkspaceCrates.key(module[0])
        if module[0] == WorkspaceCrates.key(crateName) { module[0] = "crate" }
        let value = evaluator.evaluate(path: (module + ["MAXIMUM_BLOCK_WEIGHT"]).joined(separator: "::"), inModule: [])
        guard let location = value.shownLocation, let refTime = value.value.refTime else {
            return nil
        }
        return Located(
            Int(refTime / 1_000_000_000), file: location.file, line: location.line, column: location.column,
            external: Self.isSDKValue(value) ? true : nil)
    }

    /// Whether a value is the SDK's own: taken from ParaReady's table and defined nowhere in the repository. A
    /// chain's constant computed from an SDK constant (`WEIGHT_REF_TIME_PER_SECOND.saturating_div(2)`) is the
    /// chain's value.
    static func isSDKValue(_ value: EvaluatedConstant) -> Bool {
        value.external && value.location == nil
    }

    // MARK: Time in blocks

    /// Periods counted in blocks, in both spellings met in runtimes (`HOURS`; Zeitgeist's `BLOCKS_PER_HOUR`).
    static let blockTimeConstantNames = [
        "MINUTES", "HOURS", "DAYS", "BLOCKS_PER_MINUTE", "BLOCKS_PER_HOUR", "BLOCKS_PER_DAY",
    ]

    func readBlockTimeConstants(into facts: inout RuntimeFacts) {
        for name in Self.blockTimeConstantNames {
            guard
                let scoped = firstItem(
                    where: { $0.mentions(name) }, matching: { $0.item.kind == .constant && $0.item.name == name })
            else {
                // Defined in another crate of the workspace and imported (`use my_constants::time::*;`).
                if let imported = importedTimeConstant(name) { facts.blockNumberTimeConstants.append(imported) }
                continue
            }
            guard let expression = scoped.item.constant?.expression else { continue }
            guard Self.countsBlocks(expression) else { continue }
            let value = evaluator.evaluate(path: name, inModule: scoped.modulePath)
            facts.blockNumberTimeConstants.append(
                BlockTimeConstant(
                    name: name, blocks: value.value.integerValue.flatMap { Int(exactly: $0) }, file: scoped.file,
                    line: scoped.item.location.line))
        }
    }

    /// Whether a time constant's expression counts blocks: it is built from the block time, from the slot
    /// (`60_000 / (SLOT_DURATION as BlockNumber)`) or from a smaller unit, or it divides a period by another
    /// duration constant (`60 / (SECS_PER_BLOCK as BlockNumber)`, `60_000 / (TWELVE_SECONDS_IN_MILLISECS as
    /// BlockNumber)`), whose value need not be the block time. A product such as `60 * SECS` is a duration, not a
    /// block count.
    static func countsBlocks(_ expression: [Token]) -> Bool {
        let blockTime = ConstantKey.spellings[ConstantKey.blockTime]!
        let units = ["MINUTES", "HOURS", "BLOCKS_PER_MINUTE", "BLOCKS_PER_HOUR", ConstantKey.slotDuration]
        if expression.contains(where: { blockTime.contains($0.name) || units.contains($0.name) }) { return true }
        guard expression.contains(where: { $0.isPunct("/") }) else { return false }
        return expression.contains { token in
            token.isIdentifier && token.name == token.name.uppercased()
                && (token.name.contains("MILLIS") || token.name.contains("SECS"))
        }
    }

    /// A time constant the runtime imports from another workspace crate, resolved through its own `use` paths.
    /// Values from ParaReady's table of SDK constants count only where a `use` names them (Nodle's
    /// `pub use parachains_common::{…, HOURS, …};`), shown at that `use`: a glob of an SDK module does not make
    /// its time units the chain's.
    func importedTimeConstant(_ name: String) -> BlockTimeConstant? {
        let imported = anyBinding(
            where: { $0.mentions(name) || $0.mayHaveGlobImport },
            matching: {
                ($0.alias ?? $0.path.last) == name || $0.isGlob
            })
        guard imported else { return nil }
        // The root module first, then the modules that import it (`use up_common::constants::*;` in a config
        // module), found only when the root module does not give the value.
        func constant(inModule module: [String]) -> BlockTimeConstant? {
            let value = evaluator.evaluate(path: name, inModule: module)
            guard let blocks = value.value.integerValue.flatMap({ Int(exactly: $0) }) else { return nil }
            if !value.external, let location = value.location {
                return BlockTimeConstant(name: name, blocks: blocks, file: location.file, line: location.line)
            }
            if value.external, let site = value.importLocation, bindsByName(name, inModule: module) {
                return BlockTimeConstant(name: name, blocks: blocks, file: site.file, line: site.line)
            }
            return nil
        }
        if let found = constant(inModule: []) { return found }
        for module in importingModules(of: name) {
            if let found = constant(inModule: module) { return found }
        }
        return nil
    }
}

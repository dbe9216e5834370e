import Foundation
import ParaReadyCore
import Readiness
import RustSyntax

/// The phase 1 (runtime preparation) changes of one Aura runtime, found and written with RustSyntax.
struct RuntimeFixer {
    let runtime: RuntimeFacts
    let files: [RustFile]
    /// Capacity to write when the constant is added (1 for phase 1, 3 when the fix goes all the way).
    let capacity: Int

    var subject: String { runtime.subject }

    // MARK: Finding things

    /// The file and item where a constant of the facts is defined, when it is in this runtime's sources.
    func definition(of key: String) -> (file: RustFile, item: Item, module: [String])? {
        guard let fact = runtime.constants[key] else { return nil }
        let name = fact.symbol ?? key
        guard let file = files.first(where: { $0.path == fact.file }) else { return nil }
        for (item, module) in file.allItems
        where item.kind == .constant && item.name == name && item.location.line == fact.line {
            return (file, item, module)
        }
        return nil
    }

    /// How `user` (in `module`) names a constant defined in `file`/`definedIn`: bare when in scope, else by path.
    func reference(_ name: String, file: String, definedIn: [String], from user: RustFile, module: [String]) -> String {
        if file == user.path && definedIn == module { return name }
        if user.mentions(name) { return name }
        return (["crate"] + definedIn + [name]).joined(separator: "::")
    }

    /// The constant's name as the repository spells it, and how `user` refers to it; nil when it is unknown.
    func reference(to key: String, from user: RustFile, module: [String]) -> String? {
        if let found = definition(of: key) {
            return reference(
                found.item.name ?? key, file: found.file.path, definedIn: found.module, from: user, module: module)
        }
        if let fact = runtime.constants[key] {
            let name = fact.symbol ?? key
            return user.mentions(name) ? name : nil
        }
        return nil
    }

    /// The impl block `impl <pattern> for Runtime` in this runtime.
    func impl(of pattern: String) -> (file: RustFile, item: Item, module: [String])? {
        for file in files { if let found = file.impl(of: pattern) { return (file, found.item, found.module) } }
        return nil
    }

    /// `ConstU64` as the file can write it.
    static func constU64(in file: RustFile) -> String {
        file.mentions("ConstU64") ? "ConstU64" : "frame_support::traits::ConstU64"
    }

    // MARK: Constants

    /// New constants (phase 1: velocity, capacity, relay slot duration) go after `SLOT_DURATION` or the block
    /// time, in the same file and module, with the same visibility.
    mutating func constants(_ context: inout FixContext) -> (file: String, module: [String])? {
        let missing = [ConstantKey.velocity, ConstantKey.capacity, ConstantKey.relaySlotDuration].filter {
            runtime.constants[$0] == nil
        }
        let anchor = definition(of: ConstantKey.slotDuration) ?? definition(of: ConstantKey.blockTime)
        let existing = definition(of: ConstantKey.velocity) ?? definition(of: ConstantKey.capacity)
        if missing.isEmpty {
            return existing.map { ($0.file.path, $0.module) } ?? anchor.map { ($0.file.path, $0.module) }
        }
        guard let anchor, anchor.file.ownsItsLines(anchor.item), anchor.item.attributes(named: "cfg").isEmpty else {
            for key in missing {
                context.manual(
                    Self.constantItem(key), subject, "define `const \(key)` (\(Self.constantDoc(key)))",
                    reason: "no SLOT_DURATION or block-time constant in this runtime's sources to place it beside",
                    file: runtime.path + "/src/lib.rs", line: 1)
            }
            return nil
        }
        let document = anchor.file.document
        let lines = anchor.file.lines(of: anchor.item)
        let first = document.line(anchor.item.location.line)
        let prefix: String
        if let range = first.range(of: "const ") {
            prefix = String(first[..<range.lowerBound])
        } else {
            prefix = document.indentation(of: lines.lowerBound) + "pub "
        }
        let indent = document.indentation(of: lines.lowerBound)
        var byItem: [String: (edits: [TextEdit], names: [String])] = [:]
        for key in missing {
            let value = key == ConstantKey.capacity ? capacity : key == ConstantKey.relaySlotDuration ? 6000 : 1
            let text = [
                "", indent + "/// " + Self.constantDoc(key),
                prefix + "const \(key): u32 = \(value);",
            ]
            let item = Self.constantItem(key)
            byItem[item, default: ([], [])].edits.append(
                .insert(text, before: lines.upperBound + 1, in: anchor.file.path))
            byItem[item, default: ([], [])].names.append("`const \(key): u32 = \(value);`")
        }
        for item in byItem.keys.sorted() {
            guard let entry = byItem[item] else { continue }
            context.record(
                FixOutcome(
                    item: item, subject: subject, edits: entry.edits,
                    change:
                        "add \(entry.names.joined(separator: " and ")) after `\(anchor.item.name ?? "SLOT_DURATION")`"))
        }
        return (anchor.file.path, anchor.module)
    }

    static func constantItem(_ key: String) -> String {
        key == ConstantKey.relaySlotDuration ? "relay-slot-duration-constant" : "velocity-and-capacity-constants"
    }

    static func constantDoc(_ key: String) -> String {
        switch key {
        case ConstantKey.velocity: "Parachain blocks the relay chain may back per relay chain block (velocity)."
        case ConstantKey.capacity: "Parachain blocks the runtime accepts before the relay chain includes them."
        default: "Length of a relay chain slot in milliseconds."
        }
    }

    // MARK: Consensus hook

    /// Defines the `ConsensusHook` alias before `impl cumulus_pallet_parachain_system::Config` and wires it.
    /// Returns where the alias lives, for the runtime API that delegates to it.
    mutating func consensusHook(_ context: inout FixContext, constants: (file: String, module: [String])?)
        -> (file: String, module: [String])?
    {
        let hookSubjectFile = runtime.consensusHook?.file
        if runtime.consensusHook?.kind == "fixed-velocity" { return existingAlias() }
        guard let (file, impl, module) = impl(of: "cumulus_pallet_parachain_system::Config"),
            let close = file.closingBraceLine(of: impl), file.ownsItsLines(impl)
        else {
            context.manual(
                "consensus-hook", subject, "wire `FixedVelocityConsensusHook` as `type ConsensusHook`",
                reason: "no `impl cumulus_pallet_parachain_system::Config for Runtime` block this fixer can edit",
                file: hookSubjectFile ?? runtime.path + "/src/lib.rs", line: runtime.consensusHook?.line ?? 1)
            return nil
        }
        if runtime.consensusHook?.kind == "other"
            || files.contains(where: { $0.hasModuleLevelType(named: "ConsensusHook") })
        {
            context.manual(
                "consensus-hook", subject, "wire `FixedVelocityConsensusHook` as `type ConsensusHook`",
                reason: "the runtime already has a consensus hook or a `ConsensusHook` type of its own",
                file: file.path, line: runtime.consensusHook?.line ?? impl.location.line)
            return nil
        }
        guard
            let relay = reference(to: ConstantKey.relaySlotDuration, from: file, module: module)
                ?? constants.map({
                    reference(
                        ConstantKey.relaySlotDuration, file: $0.file, definedIn: $0.module, from: file, module: module)
                }),
            let velocity = reference(to: ConstantKey.velocity, from: file, module: module)
                ?? constants.map({
                    reference(ConstantKey.velocity, file: $0.file, definedIn: $0.module, from: file, module: module)
                }),
            let capacity = reference(to: ConstantKey.capacity, from: file, module: module)
                ?? constants.map({
                    reference(ConstantKey.capacity, file: $0.file, definedIn: $0.module, from: file, module: module)
                })
        else {
            context.manual(
                "consensus-hook", subject, "wire `FixedVelocityConsensusHook` as `type ConsensusHook`",
                reason: "the hook's constants could not be placed", file: file.path, line: impl.location.line)
            return nil
        }
        let document = file.document
        let implLines = file.lines(of: impl)
        let indent = document.indentation(of: implLines.lowerBound)
        let unit = document.indentUnit
        let apiModule = self.impl(of: "AuraApi")?.module ?? module
        let visibility = apiModule.starts(with: module) ? "" : "pub(crate) "
        let alias = [
            indent
                + "/// Checks velocity and unincluded-segment capacity, and that the parachain slot follows the relay",
            indent + "/// chain slot.",
            indent + visibility + "type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<",
            indent + unit + "Runtime,", indent + unit + relay + ",", indent + unit + velocity + ",",
            indent + unit + capacity + ",", indent + ">;", "",
        ]
        var edits: [TextEdit] = [.insert(alias, before: implLines.lowerBound, in: file.path)]
        let inner = file.innerIndentation(of: impl)
        if let existing = impl.impl?.associatedType(named: "ConsensusHook") {
            guard file.ownsItsLines(existing) else {
                context.manual(
                    "consensus-hook", subject, "set `type ConsensusHook = ConsensusHook;`",
                    reason: "the `type ConsensusHook` line holds other code", file: file.path,
                    line: existing.location.line)
                return nil
            }
            let range = file.lines(of: existing)
            edits.append(
                TextEdit(
                    file: file.path, start: range.lowerBound, end: range.upperBound + 1,
                    lines: [inner + "type ConsensusHook = ConsensusHook;"]))
        } else {
            edits.append(.insert([inner + "type ConsensusHook = ConsensusHook;"], before: close, in: file.path))
        }
        context.record(
            FixOutcome(
                item: "consensus-hook", subject: subject, edits: edits,
                change:
                    "define `type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<Runtime, \(relay), \(velocity), \(capacity)>` and set `type ConsensusHook = ConsensusHook;` in `impl cumulus_pallet_parachain_system::Config`"
            ))
        return (file.path, module)
    }

    /// Where an existing fixed-velocity `ConsensusHook` alias lives.
    func existingAlias() -> (file: String, module: [String])? {
        for file in files {
            for (item, module) in file.allItems where item.kind == .typeAlias && item.name == "ConsensusHook" {
                let text = item.typeAlias?.typeTokens.map { TokenPath.segments($0) } ?? []
                if text.last == "FixedVelocityConsensusHook" { return (file.path, module) }
            }
        }
        return nil
    }

    // MARK: Relay number, Aura

    mutating func relayNumber(_ context: inout FixContext) {
        guard let fact = runtime.checkAssociatedRelayNumber, fact.value == "strict" else { return }
        guard let file = files.first(where: { $0.path == fact.file }) else { return }
        var edits: [TextEdit] = []
        let lines = Set(file.tokens.filter { $0.isIdent("RelayNumberStrictlyIncreases") }.map(\.line))
        for line in lines.sorted() {
            let text = file.document.line(line).replacingWord(
                "RelayNumberStrictlyIncreases", with: "RelayNumberMonotonicallyIncreases")
            edits.append(.replace(line: line, with: [text], in: file.path))
        }
        context.record(
            FixOutcome(
                item: "relay-number-monotonic", subject: subject, edits: edits,
                change: "use `RelayNumberMonotonicallyIncreases` for `CheckAssociatedRelayNumber`", file: fact.file,
                line: fact.line))
    }

    /// `type SlotDuration = ConstU64<SLOT_DURATION>;` in `impl pallet_aura::Config`.
    mutating func auraSlotDuration(_ context: inout FixContext) -> Bool {
        if let fact = runtime.auraSlotDuration, fact.source.contains("SLOT_DURATION") { return false }
        guard let (file, impl, module) = impl(of: "pallet_aura::Config"), let close = file.closingBraceLine(of: impl),
            let slot = reference(to: ConstantKey.slotDuration, from: file, module: module)
        else {
            context.manual(
                "aura-slot-duration", subject,
                "set `type SlotDuration = ConstU64<SLOT_DURATION>;` in `impl pallet_aura::Config`",
                reason: "no `impl pallet_aura::Config for Runtime` or `SLOT_DURATION` constant found",
                file: runtime.auraSlotDuration?.file, line: runtime.auraSlotDuration?.line)
            return false
        }
        let line = file.innerIndentation(of: impl) + "type SlotDuration = \(Self.constU64(in: file))<\(slot)>;"
        var edit = TextEdit.insert([line], before: close, in: file.path)
        if let existing = impl.impl?.associatedType(named: "SlotDuration") {
            guard file.ownsItsLines(existing), existing.attributes(named: "cfg").isEmpty else {
                context.manual(
                    "aura-slot-duration", subject, "set `type SlotDuration = ConstU64<SLOT_DURATION>;`",
                    reason: "the item is conditional or shares its line", file: file.path, line: existing.location.line)
                return false
            }
            let range = file.lines(of: existing)
            edit = TextEdit(file: file.path, start: range.lowerBound, end: range.upperBound + 1, lines: [line])
        }
        return context.record(
            FixOutcome(
                item: "aura-slot-duration", subject: subject, edits: [edit],
                change: "set `type SlotDuration = ConstU64<\(slot)>;` in `impl pallet_aura::Config`"))
    }

    /// `AuraApi::slot_duration` returns `SlotDuration::from_millis(SLOT_DURATION)`.
    mutating func auraAPISlotDuration(_ context: inout FixContext) {
        if let fact = runtime.auraApiSlotDuration, fact.source.contains("SLOT_DURATION") { return }
        guard let (file, impl, module) = impl(of: "AuraApi"),
            let function = impl.impl?.function(named: "slot_duration"), let body = file.bodyLines(of: function),
            body.close > body.open + 0, let slot = reference(to: ConstantKey.slotDuration, from: file, module: module)
        else {
            context.manual(
                "aura-api-slot-duration", subject,
                "return `sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)` from `AuraApi::slot_duration`",
                reason: "the function body is not on lines of its own", file: runtime.auraApiSlotDuration?.file,
                line: runtime.auraApiSlotDuration?.line)
            return
        }
        let indent = file.document.indentation(of: function.location.line) + file.document.indentUnit
        let edit = TextEdit(
            file: file.path, start: body.open + 1, end: body.close,
            lines: [indent + "sp_consensus_aura::SlotDuration::from_millis(\(slot))"])
        context.record(
            FixOutcome(
                item: "aura-api-slot-duration", subject: subject, edits: [edit],
                change: "return `sp_consensus_aura::SlotDuration::from_millis(\(slot))` from `AuraApi::slot_duration`"))
    }

    /// A real `AuraUnincludedSegmentApi` inside `impl_runtime_apis!`, delegating to the consensus hook.
    mutating func unincludedSegmentAPI(_ context: inout FixContext, hook: (file: String, module: [String])?) {
        let api = runtime.unincludedSegmentApi
        if api.present && !api.stub { return }
        guard let hook else {
            context.manual(
                "unincluded-segment-api", subject,
                "implement `cumulus_primitives_aura::AuraUnincludedSegmentApi` delegating to `ConsensusHook::can_build_upon`",
                reason: "no `ConsensusHook` type alias to delegate to", file: api.file, line: api.line)
            return
        }
        if api.present, let (file, impl, module) = impl(of: "AuraUnincludedSegmentApi"),
            let function = impl.impl?.function(named: "can_build_upon"), file.ownsItsLines(function)
        {
            let range = file.lines(of: function)
            let indent = file.document.indentation(of: function.location.line)
            let lines = Self.canBuildUpon(
                indent: indent, unit: file.document.indentUnit, file: file, module: module, hook: hook)
            context.record(
                FixOutcome(
                    item: "unincluded-segment-api", subject: subject,
                    edits: [
                        TextEdit(file: file.path, start: range.lowerBound, end: range.upperBound + 1, lines: lines)
                    ],
                    change: "replace the stub `can_build_upon` with one that asks the consensus hook"))
            return
        }
        guard !api.present, let (file, aura, module) = impl(of: "AuraApi"), file.ownsItsLines(aura) else {
            context.manual(
                "unincluded-segment-api", subject,
                "implement `cumulus_primitives_aura::AuraUnincludedSegmentApi` in `impl_runtime_apis!`",
                reason: "no `AuraApi` implementation inside `impl_runtime_apis!` to place it beside", file: api.file,
                line: api.line)
            return
        }
        let indent = file.document.indentation(of: file.lines(of: aura).lowerBound)
        let unit = file.document.indentUnit
        let lines =
            ["", indent + "impl cumulus_primitives_aura::AuraUnincludedSegmentApi<Block> for Runtime {"]
            + Self.canBuildUpon(indent: indent + unit, unit: unit, file: file, module: module, hook: hook) + [
                indent + "}"
            ]
        context.record(
            FixOutcome(
                item: "unincluded-segment-api", subject: subject,
                edits: [.insert(lines, before: file.lines(of: aura).upperBound + 1, in: file.path)],
                change:
                    "implement `AuraUnincludedSegmentApi::can_build_upon` delegating to `ConsensusHook::can_build_upon`"
            ))
    }

    static func canBuildUpon(
        indent: String, unit: String, file: RustFile, module: [String], hook: (file: String, module: [String])
    )
        -> [String]
    {
        let hash = file.mentions("BlockT") ? "<Block as BlockT>::Hash" : "<Block as sp_runtime::traits::Block>::Hash"
        let name =
            hook.file == file.path && hook.module == module || file.mentions("ConsensusHook") && hook.module == module
            ? "ConsensusHook" : (["crate"] + hook.module + ["ConsensusHook"]).joined(separator: "::")
        return [
            indent + "fn can_build_upon(",
            indent + unit + "included_hash: \(hash),",
            indent + unit + "slot: cumulus_primitives_aura::Slot,",
            indent + ") -> bool {",
            indent + unit + "\(name)::can_build_upon(included_hash, slot)",
            indent + "}",
        ]
    }

    // MARK: CheckInherents

    /// Drops `CheckInherents = …,` from `register_validate_block!` and the now unused type and impl.
    mutating func checkInherents(_ context: inout FixContext) {
        guard let fact = runtime.checkInherents, fact.value else { return }
        guard let file = files.first(where: { $0.path == fact.file }) else { return }
        let line = file.document.line(fact.line).trimmed(" \t")
        guard line.hasPrefix("CheckInherents") && line.hasSuffix(",") && line.components(separatedBy: "=").count == 2
        else {
            context.manual(
                "check-inherents-removed", subject, "remove `CheckInherents` from `register_validate_block!`",
                reason: "the `CheckInherents` pair shares its line with other code", file: fact.file, line: fact.line)
            return
        }
        let typeName = line.components(separatedBy: "=")[1].trimmed(" \t,")
        var edits: [TextEdit] = [.delete(fact.line, fact.line + 1, in: file.path)]
        // The struct and its `CheckInherents` impl are dead once the macro stops naming them.
        for candidate in files {
            for (item, _) in candidate.allItems where candidate.ownsItsLines(item) {
                let isStruct = item.kind == .structItem && item.name == typeName
                let isImpl =
                    item.kind == .impl && item.impl?.implementsTrait("CheckInherents") == true
                    && item.impl?.selfTypeSegments == [typeName]
                guard isStruct || isImpl else { continue }
                var range = candidate.lines(of: item)
                if candidate.document.line(range.upperBound + 1).trimmed(" \t").isEmpty {
                    range = range.lowerBound...(range.upperBound + 1)
                }
                edits.append(.delete(range.lowerBound, range.upperBound + 1, in: candidate.path))
            }
        }
        context.record(
            FixOutcome(
                item: "check-inherents-removed", subject: subject, edits: edits,
                change:
                    "remove `CheckInherents = \(typeName),` from `register_validate_block!` and the unused `\(typeName)` type",
                file: fact.file, line: fact.line))
    }
}

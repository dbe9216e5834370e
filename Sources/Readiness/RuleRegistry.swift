/// Every rule ParaReady runs, registered under its checklist item's id.
public enum RuleRegistry {
    /// All rules, in no particular order (the checklist decides the order of findings).
    public static let all: [any Rule] =
        PrerequisiteRules.all + RuntimePreparationRules.all + NodeRules.all + ActivationRules.all + ConsistencyRules.all

    /// Rules by id; duplicates are a programming error caught by the registry test.
    public static let byID: [String: any Rule] = Dictionary(
        all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
}

extension Located {
    /// Where the value was read, for findings.
    var evidence: Evidence { Evidence(file: file, line: line, column: column) }
}

extension SourceFact {
    var evidence: Evidence { Evidence(file: file, line: line) }
}

extension ConfigImplFact {
    /// Where the impl block starts.
    public var evidence: Evidence { Evidence(file: file, line: line) }
}

extension RuntimeFacts {
    /// Evidence for a canonical constant, if it was found.
    func evidence(_ key: String) -> Evidence? { constants[key]?.evidence }

    /// `NAME (spelled X) at file:line`-style name of a constant for messages.
    func spelling(_ key: String) -> String { constants[key]?.symbol ?? key }

    /// Where the runtime crate's root source is, for findings about things that are missing entirely.
    var rootEvidence: Evidence { Evidence(file: path.isEmpty ? "src/lib.rs" : "\(path)/src/lib.rs", line: 1) }

    /// Where something missing belongs: the first known neighbour it should be written next to (a line of the
    /// same config impl, constant group or manifest), else the crate's root source.
    func anchor(_ neighbours: Evidence?...) -> Evidence { neighbours.lazy.compactMap { $0 }.first ?? rootEvidence }

    /// The block-time constants' neighbourhood, for constants that should be defined beside them.
    var timeConstantsAnchor: Evidence {
        anchor(
            evidence(ConstantKey.blockTime), evidence(ConstantKey.slotDuration), evidence(ConstantKey.velocity),
            evidence(ConstantKey.relaySlotDuration))
    }

    /// A line inside `impl cumulus_pallet_parachain_system::Config for Runtime`, when one is known.
    var parachainSystemConfigAnchor: Evidence? {
        checkAssociatedRelayNumber?.evidence
            ?? consensusHook.flatMap { hook in hook.file.map { Evidence(file: $0, line: hook.line ?? 1) } }
    }

    /// A line inside `impl pallet_aura::Config for Runtime` (else the line that opens it), when one is known.
    var auraConfigAnchor: Evidence? {
        allowMultipleBlocksPerSlot?.evidence ?? auraSlotDuration.flatMap { $0.line > 0 ? $0.evidence : nil }
            ?? auraConfig?.evidence
    }

    /// True when `impl pallet_aura::Config for Runtime` was read and does not write `type <name>`.
    func auraConfigLacks(_ name: String) -> Bool {
        auraConfig.map { !$0.associatedTypes.contains(name) } ?? false
    }

    /// The manifest line of the parachain-system dependency, beside which other SDK dependencies go.
    var manifestAnchor: Evidence? { parachainSystemDependency.map { Evidence(file: $0.file, line: $0.line ?? 1) } }
}

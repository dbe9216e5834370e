/// Combinations that compile but panic, or that pay for the upgrade without getting its benefit.
enum ConsistencyRules {
    static let all: [any Rule] = [
        capacityNeedsMultipleBlocks, minimumPeriodWithMultipleBlocks, strictRelayNumberWithLookahead,
        slotDurationAgreement,
        fastBlocksNeedCapacity, elasticPrerequisites, weightVersusAuthoring, checkInherentsRejected,
        blockNumberTimeConstants,
    ]

    static func nodes(of runtime: RuntimeFacts, _ context: RuleContext) -> [NodeFacts] {
        StageModel.nodes(for: runtime, in: context.facts.nodes)
    }

    static let capacityNeedsMultipleBlocks = RuntimeRule("capacity-requires-multiple-blocks") { runtime, context in
        guard let capacity = runtime.constants[ConstantKey.capacity], capacity.value > 1 else {
            return [context.finding(.pass, runtime.subject, "capacity is at most 1; nothing to reconcile")]
        }
        guard let allow = runtime.allowMultipleBlocksPerSlot else {
            if runtime.auraConfigLacks("AllowMultipleBlocksPerSlot"), let config = runtime.auraConfig {
                return [
                    context.finding(
                        .fail, runtime.subject,
                        "capacity \(capacity.value) but AllowMultipleBlocksPerSlot is not set in impl pallet_aura::Config: pallet_aura panics with \"Slot must increase\" once two blocks share a slot",
                        at: Evidence(file: config.file, line: config.line), expected: "ConstBool<true>",
                        actual: "not set",
                        change:
                            "add `type AllowMultipleBlocksPerSlot = ConstBool<true>;` to `impl pallet_aura::Config for Runtime` in the same runtime upgrade"
                    )
                ]
            }
            return [
                context.finding(
                    .unknown, runtime.subject,
                    "capacity \(capacity.value) but AllowMultipleBlocksPerSlot was not found",
                    at: capacity.evidence)
            ]
        }
        if allow.value {
            return [
                context.finding(
                    .pass, runtime.subject, "capacity \(capacity.value) with multiple blocks per slot",
                    at: allow.evidence)
            ]
        }
        return [
            context.finding(
                .fail, runtime.subject,
                "capacity \(capacity.value) with AllowMultipleBlocksPerSlot false: pallet_aura panics with \"Slot must increase\" once two blocks share a slot",
                at: allow.evidence, expected: "ConstBool<true>", actual: "ConstBool<false>",
                change: "set `type AllowMultipleBlocksPerSlot = ConstBool<true>;` in the same runtime upgrade")
        ]
    }

    static let minimumPeriodWithMultipleBlocks = RuntimeRule("minimum-period-with-multiple-blocks") {
        runtime, context in
        guard let allow = runtime.allowMultipleBlocksPerSlot, allow.value else {
            return [
                context.finding(
                    .pass, runtime.subject, "multiple blocks per slot is off; MinimumPeriod cannot conflict")
            ]
        }
        guard let period = runtime.minimumPeriodMs else {
            return [
                context.finding(.unknown, runtime.subject, "MinimumPeriod could not be evaluated", at: allow.evidence)
            ]
        }
        if period.value == 0 {
            return [
                context.finding(
                    .pass, runtime.subject, "MinimumPeriod 0 with multiple blocks per slot", at: period.evidence)
            ]
        }
        return [
            context.finding(
                .fail, runtime.subject,
                "MinimumPeriod \(period.value) ms with multiple blocks per slot: blocks in one slot violate the timestamp minimum and panic",
                at: period.evidence, expected: "ConstU64<0>", actual: "\(period.value)",
                change: "set `type MinimumPeriod = ConstU64<0>;`")
        ]
    }

    static let strictRelayNumberWithLookahead = RuntimeRule("strict-relay-number-with-lookahead") { runtime, context in
        guard let check = runtime.checkAssociatedRelayNumber, check.value == "strict" else {
            return [context.finding(.pass, runtime.subject, "relay number check is not strict")]
        }
        let serving = nodes(of: runtime, context)
        let builders = serving.filter { $0.collator.map(StageModel.asyncCollators.contains) ?? false }
        // Without a node, a capacity above 1 says the runtime is meant to be built ahead of inclusion.
        let buildsAhead = !builders.isEmpty || (serving.isEmpty && (runtime.constant(ConstantKey.capacity) ?? 1) > 1)
        if serving.isEmpty && !buildsAhead {
            return [
                context.finding(
                    .notApplicable, runtime.subject,
                    "strict relay number check, but no node crate in this repository runs \(runtime.crate), so its collator is unknown",
                    at: check.evidence)
            ]
        }
        guard buildsAhead else {
            return [
                context.finding(
                    .pass, runtime.subject, "strict relay number check with a collator that does not build ahead",
                    at: check.evidence)
            ]
        }
        let who =
            builders.first.map { "the \($0.collator!) collator in \($0.displayName)" }
            ?? "collators building ahead (capacity > 1)"
        return [
            context.finding(
                .fail, runtime.subject,
                "RelayNumberStrictlyIncreases with \(who): blocks sharing a relay parent panic (\"Relay chain block number needs to strictly increase\")",
                at: check.evidence, expected: "RelayNumberMonotonicallyIncreases",
                actual: "RelayNumberStrictlyIncreases",
                change:
                    "set `type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;` before the collators switch"
            )
        ]
    }

    static let slotDurationAgreement = RuntimeRule("slot-duration-agreement") { runtime, context in
        var sources: [(String, Int, Evidence?)] = []
        if let slot = runtime.constants[ConstantKey.slotDuration] {
            sources.append(("SLOT_DURATION", slot.value, slot.evidence))
        }
        if let aura = runtime.auraSlotDuration, let ms = aura.valueMs {
            sources.append(("pallet_aura::SlotDuration", ms, aura.evidence))
        }
        if let api = runtime.auraApiSlotDuration, let ms = api.valueMs {
            sources.append(("AuraApi::slot_duration", ms, api.evidence))
        }
        guard let first = sources.first else {
            return [
                context.finding(
                    .unknown, runtime.subject, "no slot duration could be evaluated", at: runtime.rootEvidence)
            ]
        }
        // One value agrees with nothing: a pass would say the slots agree while pallet_aura's or AuraApi's slot
        // was never read (Integritee, whose MinimumPeriodTimesTwo was not evaluated). The checklist makes the item
        // not applicable when fewer than two values are known.
        if sources.count == 1 {
            let unread = ["SLOT_DURATION", "pallet_aura::SlotDuration", "AuraApi::slot_duration"].filter { name in
                !sources.contains { $0.0 == name }
            }
            return [
                context.finding(
                    .notApplicable, runtime.subject,
                    "only \(first.0) (\(first.1) ms) has a value (\(unread.joined(separator: " and ")) not defined or not evaluated): nothing to compare it with",
                    at: first.2)
            ]
        }
        if let other = sources.first(where: { $0.1 != first.1 }) {
            return [
                context.finding(
                    .fail, runtime.subject,
                    "\(first.0) is \(first.1) ms but \(other.0) is \(other.1) ms; the consensus hook panics with a slot mismatch",
                    at: other.2, expected: "\(first.1)", actual: "\(other.1)",
                    change: "derive every slot duration from SLOT_DURATION")
            ]
        }
        if let relay = runtime.constant(ConstantKey.relaySlotDuration), first.1 < relay {
            return [
                context.finding(
                    .fail, runtime.subject,
                    "the parachain slot (\(first.1) ms) is shorter than the relay slot (\(relay) ms): \"Parachain slot is too far in the future\"",
                    at: first.2, expected: "at least \(relay)", actual: "\(first.1)",
                    change: "keep SLOT_DURATION at 6000 ms or more; raise velocity for faster blocks instead")
            ]
        }
        let names = sources.map(\.0).joined(separator: ", ")
        return [context.finding(.pass, runtime.subject, "\(names) agree on \(first.1) ms", at: first.2)]
    }

    static let fastBlocksNeedCapacity = RuntimeRule("fast-blocks-need-capacity") { runtime, context in
        guard let blockTime = runtime.constants[ConstantKey.blockTime], blockTime.value <= 6000 else {
            return [
                context.finding(.pass, runtime.subject, "block time is not below 12 s; capacity cannot hold it back")
            ]
        }
        let capacity = runtime.constant(ConstantKey.capacity) ?? 1
        if capacity >= 2 {
            return [
                context.finding(
                    .pass, runtime.subject, "\(blockTime.value) ms blocks with capacity \(capacity)",
                    at: blockTime.evidence)
            ]
        }
        return [
            context.finding(
                .fail, runtime.subject,
                "\(blockTime.value) ms blocks with capacity \(capacity): the single segment slot stays taken until inclusion, so blocks still come every 12 s",
                at: blockTime.evidence, expected: "capacity ≥ 2 (3 recommended)", actual: "capacity \(capacity)",
                change: "set \(runtime.spelling(ConstantKey.capacity)) to 3 in the same upgrade")
        ]
    }

    static let elasticPrerequisites = RuntimeRule("elastic-scaling-prerequisites") { runtime, context in
        guard let velocity = runtime.constants[ConstantKey.velocity], velocity.value > 1 else {
            return [
                context.finding(
                    .pass, runtime.subject, "velocity is at most 1; elastic scaling is not in use",
                    at: runtime.constants[ConstantKey.velocity]?.evidence)
            ]
        }
        var problems: [Finding] = []
        let offset = runtime.relayParentOffset?.value ?? runtime.constant(ConstantKey.relayParentOffset) ?? 0
        let needed = (2 + offset) * velocity.value + 1
        if let capacity = runtime.constants[ConstantKey.capacity], capacity.value < needed {
            problems.append(
                context.finding(
                    .fail, runtime.subject,
                    "capacity \(capacity.value) is below (2 + offset \(offset)) × velocity \(velocity.value) + 1 = \(needed)",
                    at: capacity.evidence, expected: "≥ \(needed)", actual: "\(capacity.value)",
                    change: "set capacity to `(2 + RELAY_PARENT_OFFSET) * BLOCK_PROCESSING_VELOCITY + 1`"))
        }
        if runtime.relayParentOffset == nil {
            problems.append(
                context.finding(
                    .warn, runtime.subject,
                    "no RelayParentOffset is configured; elastic scaling guidance uses offset 1",
                    at: velocity.evidence, expected: "type RelayParentOffset = ConstU32<1>",
                    change: "add `type RelayParentOffset = ConstU32<RELAY_PARENT_OFFSET>;` to parachain-system's config"
                ))
        }
        let features = runtime.parachainSystemDependency?.features ?? []
        if !features.contains("experimental-ump-signals") {
            problems.append(
                context.finding(
                    .warn, runtime.subject, "cumulus-pallet-parachain-system is built without experimental-ump-signals",
                    at: runtime.parachainSystemDependency.map { Evidence(file: $0.file, line: $0.line ?? 1) },
                    expected: "features = [\"experimental-ump-signals\"]",
                    change: "add \"experimental-ump-signals\" to cumulus-pallet-parachain-system's features"))
        }
        let slotBased = nodes(of: runtime, context).allSatisfy { $0.effectiveCollator == "slot-based" }
        if !slotBased {
            problems.append(
                context.finding(
                    .fail, runtime.subject, "velocity \(velocity.value) needs the slot-based collator",
                    at: velocity.evidence, expected: "slot-based collator (--authoring slot-based)",
                    change:
                        "start `cumulus_client_consensus_aura::collators::slot_based` in the node (or run polkadot-omni-node with `--authoring slot-based`)"
                ))
        }
        if ReleaseOrder.atLeast(context.facts.sdk.release, "polkadot-stable2509") == false {
            problems.append(
                context.finding(
                    .fail, runtime.subject,
                    "elastic scaling guidance requires polkadot-stable2509 or later; this repository uses \(context.facts.sdk.release!)",
                    at: context.facts.sdk.evidence, expected: "polkadot-stable2509",
                    change: "upgrade the polkadot-sdk dependencies to polkadot-stable2509 or later"))
        }
        guard let first = problems.first else {
            return [
                context.finding(
                    .pass, runtime.subject, "velocity \(velocity.value) with its prerequisites in place",
                    at: velocity.evidence)
            ]
        }
        // One finding lists every missing prerequisite, located at the first.
        var combined = context.finding(
            problems.contains { $0.status == .fail } ? .fail : .warn, runtime.subject,
            "velocity \(velocity.value) lacks elastic-scaling prerequisites: "
                + problems.map(\.message).joined(separator: "; "),
            at: first.file.map { Evidence(file: $0, line: first.line ?? 1, column: first.column) },
            expected: problems.compactMap(\.expected).joined(separator: "; "),
            change: problems.compactMap(\.change).joined(separator: "; "))
        combined.actual = problems.compactMap(\.actual).joined(separator: "; ")
        return [combined]
    }

    static let weightVersusAuthoring = RuntimeRule("weight-vs-authoring-duration") { runtime, context in
        guard let weight = runtime.maxBlockWeightRefTimeMs, weight.value >= 2000 else {
            return [
                context.finding(
                    .pass, runtime.subject, "block weight is below 2 s; any authoring duration can fill it",
                    at: runtime.maxBlockWeightRefTimeMs?.evidence)
            ]
        }
        let serving = nodes(of: runtime, context).filter { $0.collator != "omni-node" }
        guard !serving.isEmpty else {
            let why =
                context.facts.nodes.isEmpty || nodes(of: runtime, context).isEmpty
                ? "no node crate in this repository runs \(runtime.crate)"
                : "the authoring duration is set inside the polkadot-omni-node binary"
            return [
                context.finding(
                    .notApplicable, runtime.subject,
                    "\(weight.value) ms block weight, but \(why), so the authoring duration to compare with is unknown",
                    at: weight.evidence)
            ]
        }
        let short = serving.filter { ($0.authoringDurationMs?.value ?? 2000) < 2000 }
        if let node = short.first, let duration = node.authoringDurationMs {
            let derived = node.authoringDurationSlotProportion
            let origin = derived.map { " (\(NodeRules.proportionOrigin($0)))" } ?? ""
            return [
                context.finding(
                    .warn, runtime.subject,
                    "blocks may weigh \(weight.value) ms but \(node.displayName) stops authoring after \(duration.value) ms\(origin), so they can never be filled",
                    at: duration.evidence, expected: "2000", actual: "\(duration.value)",
                    change: derived == nil
                        ? "set `authoring_duration: Duration::from_millis(2000)` in \(duration.file)"
                        : "switch \(duration.file) to the lookahead collator with `authoring_duration: Duration::from_millis(2000)`"
                )
            ]
        }
        if let node = serving.first(where: { $0.authoringDurationMs == nil }) {
            return [
                context.finding(
                    .unknown, runtime.subject,
                    "\(weight.value) ms block weight, but no authoring_duration was found in \(node.displayName)",
                    at: weight.evidence, expected: "authoring_duration of 2000 ms")
            ]
        }
        return [
            context.finding(
                .pass, runtime.subject, "2 s blocks with an authoring duration that can fill them",
                at: weight.evidence)
        ]
    }

    static let checkInherentsRejected = RuntimeRule("check-inherents-rejected") { runtime, context in
        guard let check = runtime.checkInherents, check.value else {
            return [context.finding(.pass, runtime.subject, "no CheckInherents in register_validate_block!")]
        }
        switch ReleaseOrder.atLeast(context.facts.sdk.release, "polkadot-stable2512") {
        case true?:
            return [
                context.finding(
                    .fail, runtime.subject,
                    "\(context.facts.sdk.release!) rejects CheckInherents in register_validate_block! (\"CheckInherents is not supported anymore!\")",
                    at: check.evidence, expected: "no CheckInherents", change: "remove the CheckInherents line")
            ]
        case false?:
            return [
                context.finding(
                    .pass, runtime.subject,
                    "CheckInherents is deprecated but still accepted by \(context.facts.sdk.release!)",
                    at: check.evidence)
            ]
        case nil:
            return [
                context.finding(
                    .unknown, runtime.subject,
                    "CheckInherents is present and the SDK release is unknown; stable2512 rejects it",
                    at: check.evidence)
            ]
        }
    }

    static let blockNumberTimeConstants = RuntimeRule("block-number-time-constants") { runtime, context in
        let constants = runtime.blockNumberTimeConstants
        guard let first = constants.first else {
            return [context.finding(.notApplicable, runtime.subject, "no time constants counted in blocks")]
        }
        let names = constants.map { "\($0.name) \($0.blocks.map(String.init) ?? "?")" }.joined(separator: ", ")
        let velocity = max(runtime.constant(ConstantKey.velocity) ?? 1, 1)
        let target = 6000 / velocity
        guard let blockTime = runtime.constant(ConstantKey.blockTime) else {
            return [
                context.finding(
                    .unknown, runtime.subject,
                    "time constants in blocks (\(names)), but the block time they derive from was not found",
                    at: Evidence(file: first.file, line: first.line))
            ]
        }
        // Counts that do not hold the period at this block time count blocks of another length (InvArch's
        // `MINUTES` from a 12 s constant beside 6 s blocks): their periods already differ from their names.
        if let stray = constants.first(where: { !$0.follows(blockTime: blockTime) }),
            let counted = stray.countedBlockMs, let period = stray.periodMs
        {
            let effect =
                counted > blockTime
                ? (counted % blockTime == 0 ? "\(counted / blockTime)× shorter" : "shorter")
                : (blockTime % counted == 0 ? "\(blockTime / counted)× longer" : "longer")
            return [
                context.finding(
                    .warn, runtime.subject,
                    "time constants in blocks (\(names)) count \(counted) ms blocks, but the block time is \(blockTime) ms: every period built from them is already \(effect) in wall time than its name says",
                    at: Evidence(file: stray.file, line: stray.line),
                    expected: "\(stray.name) \(period / blockTime) (\(blockTime) ms blocks)",
                    actual: "\(stray.name) \(stray.blocks.map(String.init) ?? "?") (\(counted) ms blocks)",
                    change:
                        "derive \(constants.map(\.name).joined(separator: "/")) from the block time (`60_000 / (MILLISECS_PER_BLOCK as BlockNumber)` for MINUTES), after deciding for each pallet parameter built from them (session period, vesting, governance periods) whether it should keep its current wall-clock length"
                )
            ]
        }
        if blockTime == target {
            return [
                context.finding(
                    .pass, runtime.subject,
                    "time constants in blocks (\(names)) already follow the \(blockTime) ms target block time",
                    at: Evidence(file: first.file, line: first.line))
            ]
        }
        let effect =
            blockTime > target && blockTime % target == 0
            ? "\(blockTime / target)× shorter"
            : blockTime > target ? "shorter" : "longer"
        return [
            context.finding(
                .warn, runtime.subject,
                "time constants in blocks (\(names)) derive from a \(blockTime) ms block time; at the \(target) ms target every period built from them becomes \(effect) in wall time",
                at: Evidence(file: first.file, line: first.line), expected: "periods that keep their wall-clock length",
                actual: "counted in \(blockTime) ms blocks",
                change:
                    "when the block time changes, review every pallet parameter built from \(constants.map(\.name).joined(separator: "/")) (session period, vesting, governance periods) and decide whether it should keep its wall-clock length"
            )
        ]
    }
}

extension BlockTimeConstant {
    /// The wall-clock period the name stands for, in milliseconds; nil for an unknown name.
    var periodMs: Int? {
        switch name {
        case "MINUTES", "BLOCKS_PER_MINUTE": 60_000
        case "HOURS", "BLOCKS_PER_HOUR": 3_600_000
        case "DAYS", "BLOCKS_PER_DAY": 86_400_000
        default: nil
        }
    }

    /// The block length the count stands for (the period divided by the count); nil when either is unknown.
    var countedBlockMs: Int? {
        guard let periodMs, let blocks, blocks > 0 else { return nil }
        return periodMs / blocks
    }

    /// Whether the count holds the period at `blockTime`, within 10 %: `HOURS = MINUTES * 60` carries the
    /// rounding of `MINUTES` at block times that do not divide a minute. True when the count is unknown.
    func follows(blockTime: Int) -> Bool {
        guard let periodMs, let blocks, blockTime > 0 else { return true }
        return abs(blocks * blockTime - periodMs) * 10 <= periodMs
    }
}

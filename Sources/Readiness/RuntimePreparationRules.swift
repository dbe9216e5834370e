/// Phase 1: the runtime learns about the unincluded segment, still producing 12 s blocks.
enum RuntimePreparationRules {
    static let all: [any Rule] = [
        relaySlot, velocityAndCapacity, consensusHook, relayNumber, auraSlotDuration, auraAPISlotDuration,
        unincludedSegmentAPI, primitivesAura, checkInherentsRemoved, consensusHookFeature,
    ]

    static let relaySlot = RuntimeRule("relay-slot-duration-constant") { runtime, context in
        let key = ConstantKey.relaySlotDuration
        guard let value = runtime.constants[key] else {
            return [
                context.finding(
                    .fail, runtime.subject, "\(key) is not defined in \(runtime.crate)",
                    at: runtime.timeConstantsAnchor, expected: "6000",
                    change: "add `pub const \(key): u32 = 6000;` next to the runtime's other block-time constants")
            ]
        }
        guard value.value == 6000 else {
            return [
                context.finding(
                    .fail, runtime.subject,
                    "\(runtime.spelling(key)) is \(value.value); the relay chain slot is 6000 ms",
                    at: value.evidence, expected: "6000", actual: "\(value.value)",
                    change: "set \(runtime.spelling(key)) to 6000")
            ]
        }
        return [
            context.finding(
                .pass, runtime.subject, "\(runtime.spelling(key)) = 6000", at: value.evidence, actual: "6000")
        ]
    }

    static let velocityAndCapacity = RuntimeRule("velocity-and-capacity-constants") { runtime, context in
        let missing = [ConstantKey.velocity, ConstantKey.capacity].filter { runtime.constants[$0] == nil }
        if missing.isEmpty {
            let velocity = runtime.constants[ConstantKey.velocity]!
            let capacity = runtime.constants[ConstantKey.capacity]!
            return [
                context.finding(
                    .pass, runtime.subject, "velocity \(velocity.value), capacity \(capacity.value)",
                    at: capacity.evidence, actual: "velocity \(velocity.value), capacity \(capacity.value)")
            ]
        }
        let declarations = missing.map { "`pub const \($0): u32 = 1;`" }.joined(separator: " and ")
        return [
            context.finding(
                .fail, runtime.subject, "\(missing.joined(separator: " and ")) not defined in \(runtime.crate)",
                at: runtime.timeConstantsAnchor, expected: "both defined (1 and 1 in phase 1)",
                change: "add \(declarations) to the runtime's constants")
        ]
    }

    static let consensusHook = RuntimeRule("consensus-hook") { runtime, context in
        let hook = runtime.consensusHook
        let evidence =
            hook.flatMap { h in h.file.map { Evidence(file: $0, line: h.line ?? 1) } }
            ?? runtime.anchor(runtime.parachainSystemConfigAnchor)
        let change =
            "define `type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<Runtime, RELAY_CHAIN_SLOT_DURATION_MILLIS, BLOCK_PROCESSING_VELOCITY, UNINCLUDED_SEGMENT_CAPACITY>;` and set `type ConsensusHook = ConsensusHook;` in `impl cumulus_pallet_parachain_system::Config for Runtime`"
        switch hook?.kind {
        case "fixed-velocity":
            return [
                context.finding(
                    .pass, runtime.subject, "parachain-system uses FixedVelocityConsensusHook", at: evidence,
                    actual: hook?.source)
            ]
        case "other":
            return [
                context.finding(
                    .warn, runtime.subject,
                    "parachain-system uses a custom consensus hook (\(hook?.source ?? "?")); make sure it enforces velocity and capacity",
                    at: evidence, expected: "FixedVelocityConsensusHook", actual: hook?.source,
                    change: "check that the custom hook wraps FixedVelocityConsensusHook, or use it directly: \(change)"
                )
            ]
        case let kind?:
            return [
                context.finding(
                    .fail, runtime.subject,
                    "parachain-system uses \(hook?.source ?? kind), which keeps synchronous backing",
                    at: evidence, expected: "FixedVelocityConsensusHook", actual: hook?.source ?? kind, change: change)
            ]
        case nil:
            return [
                context.finding(
                    .fail, runtime.subject, "no ConsensusHook is configured for parachain-system",
                    at: evidence, expected: "FixedVelocityConsensusHook", change: change)
            ]
        }
    }

    static let relayNumber = RuntimeRule("relay-number-monotonic") { runtime, context in
        guard let check = runtime.checkAssociatedRelayNumber else {
            return [
                context.finding(
                    .unknown, runtime.subject, "CheckAssociatedRelayNumber was not found in parachain-system's config",
                    at: runtime.rootEvidence, expected: "RelayNumberMonotonicallyIncreases")
            ]
        }
        switch (check.value, check.symbol) {
        case ("monotonic", let wrapper?):
            return [
                context.finding(
                    .pass, runtime.subject, "\(wrapper) hands the check to RelayNumberMonotonicallyIncreases",
                    at: check.evidence)
            ]
        case ("monotonic", nil):
            return [context.finding(.pass, runtime.subject, "RelayNumberMonotonicallyIncreases", at: check.evidence)]
        case ("strict", let wrapper?):
            return [
                context.finding(
                    .fail, runtime.subject,
                    "\(wrapper) hands the check to RelayNumberStrictlyIncreases, which panics when two parachain blocks share a relay parent",
                    at: check.evidence, expected: "RelayNumberMonotonicallyIncreases",
                    actual: "\(wrapper)<…, RelayNumberStrictlyIncreases>",
                    change:
                        "give \(wrapper) `RelayNumberMonotonicallyIncreases` instead of `RelayNumberStrictlyIncreases`")
            ]
        case ("strict", nil):
            return [
                context.finding(
                    .fail, runtime.subject,
                    "RelayNumberStrictlyIncreases panics when two parachain blocks share a relay parent",
                    at: check.evidence, expected: "RelayNumberMonotonicallyIncreases",
                    actual: "RelayNumberStrictlyIncreases",
                    change: "set `type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;`")
            ]
        case ("any", let wrapper):
            // `AnyRelayNumber` accepts every relay parent, the same one twice included: nothing panics.
            let name = wrapper.map { "\($0) hands the check to AnyRelayNumber, which" } ?? "AnyRelayNumber"
            return [
                context.finding(
                    .pass, runtime.subject,
                    "\(name) accepts any relay parent, an unchanged one included (RelayNumberMonotonicallyIncreases would also refuse one that goes backwards)",
                    at: check.evidence)
            ]
        default:
            return [
                context.finding(
                    .warn, runtime.subject,
                    "CheckAssociatedRelayNumber is the custom checker \(check.symbol ?? check.value), whose rule ParaReady cannot read; with async backing it must accept consecutive blocks on the same relay parent",
                    at: check.evidence,
                    expected: "RelayNumberMonotonicallyIncreases (or a checker that behaves like it)",
                    actual: check.symbol ?? check.value,
                    change:
                        "make sure \(check.symbol ?? check.value) allows an unchanged relay parent number (delegate to `RelayNumberMonotonicallyIncreases`), or set `type CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;`"
                )
            ]
        }
    }

    static let auraSlotDuration = RuntimeRule("aura-slot-duration") { runtime, context in
        guard let fact = runtime.auraSlotDuration else {
            if runtime.auraConfigLacks("SlotDuration") {
                return [
                    context.finding(
                        .fail, runtime.subject,
                        "SlotDuration is not set in impl pallet_aura::Config; the pallet then derives it from MinimumPeriod, which becomes 0 in phase 3",
                        at: runtime.anchor(runtime.auraConfigAnchor), expected: "ConstU64<SLOT_DURATION>",
                        actual: "not set",
                        change: withSlotDurationDefined(
                            "add `type SlotDuration = ConstU64<SLOT_DURATION>;` to `impl pallet_aura::Config for Runtime`",
                            runtime)
                    )
                ]
            }
            return [
                context.finding(
                    .fail, runtime.subject,
                    "pallet_aura::Config has no SlotDuration; the pallet then derives it from MinimumPeriod, which becomes 0 in phase 3",
                    at: runtime.anchor(runtime.auraConfigAnchor), expected: "ConstU64<SLOT_DURATION>",
                    change: withSlotDurationDefined(
                        "add `type SlotDuration = ConstU64<SLOT_DURATION>;` to `impl pallet_aura::Config for Runtime`",
                        runtime))
            ]
        }
        if fact.source.contains("MinimumPeriod") {
            return [
                context.finding(
                    .fail, runtime.subject, "SlotDuration is derived from MinimumPeriod (\(fact.source))",
                    at: fact.evidence, expected: "ConstU64<SLOT_DURATION>", actual: fact.source,
                    change: withSlotDurationDefined("set `type SlotDuration = ConstU64<SLOT_DURATION>;`", runtime))
            ]
        }
        let slot = runtime.constant(ConstantKey.slotDuration)
        if fact.source.contains("SLOT_DURATION") || (slot != nil && fact.valueMs == slot) {
            return [
                context.finding(
                    .pass, runtime.subject, "SlotDuration = \(fact.source)", at: fact.evidence, actual: fact.source)
            ]
        }
        return [
            context.finding(
                .warn, runtime.subject, "SlotDuration is \(fact.source), not SLOT_DURATION",
                at: fact.evidence, expected: "ConstU64<SLOT_DURATION>", actual: fact.source,
                change: withSlotDurationDefined(
                    "set `type SlotDuration = ConstU64<SLOT_DURATION>;` so every slot duration has one source", runtime)
            )
        ]
    }

    static let auraAPISlotDuration = RuntimeRule("aura-api-slot-duration") { runtime, context in
        guard let fact = runtime.auraApiSlotDuration else {
            return [
                context.finding(
                    .fail, runtime.subject, "no AuraApi::slot_duration implementation found in impl_runtime_apis!",
                    at: runtime.rootEvidence, expected: "sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)",
                    change:
                        "implement `sp_consensus_aura::AuraApi<Block, AuraId>` in impl_runtime_apis! with `fn slot_duration()` returning `sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)`"
                )
            ]
        }
        if fact.source.contains("SLOT_DURATION") {
            return [
                context.finding(
                    .pass, runtime.subject, "AuraApi::slot_duration returns \(fact.source)", at: fact.evidence)
            ]
        }
        // A helper (`Runtime::impl_slot_duration()`, the template's docify shape) that evaluates to SLOT_DURATION.
        // A value read from pallet_aura is judged by the pallet's setting below: equal today, it may still be
        // derived from MinimumPeriod.
        if !RuntimePreparationRules.readsPalletAuraSlotDuration(fact.source),
            let slot = runtime.constant(ConstantKey.slotDuration), fact.valueMs == slot
        {
            return [
                context.finding(
                    .pass, runtime.subject,
                    "AuraApi::slot_duration returns \(fact.source), which evaluates to SLOT_DURATION (\(slot) ms)",
                    at: fact.evidence, actual: fact.source)
            ]
        }
        // `Aura::slot_duration()` returns pallet_aura's configured `SlotDuration`: as good as SLOT_DURATION when
        // that setting is SLOT_DURATION itself rather than derived from MinimumPeriod.
        if RuntimePreparationRules.readsPalletAuraSlotDuration(fact.source), let aura = runtime.auraSlotDuration,
            !aura.source.contains("MinimumPeriod"),
            aura.source.contains("SLOT_DURATION")
                || (aura.valueMs != nil && aura.valueMs == runtime.constant(ConstantKey.slotDuration))
        {
            return [
                context.finding(
                    .pass, runtime.subject,
                    "AuraApi::slot_duration returns \(fact.source), which reads pallet_aura's SlotDuration = \(aura.source)",
                    at: fact.evidence, actual: fact.source)
            ]
        }
        return [
            context.finding(
                .fail, runtime.subject,
                "AuraApi::slot_duration returns \(fact.source); the collator needs the parachain slot from SLOT_DURATION",
                at: fact.evidence, expected: "sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)",
                actual: fact.source,
                change: withSlotDurationDefined(
                    "return `sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)` from `fn slot_duration()`",
                    runtime)
            )
        ]
    }

    static let unincludedSegmentAPI = RuntimeRule("unincluded-segment-api") { runtime, context in
        let api = runtime.unincludedSegmentApi
        let evidence = api.file.map { Evidence(file: $0, line: api.line ?? 1) }
        if api.present && !api.stub {
            return [context.finding(.pass, runtime.subject, "AuraUnincludedSegmentApi is implemented", at: evidence)]
        }
        let change =
            "implement `cumulus_primitives_aura::AuraUnincludedSegmentApi<Block>` in impl_runtime_apis!, with `can_build_upon` returning `ConsensusHook::can_build_upon(included_hash, slot)`"
        if api.present {
            return [
                context.finding(
                    .fail, runtime.subject,
                    "AuraUnincludedSegmentApi::can_build_upon is a stub that returns a constant; collators would never build ahead",
                    at: evidence, expected: "ConsensusHook::can_build_upon(included_hash, slot)", actual: "constant",
                    change: change)
            ]
        }
        return [
            context.finding(
                .fail, runtime.subject, "AuraUnincludedSegmentApi is not implemented",
                at: runtime.anchor(runtime.auraApiSlotDuration?.evidence), expected: "implemented", change: change)
        ]
    }

    /// How to add `cumulus-primitives-aura`. `{ workspace = true }` is only right when the root manifest declares
    /// the SDK's crates; a runtime that names its own git sources (as pre-monorepo runtimes on `polkadot-v1.x`
    /// branches do, with no `[workspace.dependencies]` at all) is told to follow its parachain-system line instead.
    static func primitivesAuraChange(_ runtime: RuntimeFacts, sdk: SDKFact) -> String {
        let std = "and `\"cumulus-primitives-aura/std\"` to the `std` feature"
        if let declared = sdk.evidence?.file, declared != "Cargo.toml", sdk.method?.hasPrefix("git") == true,
            let model = runtime.manifestAnchor, model.file == declared
        {
            return
                "add `cumulus-primitives-aura` with the same git source as cumulus-pallet-parachain-system "
                + "(\(model.file):\(model.line)) and default-features = false, \(std)"
        }
        return
            "add `cumulus-primitives-aura = { workspace = true }` (or a version matching your SDK, default-features = false) \(std)"
    }

    static let primitivesAura = RuntimeRule("primitives-aura-dependency") { runtime, context in
        guard let dependency = runtime.primitivesAuraDependency, dependency.present else {
            let manifest =
                runtime.primitivesAuraDependency?.file
                ?? (runtime.path.isEmpty ? "Cargo.toml" : "\(runtime.path)/Cargo.toml")
            return [
                context.finding(
                    .fail, runtime.subject, "the runtime does not depend on cumulus-primitives-aura",
                    at: runtime.manifestAnchor.flatMap { $0.file == manifest ? $0 : nil }
                        ?? Evidence(file: manifest, line: 1),
                    expected: "dependency with default-features = false",
                    change: primitivesAuraChange(runtime, sdk: context.facts.sdk)
                )
            ]
        }
        let evidence = Evidence(file: dependency.file, line: dependency.line ?? 1)
        if dependency.stdFeature == false {
            return [
                context.finding(
                    .fail, runtime.subject, "the runtime's `std` feature does not enable cumulus-primitives-aura/std",
                    at: evidence, expected: "\"cumulus-primitives-aura/std\" in std",
                    change: "add \"cumulus-primitives-aura/std\" to the `std` feature of \(dependency.file)")
            ]
        }
        return [context.finding(.pass, runtime.subject, "cumulus-primitives-aura is a dependency", at: evidence)]
    }

    static let checkInherentsRemoved = RuntimeRule("check-inherents-removed") { runtime, context in
        guard let check = runtime.checkInherents else {
            return [
                context.finding(
                    .unknown, runtime.subject, "register_validate_block! was not found", at: runtime.rootEvidence)
            ]
        }
        if check.value {
            return [
                context.finding(
                    .fail, runtime.subject,
                    "register_validate_block! still passes CheckInherents; the consensus hook replaces it",
                    at: check.evidence, expected: "no CheckInherents", actual: "CheckInherents = …",
                    change: "remove the `CheckInherents = CheckInherents,` line from register_validate_block!")
            ]
        }
        return [
            context.finding(
                .pass, runtime.subject, "register_validate_block! has no CheckInherents", at: check.evidence)
        ]
    }

    static let consensusHookFeature = RuntimeRule("consensus-hook-feature") { runtime, context in
        let release = context.facts.sdk.release
        let dependency = runtime.parachainSystemDependency
        let enabled = dependency?.features?.contains("parameterized-consensus-hook") ?? false
        let nativeOnly = dependency?.nativeOnlyFeatures?.contains("parameterized-consensus-hook") ?? false
        let evidence = dependency.map { Evidence(file: $0.file, line: $0.line ?? 1) }
        switch ReleaseOrder.atLeast(release, "polkadot-v1.13.0") {
        case true?:
            if enabled || nativeOnly {
                return [
                    context.finding(
                        .fail, runtime.subject,
                        "the parameterized-consensus-hook feature no longer exists from polkadot-v1.13.0; cargo fails to resolve it",
                        at: evidence, expected: "feature absent", actual: "parameterized-consensus-hook",
                        change:
                            "remove \"parameterized-consensus-hook\" from cumulus-pallet-parachain-system's features")
                ]
            }
            return [
                context.finding(
                    .pass, runtime.subject, "no parameterized-consensus-hook feature (not needed on \(release!))",
                    at: evidence)
            ]
        case false?:
            if enabled {
                return [
                    context.finding(.pass, runtime.subject, "parameterized-consensus-hook is enabled", at: evidence)
                ]
            }
            // The item and its feature came in mid-2023 (cumulus PR #2911, first released in polkadot-v1.1.0):
            // an older release has no feature to turn on.
            if nativeOnly {
                return [
                    context.finding(
                        .fail, runtime.subject,
                        "parameterized-consensus-hook is enabled only through the runtime's std feature; the wasm runtime is built without std, so its parachain-system has no ConsensusHook item",
                        at: evidence, expected: "features = [\"parameterized-consensus-hook\"]",
                        actual: "enabled by std only",
                        change:
                            "add `features = [\"parameterized-consensus-hook\"]` to the cumulus-pallet-parachain-system dependency itself, so the wasm build has it too"
                    )
                ]
            }
            if ReleaseOrder.atLeast(release, "polkadot-v1.0.0") == false {
                return [
                    context.finding(
                        .fail, runtime.subject,
                        "\(release!) predates the ConsensusHook config item and its parameterized-consensus-hook feature",
                        at: evidence ?? context.facts.sdk.evidence, expected: "polkadot-v1.1.0 or later",
                        actual: release,
                        change:
                            "upgrade the polkadot-sdk dependencies: from polkadot-v1.1.0 the item is behind cumulus-pallet-parachain-system's parameterized-consensus-hook feature, from polkadot-v1.13.0 it is always there"
                    )
                ]
            }
            return [
                context.finding(
                    .fail, runtime.subject,
                    "\(release!) gates the ConsensusHook config item behind cumulus-pallet-parachain-system's parameterized-consensus-hook feature",
                    at: evidence, expected: "features = [\"parameterized-consensus-hook\"]",
                    change:
                        "add `features = [\"parameterized-consensus-hook\"]` to the cumulus-pallet-parachain-system dependency"
                )
            ]
        case nil:
            return [
                context.finding(
                    .unknown, runtime.subject,
                    "whether the parameterized-consensus-hook feature is needed depends on the SDK release, which is unknown",
                    at: evidence, expected: "enabled before polkadot-v1.13.0, absent from it",
                    actual: enabled ? "enabled" : "absent")
            ]
        }
    }

    /// The change of an item that asks for `SLOT_DURATION`, preceded by defining it when the runtime has none: LAOS
    /// writes `ConstU64<MILLISECS_PER_BLOCK>` and has no SLOT_DURATION, so "use SLOT_DURATION" alone names a
    /// constant that does not exist. Defined from the block time, as the templates do.
    static func withSlotDurationDefined(_ change: String, _ runtime: RuntimeFacts) -> String {
        guard runtime.constants[ConstantKey.slotDuration] == nil else { return change }
        let blockTime =
            runtime.constants[ConstantKey.blockTime] != nil ? runtime.spelling(ConstantKey.blockTime) : "6000"
        return
            "define `pub const SLOT_DURATION: u64 = \(blockTime);` (the runtime has no SLOT_DURATION), then \(change)"
    }

    /// Whether an `AuraApi::slot_duration` body reads the slot from pallet_aura: `Aura::slot_duration()`,
    /// `pallet_aura::Pallet::<Runtime>::slot_duration()` or `<pallet_aura::Pallet<Runtime>>::slot_duration()`.
    static func readsPalletAuraSlotDuration(_ source: String) -> Bool {
        guard let call = source.firstRange(of: "::slot_duration()") else { return false }
        let callee = source[..<call.lowerBound]
        return callee.hasSuffix("(Aura") || callee == "Aura" || callee.contains("pallet_aura::Pallet")
    }
}

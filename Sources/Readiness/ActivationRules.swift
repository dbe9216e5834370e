/// Phase 3: the runtime upgrade that turns async backing on.
enum ActivationRules {
    static let all: [any Rule] = [multipleBlocksPerSlot, capacity, sixSecondBlocks, twoSecondWeight, minimumPeriodZero]

    static let multipleBlocksPerSlot = RuntimeRule("multiple-blocks-per-slot") { runtime, context in
        guard let allow = runtime.allowMultipleBlocksPerSlot else {
            // The item came with substrate PR #14024, merged in June 2023 after the polkadot-v0.9.43 branch was
            // cut (peaq's runtime on it configures pallet_aura without the item): before polkadot-v1.0.0
            // pallet_aura has no such item and always refuses a second block in a slot.
            let sdk = context.facts.sdk
            if let release = sdk.release, ReleaseOrder.atLeast(release, "polkadot-v1.0.0") == false {
                return [
                    context.finding(
                        .fail, runtime.subject,
                        "pallet_aura of \(release) has no AllowMultipleBlocksPerSlot item: it accepts one block per slot",
                        at: sdk.evidence ?? runtime.rootEvidence, expected: "ConstBool<true>",
                        actual: "one block per slot",
                        change:
                            "upgrade the polkadot-sdk dependencies, then set `type AllowMultipleBlocksPerSlot = ConstBool<true>;` in `impl pallet_aura::Config for Runtime`"
                    )
                ]
            }
            // Not written in the impl that was read: pallet_aura then accepts one block per slot (releases that
            // have the item do not compile without it, so the sources are older than the release or incomplete).
            if runtime.auraConfigLacks("AllowMultipleBlocksPerSlot"), let config = runtime.auraConfig?.evidence {
                return [
                    context.finding(
                        .fail, runtime.subject,
                        "AllowMultipleBlocksPerSlot is not set in impl pallet_aura::Config: pallet_aura accepts one block per slot",
                        at: config, expected: "ConstBool<true>", actual: "not set",
                        change:
                            "add `type AllowMultipleBlocksPerSlot = ConstBool<true>;` to `impl pallet_aura::Config for Runtime`"
                    )
                ]
            }
            return [
                context.finding(
                    .unknown, runtime.subject, "AllowMultipleBlocksPerSlot was not found in pallet_aura's config",
                    at: runtime.anchor(runtime.auraConfig?.evidence), expected: "ConstBool<true>")
            ]
        }
        if allow.value {
            return [
                context.finding(
                    .pass, runtime.subject, "AllowMultipleBlocksPerSlot = ConstBool<true>", at: allow.evidence)
            ]
        }
        return [
            context.finding(
                .fail, runtime.subject, "AllowMultipleBlocksPerSlot is false", at: allow.evidence,
                expected: "ConstBool<true>", actual: "ConstBool<false>",
                change: "set `type AllowMultipleBlocksPerSlot = ConstBool<true>;`")
        ]
    }

    static let capacity = RuntimeRule("unincluded-segment-capacity") { runtime, context in
        guard let capacity = runtime.constants[ConstantKey.capacity] else {
            return [
                context.finding(
                    .fail, runtime.subject, "UNINCLUDED_SEGMENT_CAPACITY is not defined",
                    at: runtime.timeConstantsAnchor,
                    expected: "3", change: "add `pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;`")
            ]
        }
        if capacity.value >= 3 {
            return [
                context.finding(
                    .pass, runtime.subject, "capacity \(capacity.value)", at: capacity.evidence,
                    actual: "\(capacity.value)")
            ]
        }
        let status: Finding.Status = capacity.value == 2 ? .warn : .fail
        return [
            context.finding(
                status, runtime.subject,
                capacity.value == 2
                    ? "capacity 2 works, but 3 leaves room for a late backing"
                    : "capacity \(capacity.value) keeps 12 s blocks",
                at: capacity.evidence, expected: "3", actual: "\(capacity.value)",
                change: "set \(runtime.spelling(ConstantKey.capacity)) to 3")
        ]
    }

    static let sixSecondBlocks = RuntimeRule("six-second-blocks") { runtime, context in
        let key = ConstantKey.blockTime
        guard let blockTime = runtime.constants[key] else {
            return [
                context.finding(
                    .unknown, runtime.subject,
                    "no block time constant (MILLISECS_PER_BLOCK or MILLI_SECS_PER_BLOCK) was found",
                    at: runtime.rootEvidence, expected: "6000")
            ]
        }
        if blockTime.value <= 6000 {
            return [
                context.finding(
                    .pass, runtime.subject, "\(runtime.spelling(key)) = \(blockTime.value)", at: blockTime.evidence,
                    actual: "\(blockTime.value)")
            ]
        }
        // Imported from the SDK (`pub use parachains_common::{MILLISECS_PER_BLOCK, …};`): there is no line of the
        // chain's to edit, the runtime defines its own constant instead.
        let change =
            blockTime.external == true
            ? "define `pub const \(runtime.spelling(key)): u64 = 6000;` in the runtime instead of importing the SDK's \(blockTime.value) ms constant"
            : "set \(runtime.spelling(key)) to 6000"
        return [
            context.finding(
                .fail, runtime.subject, "\(runtime.spelling(key)) is \(blockTime.value) ms", at: blockTime.evidence,
                expected: "6000", actual: "\(blockTime.value)", change: change)
        ]
    }

    static let twoSecondWeight = RuntimeRule("two-second-block-weight") { runtime, context in
        guard let weight = runtime.maxBlockWeightRefTimeMs else {
            return [
                context.finding(
                    .unknown, runtime.subject, "MAXIMUM_BLOCK_WEIGHT's ref-time could not be evaluated",
                    at: runtime.rootEvidence, expected: "2000 ms")
            ]
        }
        if weight.value > 2000 {
            return [
                context.finding(
                    .warn, runtime.subject,
                    "block weight ref-time is \(weight.value) ms; blocks over 2 s of execution risk the 2.5 s backing timeout",
                    at: weight.evidence, expected: "2000 ms", actual: "\(weight.value) ms",
                    change: "use `WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2)` as MAXIMUM_BLOCK_WEIGHT's ref-time")
            ]
        }
        if weight.value == 2000 {
            return [
                context.finding(
                    .pass, runtime.subject, "block weight ref-time \(weight.value) ms", at: weight.evidence,
                    actual: "\(weight.value) ms")
            ]
        }
        return [
            context.finding(
                .fail, runtime.subject, "block weight ref-time is \(weight.value) ms; async backing allows 2000 ms",
                at: weight.evidence, expected: "2000 ms", actual: "\(weight.value) ms",
                change: "use `WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2)` as MAXIMUM_BLOCK_WEIGHT's ref-time")
        ]
    }

    static let minimumPeriodZero = RuntimeRule("minimum-period-zero") { runtime, context in
        guard let period = runtime.minimumPeriodMs else {
            return [
                context.finding(
                    .unknown, runtime.subject, "pallet_timestamp's MinimumPeriod was not found or not evaluated",
                    at: runtime.rootEvidence, expected: "ConstU64<0>")
            ]
        }
        if period.value == 0 {
            return [context.finding(.pass, runtime.subject, "MinimumPeriod = 0", at: period.evidence)]
        }
        return [
            context.finding(
                .fail, runtime.subject, "MinimumPeriod is \(period.value) ms", at: period.evidence,
                expected: "ConstU64<0>", actual: "\(period.value)", change: "set `type MinimumPeriod = ConstU64<0>;`")
        ]
    }
}

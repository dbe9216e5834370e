/// One constant defined outside the repository being audited (in the Polkadot SDK), whose value the evaluator
/// may use when the defining crate is not loaded. Results that use an entry are marked `external`.
struct WellKnownConstant: Sendable {
    /// The canonical path, also the key callers use in ``ConstEvaluator/overrides``.
    let id: String
    /// Crate names (as code writes them) a path may start with to mean this constant.
    let crates: Set<String>
    let name: String
    let typeName: String
    /// The value; nil when it depends on the SDK release and the caller did not give it.
    let value: ConstValue?
    /// For weights whose proof size is `MAX_POV_SIZE as u64`: the proof size comes from that entry.
    let proofSizeIsMaxPov: Bool
    let note: String
}

/// The table of well-known external constants and type aliases, kept as data.
enum WellKnownConstants {
    static let weightCrates: Set<String> = ["frame_support", "sp_weights", "frame_system"]
    static let parachainsCommon: Set<String> = ["parachains_common"]
    static let relayPrimitives: Set<String> = ["polkadot_primitives", "cumulus_primitives_core"]
    static let maxPovSizeID = "polkadot_primitives::MAX_POV_SIZE"

    static let entries: [WellKnownConstant] = [
        // Reference time of one second of execution, in picoseconds (sp_weights::constants).
        WellKnownConstant(
            id: "frame_support::weights::constants::WEIGHT_REF_TIME_PER_SECOND", crates: weightCrates,
            name: "WEIGHT_REF_TIME_PER_SECOND", typeName: "u64", value: .integer(1_000_000_000_000),
            proofSizeIsMaxPov: false, note: "sp_weights: 10^12 picoseconds per second"),
        // One second of execution as a weight, the pre-1.0 form (frame_support::weights::constants, removed in
        // favour of `WEIGHT_REF_TIME_PER_SECOND` around polkadot-v0.9.40): one-dimensional, no proof size.
        WellKnownConstant(
            id: "frame_support::weights::constants::WEIGHT_PER_SECOND", crates: weightCrates,
            name: "WEIGHT_PER_SECOND", typeName: "Weight", value: .weight(refTime: 1_000_000_000_000, proofSize: 0),
            proofSizeIsMaxPov: false, note: "frame_support (before 1.0): one second of ref-time, 10^12 picoseconds"),
        // Reference time of one millisecond (sp_weights::constants).
        WellKnownConstant(
            id: "frame_support::weights::constants::WEIGHT_REF_TIME_PER_MILLIS", crates: weightCrates,
            name: "WEIGHT_REF_TIME_PER_MILLIS", typeName: "u64", value: .integer(1_000_000_000),
            proofSizeIsMaxPov: false, note: "sp_weights: 10^9 picoseconds per millisecond"),
        // Reference time of one microsecond (sp_weights::constants).
        WellKnownConstant(
            id: "frame_support::weights::constants::WEIGHT_REF_TIME_PER_MICROS", crates: weightCrates,
            name: "WEIGHT_REF_TIME_PER_MICROS", typeName: "u64", value: .integer(1_000_000), proofSizeIsMaxPov: false,
            note: "sp_weights: 10^6 picoseconds per microsecond"),
        // Reference time of one nanosecond (sp_weights::constants).
        WellKnownConstant(
            id: "frame_support::weights::constants::WEIGHT_REF_TIME_PER_NANOS", crates: weightCrates,
            name: "WEIGHT_REF_TIME_PER_NANOS", typeName: "u64", value: .integer(1_000), proofSizeIsMaxPov: false,
            note: "sp_weights: 1000 picoseconds per nanosecond"),
        // Proof size of one mebibyte (sp_weights::constants).
        WellKnownConstant(
            id: "frame_support::weights::constants::WEIGHT_PROOF_SIZE_PER_MB", crates: weightCrates,
            name: "WEIGHT_PROOF_SIZE_PER_MB", typeName: "u64", value: .integer(1024 * 1024), proofSizeIsMaxPov: false,
            note: "sp_weights: 1024 * 1024 bytes"),
        // Proof size of one kibibyte (sp_weights::constants).
        WellKnownConstant(
            id: "frame_support::weights::constants::WEIGHT_PROOF_SIZE_PER_KB", crates: weightCrates,
            name: "WEIGHT_PROOF_SIZE_PER_KB", typeName: "u64", value: .integer(1024), proofSizeIsMaxPov: false,
            note: "sp_weights: 1024 bytes"),
        // Largest proof of validity a relay chain accepts; changed from 5 MiB to 10 MiB by polkadot-sdk PR #5884
        // (October 2024), so its value depends on the SDK release and must come from the caller.
        WellKnownConstant(
            id: maxPovSizeID, crates: relayPrimitives, name: "MAX_POV_SIZE", typeName: "u32", value: nil,
            proofSizeIsMaxPov: false,
            note:
                "MAX_POV_SIZE is 5 MiB before polkadot-sdk PR #5884 (2024-10) and 10 MiB after; it depends on the SDK release"
        ),
        // parachains_common's block time: the pre-async-backing 12 s.
        WellKnownConstant(
            id: "parachains_common::MILLISECS_PER_BLOCK", crates: parachainsCommon, name: "MILLISECS_PER_BLOCK",
            typeName: "u64", value: .integer(12_000), proofSizeIsMaxPov: false,
            note: "parachains_common::MILLISECS_PER_BLOCK is 12000 (12 s blocks)"),
        // parachains_common's Aura slot duration, equal to its block time.
        WellKnownConstant(
            id: "parachains_common::SLOT_DURATION", crates: parachainsCommon, name: "SLOT_DURATION", typeName: "u64",
            value: .integer(12_000), proofSizeIsMaxPov: false,
            note: "parachains_common::SLOT_DURATION equals its MILLISECS_PER_BLOCK (12000)"),
        // Blocks per minute, hour and day at parachains_common's 12 s block time.
        WellKnownConstant(
            id: "parachains_common::MINUTES", crates: parachainsCommon, name: "MINUTES", typeName: "u32",
            value: .integer(5), proofSizeIsMaxPov: false, note: "parachains_common::MINUTES: 5 blocks of 12 s"),
        WellKnownConstant(
            id: "parachains_common::HOURS", crates: parachainsCommon, name: "HOURS", typeName: "u32",
            value: .integer(300), proofSizeIsMaxPov: false, note: "parachains_common::HOURS: 300 blocks of 12 s"),
        WellKnownConstant(
            id: "parachains_common::DAYS", crates: parachainsCommon, name: "DAYS", typeName: "u32",
            value: .integer(7_200), proofSizeIsMaxPov: false, note: "parachains_common::DAYS: 7200 blocks of 12 s"),
        // Share of block weight assumed for on_initialize hooks: 5 %.
        WellKnownConstant(
            id: "parachains_common::AVERAGE_ON_INITIALIZE_RATIO", crates: parachainsCommon,
            name: "AVERAGE_ON_INITIALIZE_RATIO", typeName: "Perbill", value: .perbill(50_000_000),
            proofSizeIsMaxPov: false, note: "parachains_common::AVERAGE_ON_INITIALIZE_RATIO is Perbill::from_percent(5)"
        ),
        // Share of block weight normal extrinsics may fill: 75 %.
        WellKnownConstant(
            id: "parachains_common::NORMAL_DISPATCH_RATIO", crates: parachainsCommon, name: "NORMAL_DISPATCH_RATIO",
            typeName: "Perbill", value: .perbill(750_000_000), proofSizeIsMaxPov: false,
            note: "parachains_common::NORMAL_DISPATCH_RATIO is Perbill::from_percent(75)"),
        // Block weight before async backing: half a second of reference time, MAX_POV_SIZE of proof.
        WellKnownConstant(
            id: "parachains_common::MAXIMUM_BLOCK_WEIGHT", crates: parachainsCommon, name: "MAXIMUM_BLOCK_WEIGHT",
            typeName: "Weight", value: .weight(refTime: 500_000_000_000, proofSize: nil), proofSizeIsMaxPov: true,
            note: "parachains_common::MAXIMUM_BLOCK_WEIGHT is 0.5 s of ref-time (the pre-async-backing value)"),
        // Block weight with async backing: two seconds of reference time, MAX_POV_SIZE of proof.
        WellKnownConstant(
            id: "parachains_common::MAXIMUM_BLOCK_WEIGHT_FOR_ASYNC_BACKING", crates: parachainsCommon,
            name: "MAXIMUM_BLOCK_WEIGHT_FOR_ASYNC_BACKING", typeName: "Weight",
            value: .weight(refTime: 2_000_000_000_000, proofSize: nil), proofSizeIsMaxPov: true,
            note: "parachains_common::MAXIMUM_BLOCK_WEIGHT_FOR_ASYNC_BACKING is 2 s of ref-time"),
    ]

    /// Well-known integer type aliases of SDK crates (used by casts such as `as BlockNumber`).
    static let typeAliases: [(crates: Set<String>, name: String, type: IntegerType)] = [
        (["parachains_common", "polkadot_primitives", "polkadot_core_primitives"], "BlockNumber", .u32),
        (["parachains_common", "polkadot_primitives", "polkadot_core_primitives"], "Balance", .u128),
        (["parachains_common", "polkadot_primitives", "polkadot_core_primitives"], "Nonce", .u32),
        (["parachains_common"], "AccountIndex", .u32),
        (["polkadot_primitives", "polkadot_core_primitives"], "Moment", .u64),
    ]

    /// Leading path segments that only re-export SDK crates (`polkadot_sdk::frame_support::…`).
    static let umbrellas: Set<String> = ["polkadot_sdk", "polkadot_sdk_frame", "frame", "deps", "runtime", "prelude"]

    /// The crate-relative start of `path` once umbrella segments are skipped, if it starts with one of `crates`.
    private static func matches(_ path: [String], crates: Set<String>, name: String) -> Bool {
        guard path.count >= 2, path.last == name else { return false }
        for segment in path.dropLast() {
            if crates.contains(segment) { return true }
            if !umbrellas.contains(segment) { return false }
        }
        return false
    }

    static func constant(at path: [String]) -> WellKnownConstant? {
        entries.first { matches(path, crates: $0.crates, name: $0.name) }
    }

    static func integerType(at path: [String]) -> IntegerType? {
        typeAliases.first { matches(path, crates: $0.crates, name: $0.name) }?.type
    }
}

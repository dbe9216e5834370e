/// Writes a deterministic 100 000-line collator log: healthy noise from both chains, one parachain stall, and
/// every log signature mixed in at pseudo-random places, while keeping its own account of what it wrote.
struct MixedLogGenerator {
    struct Expected: Equatable {
        var count = 0
        var first = 0
        var last = 0
    }

    private(set) var bytes: [UInt8] = []
    private(set) var lines = 0
    /// Signature id → what the generator wrote (counted lines only, not echoes).
    private(set) var expected: [String: Expected] = [:]
    /// For set_validation_data: which root came just before, and how many had none.
    private(set) var roots: [String: Int] = [:]
    private(set) var unpaired = 0
    private(set) var stallLine = 0

    private var seed: UInt64
    private var clockMs = 0
    private var lastRootLine = -10_000
    private var relayNumber = 21_000_000
    private var paraNumber = 4_000

    static let rootIDs: Set<String> = [
        "unincluded-segment-full", "slot-number-mismatch", "authored-blocks-limit", "slot-moved-backwards",
        "parachain-slot-too-far", "relay-number-strict",
    ]

    /// Panic texts by signature (each written on the line after `panicked at …:`).
    static let panics: [(id: String, texts: [String])] = [
        (
            "unincluded-segment-full",
            [
                "no space left for the block in the unincluded segment",
                "No space left for the block in the unincluded segment: new_len(2) < capacity(2)",
            ]
        ),
        ("slot-number-mismatch", ["assertion `left == right` failed: slot number mismatch"]),
        (
            "authored-blocks-limit",
            [
                "authored blocks limit is reached for the slot",
                "authored blocks limit is reached for the slot: relay_chain_slot=Slot(290004512), authored=2, velocity=1",
            ]
        ),
        (
            "slot-moved-backwards",
            ["Slot moved backwards: stored_slot=Slot(290004530), relay_chain_slot=Slot(290004529)"]
        ),
        (
            "parachain-slot-too-far",
            [
                "Parachain slot is too far in the future: parachain_slot=Slot(9), derived_from_relay_slot=Slot(4) velocity=1, relay_chain_slot=Slot(4)"
            ]
        ),
        ("slot-must-increase", ["Slot must increase", "Slot must not decrease"]),
        (
            "relay-number-strict",
            [
                "Relay chain block number needs to strictly increase between Parachain blocks!",
                "Relay chain block number needs to monotonically increase between Parachain blocks!",
            ]
        ),
        (
            "timestamp-minimum-period",
            ["Timestamp must increment by at least <MinimumPeriod> between sequential blocks"]
        ),
    ]

    /// Single-line records by signature.
    static let singles: [(id: String, level: String, target: String, chain: String, texts: [String])] = [
        (
            "header-too-far-in-future", "WARN", "sync", "Parachain",
            [
                "💔 Verification failed for block 0x3c1f…9a2e received from (12D3KooWQz): \"Header 0x3c1f…9a2e rejected: too far in the future\""
            ]
        ),
        (
            "block-production-too-long", "INFO", "aura", "Parachain",
            ["⌛️ Discarding proposal for slot 285533402; block production took too long"]
        ),
        (
            "collator-loop-errors", "ERROR", "aura::cumulus", "Parachain",
            [
                "Failed to acquire parachain slot duration err=Application", "Could not fetch validation code hash",
                "Failed to initialize consensus: no relay chain import notification stream",
                "Collation wasn't advertised to any validator. candidate_hash=0x1 pov_hash=0x2",
                "Para is not scheduled on any core, skipping import notification", "No block proposal",
            ]
        ),
    ]

    init(seed: UInt64 = 0x5EED_1234) {
        self.seed = seed
        generate()
    }

    private mutating func random(_ bound: Int) -> Int {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((seed >> 33) % UInt64(bound))
    }

    private func timestamp() -> String {
        let total = clockMs / 1000
        let day = 13 + total / 86_400
        let (h, m, s) = ((total % 86_400) / 3600, (total % 3600) / 60, total % 60)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let ms = clockMs % 1000
        return "2024-05-\(two(day)) \(two(h)):\(two(m)):\(two(s)).\(ms < 10 ? "00" : ms < 100 ? "0" : "")\(ms)"
    }

    private mutating func emit(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        bytes.append(0x0A)
        lines += 1
    }

    private mutating func record(_ level: String, _ target: String, _ chain: String, _ message: String) {
        let padded = String(repeating: " ", count: max(0, 5 - level.count)) + level
        emit("\(timestamp()) \(padded) tokio-runtime-worker \(target): [\(chain)] \(message)")
        clockMs += 1
    }

    private mutating func count(_ id: String) {
        var entry = expected[id] ?? Expected()
        entry.count += 1
        if entry.first == 0 { entry.first = lines }
        entry.last = lines
        expected[id] = entry
    }

    private mutating func noise() {
        switch random(7) {
        case 0:
            record(
                "INFO", "substrate", "Parachain",
                "💤 Idle (8 peers), best: #\(paraNumber) (0x1a2b…3c4d), finalized #\(paraNumber - 2) (0x5e6f…7a8b), ⬇ 12.1kiB/s ⬆ 9.8kiB/s"
            )
        case 1: record("DEBUG", "txpool", "Parachain", "[0x\(random(1 << 30))] Pruning transactions: []")
        case 2: record("DEBUG", "parachain-system", "Parachain", "unincluded segment: 1 blocks, space for 2 more")
        case 3:
            emit(
                "\u{1B}[2m\(timestamp())\u{1B}[0m \u{1B}[32m INFO\u{1B}[0m tokio-runtime-worker substrate: \u{1B}[1m[Relaychain]\u{1B}[0m 💤 Idle (40 peers), best: #\(relayNumber)"
            )
        case 4:
            record(
                "DEBUG", "aura::cumulus", "Parachain",
                "slot number \(285_000_000 + random(1000)), authored blocks in slot 1")
        case 5:
            record(
                "TRACE", "parachain::collator-protocol", "Relaychain",
                "Advertising collation to validator 0x\(random(1 << 20))")
        default: record("INFO", "aura::cumulus", "Parachain", "🔖 Pre-sealed block for proposal at \(paraNumber + 1)")
        }
    }

    private mutating func event() {
        let kind = random(Self.panics.count + Self.singles.count + 1)
        if kind < Self.panics.count {
            let (id, texts) = Self.panics[kind]
            let text = texts[random(texts.count)]
            record("ERROR", "runtime", "Parachain", "panicked at /src/pallets/lib.rs:\(100 + kind):13:")
            emit(text)
            count(id)
            let isRoot = Self.rootIDs.contains(id)
            if isRoot { lastRootLine = lines }
            if random(2) == 0 {  // the block builder repeats the panic with a backtrace
                record(
                    "WARN", "aura::cumulus", "Parachain",
                    "Proposing failed: Import failed: Execution failed: Execution aborted due to panic: \(text)")
                emit("WASM backtrace:")
                emit("    0: 0x4d81c5 - <unknown>!rust_begin_unwind")
                if isRoot { lastRootLine = lines - 2 }
            }
            if isRoot && random(3) > 0 {
                record(
                    "ERROR", "runtime", "Parachain",
                    "panicked at /src/cumulus/pallets/parachain-system/src/lib.rs:268:13:")
                emit("set_validation_data inherent needs to be present in every block!")
                count("set-validation-data-missing")
                roots[id, default: 0] += 1
            }
        } else if kind < Self.panics.count + Self.singles.count {
            let single = Self.singles[kind - Self.panics.count]
            record(single.level, single.target, single.chain, single.texts[random(single.texts.count)])
            count(single.id)
        } else if lines - lastRootLine > 200 {
            record(
                "ERROR", "runtime", "Parachain", "panicked at /src/cumulus/pallets/parachain-system/src/lib.rs:268:13:")
            emit("set_validation_data inherent needs to be present in every block!")
            count("set-validation-data-missing")
            unpaired += 1
        }
    }

    private mutating func generate() {
        var round = 0
        let stallRound = 9_000
        while lines < 99_950 {
            clockMs = round * 6000
            record("INFO", "substrate", "Relaychain", "✨ Imported #\(relayNumber) (0x\(relayNumber % 65536)…9876)")
            relayNumber += 1
            if round < stallRound || round >= stallRound + 15 {
                paraNumber += 1
                record("INFO", "substrate", "Parachain", "✨ Imported #\(paraNumber) (0x\(paraNumber % 65536)…1234)")
                if round == stallRound + 15 { stallLine = lines }
            }
            for _ in 0..<random(9) { noise() }
            if random(100) < 4 { event() }
            round += 1
        }
        while lines < 100_000 { noise() }
    }
}

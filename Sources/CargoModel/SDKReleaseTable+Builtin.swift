// swift-format-ignore-file
// Generated from Data/sdk-releases.json by the CargoModel tests (PARAREADY_RECORD=1 swift test --filter
// CargoModelTests); edit the JSON file, not this one. A test fails when the two differ.

extension SDKReleaseTable {
    /// The table of `Data/sdk-releases.json` as values: decoding the JSON on every run took about 1.5 ms of
    /// CPU (4% of the instructions of an `inspect` of the bench monorepo).
    public static let builtin = SDKReleaseTable(
        schema: "paraready.sdk-releases/1",
        about: "Versions of the crates that identify a polkadot-sdk release, per release. Source: the async-backing research notes, section 3.4 (version formula for 1.x) and section 3.5 (crate version table). confidence: confirmed = read from a lock or manifest pinned to that release; formula = derived from the 1.x version formula; unconfirmed = not confirmed (never used to decide a release). Rows are in chronological order; rows with after/before are crate sets published between stable releases.",
        crates: ["cumulus-pallet-parachain-system", "cumulus-pallet-aura-ext", "cumulus-primitives-aura", "cumulus-client-consensus-aura", "pallet-aura", "sp-consensus-aura", "frame-support"],
        releases: [
            Row(
                id: "1.0.0", release: SDKRelease(kind: .v1, numbers: [1, 0, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "crates.io index files (§3.5); other cells from the §3.4 formula",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.1.0", confidence: .formula, note: "index: requires sp-consensus-aura ^0.26"),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.1.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.1.0", confidence: .formula, note: "index: 0.1.0 requires frame-support ^22"),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.1.0", confidence: .formula, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "22.0.0", confidence: .formula, note: "unmarked in §3.5; agrees with the formula"),
                    ],
                    "pallet-aura": [
                        Entry(version: "21.0.0", confidence: .formula, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.26.0", confidence: .formula, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "1.1.0", release: SDKRelease(kind: .v1, numbers: [1, 1, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "docs.rs cumulus-client-consensus-aura 0.2.0 dependencies",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.2.0", confidence: .confirmed, note: "docs.rs"),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.2.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.2.0", confidence: .formula, note: "crates.io index marks 0.2.0 yanked"),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.2.0", confidence: .formula, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "23.0.0", confidence: .formula, note: "unmarked in §3.5; agrees with the formula"),
                    ],
                    "pallet-aura": [
                        Entry(version: "22.0.0", confidence: .formula, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.27.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "1.2.0", release: SDKRelease(kind: .v1, numbers: [1, 2, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "fellows runtimes bdcd03911",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.3.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.3.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.3.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.3.0", confidence: .formula, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "24.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "23.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.28.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "1.3.0", release: SDKRelease(kind: .v1, numbers: [1, 3, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "fellows runtimes 4e4da0850; psvm test output (Cargo.lock fallback)",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.4.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.4.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.4.1", confidence: .confirmed, note: nil),
                        Entry(version: "0.4.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.4.0", confidence: .confirmed, note: "docs.rs"),
                    ],
                    "frame-support": [
                        Entry(version: "25.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "24.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.29.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "1.4.0", release: SDKRelease(kind: .v1, numbers: [1, 4, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "docs.rs bridge-hub-polkadot-runtime 0.5.0 dependency list",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.5.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.5.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.5.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.5.0", confidence: .formula, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "26.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "25.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.30.0", confidence: .formula, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "1.5.0", release: SDKRelease(kind: .v1, numbers: [1, 5, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "fellows runtimes e5a723fe9; psvm plan-toml test",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.6.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.6.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.6.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.6.0", confidence: .formula, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "27.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "26.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.31.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "1.6.0", release: SDKRelease(kind: .v1, numbers: [1, 6, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "fellows runtimes 59172d5fb; psvm orml test",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.7.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.7.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.7.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.7.0", confidence: .formula, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "28.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "27.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.32.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "1.7.0", release: SDKRelease(kind: .v1, numbers: [1, 7, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "fellows runtimes ba359a4af",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.8.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.8.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.8.1", confidence: .confirmed, note: nil),
                        Entry(version: "0.8.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.8.0", confidence: .formula, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "29.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "28.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.33.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "1.8.0", release: SDKRelease(kind: .v1, numbers: [1, 8, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "§3.4 formula only",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.9.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.9.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.9.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.9.0", confidence: .formula, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "30.0.0", confidence: .formula, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "29.0.0", confidence: .formula, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.34.0", confidence: .formula, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "1.9.0", release: SDKRelease(kind: .v1, numbers: [1, 9, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "parachain template 555bd14dbb315af279b72812963f0be26a1bcf24",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.10.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.10.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.10.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.10.0", confidence: .confirmed, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "31.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "30.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.35.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "1.10.0", release: SDKRelease(kind: .v1, numbers: [1, 10, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "docs.rs manifests described as \"(polkadot v1.10.0)\"",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.11.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.11.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.11.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.11.0", confidence: .formula, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "32.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "31.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.36.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "1.11.0", release: SDKRelease(kind: .v1, numbers: [1, 11, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "§3.4 formula only",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.12.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.12.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.12.0", confidence: .formula, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.12.0", confidence: .formula, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "33.0.0", confidence: .formula, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "32.0.0", confidence: .formula, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.37.0", confidence: .formula, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "1.12.0", release: SDKRelease(kind: .v1, numbers: [1, 12, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "parachain template c583928eb35a3a7fa950bc8110a417e87f63db12",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.13.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.13.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.13.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.13.0", confidence: .confirmed, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "34.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "33.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.38.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: [
                    Entry(version: "0.1.0", confidence: .unconfirmed, note: "empty placeholder published 2024-05-15; not tied to a release"),
                ]),
            Row(
                id: "1.13.0", release: SDKRelease(kind: .v1, numbers: [1, 13, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "parachain template cc45bcade1d1e36b596f62addc2214b3242fc5b6; fellows c5080e433; crates.io index",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.14.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.14.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.14.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.14.0", confidence: .confirmed, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "35.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "34.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.39.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: [
                    Entry(version: "0.2.0", confidence: .confirmed, note: "its dependencies: frame-support ^35, parachain-system ^0.14, pallet-aura ^34"),
                ]),
            Row(
                id: "1.14.0", release: SDKRelease(kind: .v1, numbers: [1, 14, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "parachain template c326ddb8493f9c2bd78992ea76166823d6cbe136; fellows 9d9f1649a; psvm check test",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.15.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.15.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.15.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.14.0", confidence: .confirmed, note: "not bumped from 1.13.0"),
                    ],
                    "frame-support": [
                        Entry(version: "36.0.0", confidence: .confirmed, note: nil),
                        Entry(version: "36.0.1", confidence: .confirmed, note: "in a lock"),
                    ],
                    "pallet-aura": [
                        Entry(version: "35.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.39.0", confidence: .confirmed, note: "not bumped from 1.13.0"),
                    ],
                ],
                umbrella: [
                    Entry(version: "0.3.0", confidence: .unconfirmed, note: nil),
                    Entry(version: "0.4.0", confidence: .unconfirmed, note: nil),
                ]),
            Row(
                id: "stable2407", release: SDKRelease(kind: .stable, numbers: [2407, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "parachain template 1f5af2522d25b23575a3bdcc7500b305d348d27a",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.17.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.16.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.16.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.15.0", confidence: .confirmed, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "37.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "36.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.40.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: [
                    Entry(version: "0.5.0", confidence: .unconfirmed, note: "published 2024-07-19 per lib.rs"),
                ]),
            Row(
                id: "stable2409", release: SDKRelease(kind: .stable, numbers: [2409, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "parachain template ecaf71deeb81418b80c69b7a0bf8ce19ff624a76; fellows 7b096c14c",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.18.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.17.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.17.0", confidence: .confirmed, note: nil),
                        Entry(version: "0.17.1", confidence: .confirmed, note: "in -1"),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.15.0", confidence: .confirmed, note: "not bumped from stable2407"),
                    ],
                    "frame-support": [
                        Entry(version: "38.0.0", confidence: .confirmed, note: nil),
                        Entry(version: "38.2.0", confidence: .confirmed, note: "by -4"),
                    ],
                    "pallet-aura": [
                        Entry(version: "37.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.40.0", confidence: .confirmed, note: "not bumped from stable2407"),
                    ],
                ],
                umbrella: [
                    Entry(version: "0.7.0", confidence: .unconfirmed, note: "published 2024-10-01"),
                ]),
            Row(
                id: "stable2412", release: SDKRelease(kind: .stable, numbers: [2412, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "parachain template ba81070bf638426ac24c99083aa13f50c83fdc6a; fellows aec53763f (versions as of -4, April 2025)",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.21.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.18.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.18.1", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.16.0", confidence: .confirmed, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "39.1.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "38.1.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.41.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: [
                    Entry(version: "0.12.2", confidence: .confirmed, note: "as of -4"),
                    Entry(version: "0.9.0", confidence: .unconfirmed, note: "published 2024-12-20, likely the first stable2412"),
                ]),
            Row(
                id: "stable2503", release: SDKRelease(kind: .stable, numbers: [2503, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "parachain template 0450f1ea87e73e5716a9f11dec586c393885b01f; fellows 34ecb9496; pop-node 2256c9de",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.22.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.20.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.20.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.17.0", confidence: .confirmed, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "40.1.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "39.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.42.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: [
                    Entry(version: "2503.0.1", confidence: .confirmed, note: nil),
                ]),
            Row(
                id: "stable2506", release: SDKRelease(kind: .stable, numbers: [2506, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "pop-node bb5b454bfe5d2ad7bd9d69d99b95175494f40afb; fellows d6c5bd34c",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.24.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.21.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.21.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.18.0", confidence: .confirmed, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "41.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "40.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.43.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "unstable2507", release: SDKRelease(kind: .unstable, numbers: [2507], releaseCandidate: nil, label: nil),
                label: nil, after: SDKRelease(kind: .stable, numbers: [2506, 0], releaseCandidate: nil, label: nil), before: SDKRelease(kind: .stable, numbers: [2509, 0], releaseCandidate: nil, label: nil),
                source: "fellows 0ebfddf3c, e9f9672db (crates labelled unstable2507)",
                crates: [
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.22.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.22.0", confidence: .confirmed, note: nil),
                        Entry(version: "0.22.1", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.19.0", confidence: .confirmed, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "42.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "41.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.44.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "stable2509", release: SDKRelease(kind: .stable, numbers: [2509, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "frequency c4adc87c9369e649699d4e4ad9bc6db28a47d14a",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.26.0", confidence: .confirmed, note: nil),
                        Entry(version: "0.26.1", confidence: .confirmed, note: "in -1"),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.23.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.23.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.20.0", confidence: .confirmed, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "43.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "42.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.45.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "unstable2507-refresh", release: nil,
                label: "a crate set published between stable2509 and stable2512 (fellows call it unstable2507)", after: SDKRelease(kind: .stable, numbers: [2509, 0], releaseCandidate: nil, label: nil), before: SDKRelease(kind: .stable, numbers: [2512, 0], releaseCandidate: nil, label: nil),
                source: "fellows f56d87dff (2025-12), still labelled unstable2507",
                crates: [
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.24.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.24.0", confidence: .confirmed, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "44.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "43.0.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "stable2512", release: SDKRelease(kind: .stable, numbers: [2512, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "fellows 422623dbf6d17bd4bdb6d2279fe387d162f3ee29 (versions as of -2)",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.28.0", confidence: .unconfirmed, note: "0.28.x likely"),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.25.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.25.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.21.0", confidence: .confirmed, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "45.1.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "44.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.46.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: []),
            Row(
                id: "stable2603", release: SDKRelease(kind: .stable, numbers: [2603, 0], releaseCandidate: nil, label: nil),
                label: nil, after: nil, before: nil,
                source: "fellows fcfc9f5c9a78f55844515da71b4f96812207132a; docs.rs polkadot-sdk 2603.0.0 dependencies",
                crates: [
                    "cumulus-client-consensus-aura": [
                        Entry(version: "0.29.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.26.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.26.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.22.0", confidence: .confirmed, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "46.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "45.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.47.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: [
                    Entry(version: "2603.0.0", confidence: .confirmed, note: nil),
                ]),
            Row(
                id: "unstable2604", release: SDKRelease(kind: .unstable, numbers: [2604], releaseCandidate: nil, label: nil),
                label: nil, after: SDKRelease(kind: .stable, numbers: [2603, 0], releaseCandidate: nil, label: nil), before: SDKRelease(kind: .stable, numbers: [2606, 0], releaseCandidate: nil, label: nil),
                source: "fellows 1fb092fd7 (crates labelled 2604)",
                crates: [
                    "cumulus-pallet-aura-ext": [
                        Entry(version: "0.28.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-pallet-parachain-system": [
                        Entry(version: "0.28.0", confidence: .confirmed, note: nil),
                    ],
                    "cumulus-primitives-aura": [
                        Entry(version: "0.23.0", confidence: .confirmed, note: nil),
                    ],
                    "frame-support": [
                        Entry(version: "47.0.0", confidence: .confirmed, note: nil),
                    ],
                    "pallet-aura": [
                        Entry(version: "47.0.0", confidence: .confirmed, note: nil),
                    ],
                    "sp-consensus-aura": [
                        Entry(version: "0.48.0", confidence: .confirmed, note: nil),
                    ],
                ],
                umbrella: []),
        ])
}

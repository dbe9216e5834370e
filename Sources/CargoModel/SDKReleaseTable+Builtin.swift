// Generated from Data/sdk-releases.json by the CargoModel tests (PARAREADY_RECORD=1 swift test --filter
// CargoModelTests); edit the JSON file, not this one. A test fails when the two differ.

extension SDKReleaseTable {
    static let builtinJSON = #"""
        {
          "schema": "paraready.sdk-releases/1",
          "about": "Versions of the crates that identify a polkadot-sdk release, per release. Source: the async-backing research notes, section 3.4 (version formula for 1.x) and section 3.5 (crate version table). confidence: confirmed = read from a lock or manifest pinned to that release; formula = derived from the 1.x version formula; unconfirmed = not confirmed (never used to decide a release). Rows are in chronological order; rows with after/before are crate sets published between stable releases.",
          "crates": ["cumulus-pallet-parachain-system", "cumulus-pallet-aura-ext", "cumulus-primitives-aura", "cumulus-client-consensus-aura", "pallet-aura", "sp-consensus-aura", "frame-support"],
          "releases": [
            {
              "id": "1.0.0",
              "release": "polkadot-v1.0.0",
              "source": "crates.io index files (§3.5); other cells from the §3.4 formula",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.1.0", "confidence": "formula", "note": "index: 0.1.0 requires frame-support ^22"}],
                "cumulus-pallet-aura-ext": [{"version": "0.1.0", "confidence": "formula"}],
                "cumulus-primitives-aura": [{"version": "0.1.0", "confidence": "formula"}],
                "cumulus-client-consensus-aura": [{"version": "0.1.0", "confidence": "formula", "note": "index: requires sp-consensus-aura ^0.26"}],
                "pallet-aura": [{"version": "21.0.0", "confidence": "formula"}],
                "sp-consensus-aura": [{"version": "0.26.0", "confidence": "formula"}],
                "frame-support": [{"version": "22.0.0", "confidence": "formula", "note": "unmarked in §3.5; agrees with the formula"}]
              },
              "umbrella": []
            },
            {
              "id": "1.1.0",
              "release": "polkadot-v1.1.0",
              "source": "docs.rs cumulus-client-consensus-aura 0.2.0 dependencies",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.2.0", "confidence": "formula", "note": "crates.io index marks 0.2.0 yanked"}],
                "cumulus-pallet-aura-ext": [{"version": "0.2.0", "confidence": "formula"}],
                "cumulus-primitives-aura": [{"version": "0.2.0", "confidence": "formula"}],
                "cumulus-client-consensus-aura": [{"version": "0.2.0", "confidence": "confirmed", "note": "docs.rs"}],
                "pallet-aura": [{"version": "22.0.0", "confidence": "formula"}],
                "sp-consensus-aura": [{"version": "0.27.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "23.0.0", "confidence": "formula", "note": "unmarked in §3.5; agrees with the formula"}]
              },
              "umbrella": []
            },
            {
              "id": "1.2.0",
              "release": "polkadot-v1.2.0",
              "source": "fellows runtimes bdcd03911",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.3.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.3.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.3.0", "confidence": "formula"}],
                "cumulus-client-consensus-aura": [{"version": "0.3.0", "confidence": "formula"}],
                "pallet-aura": [{"version": "23.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.28.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "24.0.0", "confidence": "confirmed"}]
              },
              "umbrella": []
            },
            {
              "id": "1.3.0",
              "release": "polkadot-v1.3.0",
              "source": "fellows runtimes 4e4da0850; psvm test output (Cargo.lock fallback)",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.4.1", "confidence": "confirmed"}, {"version": "0.4.0", "confidence": "formula"}],
                "cumulus-pallet-aura-ext": [{"version": "0.4.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.4.0", "confidence": "confirmed", "note": "docs.rs"}],
                "cumulus-client-consensus-aura": [{"version": "0.4.0", "confidence": "formula"}],
                "pallet-aura": [{"version": "24.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.29.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "25.0.0", "confidence": "confirmed"}]
              },
              "umbrella": []
            },
            {
              "id": "1.4.0",
              "release": "polkadot-v1.4.0",
              "source": "docs.rs bridge-hub-polkadot-runtime 0.5.0 dependency list",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.5.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.5.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.5.0", "confidence": "formula"}],
                "cumulus-client-consensus-aura": [{"version": "0.5.0", "confidence": "formula"}],
                "pallet-aura": [{"version": "25.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.30.0", "confidence": "formula"}],
                "frame-support": [{"version": "26.0.0", "confidence": "confirmed"}]
              },
              "umbrella": []
            },
            {
              "id": "1.5.0",
              "release": "polkadot-v1.5.0",
              "source": "fellows runtimes e5a723fe9; psvm plan-toml test",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.6.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.6.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.6.0", "confidence": "formula"}],
                "cumulus-client-consensus-aura": [{"version": "0.6.0", "confidence": "formula"}],
                "pallet-aura": [{"version": "26.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.31.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "27.0.0", "confidence": "confirmed"}]
              },
              "umbrella": []
            },
            {
              "id": "1.6.0",
              "release": "polkadot-v1.6.0",
              "source": "fellows runtimes 59172d5fb; psvm orml test",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.7.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.7.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.7.0", "confidence": "formula"}],
                "cumulus-client-consensus-aura": [{"version": "0.7.0", "confidence": "formula"}],
                "pallet-aura": [{"version": "27.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.32.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "28.0.0", "confidence": "confirmed"}]
              },
              "umbrella": []
            },
            {
              "id": "1.7.0",
              "release": "polkadot-v1.7.0",
              "source": "fellows runtimes ba359a4af",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.8.1", "confidence": "confirmed"}, {"version": "0.8.0", "confidence": "formula"}],
                "cumulus-pallet-aura-ext": [{"version": "0.8.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.8.0", "confidence": "formula"}],
                "cumulus-client-consensus-aura": [{"version": "0.8.0", "confidence": "formula"}],
                "pallet-aura": [{"version": "28.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.33.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "29.0.0", "confidence": "confirmed"}]
              },
              "umbrella": []
            },
            {
              "id": "1.8.0",
              "release": "polkadot-v1.8.0",
              "source": "§3.4 formula only",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.9.0", "confidence": "formula"}],
                "cumulus-pallet-aura-ext": [{"version": "0.9.0", "confidence": "formula"}],
                "cumulus-primitives-aura": [{"version": "0.9.0", "confidence": "formula"}],
                "cumulus-client-consensus-aura": [{"version": "0.9.0", "confidence": "formula"}],
                "pallet-aura": [{"version": "29.0.0", "confidence": "formula"}],
                "sp-consensus-aura": [{"version": "0.34.0", "confidence": "formula"}],
                "frame-support": [{"version": "30.0.0", "confidence": "formula"}]
              },
              "umbrella": []
            },
            {
              "id": "1.9.0",
              "release": "polkadot-v1.9.0",
              "source": "parachain template 555bd14dbb315af279b72812963f0be26a1bcf24",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.10.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.10.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.10.0", "confidence": "confirmed"}],
                "cumulus-client-consensus-aura": [{"version": "0.10.0", "confidence": "confirmed"}],
                "pallet-aura": [{"version": "30.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.35.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "31.0.0", "confidence": "confirmed"}]
              },
              "umbrella": []
            },
            {
              "id": "1.10.0",
              "release": "polkadot-v1.10.0",
              "source": "docs.rs manifests described as \"(polkadot v1.10.0)\"",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.11.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.11.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.11.0", "confidence": "formula"}],
                "cumulus-client-consensus-aura": [{"version": "0.11.0", "confidence": "formula"}],
                "pallet-aura": [{"version": "31.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.36.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "32.0.0", "confidence": "confirmed"}]
              },
              "umbrella": []
            },
            {
              "id": "1.11.0",
              "release": "polkadot-v1.11.0",
              "source": "§3.4 formula only",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.12.0", "confidence": "formula"}],
                "cumulus-pallet-aura-ext": [{"version": "0.12.0", "confidence": "formula"}],
                "cumulus-primitives-aura": [{"version": "0.12.0", "confidence": "formula"}],
                "cumulus-client-consensus-aura": [{"version": "0.12.0", "confidence": "formula"}],
                "pallet-aura": [{"version": "32.0.0", "confidence": "formula"}],
                "sp-consensus-aura": [{"version": "0.37.0", "confidence": "formula"}],
                "frame-support": [{"version": "33.0.0", "confidence": "formula"}]
              },
              "umbrella": []
            },
            {
              "id": "1.12.0",
              "release": "polkadot-v1.12.0",
              "source": "parachain template c583928eb35a3a7fa950bc8110a417e87f63db12",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.13.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.13.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.13.0", "confidence": "confirmed"}],
                "cumulus-client-consensus-aura": [{"version": "0.13.0", "confidence": "confirmed"}],
                "pallet-aura": [{"version": "33.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.38.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "34.0.0", "confidence": "confirmed"}]
              },
              "umbrella": [{"version": "0.1.0", "confidence": "unconfirmed", "note": "empty placeholder published 2024-05-15; not tied to a release"}]
            },
            {
              "id": "1.13.0",
              "release": "polkadot-v1.13.0",
              "source": "parachain template cc45bcade1d1e36b596f62addc2214b3242fc5b6; fellows c5080e433; crates.io index",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.14.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.14.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.14.0", "confidence": "confirmed"}],
                "cumulus-client-consensus-aura": [{"version": "0.14.0", "confidence": "confirmed"}],
                "pallet-aura": [{"version": "34.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.39.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "35.0.0", "confidence": "confirmed"}]
              },
              "umbrella": [{"version": "0.2.0", "confidence": "confirmed", "note": "its dependencies: frame-support ^35, parachain-system ^0.14, pallet-aura ^34"}]
            },
            {
              "id": "1.14.0",
              "release": "polkadot-v1.14.0",
              "source": "parachain template c326ddb8493f9c2bd78992ea76166823d6cbe136; fellows 9d9f1649a; psvm check test",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.15.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.15.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.14.0", "confidence": "confirmed", "note": "not bumped from 1.13.0"}],
                "cumulus-client-consensus-aura": [{"version": "0.15.0", "confidence": "confirmed"}],
                "pallet-aura": [{"version": "35.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.39.0", "confidence": "confirmed", "note": "not bumped from 1.13.0"}],
                "frame-support": [{"version": "36.0.0", "confidence": "confirmed"}, {"version": "36.0.1", "confidence": "confirmed", "note": "in a lock"}]
              },
              "umbrella": [{"version": "0.3.0", "confidence": "unconfirmed"}, {"version": "0.4.0", "confidence": "unconfirmed"}]
            },
            {
              "id": "stable2407",
              "release": "polkadot-stable2407",
              "source": "parachain template 1f5af2522d25b23575a3bdcc7500b305d348d27a",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.16.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.16.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.15.0", "confidence": "confirmed"}],
                "cumulus-client-consensus-aura": [{"version": "0.17.0", "confidence": "confirmed"}],
                "pallet-aura": [{"version": "36.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.40.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "37.0.0", "confidence": "confirmed"}]
              },
              "umbrella": [{"version": "0.5.0", "confidence": "unconfirmed", "note": "published 2024-07-19 per lib.rs"}]
            },
            {
              "id": "stable2409",
              "release": "polkadot-stable2409",
              "source": "parachain template ecaf71deeb81418b80c69b7a0bf8ce19ff624a76; fellows 7b096c14c",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.17.0", "confidence": "confirmed"}, {"version": "0.17.1", "confidence": "confirmed", "note": "in -1"}],
                "cumulus-pallet-aura-ext": [{"version": "0.17.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.15.0", "confidence": "confirmed", "note": "not bumped from stable2407"}],
                "cumulus-client-consensus-aura": [{"version": "0.18.0", "confidence": "confirmed"}],
                "pallet-aura": [{"version": "37.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.40.0", "confidence": "confirmed", "note": "not bumped from stable2407"}],
                "frame-support": [{"version": "38.0.0", "confidence": "confirmed"}, {"version": "38.2.0", "confidence": "confirmed", "note": "by -4"}]
              },
              "umbrella": [{"version": "0.7.0", "confidence": "unconfirmed", "note": "published 2024-10-01"}]
            },
            {
              "id": "stable2412",
              "release": "polkadot-stable2412",
              "source": "parachain template ba81070bf638426ac24c99083aa13f50c83fdc6a; fellows aec53763f (versions as of -4, April 2025)",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.18.1", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.18.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.16.0", "confidence": "confirmed"}],
                "cumulus-client-consensus-aura": [{"version": "0.21.0", "confidence": "confirmed"}],
                "pallet-aura": [{"version": "38.1.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.41.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "39.1.0", "confidence": "confirmed"}]
              },
              "umbrella": [{"version": "0.12.2", "confidence": "confirmed", "note": "as of -4"}, {"version": "0.9.0", "confidence": "unconfirmed", "note": "published 2024-12-20, likely the first stable2412"}]
            },
            {
              "id": "stable2503",
              "release": "polkadot-stable2503",
              "source": "parachain template 0450f1ea87e73e5716a9f11dec586c393885b01f; fellows 34ecb9496; pop-node 2256c9de",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.20.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.20.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.17.0", "confidence": "confirmed"}],
                "cumulus-client-consensus-aura": [{"version": "0.22.0", "confidence": "confirmed"}],
                "pallet-aura": [{"version": "39.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.42.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "40.1.0", "confidence": "confirmed"}]
              },
              "umbrella": [{"version": "2503.0.1", "confidence": "confirmed"}]
            },
            {
              "id": "stable2506",
              "release": "polkadot-stable2506",
              "source": "pop-node bb5b454bfe5d2ad7bd9d69d99b95175494f40afb; fellows d6c5bd34c",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.21.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.21.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.18.0", "confidence": "confirmed"}],
                "cumulus-client-consensus-aura": [{"version": "0.24.0", "confidence": "confirmed"}],
                "pallet-aura": [{"version": "40.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.43.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "41.0.0", "confidence": "confirmed"}]
              },
              "umbrella": []
            },
            {
              "id": "unstable2507",
              "release": "polkadot-unstable2507",
              "after": "polkadot-stable2506",
              "before": "polkadot-stable2509",
              "source": "fellows 0ebfddf3c, e9f9672db (crates labelled unstable2507)",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.22.0", "confidence": "confirmed"}, {"version": "0.22.1", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.22.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.19.0", "confidence": "confirmed"}],
                "pallet-aura": [{"version": "41.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.44.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "42.0.0", "confidence": "confirmed"}]
              },
              "umbrella": []
            },
            {
              "id": "stable2509",
              "release": "polkadot-stable2509",
              "source": "frequency c4adc87c9369e649699d4e4ad9bc6db28a47d14a",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.23.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.23.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.20.0", "confidence": "confirmed"}],
                "cumulus-client-consensus-aura": [{"version": "0.26.0", "confidence": "confirmed"}, {"version": "0.26.1", "confidence": "confirmed", "note": "in -1"}],
                "pallet-aura": [{"version": "42.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.45.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "43.0.0", "confidence": "confirmed"}]
              },
              "umbrella": []
            },
            {
              "id": "unstable2507-refresh",
              "release": null,
              "label": "a crate set published between stable2509 and stable2512 (fellows call it unstable2507)",
              "after": "polkadot-stable2509",
              "before": "polkadot-stable2512",
              "source": "fellows f56d87dff (2025-12), still labelled unstable2507",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.24.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.24.0", "confidence": "confirmed"}],
                "pallet-aura": [{"version": "43.0.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "44.0.0", "confidence": "confirmed"}]
              },
              "umbrella": []
            },
            {
              "id": "stable2512",
              "release": "polkadot-stable2512",
              "source": "fellows 422623dbf6d17bd4bdb6d2279fe387d162f3ee29 (versions as of -2)",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.25.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.25.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.21.0", "confidence": "confirmed"}],
                "cumulus-client-consensus-aura": [{"version": "0.28.0", "confidence": "unconfirmed", "note": "0.28.x likely"}],
                "pallet-aura": [{"version": "44.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.46.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "45.1.0", "confidence": "confirmed"}]
              },
              "umbrella": []
            },
            {
              "id": "stable2603",
              "release": "polkadot-stable2603",
              "source": "fellows fcfc9f5c9a78f55844515da71b4f96812207132a; docs.rs polkadot-sdk 2603.0.0 dependencies",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.26.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.26.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.22.0", "confidence": "confirmed"}],
                "cumulus-client-consensus-aura": [{"version": "0.29.0", "confidence": "confirmed"}],
                "pallet-aura": [{"version": "45.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.47.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "46.0.0", "confidence": "confirmed"}]
              },
              "umbrella": [{"version": "2603.0.0", "confidence": "confirmed"}]
            },
            {
              "id": "unstable2604",
              "release": "polkadot-unstable2604",
              "after": "polkadot-stable2603",
              "before": "polkadot-stable2606",
              "source": "fellows 1fb092fd7 (crates labelled 2604)",
              "crates": {
                "cumulus-pallet-parachain-system": [{"version": "0.28.0", "confidence": "confirmed"}],
                "cumulus-pallet-aura-ext": [{"version": "0.28.0", "confidence": "confirmed"}],
                "cumulus-primitives-aura": [{"version": "0.23.0", "confidence": "confirmed"}],
                "pallet-aura": [{"version": "47.0.0", "confidence": "confirmed"}],
                "sp-consensus-aura": [{"version": "0.48.0", "confidence": "confirmed"}],
                "frame-support": [{"version": "47.0.0", "confidence": "confirmed"}]
              },
              "umbrella": []
            }
          ]
        }
        """#
}

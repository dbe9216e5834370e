#!/usr/bin/env python3
"""Writes a synthetic Cargo workspace shaped like a large runtime monorepo, for `bench/inspect.sh`.

    bench/gen_monorepo.py OUT [--runtimes 24] [--pallets 32] [--weights 22]

The tree is deterministic (fixed seed, no clock): the same arguments always give the same bytes. It holds
runtimes grouped by network (constants taken from a shared constants crate, from nested modules, from a
`constants.rs` file module, or behind an `async-backing` cargo feature), a shared constants crate, workspace
pallets with weights, benchmarks and tests, generated weight files per runtime, collator nodes, a workspace
`Cargo.toml` with `[workspace.dependencies]` and a version 4 `Cargo.lock`. Nothing here is meant to compile;
it only has to read like the real thing to a parser. Prints the number of Rust lines and files written.
"""

import argparse
import hashlib
import os
import random
import shutil

SDK = {  # polkadot-sdk stable2506 crate versions (crates.io)
    "cumulus-pallet-aura-ext": "0.21.0",
    "cumulus-pallet-parachain-system": "0.21.0",
    "cumulus-pallet-xcmp-queue": "0.21.0",
    "cumulus-pallet-weight-reclaim": "0.3.0",
    "cumulus-primitives-aura": "0.18.0",
    "cumulus-primitives-core": "0.19.0",
    "cumulus-client-cli": "0.23.0",
    "cumulus-client-collator": "0.23.0",
    "cumulus-client-consensus-aura": "0.23.0",
    "cumulus-client-consensus-common": "0.23.0",
    "cumulus-client-consensus-proposer": "0.20.0",
    "cumulus-client-service": "0.24.0",
    "cumulus-relay-chain-interface": "0.23.0",
    "frame-benchmarking": "41.0.0",
    "frame-executive": "41.0.0",
    "frame-support": "41.0.0",
    "frame-system": "41.0.0",
    "pallet-aura": "40.0.0",
    "pallet-balances": "42.0.0",
    "pallet-collator-selection": "22.0.0",
    "pallet-message-queue": "44.0.0",
    "pallet-multisig": "41.0.0",
    "pallet-proxy": "41.0.0",
    "pallet-session": "41.0.0",
    "pallet-timestamp": "40.0.0",
    "pallet-transaction-payment": "41.0.0",
    "pallet-utility": "41.0.0",
    "pallet-xcm": "20.0.0",
    "parachains-common": "23.0.0",
    "sc-basic-authorship": "0.50.0",
    "sc-client-api": "40.0.0",
    "sc-consensus": "0.50.0",
    "sc-executor": "0.43.0",
    "sc-network": "0.51.0",
    "sc-service": "0.52.0",
    "sc-telemetry": "29.0.0",
    "sc-transaction-pool": "40.0.0",
    "sp-api": "37.0.0",
    "sp-block-builder": "37.0.0",
    "sp-consensus-aura": "0.43.0",
    "sp-core": "37.0.0",
    "sp-genesis-builder": "0.18.0",
    "sp-inherents": "37.0.0",
    "sp-io": "41.0.0",
    "sp-keystore": "0.43.0",
    "sp-runtime": "42.0.0",
    "sp-std": "14.0.0",
    "sp-transaction-pool": "37.0.0",
    "sp-version": "40.0.0",
    "staging-parachain-info": "0.21.0",
    "staging-xcm": "17.0.0",
    "staging-xcm-builder": "21.0.0",
    "staging-xcm-executor": "20.0.0",
    "substrate-wasm-builder": "27.0.0",
}
OTHER = {"parity-scale-codec": "3.7.5", "scale-info": "2.11.6", "log": "0.4.27", "clap": "4.5.40",
         "futures": "0.3.31", "serde": "1.0.219", "jsonrpsee": "0.24.9"}
RENAMED = {"codec": "parity-scale-codec", "parachain-info": "staging-parachain-info", "xcm": "staging-xcm",
           "xcm-builder": "staging-xcm-builder", "xcm-executor": "staging-xcm-executor"}
RUNTIME_DEPS = [
    "codec", "scale-info", "log", "cumulus-pallet-aura-ext", "cumulus-pallet-parachain-system",
    "cumulus-pallet-xcmp-queue", "cumulus-pallet-weight-reclaim", "cumulus-primitives-aura",
    "cumulus-primitives-core", "frame-benchmarking", "frame-executive", "frame-support", "frame-system",
    "pallet-aura", "pallet-balances", "pallet-collator-selection", "pallet-message-queue", "pallet-multisig",
    "pallet-proxy", "pallet-session", "pallet-timestamp", "pallet-transaction-payment", "pallet-utility",
    "pallet-xcm", "parachain-info", "parachains-common", "sp-api", "sp-block-builder", "sp-consensus-aura",
    "sp-core", "sp-genesis-builder", "sp-inherents", "sp-runtime", "sp-transaction-pool", "sp-version", "xcm",
    "xcm-builder", "xcm-executor",
]
NODE_DEPS = [
    "clap", "futures", "jsonrpsee", "log", "serde", "codec", "cumulus-client-cli", "cumulus-client-collator",
    "cumulus-client-consensus-aura", "cumulus-client-consensus-common", "cumulus-client-consensus-proposer",
    "cumulus-client-service", "cumulus-primitives-core", "cumulus-relay-chain-interface", "sc-basic-authorship",
    "sc-client-api", "sc-consensus", "sc-executor", "sc-network", "sc-service", "sc-telemetry",
    "sc-transaction-pool", "sp-api", "sp-consensus-aura", "sp-core", "sp-keystore", "sp-runtime",
]
NETWORKS = ["polkadot", "kusama", "westend", "paseo"]
CHAINS = ["asset-hub", "bridge-hub", "collectives", "coretime", "people", "encointer", "glutton", "gateway"]
EXTERNAL_PALLETS = [
    "frame_system", "pallet_balances", "pallet_multisig", "pallet_proxy", "pallet_session", "pallet_timestamp",
    "pallet_utility", "pallet_xcm", "pallet_message_queue", "pallet_collator_selection",
    "cumulus_pallet_parachain_system", "cumulus_pallet_xcmp_queue",
]


def snake(name):
    return name.replace("-", "_")


def camel(name):
    return "".join(part.capitalize() for part in name.replace("_", "-").split("-"))


def dependency_spec(name):
    package = RENAMED.get(name, name)
    version = SDK.get(package) or OTHER.get(package)
    rename = f'package = "{package}", ' if package != name else ""
    node_only = name in NODE_DEPS and name not in RUNTIME_DEPS
    defaults = "" if node_only else ", default-features = false"
    return f'{name} = {{ {rename}version = "{version}"{defaults} }}'


class Tree:
    def __init__(self, root):
        self.root = root
        self.rust_lines = 0
        self.rust_files = 0

    def write(self, path, text):
        full = os.path.join(self.root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        if path.endswith(".rs"):
            self.rust_lines += text.count("\n")
            self.rust_files += 1


# ---------------------------------------------------------------- manifests


def crate_manifest(name, deps, local, features=(), build=False, description=""):
    lines = [
        "[package]", f'name = "{name}"', f'description = "{description}"', "version.workspace = true",
        "authors.workspace = true", "edition.workspace = true", "license.workspace = true",
        "repository.workspace = true", "",
    ]
    if build:
        lines += ["[build-dependencies]", "substrate-wasm-builder = { workspace = true, optional = true }", ""]
    lines += ["[dependencies]"]
    lines += [f"{dep} = {{ workspace = true }}" for dep in deps]
    lines += ["", "# Local"]
    lines += [f"{dep} = {{ workspace = true }}" for dep in local]
    lines += ["", "[features]", 'default = ["std"]', "std = ["]
    lines += [f'\t"{dep}/std",' for dep in sorted(list(deps) + list(local)) if dep not in ("clap", "futures", "jsonrpsee", "serde")]
    if build:
        lines += ['\t"substrate-wasm-builder",']
    lines += ["]", "runtime-benchmarks = ["]
    lines += [f'\t"{dep}/runtime-benchmarks",' for dep in sorted(local)]
    lines += ["]", "try-runtime = ["]
    lines += [f'\t"{dep}/try-runtime",' for dep in sorted(local)]
    lines += ["]"]
    for feature in features:
        lines += [f"{feature} = []"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- constants crate


def constants_crate(tree):
    tree.write("constants/Cargo.toml", crate_manifest(
        "system-parachains-constants", ["frame-support", "parachains-common", "sp-runtime"], [],
        description="Constants shared by the system parachain runtimes."))
    lib = ['//! Constants shared by the runtimes of this repository.', "",
           '#![cfg_attr(not(feature = "std"), no_std)]', "", "mod consensus;", "mod timing;"]
    lib += [f"pub mod {network};" for network in NETWORKS]
    lib += ["", "use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight};",
            "use sp_runtime::Perbill;", "",
            "/// Relay chain PoV limit used for the proof-size part of block weights.",
            "pub const MAX_POV_SIZE: u64 = 10 * 1024 * 1024;", "",
            "/// Synchronous backing: at most one block waiting for inclusion.",
            "pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 1;", "",
            "/// Synchronous backing: 12 second blocks.", "pub const MILLISECS_PER_BLOCK: u64 = 12000;", "",
            "/// Synchronous backing: half a second of execution per block.",
            "pub const MAXIMUM_BLOCK_WEIGHT: Weight =",
            "\tWeight::from_parts(WEIGHT_REF_TIME_PER_SECOND.saturating_div(2), MAX_POV_SIZE);", "",
            "pub const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(5);",
            "pub const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);", "",
            "/// Parameters of chains running async backing.", "pub mod async_backing {",
            "\tuse frame_support::weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight};", "",
            "\tpub use crate::consensus::{BLOCK_PROCESSING_VELOCITY, RELAY_CHAIN_SLOT_DURATION_MILLIS};", "",
            "\t/// Two relay blocks of backing latency at the chain's velocity, plus the block being built.",
            "\tpub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 2 * BLOCK_PROCESSING_VELOCITY + 1;", "",
            "\t/// Two seconds of execution per block.", "\tpub const MAXIMUM_BLOCK_WEIGHT: Weight =",
            "\t\tWeight::from_parts(WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2), super::MAX_POV_SIZE);", "}", "",
            "/// Block time and durations in blocks for chains running async backing.",
            "pub mod time {", "\tpub use crate::timing::*;", "}", ""]
    tree.write("constants/src/lib.rs", "\n".join(lib))
    tree.write("constants/src/consensus.rs", "\n".join([
        "//! Relay chain facts every consensus hook is built from.", "",
        "/// Duration of a relay chain slot.", "pub const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;", "",
        "/// Parachain blocks the relay chain processes per relay parent.",
        "pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;", ""]))
    tree.write("constants/src/timing.rs", "\n".join([
        "//! Block time and durations measured in blocks.", "",
        "pub use parachains_common::BlockNumber;", "",
        "use crate::consensus::{BLOCK_PROCESSING_VELOCITY, RELAY_CHAIN_SLOT_DURATION_MILLIS};", "",
        "pub const MILLISECS_PER_BLOCK: u64 =",
        "\tRELAY_CHAIN_SLOT_DURATION_MILLIS as u64 / BLOCK_PROCESSING_VELOCITY as u64;",
        "pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;", "",
        "pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);",
        "pub const HOURS: BlockNumber = MINUTES * 60;", "pub const DAYS: BlockNumber = HOURS * 24;", ""]))
    for index, network in enumerate(NETWORKS):
        body = [f"//! Values specific to the {network.capitalize()} chains.", "",
                "/// Currency units.", "pub mod currency {", "\tuse parachains_common::Balance;", "",
                f"\tpub const UNITS: Balance = {10 ** (10 + index % 3)};",
                "\tpub const DOLLARS: Balance = UNITS;", "\tpub const CENTS: Balance = DOLLARS / 100;",
                "\tpub const MILLICENTS: Balance = CENTS / 1_000;",
                "\tpub const SYSTEM_PARA_EXISTENTIAL_DEPOSIT: Balance = CENTS / 10;", "",
                "\tpub const fn deposit(items: u32, bytes: u32) -> Balance {",
                "\t\t(items as Balance * 20 * DOLLARS + (bytes as Balance) * 100 * MILLICENTS) / 100", "\t}", "}",
                "", "/// Fee configuration.", "pub mod fee {", "\tuse super::currency::CENTS;",
                "\tuse parachains_common::Balance;", "", "\tpub const TRANSACTION_BYTE_FEE: Balance = CENTS / 100;",
                "\tpub const FEE_MULTIPLIER: u32 = 10;", "}", ""]
        tree.write(f"constants/src/{network}.rs", "\n".join(body))


# ---------------------------------------------------------------- pallets


def pallet_crate(tree, index, rng):
    name = f"pallet-example-{index:02d}"
    calls = 10 + index % 8
    tree.write(f"pallets/{name}/Cargo.toml", crate_manifest(
        name, ["codec", "scale-info", "log", "frame-benchmarking", "frame-support", "frame-system", "sp-runtime"],
        [], description=f"Example pallet number {index}."))
    lib = [f"//! Example pallet {index}: stores per-account records and lets a privileged origin tune limits.",
           "", '#![cfg_attr(not(feature = "std"), no_std)]', "", "pub use pallet::*;", "",
           '#[cfg(feature = "runtime-benchmarks")]', "mod benchmarking;", "#[cfg(test)]", "mod tests;",
           "pub mod weights;", "pub use weights::WeightInfo;", "",
           "#[frame_support::pallet]", "pub mod pallet {", "\tuse super::*;",
           "\tuse frame_support::{pallet_prelude::*, traits::Currency};",
           "\tuse frame_system::pallet_prelude::*;", "",
           "\t/// The in-code storage version.",
           f"\tconst STORAGE_VERSION: StorageVersion = StorageVersion::new({index % 5});", "",
           "\t#[pallet::pallet]", "\t#[pallet::storage_version(STORAGE_VERSION)]",
           "\tpub struct Pallet<T>(_);", "", "\t#[pallet::config]", "\tpub trait Config: frame_system::Config {",
           "\t\t#[allow(deprecated)]",
           "\t\ttype RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;",
           "\t\ttype Currency: Currency<Self::AccountId>;", "\t\ttype AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;",
           "\t\t#[pallet::constant]", "\t\ttype MaxRecords: Get<u32>;", "\t\ttype WeightInfo: WeightInfo;", "\t}", ""]
    for storage in range(6):
        lib += [f"\t/// Storage item {storage}.", "\t#[pallet::storage]",
                f"\tpub type Records{storage}<T: Config> =",
                "\t\tStorageMap<_, Blake2_128Concat, T::AccountId, BoundedVec<u8, T::MaxRecords>, OptionQuery>;", ""]
    lib += ["\t#[pallet::event]", "\t#[pallet::generate_deposit(pub(super) fn deposit_event)]",
            "\tpub enum Event<T: Config> {"]
    for call in range(calls):
        lib += [f"\t\t/// Call {call} ran.", f"\t\tCall{call}Done {{ who: T::AccountId, value: u32 }},"]
    lib += ["\t}", "", "\t#[pallet::error]", "\tpub enum Error<T> {", "\t\tTooMany,", "\t\tNotFound,",
            "\t\tOverflow,", "\t}", "", "\t#[pallet::call]", "\timpl<T: Config> Pallet<T> {"]
    for call in range(calls):
        lib += [f"\t\t/// Stores `value` for the caller (call {call}).", f"\t\t#[pallet::call_index({call})]",
                f"\t\t#[pallet::weight(T::WeightInfo::call_{call}(*value))]",
                f"\t\tpub fn call_{call}(origin: OriginFor<T>, value: u32) -> DispatchResult {{",
                "\t\t\tlet who = ensure_signed(origin)?;",
                f"\t\t\tlet limit = T::MaxRecords::get().saturating_mul({call + 1});",
                "\t\t\tensure!(value <= limit, Error::<T>::TooMany);",
                f"\t\t\tlet bytes = value.to_le_bytes().to_vec();",
                f"\t\t\tlet bounded: BoundedVec<u8, T::MaxRecords> = bytes.try_into().map_err(|_| Error::<T>::Overflow)?;",
                f"\t\t\tRecords{call % 6}::<T>::insert(&who, bounded);",
                f"\t\t\tSelf::deposit_event(Event::Call{call}Done {{ who, value }});", "\t\t\tOk(())", "\t\t}", ""]
    lib += ["\t}", "", "\timpl<T: Config> Pallet<T> {"]
    for helper in range(12):
        lib += [f"\t\t/// Helper {helper}: sums a window of values with saturating arithmetic.",
                f"\t\tpub fn helper_{helper}(values: &[u32]) -> u32 {{", "\t\t\tlet mut total: u32 = 0;",
                "\t\t\tfor (position, value) in values.iter().enumerate() {",
                f"\t\t\t\tif position % {helper + 2} == 0 {{", "\t\t\t\t\tcontinue;", "\t\t\t\t}",
                f"\t\t\t\ttotal = total.saturating_add(value.saturating_mul({helper + 1}));", "\t\t\t}",
                "\t\t\ttotal", "\t\t}", ""]
    lib += ["\t}", "}", ""]
    tree.write(f"pallets/{name}/src/lib.rs", "\n".join(lib))
    tree.write(f"pallets/{name}/src/weights.rs", weight_file(snake(name), "crate", calls, rng, trait_here=True))
    bench = ["//! Benchmarks.", "", "use super::*;", "use frame_benchmarking::v2::*;",
             "use frame_system::RawOrigin;", "", "#[benchmarks]", "mod benchmarks {", "\tuse super::*;", ""]
    for call in range(calls):
        bench += ["\t#[benchmark]", f"\tfn call_{call}(n: Linear<1, 100>) {{",
                  '\t\tlet caller: T::AccountId = whitelisted_caller();', "\t\t#[extrinsic_call]",
                  "\t\t_(RawOrigin::Signed(caller.clone()), n);", f"\t\tassert!(Records{call % 6}::<T>::contains_key(&caller));",
                  "\t}", ""]
    bench += ["\timpl_benchmark_test_suite!(Pallet, crate::tests::new_test_ext(), crate::tests::Test);", "}", ""]
    tree.write(f"pallets/{name}/src/benchmarking.rs", "\n".join(bench))
    tests = ["//! Unit tests.", "", "use super::*;", "use frame_support::{assert_noop, assert_ok, derive_impl, parameter_types};",
             "use sp_runtime::BuildStorage;", "", "type Block = frame_system::mocking::MockBlock<Test>;", "",
             "frame_support::construct_runtime!(", "\tpub enum Test {", "\t\tSystem: frame_system,",
             "\t\tBalances: pallet_balances,", f"\t\tExample: crate,", "\t}", ");", "",
             "#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]",
             "impl frame_system::Config for Test {", "\ttype Block = Block;",
             "\ttype AccountData = pallet_balances::AccountData<u64>;", "}", "",
             "parameter_types! {", f"\tpub const MaxRecords: u32 = {16 + index};", "}", "",
             "impl Config for Test {", "\ttype RuntimeEvent = RuntimeEvent;", "\ttype Currency = Balances;",
             "\ttype AdminOrigin = frame_system::EnsureRoot<u64>;", "\ttype MaxRecords = MaxRecords;",
             "\ttype WeightInfo = ();", "}", "", "pub fn new_test_ext() -> sp_io::TestExternalities {",
             "\tframe_system::GenesisConfig::<Test>::default().build_storage().unwrap().into()", "}", ""]
    for call in range(calls):
        tests += ["#[test]", f"fn call_{call}_stores_a_record() {{", "\tnew_test_ext().execute_with(|| {",
                  f"\t\tassert_ok!(Example::call_{call}(RuntimeOrigin::signed(1), 3));",
                  f"\t\tassert!(Records{call % 6}::<Test>::contains_key(1));",
                  f"\t\tassert_noop!(Example::call_{call}(RuntimeOrigin::signed(1), u32::MAX), Error::<Test>::TooMany);",
                  "\t});", "}", ""]
    tree.write(f"pallets/{name}/src/tests.rs", "\n".join(tests))
    return name


# ---------------------------------------------------------------- weights


def weight_file(pallet, owner, functions, rng, trait_here=False):
    lines = ["// This file is part of the example monorepo.", "",
             f"//! Autogenerated weights for `{pallet}`", "//!",
             "//! THIS FILE WAS AUTO-GENERATED USING THE SUBSTRATE BENCHMARK CLI VERSION 32.0.0",
             "//! DATE: 2025-06-01, STEPS: `50`, REPEAT: `20`, LOW RANGE: `[]`, HIGH RANGE: `[]`",
             "//! WORST CASE MAP SIZE: `1000000`", "//! HOSTNAME: `bench-runner`, CPU: `Example CPU @ 3.00GHz`",
             "//! WASM-EXECUTION: `Compiled`, CHAIN: `None`, DB CACHE: 1024", "",
             "// Executed Command:", "// frame-omni-bencher", "// v1", "// benchmark", "// pallet",
             f"// --pallet={pallet}", "// --extrinsic=*", "// --steps=50", "// --repeat=20", "",
             "#![cfg_attr(rustfmt, rustfmt_skip)]", "#![allow(unused_parens)]", "#![allow(unused_imports)]",
             "#![allow(missing_docs)]", "", "use frame_support::{traits::Get, weights::Weight};",
             "use core::marker::PhantomData;", ""]
    if trait_here:
        lines += ["/// Weight functions needed for this pallet.", "pub trait WeightInfo {"]
        lines += [f"\tfn call_{n}(n: u32, ) -> Weight;" for n in range(functions)]
        lines += ["}", ""]
    lines += [f"/// Weight functions for `{pallet}`.", "pub struct WeightInfo<T>(PhantomData<T>);"]
    target = "WeightInfo" if trait_here else f"{pallet}::WeightInfo"
    lines += [f"impl<T: frame_system::Config> {target} for WeightInfo<T> {{"]
    for n in range(functions):
        reads, writes = rng.randrange(1, 6), rng.randrange(0, 4)
        base, proof = rng.randrange(8_000_000, 90_000_000), rng.randrange(1_400, 12_000)
        lines += [f"\t/// Storage: `Example::Records{n % 6}` (r:{reads} w:{writes})",
                  "\t/// Proof: `Example::Records` (`max_values`: None, `max_size`: Some(82), added: 2557, mode: `MaxEncodedLen`)",
                  "\t/// The range of component `n` is `[1, 100]`.", f"\tfn call_{n}(n: u32, ) -> Weight {{",
                  "\t\t// Proof Size summary in bytes:", f"\t\t//  Measured:  `{proof // 10}`",
                  f"\t\t//  Estimated: `{proof}`",
                  f"\t\t// Minimum execution time: {base // 1000}_000 picoseconds.",
                  f"\t\tWeight::from_parts({base:_}, {proof})".replace("_", "_"),
                  f"\t\t\t// Standard Error: {rng.randrange(100, 9_000)}",
                  f"\t\t\t.saturating_add(Weight::from_parts({rng.randrange(1_000, 90_000):_}, 0).saturating_mul(n.into()))",
                  f"\t\t\t.saturating_add(T::DbWeight::get().reads({reads}_u64))",
                  f"\t\t\t.saturating_add(T::DbWeight::get().writes({writes}_u64))",
                  f"\t\t\t.saturating_add(Weight::from_parts(0, {rng.randrange(100, 3_000)}).saturating_mul(n.into()))",
                  "\t}"]
    lines += ["}", ""]
    if trait_here:
        lines += ["// For backwards compatibility and tests.", "impl WeightInfo for () {"]
        for n in range(functions):
            lines += [f"\tfn call_{n}(n: u32, ) -> Weight {{",
                      f"\t\tWeight::from_parts({rng.randrange(8_000_000, 90_000_000):_}, 1489)",
                      "\t\t\t.saturating_add(Weight::from_parts(4_000, 0).saturating_mul(n.into()))", "\t}"]
        lines += ["}", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- runtimes


def runtime_constants(style):
    """The consensus constants of a runtime, in one of four shapes real repositories use."""
    if style == 0:  # shared constants crate
        return ([], ["pub use system_parachains_constants::time::SLOT_DURATION;",
                     "use system_parachains_constants::{", "\tasync_backing::{",
                     "\t\tBLOCK_PROCESSING_VELOCITY, MAXIMUM_BLOCK_WEIGHT, RELAY_CHAIN_SLOT_DURATION_MILLIS,",
                     "\t\tUNINCLUDED_SEGMENT_CAPACITY,", "\t},", "\ttime::*,",
                     "\tAVERAGE_ON_INITIALIZE_RATIO, NORMAL_DISPATCH_RATIO,", "};"], None)
    if style == 1:  # nested modules in lib.rs
        body = ["/// Consensus parameters.", "mod async_backing_params {",
                "\t/// Blocks the runtime accepts before the relay chain includes them.",
                "\tpub(crate) const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;",
                "\t/// Parachain blocks per relay parent.", "\tpub(crate) const BLOCK_PROCESSING_VELOCITY: u32 = 1;",
                "\t/// Relay chain slot duration.", "\tpub(crate) const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6_000;",
                "}", "pub(crate) use async_backing_params::*;", "",
                "/// Block timing.", "pub mod block_times {",
                "\tpub const MILLISECS_PER_BLOCK: u64 = 6000;", "\tpub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;",
                "}", "pub use block_times::*;", "",
                "pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);",
                "pub const HOURS: BlockNumber = MINUTES * 60;", "pub const DAYS: BlockNumber = HOURS * 24;", "",
                "const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(5);",
                "const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);",
                "const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(",
                "\tWEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),",
                "\tcumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,", ");", ""]
        return (body, ["use frame_support::weights::constants::WEIGHT_REF_TIME_PER_SECOND;",
                       "use sp_runtime::Perbill;"], None)
    if style == 2:  # constants.rs file module, different spelling
        module = ["//! Runtime constants.", "", "pub mod consensus {",
                  "\tuse frame_support::weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight};", "",
                  "\tpub const MILLI_SECS_PER_BLOCK: u64 = 6000;", "\tpub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;",
                  "\tpub const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;",
                  "\tpub const BLOCK_PROCESSING_VELOCITY: u32 = 1;",
                  "\tpub const UNINCLUDED_SEGMENT_CAPACITY: u32 = (2 * BLOCK_PROCESSING_VELOCITY + 1);",
                  "\tpub const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(",
                  "\t\tWEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),", "\t\t5 * 1024 * 1024,", "\t);",
                  "\tpub const AVERAGE_ON_INITIALIZE_RATIO: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(5);",
                  "\tpub const NORMAL_DISPATCH_RATIO: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(75);",
                  "\tpub const MINUTES: u32 = 60_000 / (MILLI_SECS_PER_BLOCK as u32);",
                  "\tpub const HOURS: u32 = MINUTES * 60;", "\tpub const DAYS: u32 = HOURS * 24;", "}", ""]
        return ([], ["pub mod constants;", "use constants::consensus::*;"], "\n".join(module))
    # style 3: behind an `async-backing` cargo feature, 12 s otherwise
    body = ['#[cfg(feature = "async-backing")]', "pub const MILLISECS_PER_BLOCK: u64 = 6000;",
            '#[cfg(not(feature = "async-backing"))]', "pub const MILLISECS_PER_BLOCK: u64 = 12000;",
            "pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;",
            "pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);",
            "pub const HOURS: BlockNumber = MINUTES * 60;", "pub const DAYS: BlockNumber = HOURS * 24;", "",
            '#[cfg(feature = "async-backing")]', "pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;",
            '#[cfg(not(feature = "async-backing"))]', "pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 1;",
            "pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;",
            "pub const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;", "",
            "const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(5);",
            "const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);",
            '#[cfg(feature = "async-backing")]',
            "const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2), 5 * 1024 * 1024);",
            '#[cfg(not(feature = "async-backing"))]',
            "const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND.saturating_div(2), 5 * 1024 * 1024);",
            ""]
    return (body, ["use frame_support::weights::constants::WEIGHT_REF_TIME_PER_SECOND;",
                   "use sp_runtime::Perbill;"], None)


def runtime_crate(tree, network, chain, index, pallets, weight_count, rng):
    name = f"{chain}-{network}-runtime"
    directory = f"runtimes/{network}/{chain}"
    style = index % 4
    local = ["monorepo-primitives"] + pallets + (["system-parachains-constants"] if style == 0 else [])
    features = ["async-backing"] if style == 3 else []
    tree.write(f"{directory}/Cargo.toml", crate_manifest(
        name, RUNTIME_DEPS, local, features=features, build=True,
        description=f"{chain} runtime for {network}."))
    tree.write(f"{directory}/build.rs", "\n".join([
        '#[cfg(all(feature = "std", not(feature = "metadata-hash")))]', "fn main() {",
        "\tsubstrate_wasm_builder::WasmBuilder::build_using_defaults();", "}", "",
        '#[cfg(not(feature = "std"))]', "fn main() {}", ""]))
    body, uses, constants_module = runtime_constants(style)
    if constants_module:
        tree.write(f"{directory}/src/constants.rs", constants_module)
    lib = [f"//! The {chain} runtime of {network}: generated for the inspect benchmark.", "",
           '#![cfg_attr(not(feature = "std"), no_std)]', '#![recursion_limit = "256"]', "",
           '#[cfg(feature = "std")]', 'include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));', "",
           "mod apis;", "pub mod weights;", "pub mod xcm_config;", "", "extern crate alloc;", "",
           "use alloc::vec::Vec;", "use cumulus_pallet_parachain_system::RelayNumberMonotonicallyIncreases;",
           "use frame_support::{", "\tconstruct_runtime, derive_impl,", "\tdispatch::DispatchClass,",
           "\tparameter_types,", "\ttraits::{ConstBool, ConstU32, ConstU64, ConstU8, EitherOfDiverse},",
           "\tweights::{constants::RocksDbWeight, Weight},", "\tPalletId,", "};",
           "use frame_system::limits::{BlockLength, BlockWeights};",
           "use monorepo_primitives::{AccountId, AuraId, Balance, BlockNumber, Hash, Header, Nonce, Signature};",
           "use sp_runtime::{generic, Permill};", "use sp_version::RuntimeVersion;"] + uses + [""]
    lib += body
    lib += ["pub type Address = sp_runtime::MultiAddress<AccountId, ()>;",
            "pub type Block = generic::Block<Header, UncheckedExtrinsic>;",
            "pub type TxExtension = cumulus_pallet_weight_reclaim::StorageWeightReclaim<", "\tRuntime,", "\t(",
            "\t\tframe_system::CheckNonZeroSender<Runtime>,", "\t\tframe_system::CheckSpecVersion<Runtime>,",
            "\t\tframe_system::CheckTxVersion<Runtime>,", "\t\tframe_system::CheckGenesis<Runtime>,",
            "\t\tframe_system::CheckEra<Runtime>,", "\t\tframe_system::CheckNonce<Runtime>,",
            "\t\tframe_system::CheckWeight<Runtime>,",
            "\t\tpallet_transaction_payment::ChargeTransactionPayment<Runtime>,", "\t),", ">;",
            "pub type UncheckedExtrinsic =",
            "\tgeneric::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;",
            "pub type Executive = frame_executive::Executive<", "\tRuntime,", "\tBlock,",
            "\tframe_system::ChainContext<Runtime>,", "\tRuntime,", "\tAllPalletsWithSystem,", ">;", "",
            "#[sp_version::runtime_version]", "pub const VERSION: RuntimeVersion = RuntimeVersion {",
            f'\tspec_name: alloc::borrow::Cow::Borrowed("{name}"),',
            f'\timpl_name: alloc::borrow::Cow::Borrowed("{name}"),', "\tauthoring_version: 1,",
            f"\tspec_version: {1_005_000 + index},", "\timpl_version: 0,", "\tapis: RUNTIME_API_VERSIONS,",
            "\ttransaction_version: 15,", "\tsystem_version: 1,", "};", "",
            "parameter_types! {", "\tpub const Version: RuntimeVersion = VERSION;",
            "\tpub RuntimeBlockLength: BlockLength =",
            "\t\tBlockLength::max_with_normal_ratio(5 * 1024 * 1024, NORMAL_DISPATCH_RATIO);",
            "\tpub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()",
            "\t\t.base_block(weights::BlockExecutionWeight::get())",
            "\t\t.for_class(DispatchClass::all(), |weights| {",
            "\t\t\tweights.base_extrinsic = weights::ExtrinsicBaseWeight::get();", "\t\t})",
            "\t\t.for_class(DispatchClass::Normal, |weights| {",
            "\t\t\tweights.max_total = Some(NORMAL_DISPATCH_RATIO * MAXIMUM_BLOCK_WEIGHT);", "\t\t})",
            "\t\t.for_class(DispatchClass::Operational, |weights| {",
            "\t\t\tweights.max_total = Some(MAXIMUM_BLOCK_WEIGHT);", "\t\t})",
            "\t\t.avg_block_initialization(AVERAGE_ON_INITIALIZE_RATIO)", "\t\t.build_or_panic();",
            f"\tpub const SS58Prefix: u8 = {index % 64};", "}", "",
            "#[derive_impl(frame_system::config_preludes::ParaChainDefaultConfig)]",
            "impl frame_system::Config for Runtime {", "\ttype AccountId = AccountId;", "\ttype Nonce = Nonce;",
            "\ttype Hash = Hash;", "\ttype Block = Block;", "\ttype BlockHashCount = ConstU32<4096>;",
            "\ttype Version = Version;", "\ttype AccountData = pallet_balances::AccountData<Balance>;",
            "\ttype DbWeight = RocksDbWeight;", "\ttype BlockWeights = RuntimeBlockWeights;",
            "\ttype BlockLength = RuntimeBlockLength;", "\ttype SS58Prefix = SS58Prefix;",
            "\ttype OnSetCode = cumulus_pallet_parachain_system::ParachainSetCode<Self>;",
            "\ttype MaxConsumers = ConstU32<64>;", "\ttype SystemWeightInfo = weights::frame_system::WeightInfo<Runtime>;",
            "}", "",
            "impl pallet_timestamp::Config for Runtime {", "\ttype Moment = u64;", "\ttype OnTimestampSet = Aura;",
            "\ttype MinimumPeriod = ConstU64<0>;", "\ttype WeightInfo = weights::pallet_timestamp::WeightInfo<Runtime>;",
            "}", "",
            "parameter_types! {", f"\tpub const ExistentialDeposit: Balance = {10_000_000 + index};",
            "\tpub const TransactionByteFee: Balance = 10;", "}", "",
            "impl pallet_balances::Config for Runtime {", "\ttype MaxLocks = ConstU32<50>;", "\ttype Balance = Balance;",
            "\ttype RuntimeEvent = RuntimeEvent;", "\ttype DustRemoval = ();",
            "\ttype ExistentialDeposit = ExistentialDeposit;", "\ttype AccountStore = System;",
            "\ttype WeightInfo = weights::pallet_balances::WeightInfo<Runtime>;", "\ttype MaxReserves = ConstU32<50>;",
            "\ttype ReserveIdentifier = [u8; 8];", "\ttype RuntimeHoldReason = RuntimeHoldReason;",
            "\ttype RuntimeFreezeReason = RuntimeFreezeReason;", "\ttype FreezeIdentifier = ();",
            "\ttype MaxFreezes = ConstU32<0>;", "\ttype DoneSlashHandler = ();", "}", "",
            "parameter_types! {", "\tpub const ReservedXcmpWeight: Weight = MAXIMUM_BLOCK_WEIGHT.saturating_div(4);",
            "\tpub const ReservedDmpWeight: Weight = MAXIMUM_BLOCK_WEIGHT.saturating_div(4);",
            "\tpub const RelayOrigin: cumulus_primitives_core::AggregateMessageOrigin = cumulus_primitives_core::AggregateMessageOrigin::Parent;",
            "}", "",
            "type ConsensusHook = cumulus_pallet_aura_ext::FixedVelocityConsensusHook<", "\tRuntime,",
            "\tRELAY_CHAIN_SLOT_DURATION_MILLIS,", "\tBLOCK_PROCESSING_VELOCITY,", "\tUNINCLUDED_SEGMENT_CAPACITY,", ">;", "",
            "impl cumulus_pallet_parachain_system::Config for Runtime {",
            "\ttype WeightInfo = weights::cumulus_pallet_parachain_system::WeightInfo<Runtime>;",
            "\ttype RuntimeEvent = RuntimeEvent;", "\ttype OnSystemEvent = ();",
            "\ttype SelfParaId = parachain_info::Pallet<Runtime>;", "\ttype OutboundXcmpMessageSource = XcmpQueue;",
            "\ttype DmpQueue = frame_support::traits::EnqueueWithOrigin<MessageQueue, RelayOrigin>;",
            "\ttype ReservedDmpWeight = ReservedDmpWeight;", "\ttype XcmpMessageHandler = XcmpQueue;",
            "\ttype ReservedXcmpWeight = ReservedXcmpWeight;",
            "\ttype CheckAssociatedRelayNumber = RelayNumberMonotonicallyIncreases;",
            "\ttype ConsensusHook = ConsensusHook;", "\ttype SelectCore = cumulus_pallet_parachain_system::DefaultCoreSelector<Runtime>;",
            "}", "", "impl parachain_info::Config for Runtime {}", "",
            "impl pallet_aura::Config for Runtime {", "\ttype AuthorityId = AuraId;", "\ttype DisabledValidators = ();",
            "\ttype MaxAuthorities = ConstU32<100_000>;", "\ttype AllowMultipleBlocksPerSlot = ConstBool<true>;",
            "\ttype SlotDuration = ConstU64<SLOT_DURATION>;", "}", "",
            "impl cumulus_pallet_aura_ext::Config for Runtime {}", ""]
    for position, pallet in enumerate(pallets):
        type_name = camel(pallet)
        lib += ["parameter_types! {", f"\tpub const {type_name}MaxRecords: u32 = {32 + position * 8 + index};",
                f'\tpub const {type_name}PalletId: PalletId = PalletId(*b"py/ex{position:03d}");',
                f"\tpub const {type_name}Deposit: Balance = {1_000 * (position + 1)} * ExistentialDeposit::get();",
                "}", "", f"impl {snake(pallet)}::Config for Runtime {{", "\ttype RuntimeEvent = RuntimeEvent;",
                "\ttype Currency = Balances;",
                "\ttype AdminOrigin = EitherOfDiverse<frame_system::EnsureRoot<AccountId>, frame_system::EnsureSigned<AccountId>>;",
                f"\ttype MaxRecords = {type_name}MaxRecords;",
                f"\ttype WeightInfo = weights::{snake(pallet)}::WeightInfo<Runtime>;", "}", ""]
    lib += ["construct_runtime!(", "\tpub enum Runtime {", "\t\tSystem: frame_system = 0,",
            "\t\tParachainSystem: cumulus_pallet_parachain_system = 1,", "\t\tTimestamp: pallet_timestamp = 3,",
            "\t\tParachainInfo: parachain_info = 4,", "\t\tBalances: pallet_balances = 10,",
            "\t\tAura: pallet_aura = 23,", "\t\tAuraExt: cumulus_pallet_aura_ext = 24,",
            "\t\tXcmpQueue: cumulus_pallet_xcmp_queue = 30,", "\t\tPolkadotXcm: pallet_xcm = 31,",
            "\t\tMessageQueue: pallet_message_queue = 35,"]
    lib += [f"\t\t{camel(pallet)}: {snake(pallet)} = {50 + position}," for position, pallet in enumerate(pallets)]
    lib += ["\t}", ");", "", "cumulus_pallet_parachain_system::register_validate_block! {",
            "\tRuntime = Runtime,", "\tBlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,",
            "}", ""]
    tree.write(f"{directory}/src/lib.rs", "\n".join(lib))
    tree.write(f"{directory}/src/apis.rs", runtime_apis(index))
    tree.write(f"{directory}/src/xcm_config.rs", xcm_config(index))
    weight_pallets = EXTERNAL_PALLETS + [snake(p) for p in pallets]
    weight_pallets = weight_pallets[:max(weight_count, 1)]
    mod = ["//! Weights of this runtime: block and extrinsic base weights plus one file per pallet.", "",
           "pub mod block_weights;", "pub mod extrinsic_weights;", "pub mod rocksdb_weights;", ""]
    mod += [f"pub mod {pallet};" for pallet in weight_pallets]
    mod += ["", "pub use block_weights::constants::BlockExecutionWeight;",
            "pub use extrinsic_weights::constants::ExtrinsicBaseWeight;",
            "pub use rocksdb_weights::constants::RocksDbWeight;", ""]
    tree.write(f"{directory}/src/weights/mod.rs", "\n".join(mod))
    for file, constant, nanos in (("block_weights", "BlockExecutionWeight", 5_000_000),
                                  ("extrinsic_weights", "ExtrinsicBaseWeight", 125_000)):
        tree.write(f"{directory}/src/weights/{file}.rs", "\n".join([
            "pub mod constants {", "\tuse frame_support::{", "\t\tparameter_types,",
            "\t\tweights::{constants, Weight},", "\t};", "", "\tparameter_types! {",
            f"\t\tpub const {constant}: Weight =",
            f"\t\t\tWeight::from_parts(constants::WEIGHT_REF_TIME_PER_NANOS.saturating_mul({nanos + index * 1_000:_}), 0);",
            "\t}", "", "\t#[cfg(test)]", "\tmod test_weights {", "\t\tuse frame_support::weights::constants;", "",
            "\t\t#[test]", "\t\tfn sane() {", f"\t\t\tlet w = super::constants::{constant}::get();",
            "\t\t\tassert!(w.ref_time() >= 100u64 * constants::WEIGHT_REF_TIME_PER_NANOS);", "\t\t}", "\t}", "}", ""]))
    tree.write(f"{directory}/src/weights/rocksdb_weights.rs", "\n".join([
        "pub mod constants {", "\tuse frame_support::{", "\t\tparameter_types,",
        "\t\tweights::{constants, RuntimeDbWeight},", "\t};", "", "\tparameter_types! {",
        "\t\tpub const RocksDbWeight: RuntimeDbWeight = RuntimeDbWeight {",
        "\t\t\tread: 25_000 * constants::WEIGHT_REF_TIME_PER_NANOS,",
        "\t\t\twrite: 100_000 * constants::WEIGHT_REF_TIME_PER_NANOS,", "\t\t};", "\t}", "}", ""]))
    for pallet in weight_pallets:
        tree.write(f"{directory}/src/weights/{pallet}.rs", weight_file(pallet, "runtime", 14 + rng.randrange(10), rng))
    return name, directory


def runtime_apis(index):
    apis = ["//! The runtime APIs.", "", "use super::*;", "use sp_api::impl_runtime_apis;",
            "use sp_core::OpaqueMetadata;", "use sp_runtime::{", "\ttraits::Block as BlockT,",
            "\ttransaction_validity::{TransactionSource, TransactionValidity},", "\tApplyExtrinsicResult,", "};", "",
            "impl_runtime_apis! {", "\timpl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {",
            "\t\tfn slot_duration() -> sp_consensus_aura::SlotDuration {",
            "\t\t\tsp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)", "\t\t}", "",
            "\t\tfn authorities() -> Vec<AuraId> {", "\t\t\tpallet_aura::Authorities::<Runtime>::get().into_inner()",
            "\t\t}", "\t}", "",
            "\timpl cumulus_primitives_aura::AuraUnincludedSegmentApi<Block> for Runtime {",
            "\t\tfn can_build_upon(", "\t\t\tincluded_hash: <Block as BlockT>::Hash,",
            "\t\t\tslot: cumulus_primitives_aura::Slot,", "\t\t) -> bool {",
            "\t\t\tConsensusHook::can_build_upon(included_hash, slot)", "\t\t}", "\t}", "",
            "\timpl sp_api::Core<Block> for Runtime {", "\t\tfn version() -> RuntimeVersion {", "\t\t\tVERSION", "\t\t}",
            "", "\t\tfn execute_block(block: Block) {", "\t\t\tExecutive::execute_block(block)", "\t\t}", "",
            "\t\tfn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {",
            "\t\t\tExecutive::initialize_block(header)", "\t\t}", "\t}", "",
            "\timpl sp_api::Metadata<Block> for Runtime {", "\t\tfn metadata() -> OpaqueMetadata {",
            "\t\t\tOpaqueMetadata::new(Runtime::metadata().into())", "\t\t}", "",
            "\t\tfn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {",
            "\t\t\tRuntime::metadata_at_version(version)", "\t\t}", "",
            "\t\tfn metadata_versions() -> Vec<u32> {", "\t\t\tRuntime::metadata_versions()", "\t\t}", "\t}", "",
            "\timpl sp_block_builder::BlockBuilder<Block> for Runtime {",
            "\t\tfn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {",
            "\t\t\tExecutive::apply_extrinsic(extrinsic)", "\t\t}", "",
            "\t\tfn finalize_block() -> <Block as BlockT>::Header {", "\t\t\tExecutive::finalize_block()", "\t\t}", "",
            "\t\tfn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {",
            "\t\t\tdata.create_extrinsics()", "\t\t}", "",
            "\t\tfn check_inherents(", "\t\t\tblock: Block,", "\t\t\tdata: sp_inherents::InherentData,",
            "\t\t) -> sp_inherents::CheckInherentsResult {", "\t\t\tdata.check_extrinsics(&block)", "\t\t}", "\t}", "",
            "\timpl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {",
            "\t\tfn validate_transaction(", "\t\t\tsource: TransactionSource,",
            "\t\t\ttx: <Block as BlockT>::Extrinsic,", "\t\t\tblock_hash: <Block as BlockT>::Hash,",
            "\t\t) -> TransactionValidity {", "\t\t\tExecutive::validate_transaction(source, tx, block_hash)", "\t\t}",
            "\t}", "",
            "\timpl cumulus_primitives_core::CollectCollationInfo<Block> for Runtime {",
            "\t\tfn collect_collation_info(header: &<Block as BlockT>::Header) -> cumulus_primitives_core::CollationInfo {",
            "\t\t\tParachainSystem::collect_collation_info(header)", "\t\t}", "\t}", "",
            '\t#[cfg(feature = "runtime-benchmarks")]', "\timpl frame_benchmarking::Benchmark<Block> for Runtime {",
            "\t\tfn benchmark_metadata(extra: bool) -> (",
            "\t\t\tVec<frame_benchmarking::BenchmarkList>,", "\t\t\tVec<frame_support::traits::StorageInfo>,",
            "\t\t) {", "\t\t\tuse frame_benchmarking::BenchmarkList;", "\t\t\tuse frame_support::traits::StorageInfoTrait;",
            "\t\t\tlet mut list = Vec::<BenchmarkList>::new();", "\t\t\tlist_benchmarks!(list, extra);",
            "\t\t\tlet storage_info = AllPalletsWithSystem::storage_info();", "\t\t\t(list, storage_info)", "\t\t}", "\t}"]
    for extra in range(8):
        apis += ["", f"\timpl example_api_{extra}::ExampleApi{extra}<Block, AccountId> for Runtime {{",
                 f"\t\tfn query_{extra}(who: AccountId) -> Option<u32> {{",
                 f"\t\t\tlet value = {extra + index} as u32;",
                 "\t\t\tif value % 2 == 0 {", "\t\t\t\tSome(value.saturating_mul(3))", "\t\t\t} else {",
                 "\t\t\t\tNone", "\t\t\t}", "\t\t}", "\t}"]
    apis += ["}", ""]
    return "\n".join(apis)


def xcm_config(index):
    lines = ["//! XCM configuration.", "", "use super::*;", "use xcm::latest::prelude::*;",
             "use xcm_builder::{", "\tAccountId32Aliases, AllowTopLevelPaidExecutionFrom, EnsureXcmOrigin,",
             "\tFixedWeightBounds, FrameTransactionalProcessor, ParentIsPreset, RelayChainAsNative,",
             "\tSiblingParachainAsNative, SignedAccountId32AsNative, SovereignSignedViaLocation,",
             "\tTakeWeightCredit, UsingComponents,", "};", "use xcm_executor::XcmExecutor;", "",
             "parameter_types! {", "\tpub const RelayLocation: Location = Location::parent();",
             "\tpub const RelayNetwork: Option<NetworkId> = None;",
             "\tpub UniversalLocation: InteriorLocation = Parachain(ParachainInfo::parachain_id().into()).into();",
             "\tpub UnitWeightCost: Weight = Weight::from_parts(1_000_000_000, 64 * 1024);",
             "\tpub const MaxInstructions: u32 = 100;", "\tpub const MaxAssetsIntoHolding: u32 = 64;", "}", "",
             "pub type LocationToAccountId = (", "\tParentIsPreset<AccountId>,",
             "\tAccountId32Aliases<RelayNetwork, AccountId>,", ");", "",
             "pub type XcmOriginToTransactDispatchOrigin = (",
             "\tSovereignSignedViaLocation<LocationToAccountId, RuntimeOrigin>,",
             "\tRelayChainAsNative<RelayChainOrigin, RuntimeOrigin>,",
             "\tSiblingParachainAsNative<cumulus_pallet_xcm::Origin, RuntimeOrigin>,",
             "\tSignedAccountId32AsNative<RelayNetwork, RuntimeOrigin>,", ");", "",
             "pub type Barrier = (TakeWeightCredit, AllowTopLevelPaidExecutionFrom<Everything>);", "",
             "pub struct XcmConfig;", "impl xcm_executor::Config for XcmConfig {",
             "\ttype RuntimeCall = RuntimeCall;", "\ttype XcmSender = XcmRouter;",
             "\ttype OriginConverter = XcmOriginToTransactDispatchOrigin;", "\ttype IsReserve = ();",
             "\ttype IsTeleporter = ();", "\ttype UniversalLocation = UniversalLocation;", "\ttype Barrier = Barrier;",
             "\ttype Weigher = FixedWeightBounds<UnitWeightCost, RuntimeCall, MaxInstructions>;",
             "\ttype Trader = UsingComponents<WeightToFee, RelayLocation, AccountId, Balances, ()>;",
             "\ttype ResponseHandler = PolkadotXcm;", "\ttype AssetTrap = PolkadotXcm;",
             "\ttype AssetClaims = PolkadotXcm;", "\ttype SubscriptionService = PolkadotXcm;",
             "\ttype MaxAssetsIntoHolding = MaxAssetsIntoHolding;",
             "\ttype TransactionalProcessor = FrameTransactionalProcessor;", "}", "",
             "impl pallet_xcm::Config for Runtime {", "\ttype RuntimeEvent = RuntimeEvent;",
             "\ttype SendXcmOrigin = EnsureXcmOrigin<RuntimeOrigin, LocalOriginToLocation>;",
             "\ttype XcmRouter = XcmRouter;", "\ttype ExecuteXcmOrigin = EnsureXcmOrigin<RuntimeOrigin, LocalOriginToLocation>;",
             "\ttype XcmExecuteFilter = Nothing;", "\ttype XcmExecutor = XcmExecutor<XcmConfig>;",
             "\ttype XcmTeleportFilter = Everything;", "\ttype XcmReserveTransferFilter = Nothing;",
             "\ttype Weigher = FixedWeightBounds<UnitWeightCost, RuntimeCall, MaxInstructions>;",
             "\ttype UniversalLocation = UniversalLocation;", "\ttype RuntimeOrigin = RuntimeOrigin;",
             "\ttype RuntimeCall = RuntimeCall;", "\tconst VERSION_DISCOVERY_QUEUE_SIZE: u32 = 100;",
             "\ttype AdvertisedXcmVersion = pallet_xcm::CurrentXcmVersion;", "}", ""]
    for extra in range(6):
        lines += [f"/// Filter {extra}: matches locations under parachain {1000 + extra + index}.",
                  f"pub struct LocationFilter{extra};",
                  f"impl frame_support::traits::Contains<Location> for LocationFilter{extra} {{",
                  "\tfn contains(location: &Location) -> bool {",
                  f"\t\tmatches!(location.unpack(), (1, [Parachain({1000 + extra + index}), ..]))", "\t}", "}", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- nodes


def node_crate(tree, index, runtimes):
    name = f"example-parachain-node-{index}"
    directory = f"nodes/node-{index}"
    tree.write(f"{directory}/Cargo.toml", crate_manifest(
        name, NODE_DEPS, ["monorepo-primitives"] + [crate for crate, _ in runtimes],
        description="Collator node for several runtimes of the monorepo."))
    tree.write(f"{directory}/src/main.rs", "\n".join([
        "//! Collator node.", "", "mod chain_spec;", "mod command;", "mod service;", "",
        "fn main() -> sc_cli::Result<()> {", "\tcommand::run()", "}", ""]))
    specs = ["//! Chain specifications.", "", "use sc_service::ChainType;", ""]
    for crate, _ in runtimes:
        ident = snake(crate)
        specs += [f"pub fn {ident}_development_config() -> Result<Box<dyn sc_service::ChainSpec>, String> {{",
                  "\tlet mut properties = sc_chain_spec::Properties::new();",
                  '\tproperties.insert("tokenSymbol".into(), "UNIT".into());',
                  '\tproperties.insert("tokenDecimals".into(), 12.into());',
                  f"\tOk(Box::new(sc_service::GenericChainSpec::builder({ident}::WASM_BINARY.ok_or(\"no wasm\")?, None)",
                  f'\t\t.with_name("{crate} development")', f'\t\t.with_id("{crate}-dev")',
                  "\t\t.with_chain_type(ChainType::Development)", "\t\t.with_properties(properties)", "\t\t.build()))",
                  "}", ""]
    tree.write(f"{directory}/src/chain_spec.rs", "\n".join(specs))
    command = ["//! Command line dispatch.", "", "use crate::{chain_spec, service};", "",
               "pub fn load_spec(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {", "\tmatch id {"]
    for crate, _ in runtimes:
        command += [f'\t\t"{crate}" => chain_spec::{snake(crate)}_development_config(),']
    command += ['\t\t_ => Err(format!("unknown chain {id}")),', "\t}", "}", "",
                "pub fn run() -> sc_cli::Result<()> {", "\tlet cli = Cli::from_args();",
                "\tlet runner = cli.create_runner(&cli.run.normalize())?;",
                "\trunner.run_node_until_exit(|config| async move {",
                "\t\tservice::start_parachain_node(config, cli.collator_options()).await.map(|r| r.0)",
                "\t})", "}", ""]
    tree.write(f"{directory}/src/command.rs", "\n".join(command))
    first = snake(runtimes[0][0])
    service = ["//! Service: client, import queue, network and the lookahead Aura collator.", "",
               "use std::{sync::Arc, time::Duration};", "",
               "use cumulus_client_cli::CollatorOptions;", "use cumulus_client_collator::service::CollatorService;",
               "use cumulus_client_consensus_aura::collators::lookahead::{self as aura, Params as AuraParams};",
               "use cumulus_client_consensus_common::ParachainBlockImport as TParachainBlockImport;",
               "use cumulus_client_consensus_proposer::Proposer;",
               "use cumulus_primitives_core::{relay_chain::{CollatorPair, ValidationCode}, ParaId};",
               "use cumulus_relay_chain_interface::{OverseerHandle, RelayChainInterface};",
               f"use {first}::{{apis::RuntimeApi, opaque::{{Block, Hash}}}};",
               "use sc_client_api::Backend;", "use sc_service::{Configuration, TFullBackend, TFullClient, TaskManager};",
               "use sp_keystore::KeystorePtr;", "",
               "type ParachainClient = TFullClient<Block, RuntimeApi, ParachainExecutor>;",
               "type ParachainBackend = TFullBackend<Block>;", "",
               "pub async fn start_parachain_node(",
               "\tconfig: Configuration,", "\tcollator_options: CollatorOptions,",
               ") -> sc_service::error::Result<(TaskManager, Arc<ParachainClient>)> {",
               "\tlet params = new_partial(&config)?;", "\tlet client = params.client.clone();",
               "\tlet backend = params.backend.clone();", "\tlet mut task_manager = params.task_manager;",
               "\tif validator {", "\t\tstart_consensus(", "\t\t\tclient.clone(),", "\t\t\tbackend,",
               "\t\t\t&task_manager,", "\t\t\trelay_chain_interface,", "\t\t\tparams.keystore_container.keystore(),",
               "\t\t\tpara_id,", "\t\t\tcollator_key.expect(\"a collator has a key\"),", "\t\t\toverseer_handle,",
               "\t\t)?;", "\t}", "\tOk((task_manager, client))", "}", "",
               "fn start_consensus(", "\tclient: Arc<ParachainClient>,", "\tbackend: Arc<ParachainBackend>,",
               "\ttask_manager: &TaskManager,", "\trelay_chain_interface: Arc<dyn RelayChainInterface>,",
               "\tkeystore: KeystorePtr,", "\tpara_id: ParaId,", "\tcollator_key: CollatorPair,",
               "\toverseer_handle: OverseerHandle,", ") -> Result<(), sc_service::Error> {",
               "\tlet proposer = Proposer::new(proposer_factory);",
               "\tlet collator_service = CollatorService::new(client.clone(), Arc::new(task_manager.spawn_handle()), announce_block, client.clone());",
               "\tlet params = AuraParams {", "\t\tcreate_inherent_data_providers: move |_, ()| async move { Ok(()) },",
               "\t\tblock_import,", "\t\tpara_client: client.clone(),", "\t\tpara_backend: backend,",
               "\t\trelay_client: relay_chain_interface,", "\t\tcode_hash_provider: move |block_hash| {",
               "\t\t\tclient.code_at(block_hash).ok().map(|c| ValidationCode::from(c).hash())", "\t\t},",
               "\t\tkeystore,", "\t\tcollator_key,", "\t\tpara_id,", "\t\toverseer_handle,",
               "\t\trelay_chain_slot_duration: Duration::from_secs(6),", "\t\tproposer,", "\t\tcollator_service,",
               "\t\tauthoring_duration: Duration::from_millis(2000),", "\t\treinitialize: false,", "\t};",
               "\tlet fut = aura::run::<Block, sp_consensus_aura::sr25519::AuthorityPair, _, _, _, _, _, _, _, _, _>(params);",
               '\ttask_manager.spawn_essential_handle().spawn("aura", None, fut);', "\tOk(())", "}", ""]
    tree.write(f"{directory}/src/service.rs", "\n".join(service))
    return name, directory


# ---------------------------------------------------------------- workspace


def lock_entry(name, version, source=None, dependencies=()):
    lines = ["[[package]]", f'name = "{name}"', f'version = "{version}"']
    if source:
        checksum = hashlib.sha256(f"{name}-{version}".encode()).hexdigest()
        lines += ['source = "registry+https://github.com/rust-lang/crates.io-index"', f'checksum = "{checksum}"']
    if dependencies:
        lines += ["dependencies = ["] + [f' "{dep}",' for dep in sorted(dependencies)] + ["]"]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--runtimes", type=int, default=24)
    parser.add_argument("--pallets", type=int, default=32)
    parser.add_argument("--weights", type=int, default=22, help="weight files per runtime")
    parser.add_argument("--nodes", type=int, default=3)
    args = parser.parse_args()
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    tree = Tree(args.out)
    rng = random.Random(20250601)

    constants_crate(tree)
    tree.write("primitives/Cargo.toml", crate_manifest(
        "monorepo-primitives", ["sp-core", "sp-runtime", "sp-consensus-aura"], [], description="Shared types."))
    tree.write("primitives/src/lib.rs", "\n".join([
        "//! Types shared by every runtime and node.", "", '#![cfg_attr(not(feature = "std"), no_std)]', "",
        "use sp_runtime::{generic, traits::{BlakeTwo256, IdentifyAccount, Verify}, MultiSignature};", "",
        "pub type Signature = MultiSignature;",
        "pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;",
        "pub type Balance = u128;", "pub type Nonce = u32;", "pub type Hash = sp_core::H256;",
        "pub type BlockNumber = u32;", "pub type Header = generic::Header<BlockNumber, BlakeTwo256>;",
        "pub use sp_consensus_aura::sr25519::AuthorityId as AuraId;", ""]))
    pallets = [pallet_crate(tree, index, rng) for index in range(args.pallets)]
    runtimes = []
    for index in range(args.runtimes):
        network = NETWORKS[index % len(NETWORKS)]
        chain = CHAINS[(index // len(NETWORKS)) % len(CHAINS)]
        if index >= len(NETWORKS) * len(CHAINS):
            chain = f"{chain}-{index // (len(NETWORKS) * len(CHAINS))}"
        used = [pallets[(index * 3 + k) % len(pallets)] for k in range(min(8, len(pallets)))]
        runtimes.append(runtime_crate(tree, network, chain, index, sorted(set(used)), args.weights, rng))
    nodes = []
    for index in range(args.nodes):
        share = runtimes[index::args.nodes] or runtimes[:1]
        nodes.append(node_crate(tree, index, share))

    local = [("system-parachains-constants", "constants"), ("monorepo-primitives", "primitives")]
    local += [(p, f"pallets/{p}") for p in pallets] + runtimes + nodes
    manifest = ["[workspace.package]", 'version = "1.0.0"', 'authors = ["Example Monorepo Maintainers"]',
                'edition = "2021"', 'repository = "https://example.invalid/monorepo.git"',
                'license = "GPL-3.0-only"', "", "[workspace]", 'resolver = "2"', "members = [",
                '\t"constants",', '\t"primitives",', '\t"pallets/*",']
    manifest += [f'\t"{directory}",' for _, directory in runtimes + nodes]
    manifest += ["]", "", "[workspace.dependencies]"]
    manifest += [f'{name} = {{ path = "{directory}", default-features = false }}' for name, directory in local]
    manifest += [""] + [dependency_spec(name) for name in sorted(set(RUNTIME_DEPS + NODE_DEPS))]
    manifest += ["substrate-wasm-builder = { version = \"27.0.0\" }", "", "[profile.release]", "opt-level = 3",
                 "", "[profile.production]", 'inherits = "release"', "lto = true", "codegen-units = 1", ""]
    tree.write("Cargo.toml", "\n".join(manifest))

    lock = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.",
            "version = 4", ""]
    entries = []
    external = sorted({RENAMED.get(name, name) for name in RUNTIME_DEPS + NODE_DEPS} | {"substrate-wasm-builder"})
    for package in external:
        version = SDK.get(package) or OTHER.get(package)
        deps = [d for d in ("frame-support", "sp-runtime", "sp-core") if d != package and package.startswith(("pallet", "cumulus"))]
        entries.append(lock_entry(package, version, source=True, dependencies=deps))
    for name, _ in local:
        entries.append(lock_entry(name, "1.0.0", dependencies=["frame-support", "sp-runtime"]))
    lock += sorted(entries, key=lambda entry: entry.split("\n")[1])
    tree.write("Cargo.lock", "\n".join(lock))
    print(f"{tree.rust_lines} {tree.rust_files} {len(runtimes)}")


if __name__ == "__main__":
    main()

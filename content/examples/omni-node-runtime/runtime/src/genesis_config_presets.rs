//! Genesis presets the chain specification is built from (`chain-spec-builder … named-preset`).

use alloc::{vec, vec::Vec};
use polkadot_sdk::*;

use cumulus_primitives_core::ParaId;
use serde_json::Value;
use sp_genesis_builder::PresetId;
use sp_keyring::Sr25519Keyring;

use crate::{
	AccountId, AuraId, BalancesConfig, ParachainInfoConfig, RuntimeGenesisConfig, SessionConfig,
	SessionKeys, SudoConfig,
};

/// Para id the presets are built for.
pub const PARACHAIN_ID: u32 = 1000;

fn genesis(
	collators: Vec<(AccountId, AuraId)>,
	endowed: Vec<AccountId>,
	root: AccountId,
	id: ParaId,
) -> Value {
	let config = RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.iter().cloned().map(|account| (account, 1u128 << 60)).collect(),
			..Default::default()
		},
		parachain_info: ParachainInfoConfig { parachain_id: id, ..Default::default() },
		session: SessionConfig {
			keys: collators
				.into_iter()
				.map(|(account, aura)| (account.clone(), account, SessionKeys { aura }))
				.collect(),
			..Default::default()
		},
		sudo: SudoConfig { key: Some(root) },
		..Default::default()
	};
	serde_json::to_value(config).expect("the genesis config serialises to JSON")
}

fn development() -> Value {
	genesis(
		vec![
			(Sr25519Keyring::Alice.to_account_id(), Sr25519Keyring::Alice.public().into()),
			(Sr25519Keyring::Bob.to_account_id(), Sr25519Keyring::Bob.public().into()),
		],
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
		PARACHAIN_ID.into(),
	)
}

/// The preset called `id`, serialised.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET | sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET =>
			development(),
		_ => return None,
	};
	Some(serde_json::to_string(&patch).expect("JSON values serialise").into_bytes())
}

/// Names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}

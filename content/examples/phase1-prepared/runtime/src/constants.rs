//! Chain-wide constants: currency, block time, weights and the parameters of the consensus hook.

use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight};
use sp_runtime::Perbill;

use crate::{Balance, BlockNumber};

pub mod currency {
	use crate::Balance;

	pub const UNIT: Balance = 1_000_000_000_000;
	pub const MILLIUNIT: Balance = UNIT / 1_000;
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLIUNIT;
}

/// Average block time the chain aims for. Stays at 12 seconds until async backing is activated.
pub const MILLISECS_PER_BLOCK: u64 = 12000;

/// One Aura slot per block; read by `pallet_aura` and by the `AuraApi` runtime API.
pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;

// Durations expressed in blocks.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
pub const HOURS: BlockNumber = MINUTES * 60;
pub const DAYS: BlockNumber = HOURS * 24;

/// Share of the block weight reserved for `on_initialize` hooks.
pub const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(5);

/// Share of the block that `Normal` extrinsics may fill.
pub const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// Half a second of execution per block, and the relay chain's PoV limit.
pub const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
	WEIGHT_REF_TIME_PER_SECOND.saturating_div(2),
	cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
);

/// Blocks the runtime accepts before the relay chain has included them. One keeps the chain on
/// synchronous behaviour until the activation step.
pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 1;

/// Parachain blocks the relay chain processes per relay parent.
pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;

/// Duration of a relay chain slot.
pub const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;

/// Minimum balance an account must keep, re-exported for the balances config.
pub const MIN_BALANCE: Balance = currency::EXISTENTIAL_DEPOSIT;

//! Constants of the runtime. Those that change when async backing is on come in pairs gated by the
//! `async-backing` feature.

use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight};
use sp_runtime::Perbill;

use crate::types::{Balance, BlockNumber};

pub mod currency {
	use crate::types::Balance;

	pub const MICROCENTS: Balance = 1_000_000;
	pub const MILLICENTS: Balance = 1_000 * MICROCENTS;
	pub const CENTS: Balance = 1_000 * MILLICENTS;
	pub const DOLLARS: Balance = 100 * CENTS;

	pub const EXISTENTIAL_DEPOSIT: Balance = MILLICENTS;
}

/// Average block time the chain aims for; `SLOT_DURATION` follows it.
#[cfg(feature = "async-backing")]
pub const MILLISECS_PER_BLOCK: u64 = 6000;
#[cfg(not(feature = "async-backing"))]
pub const MILLISECS_PER_BLOCK: u64 = 12000;

pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;

// Durations expressed in blocks.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
pub const HOURS: BlockNumber = MINUTES * 60;
pub const DAYS: BlockNumber = HOURS * 24;

/// Share of the block weight reserved for `on_initialize` hooks.
pub const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(5);

/// Share of the block that `Normal` extrinsics may fill.
pub const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// Execution time per block: 2 s with async backing, half a second without.
pub const MAXIMUM_BLOCK_WEIGHT: Weight = Weight::from_parts(
	#[cfg(feature = "async-backing")]
	WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2),
	#[cfg(not(feature = "async-backing"))]
	WEIGHT_REF_TIME_PER_SECOND.saturating_div(2),
	cumulus_primitives_core::relay_chain::MAX_POV_SIZE as u64,
);

/// Blocks the runtime accepts before the relay chain has included them.
#[cfg(feature = "async-backing")]
pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 3;
#[cfg(not(feature = "async-backing"))]
pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 1;

/// Parachain blocks processed by the relay chain per relay parent.
pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;

/// Duration of a relay chain slot.
pub const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;

/// Minimum balance, used by the balances config.
pub const MIN_BALANCE: Balance = currency::EXISTENTIAL_DEPOSIT;

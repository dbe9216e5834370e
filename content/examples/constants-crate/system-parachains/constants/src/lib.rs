//! Constants shared by the system parachain runtimes.
//!
//! The crate root still carries the values of the synchronous backing era for runtimes that have
//! not moved yet; `async_backing` and `time` hold the values of chains running async backing.

#![cfg_attr(not(feature = "std"), no_std)]

mod consensus;
pub mod kusama;
mod timing;

use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight};
use sp_runtime::Perbill;

/// Relay chain PoV limit used for the proof-size part of block weights.
pub const MAX_POV_SIZE: u64 = 10 * 1024 * 1024;

/// Synchronous backing: at most one block waiting for inclusion.
pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 1;

/// Synchronous backing: 12 second blocks.
pub const MILLISECS_PER_BLOCK: u64 = 12000;

/// Synchronous backing: half a second of execution per block.
pub const MAXIMUM_BLOCK_WEIGHT: Weight =
	Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND.saturating_div(2), MAX_POV_SIZE);

/// Share of the block weight reserved for `on_initialize` hooks.
pub const AVERAGE_ON_INITIALIZE_RATIO: Perbill = Perbill::from_percent(5);

/// Share of the block that `Normal` extrinsics may fill.
pub const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

/// Parameters of chains running async backing.
pub mod async_backing {
	use frame_support::weights::{constants::WEIGHT_REF_TIME_PER_SECOND, Weight};

	pub use crate::consensus::{BLOCK_PROCESSING_VELOCITY, RELAY_CHAIN_SLOT_DURATION_MILLIS};

	/// Blocks accepted before inclusion: enough for the two relay blocks of backing latency at the
	/// chain's velocity, plus the block being built.
	pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 2 * BLOCK_PROCESSING_VELOCITY + 1;

	/// Two seconds of execution per block.
	pub const MAXIMUM_BLOCK_WEIGHT: Weight =
		Weight::from_parts(WEIGHT_REF_TIME_PER_SECOND.saturating_mul(2), super::MAX_POV_SIZE);
}

/// Block time and durations in blocks for chains running async backing.
pub mod time {
	pub use crate::timing::*;
}

//! Block time and durations measured in blocks, for chains running async backing.

pub use parachains_common::BlockNumber;

use crate::consensus::{BLOCK_PROCESSING_VELOCITY, RELAY_CHAIN_SLOT_DURATION_MILLIS};

/// Average block time: one block per relay chain slot and unit of velocity.
pub const MILLISECS_PER_BLOCK: u64 =
	RELAY_CHAIN_SLOT_DURATION_MILLIS as u64 / BLOCK_PROCESSING_VELOCITY as u64;

/// Aura slots stay at two relay chain slots (12 s): the collator whose slot it is authors two
/// blocks in it, which keeps the authoring rotation of the chain's collators unchanged.
pub const SLOT_DURATION: u64 = 2 * MILLISECS_PER_BLOCK;

// Durations expressed in blocks.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
pub const HOURS: BlockNumber = MINUTES * 60;
pub const DAYS: BlockNumber = HOURS * 24;

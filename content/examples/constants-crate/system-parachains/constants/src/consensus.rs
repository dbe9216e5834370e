//! Relay chain facts the consensus hook of every system chain is built from.

/// Duration of a relay chain slot.
pub const RELAY_CHAIN_SLOT_DURATION_MILLIS: u32 = 6000;

/// Parachain blocks the relay chain processes per relay parent. System chains use one core each.
pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;

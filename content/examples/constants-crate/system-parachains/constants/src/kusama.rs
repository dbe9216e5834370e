//! Values specific to the Kusama system chains.

/// Constants relating to KSM.
pub mod currency {
	use parachains_common::Balance;

	/// One KSM as a user interface shows it.
	pub const UNITS: Balance = 1_000_000_000_000;
	pub const QUID: Balance = UNITS / 30;
	pub const CENTS: Balance = QUID / 100;
	pub const MILLICENTS: Balance = CENTS / 1_000;

	/// A tenth of the relay chain's existential deposit.
	pub const SYSTEM_PARA_EXISTENTIAL_DEPOSIT: Balance = CENTS / 10;
}

//! Collator binary of the Nimbus example chain.
//!
//! The command-line layer and the chain specifications are trimmed from this example: everything
//! that decides how blocks are authored lives in `service.rs`, which is what ParaReady reads.

mod service;

fn main() {
	unimplemented!("the command-line layer is not part of this example; see service.rs")
}

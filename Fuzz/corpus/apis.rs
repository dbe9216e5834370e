impl_runtime_apis! {
    impl cumulus_primitives_aura::AuraUnincludedSegmentApi<Block> for Runtime {
        fn can_build_upon(included_hash: <Block as BlockT>::Hash, slot: Slot) -> bool {
            ConsensusHook::can_build_upon(included_hash, slot)
        }
    }
    impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
        fn slot_duration() -> sp_consensus_aura::SlotDuration {
            sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)
        }
    }
}
cumulus_pallet_parachain_system::register_validate_block! {
    Runtime = Runtime,
    BlockExecutor = cumulus_pallet_aura_ext::BlockExecutor::<Runtime, Executive>,
}
construct_runtime!(pub enum Runtime { System: frame_system = 0, Aura: pallet_aura = 23 });

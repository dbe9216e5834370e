parameter_types! {
    pub const MinimumPeriod: u64 = SLOT_DURATION / 2;
    #[cfg(feature = "fast")]
    pub const Period: u32 = 10;
    pub storage Dynamic: u32 = 7;
    pub Length: u32 = 5 * 1024 * 1024;
}
impl pallet_timestamp::Config for Runtime { type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>; }
impl pallet_aura::Config for Runtime {
    type AllowMultipleBlocksPerSlot = ConstBool<true>;
    type SlotDuration = ConstU64<SLOT_DURATION>;
}

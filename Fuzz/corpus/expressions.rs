const A: u32 = (1 + 2) * 3 - 4 / 2 % 3;
const B: u64 = u32::MAX as u64 + 1;
const C: u32 = 10u32.saturating_sub(20).max(3);
const D: u32 = if cfg!(feature = "std") { 1 } else { 3 };
const E: u8 = u8::MAX.checked_add(1).unwrap_or(9);
const F: Duration = Duration::from_millis(1500);
const G: u128 = core::cmp::max(4, 9) << 3 >> 1;
const H: u32 = !0u32 ^ 0xF0 & 0x3C | 1;

const A: u32 = B; const B: u32 = A;
mod m { pub use super::*; pub use crate::m::*; }
use m::Z;
const Z2: u32 = Z;

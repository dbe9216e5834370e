/// Rust's primitive integer types, with the bounds the evaluator checks against.
enum IntegerType: String, Sendable, Hashable, CaseIterable {
    case u8, u16, u32, u64, u128, usize, i8, i16, i32, i64, i128, isize

    var isSigned: Bool { rawValue.hasPrefix("i") }

    /// Bit width; `usize`/`isize` are checked as 32-bit (the wasm32 runtime width) and values beyond that are
    /// reported as unknown rather than assumed 64-bit.
    var bits: Int {
        switch self {
        case .u8, .i8: return 8
        case .u16, .i16: return 16
        case .u32, .i32, .usize, .isize: return 32
        case .u64, .i64: return 64
        case .u128, .i128: return 128
        }
    }

    var minimum: Int128 {
        isSigned ? (bits == 128 ? Int128.min : -(Int128(1) << (bits - 1))) : 0
    }

    /// The largest value; `u128` is capped at `Int128.max`, the widest value this evaluator represents.
    var maximum: Int128 {
        if bits == 128 { return Int128.max }
        return isSigned ? (Int128(1) << (bits - 1)) - 1 : (Int128(1) << bits) - 1
    }

    func contains(_ value: Int128) -> Bool {
        value >= minimum && value <= maximum
    }

    /// Why a value outside the type's range is unknown rather than an error in the evaluator's model.
    func overflowReason(_ value: String) -> String {
        switch self {
        case .usize, .isize: return "\(value) does not fit \(rawValue) on wasm32 (32-bit) targets"
        case .u128: return "\(value) exceeds the 128-bit signed range the evaluator uses"
        default: return "\(value) does not fit \(rawValue)"
        }
    }

    /// `value as Self`: two's-complement truncation, or nil when the result is not representable here.
    func truncating(_ value: Int128) -> Int128? {
        if contains(value) { return value }
        switch self {
        case .usize, .isize, .u128: return nil
        case .i128: return value
        default:
            let modulus = Int128(1) << bits
            var wrapped = value % modulus
            if wrapped < 0 { wrapped += modulus }
            if isSigned && wrapped > maximum { wrapped -= modulus }
            return wrapped
        }
    }
}

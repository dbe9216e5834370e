/// The value of a constant expression, or why it could not be computed.
public enum ConstValue: Sendable, Hashable, CustomStringConvertible {
    /// An integer; wide enough for every `u64` and `i128` (a `u128` above `Int128.max` is ``unknown(reason:)``).
    case integer(Int128)
    case bool(Bool)
    case string(String)
    /// A `Duration` (also `SlotDuration`) in milliseconds.
    case duration(milliseconds: Int128)
    /// A `Weight`: reference time in picoseconds and proof size in bytes (nil when the proof size is not known,
    /// e.g. it depends on `MAX_POV_SIZE` of an SDK release the caller did not give).
    case weight(refTime: Int128, proofSize: Int128?)
    /// A `Perbill`, `Permill`, `Percent` or `Perquintill` ratio in parts per billion.
    case perbill(Int128)
    /// Not computable, with the reason (never a guess).
    case unknown(reason: String)

    /// The integer, when the value is one.
    public var integerValue: Int128? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The boolean, when the value is one.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The reference-time component of a weight.
    public var refTime: Int128? {
        if case .weight(let refTime, _) = self { return refTime }
        return nil
    }

    /// Milliseconds of a duration.
    public var milliseconds: Int128? {
        if case .duration(let milliseconds) = self { return milliseconds }
        return nil
    }

    /// False only for ``unknown(reason:)``.
    public var isKnown: Bool {
        if case .unknown = self { return false }
        return true
    }

    /// The reason of an ``unknown(reason:)`` value.
    public var unknownReason: String? {
        if case .unknown(let reason) = self { return reason }
        return nil
    }

    public var description: String {
        switch self {
        case .integer(let value): return String(value)
        case .bool(let value): return value ? "true" : "false"
        case .string(let value): return "\"\(value)\""
        case .duration(let milliseconds): return "\(milliseconds) ms"
        case .weight(let refTime, let proofSize):
            return "Weight(ref_time: \(refTime), proof_size: \(proofSize.map { String($0) } ?? "unknown"))"
        case .perbill(let parts): return "\(parts) parts per billion"
        case .unknown(let reason): return "unknown (\(reason))"
        }
    }
}

/// The evaluator's working value: ``ConstValue`` plus integer types and `Option` for `checked_*`.
indirect enum EvaluationValue: Sendable, Hashable {
    /// An integer with its Rust type when known (nil for an unsuffixed literal not yet typed by context).
    case int(Int128, IntegerType?)
    case bool(Bool)
    case string(String)
    case duration(Int128)
    case weight(Int128, Int128?)
    case perbill(Int128)
    case option(EvaluationValue?)
    case unknown(String)

    init(_ value: ConstValue, type: IntegerType? = nil) {
        switch value {
        case .integer(let number): self = .int(number, type)
        case .bool(let flag): self = .bool(flag)
        case .string(let text): self = .string(text)
        case .duration(let milliseconds): self = .duration(milliseconds)
        case .weight(let refTime, let proofSize): self = .weight(refTime, proofSize)
        case .perbill(let parts): self = .perbill(parts)
        case .unknown(let reason): self = .unknown(reason)
        }
    }

    var constValue: ConstValue {
        switch self {
        case .int(let number, _): return .integer(number)
        case .bool(let flag): return .bool(flag)
        case .string(let text): return .string(text)
        case .duration(let milliseconds): return .duration(milliseconds: milliseconds)
        case .weight(let refTime, let proofSize): return .weight(refTime: refTime, proofSize: proofSize)
        case .perbill(let parts): return .perbill(parts)
        case .option: return .unknown(reason: "an Option value (missing unwrap)")
        case .unknown(let reason): return .unknown(reason: reason)
        }
    }

    var isUnknown: Bool {
        if case .unknown = self { return true }
        return false
    }

    var integer: (value: Int128, type: IntegerType?)? {
        if case .int(let value, let type) = self { return (value, type) }
        return nil
    }

    /// A short name of the value's kind for messages.
    var kindName: String {
        switch self {
        case .int: return "integer"
        case .bool: return "bool"
        case .string: return "string"
        case .duration: return "Duration"
        case .weight: return "Weight"
        case .perbill: return "ratio"
        case .option: return "Option"
        case .unknown: return "unknown"
        }
    }

    /// The value with an integer checked against and tagged with `type` (when both are known).
    func coerced(to type: IntegerType?) -> EvaluationValue {
        guard let type, case .int(let number, _) = self else { return self }
        guard type.contains(number) else { return .unknown(type.overflowReason(String(number))) }
        return .int(number, type)
    }
}

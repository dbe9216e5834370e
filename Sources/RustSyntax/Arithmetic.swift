/// Operators on evaluation values, overflow-checked against the operands' Rust types.
enum Arithmetic {
    static func binary(_ symbol: String, _ left: EvaluationValue, _ right: EvaluationValue) -> EvaluationValue {
        if case .unknown = left { return left }
        if case .unknown = right { return right }
        switch (left, right) {
        case (.int(let a, let typeA), .int(let b, let typeB)):
            return integers(symbol, a, typeA, b, typeB)
        case (.bool(let a), .bool(let b)):
            switch symbol {
            case "&&", "&": return .bool(a && b)
            case "||", "|": return .bool(a || b)
            case "^", "!=": return .bool(a != b)
            case "==": return .bool(a == b)
            default: break
            }
        case (.string(let a), .string(let b)):
            if symbol == "==" { return .bool(a == b) }
            if symbol == "!=" { return .bool(a != b) }
        case (.weight(let refA, let proofA), .weight(let refB, let proofB)) where symbol == "+" || symbol == "-":
            let ref = checked(symbol, refA, refB, .u64)
            let proof = proofA.flatMap { a in proofB.flatMap { b in checked(symbol, a, b, .u64) } }
            guard let ref else { return .unknown("Weight arithmetic overflows") }
            return .weight(ref, proof)
        case (.weight(let ref, let proof), .int(let factor, _)) where symbol == "*" || symbol == "/":
            guard let newRef = checked(symbol, ref, factor, .u64) else {
                return .unknown("Weight arithmetic overflows")
            }
            return .weight(newRef, proof.flatMap { checked(symbol, $0, factor, .u64) })
        case (.duration(let a), .duration(let b)) where symbol == "+" || symbol == "-":
            return checked(symbol, a, b, nil).map { .duration($0) } ?? .unknown("Duration arithmetic overflows")
        case (.perbill(let parts), .int(let value, let type)) where symbol == "*":
            return ratio(parts, value, type)
        case (.int(let value, let type), .perbill(let parts)) where symbol == "*":
            return ratio(parts, value, type)
        case (.perbill(let parts), .weight(let ref, let proof)) where symbol == "*":
            guard case .int(let newRef, _) = ratio(parts, ref, .u64) else {
                return .unknown("ratio of a Weight that needs rounding")
            }
            var newProof: Int128?
            if let proof {
                guard case .int(let scaled, _) = ratio(parts, proof, .u64) else {
                    return .unknown("ratio of a Weight that needs rounding")
                }
                newProof = scaled
            }
            return .weight(newRef, newProof)
        default:
            break
        }
        return .unknown("`\(symbol)` on \(left.kindName) and \(right.kindName) is not evaluated")
    }

    /// `parts` per billion of `value`, only when exact (the SDK rounds otherwise).
    static func ratio(_ parts: Int128, _ value: Int128, _ type: IntegerType?) -> EvaluationValue {
        let (product, overflow) = parts.multipliedReportingOverflow(by: value)
        guard !overflow else { return .unknown("ratio arithmetic overflows") }
        guard product % 1_000_000_000 == 0 else { return .unknown("ratio of \(value) needs rounding") }
        return .int(product / 1_000_000_000, type)
    }

    /// `a symbol b` in Int128, or nil on overflow, division by zero, or a result outside `type`.
    static func checked(_ symbol: String, _ a: Int128, _ b: Int128, _ type: IntegerType?) -> Int128? {
        let result: Int128
        switch symbol {
        case "+":
            let (value, overflow) = a.addingReportingOverflow(b)
            if overflow { return nil }
            result = value
        case "-":
            let (value, overflow) = a.subtractingReportingOverflow(b)
            if overflow { return nil }
            result = value
        case "*":
            let (value, overflow) = a.multipliedReportingOverflow(by: b)
            if overflow { return nil }
            result = value
        case "/":
            if b == 0 { return nil }
            let (value, overflow) = a.dividedReportingOverflow(by: b)
            if overflow { return nil }
            result = value
        case "%":
            if b == 0 { return nil }
            let (value, overflow) = a.remainderReportingOverflow(dividingBy: b)
            if overflow { return nil }
            result = value
        default:
            return nil
        }
        if let type, !type.contains(result) { return nil }
        return result
    }

    static func integers(_ symbol: String, _ a: Int128, _ typeA: IntegerType?, _ b: Int128, _ typeB: IntegerType?)
        -> EvaluationValue
    {
        let type = typeA ?? typeB
        switch symbol {
        case "+", "-", "*", "/", "%":
            if (symbol == "/" || symbol == "%") && b == 0 { return .unknown("division by zero") }
            guard let result = checked(symbol, a, b, nil) else {
                return .unknown("`\(a) \(symbol) \(b)` overflows 128 bits")
            }
            if let type, !type.contains(result) { return .unknown(type.overflowReason("`\(a) \(symbol) \(b)`")) }
            return .int(result, type)
        case "<<", ">>":
            let shiftType = typeA
            let limit = shiftType.map { $0 == .usize || $0 == .isize ? 32 : $0.bits } ?? 127
            guard b >= 0, b < Int128(limit) else { return .unknown("shift by \(b) is out of range") }
            if symbol == ">>" { return .int(a >> Int(b), shiftType) }
            let (result, overflow) = a.multipliedReportingOverflow(by: Int128(1) << Int(b))
            guard !overflow else { return .unknown("`\(a) << \(b)` overflows 128 bits") }
            if let shiftType, !shiftType.contains(result) {
                // Rust discards bits shifted out of the type.
                guard let truncated = shiftType.truncating(result) else {
                    return .unknown(shiftType.overflowReason("`\(a) << \(b)`"))
                }
                return .int(truncated, shiftType)
            }
            return .int(result, shiftType)
        case "&": return .int(a & b, type)
        case "|": return .int(a | b, type)
        case "^": return .int(a ^ b, type)
        case "==": return .bool(a == b)
        case "!=": return .bool(a != b)
        case "<": return .bool(a < b)
        case ">": return .bool(a > b)
        case "<=": return .bool(a <= b)
        case ">=": return .bool(a >= b)
        default:
            return .unknown("`\(symbol)` on integers is not evaluated")
        }
    }

    static func negate(_ value: EvaluationValue) -> EvaluationValue {
        switch value {
        case .int(let number, let type):
            if let type, !type.isSigned { return .unknown("negating an unsigned \(type.rawValue)") }
            guard number != Int128.min else { return .unknown("negation overflows") }
            return EvaluationValue.int(-number, type).coerced(to: type)
        case .unknown:
            return value
        default:
            return .unknown("negating a \(value.kindName)")
        }
    }

    static func not(_ value: EvaluationValue, expected: IntegerType?) -> EvaluationValue {
        switch value {
        case .bool(let flag):
            return .bool(!flag)
        case .int(let number, let declared):
            guard let type = declared ?? expected else { return .unknown("`!` on an integer of unknown type") }
            if type.isSigned { return .int(~number, type) }
            guard type != .u128, type != .usize else { return .unknown("`!` on \(type.rawValue)") }
            return .int(type.maximum - number, type)
        case .unknown:
            return value
        default:
            return .unknown("`!` on a \(value.kindName)")
        }
    }

    /// `a.saturating_<op>(b)` clamped to the type's bounds.
    static func saturating(_ op: String, _ a: Int128, _ b: Int128, _ type: IntegerType?) -> EvaluationValue {
        var result: Int128
        var overflow: Bool
        var sign = 1
        switch op {
        case "add":
            (result, overflow) = a.addingReportingOverflow(b)
            sign = a < 0 ? -1 : 1
        case "sub":
            (result, overflow) = a.subtractingReportingOverflow(b)
            sign = a < 0 ? -1 : 1
        case "mul":
            (result, overflow) = a.multipliedReportingOverflow(by: b)
            sign = (a < 0) != (b < 0) ? -1 : 1
        case "div":
            guard b != 0 else { return .unknown("division by zero") }
            (result, overflow) = a.dividedReportingOverflow(by: b)
        case "pow":
            guard b >= 0, b <= 256 else { return .unknown("exponent \(b) is out of range") }
            result = 1
            overflow = false
            var remaining = b
            while remaining > 0 && !overflow {
                (result, overflow) = result.multipliedReportingOverflow(by: a)
                remaining -= 1
            }
            sign = a < 0 && b % 2 == 1 ? -1 : 1
        default:
            return .unknown("saturating_\(op) is not evaluated")
        }
        guard let type else {
            if !overflow && result >= 0 && result <= Int128(Int32.max) { return .int(result, nil) }
            return .unknown("saturating_\(op) on a value of unknown type")
        }
        if overflow {
            if sign < 0 { return .int(type.minimum, type) }
            if type == .u128 || type == .usize { return .unknown(type.overflowReason("saturated value")) }
            return .int(type.maximum, type)
        }
        if result < type.minimum { return .int(type.minimum, type) }
        if result > type.maximum {
            if type == .usize || type == .isize { return .unknown(type.overflowReason(String(result))) }
            return .int(type.maximum, type)
        }
        return .int(result, type)
    }
}

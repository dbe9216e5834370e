/// Method calls on evaluation values: `saturating_*`, `checked_*`, `unwrap`, `min`/`max`, weight and duration
/// accessors.
enum Methods {
    static func call(_ name: String, on receiver: EvaluationValue, arguments: [EvaluationValue], expected: IntegerType?)
        -> EvaluationValue
    {
        if case .unknown = receiver { return receiver }
        // A proof size set from an unknown value (typically `MAX_POV_SIZE` of an unknown release) leaves the
        // reference time, which is what block-time rules need, as it was.
        if case .weight(let ref, _) = receiver, ["set_proof_size", "add_proof_size"].contains(name),
            arguments.count == 1, arguments[0].isUnknown
        {
            return .weight(ref, nil)
        }
        if let unknown = arguments.first(where: \.isUnknown) { return unknown }
        switch receiver {
        case .option(let inner):
            return option(name, inner, arguments)
        case .int(let number, let type):
            return integer(name, number, type, arguments, expected: expected)
        case .weight(let ref, let proof):
            return weight(name, ref, proof, arguments)
        case .duration(let milliseconds):
            switch (name, arguments.count) {
            case ("as_millis", 0): return .int(milliseconds, .u128)
            case ("as_secs", 0): return .int(milliseconds / 1000, .u64)
            case ("as_micros", 0): return .int(milliseconds * 1000, .u128)
            default: break
            }
        case .perbill(let parts):
            if arguments.count == 1, case .int(let value, let type) = arguments[0] {
                let (product, overflow) = parts.multipliedReportingOverflow(by: value)
                guard !overflow else { return .unknown("ratio arithmetic overflows") }
                switch name {
                case "mul_floor": return .int(product / 1_000_000_000, type)
                case "mul_ceil": return .int((product + 999_999_999) / 1_000_000_000, type)
                default: break
                }
            }
        default:
            break
        }
        return .unknown("`.\(name)()` on a \(receiver.kindName) is not evaluated")
    }

    static func option(_ name: String, _ inner: EvaluationValue?, _ arguments: [EvaluationValue]) -> EvaluationValue {
        switch name {
        case "unwrap", "expect":
            return inner ?? .unknown("`\(name)` on None: the checked operation fails")
        case "unwrap_or":
            guard arguments.count == 1 else { break }
            return inner ?? arguments[0]
        case "unwrap_or_default":
            return inner ?? .int(0, nil)
        case "is_some":
            return .bool(inner != nil)
        case "is_none":
            return .bool(inner == nil)
        default:
            break
        }
        return .unknown("`.\(name)()` on an Option is not evaluated")
    }

    static func integer(
        _ name: String, _ number: Int128, _ type: IntegerType?, _ arguments: [EvaluationValue], expected: IntegerType?
    ) -> EvaluationValue {
        if arguments.isEmpty {
            switch name {
            case "into", "clone", "to_owned": return .int(number, nil)
            case "try_into": return .option(.int(number, nil))
            case "is_zero": return .bool(number == 0)
            default: return .unknown("`.\(name)()` on an integer is not evaluated")
            }
        }
        guard arguments.count == 1, case .int(let other, let otherType) = arguments[0] else {
            return .unknown("`.\(name)(…)` needs one integer argument")
        }
        let resolved = type ?? otherType ?? expected
        if name.hasPrefix("saturating_") {
            return Arithmetic.saturating(String(name.dropFirst("saturating_".count)), number, other, resolved)
        }
        if name.hasPrefix("checked_") {
            let op = String(name.dropFirst("checked_".count))
            let symbols = ["add": "+", "sub": "-", "mul": "*", "div": "/", "rem": "%"]
            if op == "pow" {
                guard other >= 0, other <= 256 else { return .option(nil) }
                var result: Int128 = 1
                for _ in 0..<Int(other) {
                    guard let next = Arithmetic.checked("*", result, number, resolved) else { return .option(nil) }
                    result = next
                }
                return .option(.int(result, resolved))
            }
            guard let symbol = symbols[op] else { return .unknown("`.\(name)()` is not evaluated") }
            guard resolved != nil || op == "div" || op == "rem" || op == "add" || op == "mul" else {
                // `checked_sub` below zero depends on signedness.
                if let result = Arithmetic.checked(symbol, number, other, nil), result >= 0 {
                    return .option(.int(result, nil))
                }
                return .unknown("`.\(name)()` on a value of unknown type")
            }
            return .option(Arithmetic.checked(symbol, number, other, resolved).map { .int($0, resolved) })
        }
        if name.hasPrefix("wrapping_") {
            let op = String(name.dropFirst("wrapping_".count))
            let symbols = ["add": "+", "sub": "-", "mul": "*"]
            guard let symbol = symbols[op], let resolved else {
                return .unknown("`.\(name)()` on a value of unknown type")
            }
            guard let exact = Arithmetic.checked(symbol, number, other, nil), let wrapped = resolved.truncating(exact)
            else {
                return .unknown("`.\(name)()` overflows 128 bits")
            }
            return .int(wrapped, resolved)
        }
        switch name {
        case "min": return .int(min(number, other), resolved)
        case "max": return .int(max(number, other), resolved)
        case "pow":
            guard other >= 0, other <= 256 else { return .unknown("exponent out of range") }
            var result: Int128 = 1
            for _ in 0..<Int(other) {
                guard let next = Arithmetic.checked("*", result, number, resolved) else {
                    return .unknown("`pow` overflows")
                }
                result = next
            }
            return .int(result, resolved)
        default:
            return .unknown("`.\(name)()` on an integer is not evaluated")
        }
    }

    static func weight(_ name: String, _ ref: Int128, _ proof: Int128?, _ arguments: [EvaluationValue])
        -> EvaluationValue
    {
        if arguments.isEmpty {
            switch name {
            case "ref_time": return .int(ref, .u64)
            case "proof_size": return proof.map { .int($0, .u64) } ?? .unknown("the weight's proof size is not known")
            case "clone": return .weight(ref, proof)
            default: return .unknown("`.\(name)()` on a Weight is not evaluated")
            }
        }
        guard arguments.count == 1 else { return .unknown("`.\(name)()` on a Weight is not evaluated") }
        switch (name, arguments[0]) {
        case ("saturating_mul", .int(let factor, _)), ("saturating_div", .int(let factor, _)):
            let op = name == "saturating_mul" ? "mul" : "div"
            guard case .int(let newRef, _) = Arithmetic.saturating(op, ref, factor, .u64) else {
                return .unknown("division by zero")
            }
            var newProof: Int128?
            if let proof, case .int(let scaled, _) = Arithmetic.saturating(op, proof, factor, .u64) {
                newProof = scaled
            }
            return .weight(newRef, newProof)
        case ("saturating_add", .weight(let otherRef, let otherProof)),
            ("saturating_sub", .weight(let otherRef, let otherProof)):
            let op = name == "saturating_add" ? "add" : "sub"
            guard case .int(let newRef, _) = Arithmetic.saturating(op, ref, otherRef, .u64) else {
                return .unknown("Weight arithmetic failed")
            }
            var newProof: Int128?
            if let proof, let otherProof, case .int(let value, _) = Arithmetic.saturating(op, proof, otherProof, .u64) {
                newProof = value
            }
            return .weight(newRef, newProof)
        case ("set_proof_size", .int(let value, _)):
            return .weight(ref, value)
        case ("set_ref_time", .int(let value, _)):
            return .weight(value, proof)
        case ("add_ref_time", .int(let value, _)):
            guard case .int(let newRef, _) = Arithmetic.saturating("add", ref, value, .u64) else { break }
            return .weight(newRef, proof)
        case ("add_proof_size", .int(let value, _)):
            guard let proof, case .int(let newProof, _) = Arithmetic.saturating("add", proof, value, .u64) else {
                return .weight(ref, nil)
            }
            return .weight(ref, newProof)
        default:
            break
        }
        return .unknown("`.\(name)(…)` on a Weight is not evaluated")
    }
}

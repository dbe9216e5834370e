/// Constructors and functions of the SDK and the standard library that constant expressions use, recognised by
/// the last segments of their path.
enum Builtins {
    /// Parts of each ratio type in one whole, for conversion to parts per billion.
    static let ratioAccuracy: [String: Int128] = [
        "Perbill": 1_000_000_000, "Permill": 1_000_000, "Percent": 100, "Perquintill": 1_000_000_000_000_000_000,
        "PerU16": 65_535,
    ]

    /// The value of the call, or nil when the path is not a known function.
    static func call(_ segments: [String], arguments: [EvaluationValue]) -> EvaluationValue? {
        guard let name = segments.last else { return nil }
        let owner = segments.count >= 2 ? segments[segments.count - 2] : nil
        let recognised: Bool
        switch owner {
        case "Weight":
            recognised = ["from_parts", "from_ref_time", "from_all", "from_proof_size", "zero"].contains(name)
        case "Duration", "SlotDuration": recognised = name.hasPrefix("from_")
        case "cmp": recognised = name == "max" || name == "min"
        case let owner?:
            recognised =
                (ratioAccuracy[owner] != nil
                    && ["from_percent", "from_parts", "from_perthousand", "one", "zero", "from_rational"].contains(name))
                || (IntegerType(rawValue: owner) != nil && ["from", "try_from"].contains(name))
        case nil: recognised = false
        }
        guard recognised, let owner else { return nil }
        // A weight whose proof size is unknown (typically `MAX_POV_SIZE` of an unknown release) keeps its
        // reference time, which is what block-time rules need.
        if owner == "Weight", name == "from_parts", arguments.count == 2, case .int(let ref, _) = arguments[0],
            arguments[1].isUnknown
        {
            return .weight(ref, nil)
        }
        if let unknown = arguments.first(where: \.isUnknown) { return unknown }
        let integers = arguments.compactMap(\.integer?.value)
        guard integers.count == arguments.count else {
            return .unknown("`\(owner)::\(name)` needs integer arguments")
        }
        switch owner {
        case "Weight": return weight(name, integers)
        case "Duration", "SlotDuration": return duration(name, integers)
        case "cmp":
            guard integers.count == 2 else { return .unknown("`cmp::\(name)` needs two arguments") }
            let type = arguments[0].integer?.type ?? arguments[1].integer?.type
            return .int(name == "max" ? max(integers[0], integers[1]) : min(integers[0], integers[1]), type)
        default:
            if let type = IntegerType(rawValue: owner) {
                guard integers.count == 1 else { return .unknown("`\(owner)::\(name)` needs one argument") }
                let fits = type.contains(integers[0])
                if name == "try_from" { return .option(fits ? .int(integers[0], type) : nil) }
                return fits ? .int(integers[0], type) : .unknown(type.overflowReason(String(integers[0])))
            }
            return ratio(owner, name, integers)
        }
    }

    static func weight(_ name: String, _ values: [Int128]) -> EvaluationValue {
        switch (name, values.count) {
        case ("from_parts", 2): return .weight(values[0], values[1])
        case ("from_ref_time", 1): return .weight(values[0], 0)
        case ("from_proof_size", 1): return .weight(0, values[0])
        case ("from_all", 1): return .weight(values[0], values[0])
        case ("zero", 0): return .weight(0, 0)
        default: return .unknown("`Weight::\(name)` called with \(values.count) arguments")
        }
    }

    static func duration(_ name: String, _ values: [Int128]) -> EvaluationValue {
        guard values.count == 1 else { return .unknown("`Duration::\(name)` needs one argument") }
        let value = values[0]
        switch name {
        case "from_millis": return .duration(value)
        case "from_secs":
            let (milliseconds, overflow) = value.multipliedReportingOverflow(by: 1000)
            return overflow ? .unknown("duration overflows") : .duration(milliseconds)
        case "from_micros":
            return value % 1000 == 0 ? .duration(value / 1000) : .unknown("duration below one millisecond")
        case "from_nanos":
            return value % 1_000_000 == 0 ? .duration(value / 1_000_000) : .unknown("duration below one millisecond")
        default: return .unknown("`Duration::\(name)` is not evaluated")
        }
    }

    /// Ratios as parts per billion; inputs saturate at one whole like the SDK's constructors.
    static func ratio(_ owner: String, _ name: String, _ values: [Int128]) -> EvaluationValue {
        guard let accuracy = ratioAccuracy[owner] else { return .unknown("`\(owner)::\(name)` is not evaluated") }
        let billion: Int128 = 1_000_000_000
        func fromParts(_ parts: Int128) -> EvaluationValue {
            let clamped = min(max(parts, 0), accuracy)
            let (scaled, overflow) = clamped.multipliedReportingOverflow(by: billion)
            guard !overflow, scaled % accuracy == 0 else {
                return .unknown("`\(owner)` value \(parts) is not a whole number of parts per billion")
            }
            return .perbill(scaled / accuracy)
        }
        switch (name, values.count) {
        case ("from_percent", 1): return .perbill(min(max(values[0], 0), 100) * 10_000_000)
        case ("from_perthousand", 1): return .perbill(min(max(values[0], 0), 1000) * 1_000_000)
        case ("from_parts", 1): return fromParts(values[0])
        case ("one", 0): return .perbill(billion)
        case ("zero", 0): return .perbill(0)
        case ("from_rational", 2):
            guard values[1] > 0, values[0] >= 0 else { return .unknown("`from_rational` with a zero denominator") }
            let (scaled, overflow) = min(values[0], values[1]).multipliedReportingOverflow(by: billion)
            guard !overflow, scaled % values[1] == 0 else { return .unknown("`from_rational` needs rounding") }
            return .perbill(scaled / values[1])
        default: return .unknown("`\(owner)::\(name)` is not evaluated")
        }
    }
}

/// Measures parachain block intervals from import lines in constant memory (a 100 ms histogram).
struct BlockIntervalTracker {
    /// Per interval rule: how many samples were slow, and the import lines that closed the first and last one.
    struct RuleState {
        var atLeastMs: Int
        var slow = 0
        var first: Occurrence?
        var last: Occurrence?
    }

    static let bucketMs = 100
    static let bucketCount = 6000  // up to 10 minutes; longer intervals land in the last bucket

    var rules: [RuleState]
    private(set) var imports = 0
    private(set) var samples = 0
    private(set) var maxMs = 0
    private var histogram = [Int](repeating: 0, count: bucketCount)
    private var lastNumber: Int?
    private var lastMs: Int64 = 0

    init(thresholds: [Int]) {
        rules = thresholds.map { RuleState(atLeastMs: $0) }
    }

    /// Records an import of block `number` at `epochMs`; `occurrence` builds the report entry when a rule needs it.
    mutating func record(number: Int, epochMs: Int64, occurrence: (Int) -> Occurrence) {
        guard let previous = lastNumber else {
            lastNumber = number
            lastMs = epochMs
            imports += 1
            return
        }
        guard number > previous, epochMs >= lastMs else { return }  // re-import, fork or clock step back
        imports += 1
        let perBlock = Int((epochMs - lastMs) / Int64(number - previous))
        lastNumber = number
        lastMs = epochMs
        samples += 1
        maxMs = max(maxMs, perBlock)
        histogram[min(perBlock / Self.bucketMs, Self.bucketCount - 1)] += 1
        var built: Occurrence?
        for index in rules.indices where perBlock >= rules[index].atLeastMs {
            let entry = built ?? occurrence(perBlock)
            built = entry
            rules[index].slow += 1
            if rules[index].first == nil { rules[index].first = entry }
            rules[index].last = entry
        }
    }

    /// The median interval, to the 100 ms bucket (its lower edge), or nil without samples.
    var medianMs: Int? {
        guard samples > 0 else { return nil }
        let half = (samples + 1) / 2
        var seen = 0
        for (bucket, count) in histogram.enumerated() {
            seen += count
            if seen >= half { return bucket * Self.bucketMs }
        }
        return nil
    }
}

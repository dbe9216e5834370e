/// How far a runtime, or a whole repository, has come on the way to asynchronous backing.
///
/// The order of the cases is the order of progress; a repository's stage is its least advanced runtime's.
public enum Stage: String, Codable, Sendable, CaseIterable, Comparable {
    case notStarted = "not-started"
    case runtimePrepared = "runtime-prepared"
    case nodeReady = "node-ready"
    case enabled
    case elastic

    public static func < (lhs: Stage, rhs: Stage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The stage after this one, or nil at the end.
    public var next: Stage? {
        let index = Stage.allCases.firstIndex(of: self)!
        return index + 1 < Stage.allCases.count ? Stage.allCases[index + 1] : nil
    }

    /// A short human description, used by reports.
    public var summary: String {
        switch self {
        case .notStarted:
            "not started: the runtime has no fixed-velocity consensus hook with a real unincluded-segment API"
        case .runtimePrepared:
            "runtime prepared (phase 1): consensus hook and runtime API in place, async backing not yet active"
        case .nodeReady:
            "node ready (phase 2): the collator builds ahead (lookahead or slot-based), async backing not yet active"
        case .enabled: "enabled (phase 3): capacity ≥ 2, 6 s blocks, an async-backing collator"
        case .elastic: "elastic scaling: enabled and velocity above 1"
        }
    }
}

import ParaReadyCore

/// The result of `paraready diagnose`: schema `paraready.diagnose/1`.
public struct DiagnosisReport: Codable, Sendable, Hashable {
    /// Counts by level, for scripts that only want a summary.
    public struct Summary: Codable, Sendable, Hashable {
        public var error: Int
        public var warning: Int
        public var info: Int
    }

    public var schema = "paraready.diagnose/1"
    /// The log as named on the command line (`<stdin>` for `-`).
    public var input: String
    public var lines: Int
    public var bytes: Int
    /// Signatures found, in guide order.
    public var findings: [SignatureFinding]
    /// Signatures that no log can show; checked only through `--repo`.
    public var guideOnly: [GuideOnlyNote]
    public var blockIntervals: BlockIntervalSummary
    /// The repository given with `--repo`, if any.
    public var repository: String?
    public var summary: Summary

    /// The most serious level found, or nil for a clean log.
    public var highestLevel: Signature.Level? { findings.map(\.level).max() }

    /// The exit status `--fail-on` asks for: 1 when a finding is at `threshold` or above, else 0. A nil
    /// threshold (`--fail-on never`) always gives 0.
    public func exitStatus(failingAt threshold: Signature.Level?) -> Int32 {
        guard let threshold, let highest = highestLevel else { return 0 }
        return highest >= threshold ? 1 : 0
    }

    /// The JSON form: sorted keys, two-space indentation, final newline.
    public func json() -> String {
        (try? CanonicalJSON.string(self)) ?? "{}\n"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(input, forKey: .input)
        try container.encode(lines, forKey: .lines)
        try container.encode(bytes, forKey: .bytes)
        try container.encode(findings, forKey: .findings)
        try container.encode(guideOnly, forKey: .guideOnly)
        try container.encode(blockIntervals, forKey: .blockIntervals)
        try container.encode(repository, forKey: .repository)
        try container.encode(summary, forKey: .summary)
    }
}

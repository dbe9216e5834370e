/// One known failure signature: how to recognise it in a log and what to tell the user about it.
///
/// Signatures are data: they are read from the front matter of `content/guides/troubleshooting.md`, whose body
/// has one `##` section per signature with the signature's `title` as heading.
public struct Signature: Sendable, Hashable {
    /// How a signature can be detected.
    public enum Detection: String, Sendable, Hashable, Codable {
        /// One of `patterns` occurs in a log line.
        case log
        /// Measured from the timestamps of parachain block imports (`Imported #N`), see `intervals`.
        case blockIntervals = "block-intervals"
        /// No log line shows it; documented in the guide and surfaced only through `--repo` facts.
        case guideOnly = "guide-only"
    }

    /// How serious a finding is; the same scale as checklist severities.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case info, warning, error

        public static func < (lhs: Level, rhs: Level) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var id: String
    /// The heading of the guide section (and the finding's title).
    public var title: String
    public var detection: Detection
    public var level: Level
    /// For `log` detection: tried in order on a line whose anchors matched; the first match names the variant.
    public var patterns: [SignaturePattern]
    /// For `block-intervals` detection.
    public var intervals: IntervalRule?
    /// One-sentence likely cause.
    public var cause: String
    /// One-sentence fix.
    public var fix: String
    /// Checklist item ids to look at.
    public var items: [String]
    /// Signature ids whose panic usually comes first; an occurrence is paired with the latest of them.
    public var follows: [String]
    /// How many lines back a preceding panic may be to count as the root of an occurrence.
    public var followsWithinLines: Int
    /// Repository facts that explain this signature when `--repo` is given.
    public var facts: [FactHint]
    /// Where the guide section is, relative to the content folder: `guides/troubleshooting.md#slug`.
    public var guide: String
}

import ParaReadyCore

/// Which polkadot-sdk release a workspace builds against, how that was decided, and where it is written.
///
/// `release` is nil when the repository does not say, or says two different things; it is never a guess.
/// Inference from versions names the release line (`polkadot-stable2503`); only a git tag or branch can name a
/// patch release (`polkadot-stable2503-4`).
public struct SDKInference: Hashable, Sendable, Codable {
    /// The release, or nil when it cannot be decided.
    public var release: SDKRelease?
    /// How it was decided: `git-tag`, `git-branch`, `umbrella-crate-version`, `crate-version-table`; when
    /// `release` is nil: `conflicting-git-refs`, `ambiguous-crate-versions`, `inconsistent-crate-versions`,
    /// `none`.
    public var method: String
    /// The deciding entry (a manifest dependency line, a lock file entry).
    public var evidence: SourceLocation?
    /// One sentence saying what was seen.
    public var detail: String
    /// The releases still possible when `release` is nil (or the conflicting ones), oldest first.
    public var candidates: [SDKRelease]
    /// When `release` is nil but every possibility is at least this release (ambiguous versions, crate sets
    /// published between stable releases).
    public var lowerBound: SDKRelease?
    /// Conflicts and disagreements between kinds of evidence.
    public var warnings: [CargoWarning]

    public init(
        release: SDKRelease?, method: String, evidence: SourceLocation?, detail: String,
        candidates: [SDKRelease] = [], lowerBound: SDKRelease? = nil, warnings: [CargoWarning] = []
    ) {
        self.release = release
        self.method = method
        self.evidence = evidence
        self.detail = detail
        self.candidates = candidates
        self.lowerBound = lowerBound
        self.warnings = warnings
    }

    /// Decides the release of `workspace`, trying in order: git tags and branches of polkadot-sdk (or the old
    /// substrate, cumulus, polkadot repositories, forks included) in the manifests, the same in the lock file's
    /// sources, the umbrella `polkadot-sdk` crate's version, and the versions of the release-identifying crates
    /// looked up in `table` (lock versions first, manifest requirements when there is no lock entry).
    public static func infer(workspace: CargoWorkspace, table: SDKReleaseTable = .builtin) -> SDKInference {
        SDKInferrer(workspace: workspace, table: table).infer()
    }
}

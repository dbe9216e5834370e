/// When measured parachain block intervals count as a finding.
///
/// A sample is the time between two consecutive new best parachain blocks divided by how many block numbers they
/// are apart. A sample is "slow" when it is at least `atLeastMs`. The signature is reported when there are at least
/// `minSamples` samples, at least one slow one, and the slow share is at least `minShare`.
public struct IntervalRule: Sendable, Hashable {
    public var atLeastMs: Int
    public var minShare: Double
    public var minSamples: Int

    public init(atLeastMs: Int, minShare: Double, minSamples: Int) {
        self.atLeastMs = atLeastMs
        self.minShare = minShare
        self.minSamples = minSamples
    }

    /// Whether `slow` slow samples out of `samples` make a finding.
    public func isMet(slow: Int, samples: Int) -> Bool {
        samples >= minSamples && slow >= 1 && Double(slow) >= minShare * Double(samples)
    }
}

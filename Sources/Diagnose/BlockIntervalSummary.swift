/// What the block interval measurement saw: parachain block imports with timestamps.
public struct BlockIntervalSummary: Codable, Sendable, Hashable {
    /// `parachain` when `[Parachain]`-tagged imports were measured, nil for an untagged log.
    public var chain: String?
    /// Import lines used (new best block numbers with a timestamp).
    public var imports: Int
    /// Intervals measured between consecutive ones.
    public var samples: Int
    public var medianMs: Int?
    public var maxMs: Int?

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(chain, forKey: .chain)
        try container.encode(imports, forKey: .imports)
        try container.encode(samples, forKey: .samples)
        try container.encode(medianMs, forKey: .medianMs)
        try container.encode(maxMs, forKey: .maxMs)
    }
}

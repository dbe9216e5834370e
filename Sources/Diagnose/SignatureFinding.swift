/// A signature found in a log: how often, where first and last, and what to do about it.
public struct SignatureFinding: Codable, Sendable, Hashable {
    /// How often one pattern variant matched.
    public struct Variant: Codable, Sendable, Hashable {
        public var pattern: String
        public var count: Int
        public var note: String?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(pattern, forKey: .pattern)
            try container.encode(count, forKey: .count)
            try container.encode(note, forKey: .note)
        }
    }

    /// How many occurrences followed a panic of another signature (the likely root).
    public struct Root: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
        public var count: Int
    }

    /// Block interval numbers behind a `block-intervals` finding.
    public struct Measurement: Codable, Sendable, Hashable {
        /// Intervals at or above `atLeastMs`.
        public var slow: Int
        public var samples: Int
        public var atLeastMs: Int
        public var medianMs: Int
    }

    public var id: String
    public var title: String
    public var level: Signature.Level
    public var detection: Signature.Detection
    /// Distinct occurrences (one per log record; re-reports are counted in `echoes`).
    public var count: Int
    public var first: Occurrence
    public var last: Occurrence
    /// Records that repeat an occurrence's panic (block builder errors with a WASM backtrace), not counted.
    public var echoes: Int
    public var variants: [Variant]
    /// For signatures that usually follow another panic: which panics came first, most frequent first.
    public var precededBy: [Root]?
    /// Occurrences with no preceding panic within range (only with `precededBy`).
    public var unpaired: Int?
    public var measurement: Measurement?
    public var cause: String
    public var fix: String
    public var items: [String]
    public var guide: String
    /// Repository facts that explain the finding (only with `--repo`).
    public var explanations: [Explanation]

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(level, forKey: .level)
        try container.encode(detection, forKey: .detection)
        try container.encode(count, forKey: .count)
        try container.encode(first, forKey: .first)
        try container.encode(last, forKey: .last)
        try container.encode(echoes, forKey: .echoes)
        try container.encode(variants, forKey: .variants)
        try container.encode(precededBy, forKey: .precededBy)
        try container.encode(unpaired, forKey: .unpaired)
        try container.encode(measurement, forKey: .measurement)
        try container.encode(cause, forKey: .cause)
        try container.encode(fix, forKey: .fix)
        try container.encode(items, forKey: .items)
        try container.encode(guide, forKey: .guide)
        try container.encode(explanations, forKey: .explanations)
    }
}

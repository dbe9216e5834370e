/// One place in the log where a signature was seen.
public struct Occurrence: Codable, Sendable, Hashable {
    /// 1-based line number of the line that matched.
    public var line: Int
    /// The timestamp of the log record the line belongs to, as written; nil when the record has none.
    public var timestamp: String?
    /// `parachain` or `relaychain` when the record is tagged `[Parachain]` / `[Relaychain]`.
    public var chain: String?
    /// The matched line, without escape sequences, invalid UTF-8 replaced, cut at 400 characters.
    public var text: String
    /// Values captured by the pattern (for example `capacity` from the newer unincluded-segment text).
    public var fields: [String: String]

    public init(line: Int, timestamp: String?, chain: String?, text: String, fields: [String: String] = [:]) {
        self.line = line
        self.timestamp = timestamp
        self.chain = chain
        self.text = text
        self.fields = fields
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(timestamp, forKey: .timestamp)
        try container.encode(chain, forKey: .chain)
        try container.encode(text, forKey: .text)
        try container.encode(fields, forKey: .fields)
    }
}

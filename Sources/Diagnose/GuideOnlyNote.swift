/// A signature no log line shows: listed so the user knows it was not checked, and explained by `--repo` facts.
public struct GuideOnlyNote: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var level: Signature.Level
    public var guide: String
    public var items: [String]
    public var explanations: [Explanation]
}

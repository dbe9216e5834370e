/// A step of the rollout as one update reports it: `{name, network, status, date}` in front matter.
public struct Milestone: Hashable, Sendable {
    /// Where a milestone stands according to the update that mentions it.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case done
        case next
        case blocked
    }

    public var name: String
    /// One of `UpdateVocabulary.networks`.
    public var network: String
    public var status: Status
    /// When it happened or is expected; nil means "as of the update's date".
    public var date: ContentDate?

    public init(name: String, network: String, status: Status, date: ContentDate? = nil) {
        self.name = name
        self.network = network
        self.status = status
        self.date = date
    }

    /// What identifies the same milestone across updates: network plus name, case and spacing ignored.
    public var key: String {
        let words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
        return network + "/" + words.joined(separator: " ")
    }
}

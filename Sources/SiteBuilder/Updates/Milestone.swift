/// A step of the rollout as one update reports it: `{name, network, status, date}` in front matter.
public struct Milestone: Hashable, Sendable {
    /// Where a milestone stands according to the update that mentions it.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case done
        case next
        case blocked

        /// A suggestion for a status word from outside the vocabulary (empty when there is none).
        static func hint(_ word: String) -> String {
            switch word.lowercased() {
            case "planned", "in-progress", "in progress", "ongoing", "pending", "upcoming", "scheduled":
                return " (use `next` for work that is planned or under way)"
            case "complete", "completed", "finished", "enabled", "live": return " (use `done`)"
            case "stuck", "on-hold", "paused": return " (use `blocked`)"
            default: return ""
            }
        }
    }

    public var name: String
    /// One of `UpdateVocabulary.networks`, or `Milestone.allNetworks` for an ecosystem-wide step (an SDK
    /// release, the parachain template): front matter without `network`, or `network: all`.
    public var network: String

    /// The `network` of a milestone that is not tied to one relay network.
    public static let allNetworks = "all"
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

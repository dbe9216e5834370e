/// The rollout's milestones as all updates together describe them: each one's latest status, when that status
/// began, and which update said so.
///
/// Updates are read oldest first (date, then slug); a later update overrides an earlier one. The order of
/// `items` is chronological by the milestone's date, then network (vocabulary order), then name, so the same
/// entries always give the same timeline.
public struct MilestoneTimeline: Sendable {
    /// A reference to the update that reported something.
    public struct UpdateReference: Hashable, Sendable {
        public var slug: String
        public var title: String
        public var date: ContentDate
    }

    /// One report of a milestone's status.
    public struct Report: Hashable, Sendable {
        public var status: Milestone.Status
        /// The milestone's own date in that report, if it gave one.
        public var stated: ContentDate?
        public var update: UpdateReference

        /// The stated date, else the update's date.
        public var effectiveDate: ContentDate { stated ?? update.date }
    }

    /// A milestone with its whole history.
    public struct Item: Hashable, Sendable {
        /// `network/name` in lower case: the identity across updates.
        public var key: String
        /// The name as the latest report spells it.
        public var name: String
        public var network: String
        public var status: Milestone.Status
        /// When the current status began. For `done`, when it was done (the changing report's stated date,
        /// else its update's date); for `next` and `blocked`, the date of the update that reported the change
        /// (a stated date there is a plan, not the change).
        public var changedOn: ContentDate
        /// The update whose report changed the status to the current one.
        public var changedIn: UpdateReference
        /// The most recent update that mentions the milestone.
        public var lastReportedIn: UpdateReference
        /// The date to place the milestone at: the latest stated date (when done, or when expected), else
        /// `changedOn`.
        public var date: ContentDate
        /// Oldest first.
        public var history: [Report]
    }

    /// Chronological (date, network, name).
    public let items: [Item]

    public init(entries: [UpdateEntry]) {
        let oldestFirst = entries.sorted { ($0.date, $0.slug) < ($1.date, $1.slug) }
        var reports: [String: [Report]] = [:]
        var names: [String: (name: String, network: String)] = [:]
        for entry in oldestFirst {
            let reference = UpdateReference(slug: entry.slug, title: entry.title, date: entry.date)
            for milestone in entry.milestones {
                reports[milestone.key, default: []].append(
                    Report(status: milestone.status, stated: milestone.date, update: reference))
                names[milestone.key] = (milestone.name, milestone.network)
            }
        }
        var items: [Item] = []
        for (key, history) in reports {
            let last = history[history.count - 1]
            var change = history.count - 1
            while change > 0, history[change - 1].status == last.status { change -= 1 }
            let changing = history[change]
            let latestStated = history.last(where: { $0.stated != nil })?.stated
            items.append(
                Item(
                    key: key, name: names[key]!.name, network: names[key]!.network, status: last.status,
                    changedOn: last.status == .done ? changing.effectiveDate : changing.update.date,
                    changedIn: changing.update, lastReportedIn: last.update,
                    date: latestStated ?? changing.effectiveDate, history: history))
        }
        self.items = items.sorted {
            ($0.date, UpdateVocabulary.rank($0.network).0, $0.key) < (
                $1.date, UpdateVocabulary.rank($1.network).0, $1.key
            )
        }
    }

    /// Milestones not done yet (next or blocked), soonest first.
    public var open: [Item] { items.filter { $0.status != .done } }

    /// Milestones whose latest status is `next`, soonest first.
    public var upcoming: [Item] { items.filter { $0.status == .next } }

    /// Milestones on `network`, chronological.
    public func items(on network: String) -> [Item] { items.filter { $0.network == network } }
}

import Testing

@testable import SiteBuilder

@Suite struct MilestoneTimelineTests {
    func entry(_ slug: String, _ milestones: [Milestone]) -> UpdateEntry {
        UpdateEntry(
            slug: slug, path: slug, title: "Title of \(slug)", date: ContentDate(iso: String(slug.prefix(10)))!,
            milestones: milestones)
    }

    func date(_ text: String) -> ContentDate { ContentDate(iso: text)! }

    var entries: [UpdateEntry] {
        [
            entry(
                "2024-02-08-plan",
                [
                    Milestone(name: "Kusama activation", network: "kusama", status: .next, date: date("2024-04-01")),
                    Milestone(name: "Polkadot activation", network: "polkadot", status: .next),
                    Milestone(name: "Rococo 6 s blocks", network: "rococo", status: .done, date: date("2023-12-15")),
                ]),
            entry(
                "2024-03-12-bug",
                [
                    Milestone(name: "Kusama activation", network: "kusama", status: .blocked)
                ]),
            entry(
                "2024-04-02-referendum",
                [
                    Milestone(name: "kusama  Activation", network: "kusama", status: .next, date: date("2024-04-23"))
                ]),
            entry(
                "2024-04-10-still-next",
                [
                    Milestone(name: "Kusama activation", network: "kusama", status: .next, date: date("2024-04-24"))
                ]),
            entry(
                "2024-04-23-enabled",
                [
                    Milestone(name: "Kusama activation", network: "kusama", status: .done, date: date("2024-04-23"))
                ]),
        ]
    }

    @Test func latestStatusWinsAndRemembersWhenItChanged() throws {
        let timeline = MilestoneTimeline(entries: entries)
        let kusama = try #require(timeline.items.first { $0.key == "kusama/kusama activation" })
        #expect(kusama.status == .done)
        #expect(kusama.changedIn.slug == "2024-04-23-enabled")
        #expect(kusama.changedOn.isoDay == "2024-04-23")
        #expect(kusama.history.map(\.status) == [.next, .blocked, .next, .next, .done])
        #expect(kusama.name == "Kusama activation")

        let polkadot = try #require(timeline.items.first { $0.network == "polkadot" })
        #expect(polkadot.status == .next)
        #expect(polkadot.changedIn.slug == "2024-02-08-plan")
        #expect(polkadot.changedOn.isoDay == "2024-02-08")  // no stated date: the update's date
    }

    @Test func aRunOfTheSameStatusDatesFromItsFirstReport() throws {
        let upToApril10 = Array(entries.prefix(4))
        let kusama = try #require(MilestoneTimeline(entries: upToApril10).items.first { $0.network == "kusama" })
        #expect(kusama.status == .next)
        #expect(kusama.changedIn.slug == "2024-04-02-referendum")
        #expect(kusama.lastReportedIn.slug == "2024-04-10-still-next")
        #expect(kusama.changedOn.isoDay == "2024-04-02")  // reported as next then; 04-23 was only the plan
        #expect(kusama.date.isoDay == "2024-04-24")  // the latest stated date places it
    }

    @Test func orderIsChronologicalAndIndependentOfInput() {
        let timeline = MilestoneTimeline(entries: entries)
        #expect(timeline.items.map(\.network) == ["rococo", "polkadot", "kusama"])
        let shuffled = MilestoneTimeline(entries: [entries[3], entries[0], entries[4], entries[2], entries[1]])
        #expect(shuffled.items == timeline.items)
        #expect(timeline.open.map(\.network) == ["polkadot"])
        #expect(timeline.upcoming.map(\.network) == ["polkadot"])
    }
}

import ParaReadyCore
import Testing

@testable import SiteBuilder

@Suite struct UpdateEntryTests {
    static let valid = """
        ---
        title: Async backing enabled on Kusama
        date: 2024-04-23
        updated: 2024-04-25
        authors: [ParaReady team]
        tags: [kusama, collators, Runtime Developers]
        milestones:
          - {name: Kusama activation, network: kusama, status: done, date: 2024-04-23}
          - {name: Polkadot activation, network: polkadot, status: next}
        source: https://forum.example.org/t/async-backing-development-updates/4242/4
        approximate: true
        ---

        Body text.
        """

    @Test func parsesAValidEntry() throws {
        let (entry, warnings) = try UpdateEntry.parse(Self.valid, path: "content/updates/2024-04-23-kusama.md")
        #expect(warnings.isEmpty)
        #expect(entry.slug == "2024-04-23-kusama")
        #expect(entry.title == "Async backing enabled on Kusama")
        #expect(entry.date.isoDay == "2024-04-23")
        #expect(entry.updated?.isoDay == "2024-04-25")
        #expect(entry.lastModified.isoDay == "2024-04-25")
        #expect(entry.authors == ["ParaReady team"])
        #expect(entry.tags == ["kusama", "collators", "runtime-developers"])
        #expect(entry.milestones.count == 2)
        #expect(entry.milestones[1] == Milestone(name: "Polkadot activation", network: "polkadot", status: .next))
        #expect(entry.approximate)
        #expect(entry.body == "\nBody text.")
        #expect(entry.bodyLine == 13)
    }

    /// Replaces `old` in the valid entry and returns the error, which must name `line:column`.
    func error(replacing old: String, with new: String, file: String = "2024-04-23-kusama.md") throws -> ParaReadyError
    {
        let text = Self.valid.replacingAll(old, with: new)
        return try #require(throws: ParaReadyError.self) { _ = try UpdateEntry.parse(text, path: file) }
    }

    @Test(arguments: [
        ("date: 2024-04-23", "date: 2024-04-31", 3, 7, "must be a date"),
        ("updated: 2024-04-25", "updated: 2024-04-01", 4, 10, "earlier than `date`"),
        ("status: next", "status: soon", 9, 60, "done, next or blocked"),
        ("network: polkadot", "network: paseo", 9, 42, "unknown network"),
        ("title: Async backing enabled on Kusama\n", "", 2, 1, "missing `title`"),
        ("tags: [kusama", "tags: [kus ama!", 6, 8, "letters, digits and hyphens"),
        ("source: https", "source: ftp", 10, 9, "http(s) URL"),
        ("approximate: true", "approximate: maybe", 11, 14, "true or false"),
        ("authors: [ParaReady team]", "authors: [ParaReady team", 6, 5, "malformed YAML"),
        ("{name: Kusama activation, ", "{", 8, 5, "milestone without `name`"),
        ("status: next}", "status: planned}", 9, 60, "(use `next` for work that is planned or under way)"),
    ])
    func errorsNameTheValue(old: String, new: String, line: Int, column: Int, message: String) throws {
        let error = try error(replacing: old, with: new)
        #expect(error.description.contains(message), "\(error)")
        #expect(error.location?.line == line, "\(error)")
        #expect(error.location?.column == column, "\(error)")
    }

    @Test func aMilestoneWithoutNetworkIsForAllNetworks() throws {
        let text = Self.valid.replacingAll("network: polkadot, ", with: "")
        let entry = try UpdateEntry.parse(text, path: "2024-04-23-kusama.md").entry
        #expect(entry.milestones[1].network == Milestone.allNetworks)
        #expect(entry.milestones[1].key == "all/polkadot activation")
        #expect(UpdateVocabulary.label(entry.milestones[1].network) == "All networks")
    }

    @Test func fileNameMustMatchTheDate() throws {
        let mismatch = try error(replacing: "x", with: "x", file: "2024-04-22-kusama.md")
        #expect(mismatch.message.contains("does not match the file name's day 2024-04-22"))
        #expect(mismatch.location?.line == 3)
        let badName = try error(replacing: "x", with: "x", file: "kusama.md")
        #expect(badName.message.contains("YYYY-MM-DD-slug.md"))
    }

    @Test func unknownTagsAndKeysAreWarnings() throws {
        let text = Self.valid.replacingAll("tags: [kusama,", with: "tags: [kusam, kusama,")
            .replacingAll("approximate: true", with: "approximate: true\nauthor: someone")
        let (entry, warnings) = try UpdateEntry.parse(text, path: "u/2024-04-23-kusama.md")
        #expect(entry.tags == ["kusama", "collators", "runtime-developers", "kusam"])
        #expect(
            warnings.map(\.description) == [
                "u/2024-04-23-kusama.md:6:8: warning: unknown tag `kusam` (networks: rococo, westend, kusama, polkadot; "
                    + "audiences: collators, validators, runtime-developers)",
                "u/2024-04-23-kusama.md:12:1: warning: unknown front matter key `author` (known: approximate, authors, "
                    + "date, draft, milestones, source, tags, title, updated)",
            ])
    }

    @Test func frontMatterMustBeFenced() throws {
        let error = try #require(throws: ParaReadyError.self) {
            _ = try UpdateEntry.parse("title: x\n", path: "2024-01-01-x.md")
        }
        #expect(error.message.contains("must start with YAML front matter"))
        let unclosed = try #require(throws: ParaReadyError.self) {
            _ = try UpdateEntry.parse("---\ntitle: x\n", path: "2024-01-01-x.md")
        }
        #expect(unclosed.message.contains("not closed"))
    }

    @Test func collectionSortsNewestFirstWhateverTheInputOrder() throws {
        func entry(_ slug: String, _ date: String) -> UpdateEntry {
            UpdateEntry(slug: slug, path: slug, title: slug, date: ContentDate(iso: date)!)
        }
        let entries = [
            entry("2024-04-23-b", "2024-04-23"), entry("2024-04-23-a", "2024-04-23"),
            entry("2024-05-01-c", "2024-05-01"),
        ]
        let forward = UpdateCollection(entries: entries).entries.map(\.slug)
        let backward = UpdateCollection(entries: entries.reversed()).entries.map(\.slug)
        #expect(forward == ["2024-05-01-c", "2024-04-23-b", "2024-04-23-a"])
        #expect(backward == forward)
    }
}

import ParaReadyCore
import Testing

@testable import SiteBuilder

@Suite struct FrontMatterTests {
    func parse(_ text: String, file: String = "content/x.md") throws(ParaReadyError) -> FrontMatter {
        try FrontMatterParser.parse(try FrontMatterSplit.split(text, file: file), file: file)
    }

    func error(_ text: String) -> ParaReadyError? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func typedKeysAndExtrasAreRead() throws {
        let front = try parse(
            page(
                """
                title: "Wire the hook"
                description: Short
                date: 2024-04-23
                updated: 2024-05-01T10:30:00+02:00
                tags: [runtime, collators]
                draft: false
                order: 3
                slug: hook
                layout: checklist/single
                aliases: [/old/hook/]
                id: consensus-hook
                phase: runtime
                milestones:
                  - {name: Kusama, date: 2024-04-23, done: true}
                """))
        #expect(front.title == "Wire the hook")
        #expect(front.description == "Short")
        #expect(front.date == SiteDate(year: 2024, month: 4, day: 23, isDateOnly: true))
        #expect(front.updated?.offsetMinutes == 120)
        #expect(front.updated?.iso8601 == "2024-05-01T10:30:00+02:00")
        #expect(front.tags == ["runtime", "collators"])
        #expect(front.weight == 3)
        #expect(front.slug == "hook")
        #expect(front.layout == "checklist/single")
        #expect(front.aliases == ["/old/hook/"])
        #expect(front.extra["id"] == .string("consensus-hook"))
        #expect(front.extra["order"] == .int(3))
        let milestone = front.extra["milestones"]?.array?.first
        #expect(milestone?["name"] == .string("Kusama"))
        #expect(milestone?["date"]?.date?.day8601 == "2024-04-23")
        #expect(milestone?["done"] == .bool(true))
    }

    @Test func syntaxErrorNamesTheFileLine() {
        // Line 1 is the fence, so the YAML's third line is the file's fourth.
        let e = error("---\ntitle: ok\ndate: 2024-01-01\ntags: [a, b\n---\nbody\n")
        #expect(e?.kind == .syntax)
        #expect(e?.location?.file == "content/x.md")
        // libyaml notices the missing ']' where the block ends: file line 5, column 1; the cause names line 4.
        #expect(e?.location == SourceLocation(file: "content/x.md", line: 5, column: 1))
        #expect(e?.causes.first?.contains("file line 4") == true)
    }

    @Test func badIndentationIsASyntaxErrorAtItsLine() {
        let e = error("---\ntitle: a\n  bad: indent\n---\n")
        #expect(e?.kind == .syntax)
        #expect(e?.location?.line == 3)
    }

    @Test func aDateThatIsNotADateNamesLineAndColumn() {
        let e = error("---\ntitle: Hello\ndate: not-a-date\n---\nbody\n")
        #expect(e?.kind == .invalidValue)
        #expect(e?.location == SourceLocation(file: "content/x.md", line: 3, column: 7))
        #expect(e?.message.contains("'date' must be a date") == true)
    }

    @Test func impossibleCalendarDatesAreRejected() {
        #expect(error("---\ndate: 2023-02-29\n---\n")?.location?.line == 2)
        #expect(
            error("---\nupdated: 2024-13-01\n---\n")?.location
                == SourceLocation(file: "content/x.md", line: 2, column: 10))
        #expect(error("---\ndate: 2024-01-01T25:00:00Z\n---\n") != nil)
    }

    @Test func wrongTypesAreLocated() {
        #expect(
            error("---\ntitle: a\ndraft: maybe\n---\n")?.location
                == SourceLocation(file: "content/x.md", line: 3, column: 8))
        #expect(
            error("---\nweight: heavy\n---\n")?.location == SourceLocation(file: "content/x.md", line: 2, column: 9))
        #expect(error("---\ntags: {a: 1}\n---\n")?.location?.line == 2)
        #expect(error("---\ntitle: [a, b]\n---\n")?.message.contains("'title' must be a single value") == true)
        #expect(error("---\nlayout: ../../etc\n---\n")?.location?.line == 2)
        #expect(error("---\ntags: [ok, \"!!!\"]\n---\n")?.location?.line == 2)
    }

    @Test func duplicateKeysAreErrors() {
        let e = error("---\ntitle: a\ntitle: b\n---\n")
        #expect(e?.message.contains("duplicate front matter key 'title'") == true)
        #expect(e?.location?.line == 2)
    }

    @Test func quotedValuesStayStrings() throws {
        let front = try parse("---\nid: \"2024-01-01\"\ncount: '7'\nplain: 7\nflag: yes\n---\n")
        #expect(front.extra["id"] == .string("2024-01-01"))
        #expect(front.extra["count"] == .string("7"))
        #expect(front.extra["plain"] == .int(7))
        #expect(front.extra["flag"] == .string("yes"))
    }

    @Test func pagesWithoutFrontMatterOrWithAnUnclosedFence() throws {
        #expect(try parse("# Just text\n").title == "")
        let e = error("---\ntitle: a\nno closing fence\n")
        #expect(e?.location?.line == 1)
    }

    @Test func crlfFilesWork() throws {
        let front = try parse("---\r\ntitle: Windows\r\ndate: 2024-01-02\r\n---\r\nBody\r\n")
        #expect(front.title == "Windows")
        #expect(front.date?.day == 2)
    }
}

@Suite struct SiteDateTests {
    @Test func parsesTheAcceptedForms() {
        #expect(SiteDate(parsing: "2024-04-23")?.isDateOnly == true)
        #expect(SiteDate(parsing: "2024-04-23T10:00:00Z")?.hour == 10)
        #expect(SiteDate(parsing: "2024-04-23 10:00:00.250-05:30")?.offsetMinutes == -330)
        #expect(SiteDate(parsing: "2024-04-23 10:00:00.250-05:30")?.fraction == "250")
        #expect(SiteDate(parsing: "2024-4-23") == nil)
        #expect(SiteDate(parsing: "2024-04-23T10:00") == nil)
        #expect(SiteDate(parsing: "yesterday") == nil)
        #expect(SiteDate(parsing: "2024-04-23T10:00:00Zjunk") == nil)
    }

    @Test func ordersByInstantAndRoundTripsEpochSeconds() {
        let a = SiteDate(parsing: "2024-04-23T10:00:00+02:00")!
        let b = SiteDate(parsing: "2024-04-23T09:00:00Z")!
        #expect(a < b)
        #expect(SiteDate(epochSeconds: 0).day8601 == "1970-01-01")
        let c = SiteDate(parsing: "2031-12-31T23:59:59Z")!
        #expect(SiteDate(epochSeconds: c.epochSeconds).iso8601 == "2031-12-31T23:59:59Z")
        #expect(SiteDate(parsing: "2024-02-29")!.readable == "29 February 2024")
    }
}

@Suite struct FastFrontMatterTests {
    /// Front matter the fast reader accepts must mean exactly what Yams says it means, positions included.
    @Test(arguments: [
        "title: \"Hello (3)\"\ndate: 2024-04-23T10:00:00Z\ntags: [xcm, runtime, smart-contracts]\ndescription: \"A b.\"\ndraft: false",
        "title: Plain title with 'quotes' and \"doubles\"\nweight: -3\nslug: my-page",
        "title: 'It''s here'\nid: consensus-hook\norder: 7\nseverity: error\napplies-to: runtime",
        "tags: []\naliases: [/a/, \"/b c/\"]\nratio: 1.5\nnothing: null\ntilde: ~\nflag: true",
        "title: \"esc \\\" \\\\ \\/ \\n \\t\"\n# a comment\n\nversion: polkadot-v1.8.0",
        "title: a:b\nurl: https://example.org/x#y\nsymbols: [ConsensusHook, FixedVelocityConsensusHook]",
        "title:    spaced   \ndate: 2024-01-01",
    ])
    func fastReaderAgreesWithYams(_ yaml: String) throws {
        let block = try FrontMatterSplit.split("---\n" + yaml + "\n---\nbody\n", file: "f.md")
        #expect(SimpleFrontMatterReader.read(block.yaml, firstLine: block.yamlStartLine, file: "f.md") != nil)
        let fast = try FrontMatterParser.parse(block, file: "f.md")
        let slow = try FrontMatterParser.parse(block, file: "f.md", fastPath: false)
        #expect(fast == slow)
    }

    @Test(arguments: [
        "title: a # comment", "title: [a, [b]]", "title: &anchor x", "title: !tag x", "title: |\n  block",
        "title:\n  nested: x", "tags:\n  - a\n  - b", "title: \"\\u00e9\"", "title: x\ntitle: y", "  title: x",
        "title: {a: 1}", "title: \"unterminated", "key with space: x", "title: - x", "title: x:",
    ])
    func anythingElseGoesToYams(_ yaml: String) throws {
        let block = try FrontMatterSplit.split("---\n" + yaml + "\n---\n", file: "f.md")
        #expect(SimpleFrontMatterReader.read(block.yaml, firstLine: block.yamlStartLine, file: "f.md") == nil)
    }
}

import Testing

@testable import SiteBuilder

@Suite struct ContentDateTests {
    @Test func parsesDaysAndInstants() throws {
        let day = try #require(ContentDate(iso: "2024-04-23"))
        #expect(!day.hasTime)
        #expect(day.description == "2024-04-23")
        #expect(day.rfc3339 == "2024-04-23T00:00:00Z")
        let instant = try #require(ContentDate(iso: "2024-04-23T16:45:30.512Z"))
        #expect(instant.description == "2024-04-23T16:45:30Z")
        #expect(ContentDate(iso: "2024-04-23T18:45:30+02:00") == ContentDate(iso: "2024-04-23T16:45:30Z"))
        #expect(instant.day == day)
        #expect(ContentDate(iso: "1969-12-31T23:59:59Z")?.isoDay == "1969-12-31")
    }

    @Test(arguments: [
        "2024-02-30", "2023-02-29", "2024-13-01", "24-01-01", "2024-01-01T25:00:00Z", "2024-01-01T10:00",
        "2024-01-01T10:00:00", "2024-01-01x", "", "2024-1-1",
    ])
    func rejectsInvalidDates(text: String) {
        #expect(ContentDate(iso: text) == nil)
    }

    @Test func leapDayIsValid() {
        #expect(ContentDate(iso: "2024-02-29")?.isoDay == "2024-02-29")
        #expect(ContentDate(iso: "2000-02-29") != nil)
        #expect(ContentDate(iso: "1900-02-29") == nil)
    }

    @Test(arguments: [
        ("2024-04-23T16:45:30Z", "Tue, 23 Apr 2024 16:45:30 +0000"),
        ("1970-01-01", "Thu, 01 Jan 1970 00:00:00 +0000"),
        ("2000-02-29T23:59:59Z", "Tue, 29 Feb 2000 23:59:59 +0000"),
        ("2024-12-31", "Tue, 31 Dec 2024 00:00:00 +0000"),
    ])
    func formatsRFC822(iso: String, rfc822: String) throws {
        let date = try #require(ContentDate(iso: iso))
        #expect(date.rfc822 == rfc822)
        #expect(ContentDate(rfc822: rfc822) == date)
    }

    @Test func parsesRSSDatesWithZones() {
        #expect(ContentDate(rfc822: "Fri, 09 Feb 2024 10:12:33 GMT") == ContentDate(iso: "2024-02-09T10:12:33Z"))
        #expect(ContentDate(rfc822: "9 Feb 2024 12:12 +0200") == ContentDate(iso: "2024-02-09T10:12:00Z"))
        #expect(ContentDate(rfc822: "Fri, 09 Feb 2024 05:12:33 EST") == ContentDate(iso: "2024-02-09T10:12:33Z"))
        #expect(ContentDate(rfc822: "Fri, 30 Feb 2024 10:12:33 GMT") == nil)
        #expect(ContentDate(rfc822: "yesterday") == nil)
    }
}

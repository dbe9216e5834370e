import Foundation
import Testing

@testable import SiteBuilder

@Suite struct ChecklistTests {
    static let items: [String: String] = [
        "checklist/_index.md": page("title: Enablement checklist"),
        "checklist/capacity.md": page("id: capacity\ntitle: Capacity\nphase: activation\norder: 2\nseverity: error"),
        "checklist/multiple.md": page("id: multiple\ntitle: Multiple blocks\nphase: activation\norder: 1"),
        "checklist/hook.md": page("id: hook\ntitle: Consensus hook\nphase: runtime\norder: 3"),
        "checklist/relay.md": page("id: relay\ntitle: Relay slot\nphase: runtime\norder: 1"),
        "checklist/sdk.md": page("id: sdk\ntitle: SDK version\nphase: prerequisites\norder: 1"),
        "checklist/collator.md": page("id: collator\ntitle: Lookahead collator\nphase: node\norder: 1"),
        "checklist/agree.md": page("id: agree\ntitle: Slot durations agree\nphase: consistency\norder: 1"),
    ]

    @Test func theChecklistIsGroupedByPhaseInWorkOrder() throws {
        let site = try SiteFixture(Self.items)
        try site.build()
        let html = try #require(site.output("checklist/index.html"))
        let order = [
            "Prerequisites", "SDK version", "Phase 1: runtime", "Relay slot", "Consensus hook", "Phase 2: node",
            "Lookahead collator", "Phase 3: activation", "Multiple blocks", "Capacity", "Consistency checks",
            "Slot durations agree",
        ]
        var position = html.startIndex
        for text in order {
            let found = try #require(html.range(of: text, range: position..<html.endIndex), "\(text) out of order")
            position = found.upperBound
        }
        #expect(html.contains("<span class=\"badge severity-error\">error</span>"))
    }

    @Test func previousAndNextFollowTheChecklistOrder() throws {
        let site = try SiteFixture(Self.items)
        try site.build()
        let hook = try #require(site.output("checklist/hook/index.html"))
        #expect(hook.contains("rel=\"prev\"><span>Previous</span> Relay slot</a>"))
        #expect(hook.contains("rel=\"next\"><span>Next</span> Lookahead collator</a>"))
        let sdk = try #require(site.output("checklist/sdk/index.html"))
        #expect(!sdk.contains("rel=\"prev\""))
        #expect(sdk.contains("<code>sdk</code>"))
    }

    @Test func sectionsGroupByAnyKeyFromConfiguration() throws {
        let site = try SiteFixture([
            "faq/a.md": page("title: A\ntopic: nodes"), "faq/b.md": page("title: B\ntopic: runtime"),
            "faq/c.md": page("title: C"),
        ]) { $0.sections["faq"] = SectionConfig(sort: "title", groupBy: "topic", groups: ["runtime"]) }
        try site.build()
        let html = try #require(site.output("faq/index.html"))
        let runtime = try #require(html.range(of: "id=\"group-runtime\""))
        let nodes = try #require(html.range(of: "id=\"group-nodes\""))
        let other = try #require(html.range(of: "Other"))
        #expect(runtime.lowerBound < nodes.lowerBound)
        #expect(nodes.lowerBound < other.lowerBound)
    }
}

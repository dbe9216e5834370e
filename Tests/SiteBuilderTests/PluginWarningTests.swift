import Foundation
import ParaReadyCore
import Testing

@testable import SiteBuilder

/// Plugins report problems that do not stop the build; the build report carries them with their positions.
@Suite struct PluginWarningTests {
    @Test func aPluginWarningReachesTheReportWithItsPosition() throws {
        let site = try SiteFixture(["guides/a.md": page("title: A")])
        let plugin = TestPlugin(warnings: [
            SiteWarning("odd value", at: SourceLocation(file: "content/x.toml", line: 3, column: 7)),
            SiteWarning("no position", at: nil),
        ])
        let report = try site.build(plugins: [plugin])
        #expect(report.warnings == ["content/x.toml:3:7: warning: odd value", "warning: no position"])
        #expect(try site.builder(plugins: [plugin]).check().warnings.count == 2)
    }

    @Test func brokenLinksInWarningModeAreWarningsNotErrors() throws {
        let site = try SiteFixture(["guides/a.md": page("title: A", "[x](missing.md)\n")]) {
            $0.linkCheck = .warning
        }
        let report = try site.build()
        #expect(report.warnings.count == 1)
        #expect(report.warnings[0].hasPrefix("content/guides/a.md:4:1: warning: "))
    }

    @Test func aProjectWithoutAReportIsAWarningAndAnUnavailableDashboardRow() throws {
        let site = try SiteFixture(["guides/a.md": page("title: A"), "checklist/_index.md": page("title: Checklist")])
        try site.write(
            "content/projects/gone.toml", "# no checkout here\nname = \"Gone\"\nrepository = \"../nowhere\"\n")
        try site.write("content/projects/broken.toml", "name = \"Broken\"\nreport = \"broken.json\"\n")
        try site.write("content/projects/broken.json", "{ not json")
        let report = try site.build(plugins: [AuditReportsPlugin(projectRoot: site.root)])
        #expect(report.warnings.count == 2)
        #expect(
            report.warnings[0].hasPrefix("content/projects/broken.toml:2:1: warning: no report for project 'Broken'"))
        #expect(report.warnings[1].hasPrefix("content/projects/gone.toml:3:1: warning: no report for project 'Gone'"))
        let dashboard = try #require(site.output("reports/index.html"))
        #expect(dashboard.contains("<td>Gone</td>"))
        #expect(dashboard.contains("report not available"))
        #expect(dashboard.contains("class=\"stage-summary\""))
        #expect(site.output("reports/gone/index.html") == nil)
    }
}

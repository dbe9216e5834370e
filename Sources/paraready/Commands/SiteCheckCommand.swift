import ArgumentParser
import CommandLineSupport
import SiteBuilder

struct SiteCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site without writing it: front matter, templates, internal links and anchors.")

    @OptionGroup var options: SiteOptions

    func run() async throws {
        try await reportingErrors {
            let start = ContinuousClock.now
            let report = try options.builder().check()
            for warning in report.warnings { printStatus(warning) }
            printStatus(
                "site check: \(report.contentPages) pages, \(report.links) links, "
                    + "\(report.warnings.isEmpty ? "no problems" : "\(report.warnings.count) warnings") "
                    + "(\(elapsed(since: start)))")
        }
    }
}

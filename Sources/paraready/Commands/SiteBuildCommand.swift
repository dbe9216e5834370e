import ArgumentParser
import CommandLineSupport
import Foundation
import SiteBuilder

struct SiteBuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder (atomically: a failed build leaves the old output).")

    @OptionGroup var options: SiteOptions

    @Flag(help: "Print nothing on success.")
    var quiet = false

    func run() async throws {
        try await reportingErrors {
            let start = ContinuousClock.now
            let report = try options.builder().build()
            for warning in report.warnings { printStatus(warning) }
            if !quiet {
                let megabytes = Double(report.bytes) / 1_048_576
                printStatus(
                    "site: \(report.contentPages) content pages → \(report.htmlPages) HTML pages, \(report.files) files "
                        + "(\(String(format: "%.1f", megabytes)) MiB, search index \(report.searchIndexBytes) bytes), "
                        + "\(report.links) links checked, in \(elapsed(since: start)) → \(report.outputDirectory)")
            }
        }
    }
}

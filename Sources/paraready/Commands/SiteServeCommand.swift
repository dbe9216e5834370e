import ArgumentParser
import SiteBuilder

struct SiteServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on 127.0.0.1 with live reload; rebuilds pages as files change.")

    @OptionGroup var options: SiteOptions

    @Option(help: "The port to listen on (127.0.0.1 only).")
    var port: UInt16 = 1111

    func run() async throws {
        try await reportingErrors {
            _ = try options.builder()
            printStatus("site serve: not available yet")
        }
    }
}

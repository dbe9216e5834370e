import ArgumentParser
import Foundation
import PreviewServer
import SiteBuilder

struct SiteServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on 127.0.0.1 with live reload; rebuilds what changed as you save.",
        discussion: """
            Builds into the output folder with the base URL set to http://127.0.0.1:PORT (keeping the configured \
            path), serves it, and watches content/, the theme and site.toml. A failed rebuild is shown in the \
            browser and on standard error; the server keeps running.
            """)

    @OptionGroup var options: SiteOptions

    @Option(help: "The port to listen on (127.0.0.1 only).")
    var port: UInt16 = 1111

    func run() async throws {
        try await reportingErrors {
            var builder = try options.builder()
            builder.config.baseURL = "http://127.0.0.1:\(port)\(builder.config.basePath)"
            let server = PreviewServer(session: SiteSession(builder: builder), port: port) { line in
                printStatus(line)
            }
            try await server.run()
        }
    }
}

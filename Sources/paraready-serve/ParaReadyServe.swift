import ArgumentParser
import CommandLineSupport
import PreviewServer
import SiteBuilder

/// `paraready-serve`: the preview server behind `paraready site serve`, a separate executable so that the
/// main binary does not load the HTTP server and FoundationNetworking (with libcurl and some forty shared
/// libraries: about 10 ms of start-up that every `inspect` and `audit` would otherwise pay).
@main
struct ParaReadyServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paraready-serve",
        abstract: "The preview server of `paraready site serve` (run that instead).")

    @OptionGroup var serve: ServeArguments

    func run() async throws {
        try await reportingErrors {
            var builder = try serve.site.builder()
            builder.config.baseURL = "http://127.0.0.1:\(serve.port)\(builder.config.basePath)"
            let server = PreviewServer(session: SiteSession(builder: builder), port: serve.port) { line in
                printStatus(line)
            }
            try await server.run()
        }
    }

    /// Usage errors exit with 2, as in `paraready` (DESIGN.md: bad input is 2).
    static func main() async {
        await runExitingTwoOnUsageErrors()
    }
}

import ArgumentParser
import Foundation
import ParaReadyCore
import SiteBuilder

/// Options shared by `site build`, `site check` and `site serve`.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The project folder (holding site.toml, content/ and site/).")
    var root: String = "."

    @Option(name: .long, help: "The configuration file, relative to --root.")
    var config: String = "site.toml"

    @Option(name: .long, help: "The output folder (overrides output_dir).")
    var output: String?

    @Option(name: .customLong("base-url"), help: "The site's URL (overrides base_url), e.g. https://example.org/docs/.")
    var baseURL: String?

    @Flag(help: "Include pages marked draft: true.")
    var drafts = false

    @Flag(help: "Include pages dated in the future.")
    var future = false

    /// The configuration with command-line overrides applied.
    func load() throws(ParaReadyError) -> SiteConfig {
        var config = try SiteConfigLoader.load(projectRoot: root, file: self.config)
        if let output { config.outputDirectory = output }
        if let baseURL { config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        if drafts { config.includeDrafts = true }
        if future { config.includeFuture = true }
        return config
    }

    func builder() throws(ParaReadyError) -> SiteBuilder {
        SiteBuilder(projectRoot: root, config: try load(), plugins: SitePluginList.plugins(projectRoot: root))
    }
}

/// Prints a line on standard error (progress and summaries; standard output stays for data).
func printStatus(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Seconds since `start`, formatted.
func elapsed(since start: ContinuousClock.Instant) -> String {
    let duration = ContinuousClock.now - start
    let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    return ms < 1000 ? String(format: "%.0f ms", ms) : String(format: "%.2f s", ms / 1000)
}

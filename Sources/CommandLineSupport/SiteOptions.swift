import ArgumentParser
import Foundation
import ParaReadyCore
import SiteBuilder

/// Options shared by `site build`, `site check` and `site serve`.
public struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The project folder (holding site.toml, content/ and site/).")
    public var root: String = "."

    @Option(name: .long, help: "The configuration file, relative to --root.")
    public var config: String = "site.toml"

    @Option(name: .long, help: "The output folder (overrides output_dir).")
    public var output: String?

    @Option(name: .customLong("base-url"), help: "The site's URL (overrides base_url), e.g. https://example.org/docs/.")
    public var baseURL: String?

    @Flag(help: "Include pages marked draft: true.")
    public var drafts = false

    @Flag(help: "Include pages dated in the future.")
    public var future = false

    public init() {}

    /// The options again as command-line arguments, in declaration order: how `site serve` hands them to the
    /// `paraready-serve` executable. Parsing them gives back the same options (tested).
    public var arguments: [String] {
        var list = ["--root", root, "--config", config]
        if let output { list += ["--output", output] }
        if let baseURL { list += ["--base-url", baseURL] }
        if drafts { list.append("--drafts") }
        if future { list.append("--future") }
        return list
    }

    /// The configuration with command-line overrides applied.
    public func load() throws(ParaReadyError) -> SiteConfig {
        var config = try SiteConfigLoader.load(projectRoot: root, file: self.config)
        if let output { config.outputDirectory = output }
        if let baseURL { config.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        if drafts { config.includeDrafts = true }
        if future { config.includeFuture = true }
        return config
    }

    public func builder() throws(ParaReadyError) -> SiteBuilder {
        SiteBuilder(projectRoot: root, config: try load(), plugins: SitePluginList.plugins(projectRoot: root))
    }
}

/// Prints a line on standard error (progress and summaries; standard output stays for data).
public func printStatus(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Seconds since `start`, formatted.
public func elapsed(since start: ContinuousClock.Instant) -> String {
    let duration = ContinuousClock.now - start
    let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    return ms < 1000 ? String(format: "%.0f ms", ms) : String(format: "%.2f s", ms / 1000)
}

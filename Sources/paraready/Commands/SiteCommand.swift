import ArgumentParser

struct SiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Build, check or preview the static site (content/ + site/ → _site/).",
        subcommands: [SiteBuildCommand.self, SiteCheckCommand.self, SiteServeCommand.self])
}

import ArgumentParser

struct UpdatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "updates",
        abstract: "Manage the development updates in content/updates/.",
        subcommands: [UpdatesImportCommand.self])
}

import ArgumentParser

@main
struct ParaReady: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paraready",
        abstract: "Async-backing readiness for Polkadot parachains: audit, publish, track.",
        version: "0.1.0",
        subcommands: [RenderCommand.self, DiagnoseCommand.self]
    )
}

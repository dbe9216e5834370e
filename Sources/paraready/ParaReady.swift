import ArgumentParser
import CommandLineSupport

@main
struct ParaReady: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "paraready",
        abstract: "Async-backing readiness for Polkadot parachains: audit, publish, track.",
        version: ParaReady.version,
        subcommands: [
            InspectCommand.self, AuditCommand.self, ChecklistCommand.self, DiagnoseCommand.self, SiteCommand.self,
            UpdatesCommand.self, RenderCommand.self, PlanCommand.self, FixCommand.self,
        ]
    )

    /// Usage errors exit with 2 (see ``runExitingTwoOnUsageErrors()``).
    static func main() async {
        await runExitingTwoOnUsageErrors()
    }
}

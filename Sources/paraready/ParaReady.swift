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
        // The plain `inspect` invocations that CI and scripts repeat skip ArgumentParser's start-up; every other
        // command line goes through it.
        if let plain = InspectCommand.plainInvocation(Array(CommandLine.arguments.dropFirst())) {
            do {
                try await InspectCommand.inspect(path: plain.path, format: plain.format, features: plain.features)
            } catch {
                exit(withError: error)
            }
            return
        }
        await runExitingTwoOnUsageErrors()
    }
}

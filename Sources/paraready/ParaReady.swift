import ArgumentParser
import Foundation

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

    /// Exit code for usage errors (unknown option, bad value, missing argument): bad input is 2 (DESIGN.md),
    /// where swift-argument-parser would use 64 (`EX_USAGE`).
    static let usageErrorCode: Int32 = 2

    /// Parses and runs like the library's own `main()`, except that usage errors exit with
    /// ``usageErrorCode``. `--help` and `--version` still exit 0, a command's own exit code is kept.
    static func main() async {
        MallocTuning.apply()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(usageErrorCode)
            }
            exit(withError: error)
        }
    }
}

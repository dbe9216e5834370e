import ArgumentParser
import Foundation

/// Exit code for usage errors (unknown option, bad value, missing argument): bad input is 2 (DESIGN.md), where
/// swift-argument-parser would use 64 (`EX_USAGE`).
public let usageErrorCode: Int32 = 2

extension AsyncParsableCommand {
    /// Parses and runs like the library's own `main()`, except that usage errors exit with ``usageErrorCode``.
    /// `--help` and `--version` still exit 0, a command's own exit code is kept. Both executables start here.
    public static func runExitingTwoOnUsageErrors() async {
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

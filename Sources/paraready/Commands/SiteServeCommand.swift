import ArgumentParser
import CommandLineSupport
import Foundation
import ParaReadyCore

struct SiteServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site on 127.0.0.1 with live reload; rebuilds what changed as you save.",
        discussion: """
            Builds into the output folder with the base URL set to http://127.0.0.1:PORT (keeping the configured \
            path), serves it, and watches content/, the theme and site.toml. A failed rebuild is shown in the \
            browser and on standard error; the server keeps running. The server is the paraready-serve \
            executable, installed next to paraready.
            """)

    @OptionGroup var serve: ServeArguments

    /// Replaces this process with `paraready-serve` (same pid, so Ctrl-C and a supervisor's signals reach the
    /// server directly).
    func run() throws {
        let server = try Self.serverExecutable()
        let argv = [server] + serve.arguments
        var cArguments = argv.map { strdup($0) }
        cArguments.append(nil)
        execv(server, cArguments)
        let reason = String(cString: strerror(errno))
        FileHandle.standardError.write(Data("paraready: cannot start \(server): \(reason)\n".utf8))
        throw ExitCode(2)
    }

    /// `paraready-serve` beside the running executable (symlinks resolved, as `swift build` and installs lay
    /// them out).
    static func serverExecutable() throws -> String {
        let own =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        let candidate = URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent(
            "paraready-serve"
        ).path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            FileHandle.standardError.write(
                Data(
                    ("paraready: site serve needs the paraready-serve executable next to paraready (looked for "
                        + "\(candidate)); `swift build` builds both, install them together\n").utf8))
            throw ExitCode(2)
        }
        return candidate
    }
}

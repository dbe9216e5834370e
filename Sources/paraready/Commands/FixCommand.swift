import ArgumentParser
import CommandLineSupport
import Foundation
import Migration
import ParaReadyCore
import Readiness

struct FixCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Print the patch that takes the repository to the next stage (or --to); --write applies it.")

    @OptionGroup var options: MigrationOptions

    @Flag(help: "Write the changes into the repository instead of printing a diff.")
    var write = false

    @Flag(help: "With --write: also write over uncommitted changes, or outside a git repository.")
    var force = false

    func run() async throws {
        try await reportingErrors {
            let (plan, fix, stage) = try options.run()
            guard let plan, let fix else {
                FileHandle.standardError.write(
                    Data(
                        "paraready: the repository is \(stage.rawValue); there is no further stage to migrate to\n".utf8
                    ))
                return
            }
            let manual = plan.steps.filter { !$0.automatic }
            if !write {
                printRaw(try fix.diff())
            } else {
                let written = try RepositoryWriter(root: options.path, force: force).write(try fix.newContents())
                for path in written { printRaw("changed \(path)\n") }
                if written.isEmpty { printRaw("nothing to change\n") }
            }
            if !manual.isEmpty {
                var text = "paraready: \(manual.count) step(s) towards \(plan.to.rawValue) are left to do by hand:\n"
                for step in manual { text += "  \(step.item) — \(step.location): \(step.change)\n" }
                FileHandle.standardError.write(Data(text.utf8))
            }
        }
    }
}

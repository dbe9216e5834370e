import ArgumentParser
import CommandLineSupport
import Foundation
import Migration
import ParaReadyCore
import Readiness

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "List the ordered steps from the repository's stage to the next one (or --to), and which `fix` makes."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @OptionGroup var options: MigrationOptions

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    func run() async throws {
        try await reportingErrors {
            let (plan, _, stage) = try options.run()
            guard let plan else {
                printRaw("The repository is \(stage.rawValue); there is no further stage to migrate to.\n")
                return
            }
            switch format {
            case .text: printRaw(plan.renderText())
            case .markdown: printRaw(plan.renderMarkdown())
            case .json: printRaw(try plan.renderJSON())
            }
        }
    }
}

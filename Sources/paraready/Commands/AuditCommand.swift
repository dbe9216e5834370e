import ArgumentParser
import CommandLineSupport
import Foundation
import ParaReadyCore
import Readiness
import Reporting

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check a parachain repository against the async-backing checklist and say what to change.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, markdown, html
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, never
    }

    @Argument(help: "The repository (the folder with the workspace's Cargo.toml).")
    var path: String = "."

    @Option(help: "Output format: text, json, sarif, markdown or html.")
    var format: Format = .text

    @Option(help: "Write the report to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Exit with 1 when findings at or above this level exist: error, warning or never.")
    var failOn: FailOn = .error

    @Option(help: "Cargo features to enable on top of each crate's defaults (comma-separated).")
    var features: String = ""

    @Flag(help: "Show passing and not-applicable items in text output too.")
    var verbose = false

    @Option(help: "Link findings to checklist pages at this URL pattern ({id} is replaced).")
    var checklistURL: String = "https://paraready.dev/checklist/{id}/"

    @Option(help: "Read the checklist from this folder instead of the one built into paraready.")
    var checklistDir: String?

    func run() async throws {
        let report = try await reportingErrors { () throws -> AuditReport in
            let checklist = try loadChecklist(checklistDir)
            let facts = try FactsExtractor(root: path, features: parseFeatures(features)).extract()
            let report = try Auditor(checklist: checklist).audit(facts, root: path)
            let name = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
            let colour =
                output == nil && format == .text && isatty(STDOUT_FILENO) == 1
                && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
            let options = ReportOptions(
                checklistLink: checklistURL, projectName: name, colour: colour, verbose: verbose)
            let text: String
            switch format {
            case .text: text = TextReport.render(report, checklist: checklist, options: options)
            case .json: text = try JSONReport.render(report)
            case .sarif:
                text = try SARIFReport.render(
                    report, checklist: checklist, options: options, toolVersion: ParaReady.version)
            case .markdown: text = MarkdownReport.render(report, checklist: checklist, options: options)
            case .html: text = try HTMLReport.render(report, checklist: checklist, options: options)
            }
            if let output { try AtomicFile.write(text, to: output) } else { printRaw(text) }
            return report
        }
        switch failOn {
        case .never: return
        case .error: if report.hasProblems(atLeast: .error) { throw ExitCode(1) }
        case .warning: if report.hasProblems(atLeast: .warning) { throw ExitCode(1) }
        }
    }
}

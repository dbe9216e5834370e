import ArgumentParser
import CommandLineSupport
import Diagnose
import Foundation
import ParaReadyCore
import Readiness

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct DiagnoseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagnose",
        abstract: "Find known async-backing failure signatures in a collator or node log.",
        discussion: """
            Reads Substrate logs (with or without colours, [Parachain]/[Relaychain] prefixes, WASM backtraces) in \
            constant memory and reports each known signature: how often, first and last line, likely cause, fix \
            and checklist items. The signatures come from content/guides/troubleshooting.md.
            Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad input.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, never
    }

    @Argument(help: "The log file, or - for standard input.")
    var log: String = "-"

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "Exit with 1 when a finding is at this level or above (or never).")
    var failOn: FailOn = .error

    @Option(help: "A parachain repository whose facts should explain the log.")
    var repo: String?

    @Option(
        help: "Read the signatures from this file (Markdown with front matter, or YAML) instead of the built-in ones.")
    var signatures: String?

    func run() async throws {
        let report = try await reportingErrors {
            let catalog =
                try signatures.map { path throws(ParaReadyError) in try SignatureCatalog.load(path: path) }
                ?? SignatureCatalog.bundled()
            let facts = try repo.map { path throws(ParaReadyError) in FactSet(try loadFacts(repo: path)) }
            return try LogDiagnoser(catalog: catalog, facts: facts, repository: repo).diagnose(file: log)
        }
        switch format {
        case .json:
            printRaw(report.json())
        case .text:
            let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            printRaw(report.text(colors: isatty(STDOUT_FILENO) != 0 && !noColor))
        }
        let threshold: Signature.Level? =
            switch failOn {
            case .error: .error
            case .warning: .warning
            case .never: nil
            }
        let status = report.exitStatus(failingAt: threshold)
        if status != 0 { throw ExitCode(status) }
    }
}

/// The facts of the repository at `repo`, for `diagnose --repo` (the same extraction as `paraready inspect`).
func loadFacts(repo: String) throws(ParaReadyError) -> RepositoryFacts {
    try FactsExtractor(root: repo, features: []).extract()
}

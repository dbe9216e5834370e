import ArgumentParser
import CommandLineSupport
import Foundation
import ParaReadyCore
import Readiness
import Reporting

struct InspectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract:
            "Read a parachain repository into facts (constants, hooks, APIs, collator, SDK release) without compiling it."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The repository (the folder with the workspace's Cargo.toml).")
    var path: String = "."

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Cargo features to enable on top of each crate's defaults (comma-separated).")
    var features: String = ""

    func run() async throws {
        try await reportingErrors {
            let facts = try FactsExtractor(root: path, features: parseFeatures(features)).extract()
            switch format {
            case .json: printRaw(try CanonicalJSON.string(facts))
            case .text: printRaw(FactsText.render(facts))
            }
        }
    }
}

/// `a,b c` → `["a", "b", "c"]`.
func parseFeatures(_ text: String) -> Set<String> {
    Set(text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init))
}

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
        try await Self.inspect(path: path, format: format, features: features)
    }

    static func inspect(path: String, format: Format, features: String) async throws {
        try await reportingErrors {
            let facts = try FactsExtractor(root: path, features: parseFeatures(features)).extract()
            switch format {
            case .json: printRaw(try CanonicalJSON.string(facts))
            case .text: printRaw(FactsText.render(facts))
            }
        }
    }

    /// The arguments of the plain invocations (`inspect [PATH] [--format text|json] [--features LIST]`, options
    /// as `--name value` or `--name=value`, each at most once), read without ArgumentParser: building its
    /// command tree took about 2.5 ms of every run, a twentieth of inspecting a large monorepo. Nil for
    /// anything else (help, `--`, another spelling, a bad value, a path starting with `-`), which goes through
    /// ArgumentParser as before, so its help and usage errors are unchanged.
    static func plainInvocation(_ arguments: [String]) -> (path: String, format: Format, features: String)? {
        guard arguments.first == "inspect" else { return nil }
        var path: String?
        var format: Format?
        var features: String?
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            var name = argument
            var value: String?
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            }
            switch name {
            case "--format", "--features":
                if value == nil {
                    guard index < arguments.count, !arguments[index].hasPrefix("-") else { return nil }
                    value = arguments[index]
                    index += 1
                }
                guard let value, !value.isEmpty else { return nil }
                if name == "--format" {
                    guard format == nil, let parsed = Format(rawValue: value) else { return nil }
                    format = parsed
                } else {
                    guard features == nil else { return nil }
                    features = value
                }
            default:
                guard !argument.hasPrefix("-"), path == nil, !argument.isEmpty, argument != "help" else { return nil }
                path = argument
            }
        }
        return (path ?? ".", format ?? .text, features ?? "")
    }
}

/// `a,b c` → `["a", "b", "c"]`.
func parseFeatures(_ text: String) -> Set<String> {
    Set(text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init))
}

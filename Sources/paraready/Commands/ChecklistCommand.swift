import ArgumentParser
import CommandLineSupport
import Foundation
import ParaReadyCore
import Readiness

struct ChecklistCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checklist",
        abstract: "Print the async-backing enablement checklist.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Option(help: "Output format: text, json or markdown.")
    var format: Format = .text

    @Option(help: "Read the checklist from this folder instead of the one built into paraready.")
    var checklistDir: String?

    func run() async throws {
        try await reportingErrors {
            let checklist = try loadChecklist(checklistDir)
            switch format {
            case .text:
                var out = ""
                for phase in ChecklistItem.Phase.allCases {
                    let items = checklist.items.filter { $0.phase == phase }
                    guard !items.isEmpty else { continue }
                    out += "\(phase.title)\n"
                    for item in items {
                        out += "  \(item.order). \(item.title) [\(item.id), \(item.severity.rawValue)]\n"
                    }
                    out += "\n"
                }
                printRaw(out)
            case .json:
                printRaw(try CanonicalJSON.string(ChecklistDocument(items: checklist.items)))
            case .markdown:
                var out = "# Async-backing enablement checklist\n\n"
                for phase in ChecklistItem.Phase.allCases {
                    let items = checklist.items.filter { $0.phase == phase }
                    guard !items.isEmpty else { continue }
                    out += "## \(phase.title)\n\n"
                    for item in items {
                        out += "- [ ] **\(item.title)** (`\(item.id)`, \(item.severity.rawValue))"
                        if let summary = item.summary {
                            out += " — " + summary.replacingOccurrences(of: "\n", with: " ")
                        }
                        out += "\n"
                    }
                    out += "\n"
                }
                printRaw(out)
            }
        }
    }
}

/// The JSON shape of `paraready checklist --format json`.
struct ChecklistDocument: Encodable {
    var schema = "paraready.checklist/1"
    var items: [ChecklistItem]
}

/// The bundled checklist, or the one in `directory` when given.
func loadChecklist(_ directory: String?) throws(ParaReadyError) -> Checklist {
    if let directory { return try Checklist.load(directory: directory, displayPrefix: directory) }
    return try Checklist.bundled()
}

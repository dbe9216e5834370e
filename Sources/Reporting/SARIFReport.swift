import Foundation
import ParaReadyCore
import Readiness

/// SARIF 2.1.0 for GitHub code scanning: one rule per checklist item, one result per problem finding.
public enum SARIFReport {
    public static func render(_ report: AuditReport, checklist: Checklist, options: ReportOptions, toolVersion: String)
        throws -> String
    {
        let rules = checklist.items.map { item in
            SARIF.Rule(
                id: item.id, name: ruleName(item.id),
                shortDescription: .init(text: item.title),
                fullDescription: .init(text: plain(item.summary ?? item.title)),
                helpUri: options.link(item.id),
                help: .init(
                    text: plain(item.summary ?? item.title) + "\n\nSee " + options.link(item.id),
                    markdown: helpMarkdown(item, link: options.link(item.id))),
                defaultConfiguration: .init(level: level(item.severity)),
                properties: .init(tags: ["async-backing", item.phase.rawValue], precision: "high"))
        }
        let index = Dictionary(uniqueKeysWithValues: checklist.items.enumerated().map { ($1.id, $0) })
        let results: [SARIF.Result] = report.findings.filter { $0.isProblem || $0.status == .unknown }.map { finding in
            let file = finding.file ?? "Cargo.toml"
            let region = SARIF.Region(
                startLine: max(finding.line ?? 1, 1), startColumn: max(finding.column ?? 1, 1),
                snippet: finding.sourceLine.map { .init(text: $0) })
            var text = "\(finding.message) [\(finding.subject)]"
            if let expected = finding.expected { text += " Expected: \(expected)." }
            if let change = finding.change { text += " Change: \(change)." }
            return SARIF.Result(
                ruleId: finding.item, ruleIndex: index[finding.item] ?? 0,
                level: resultLevel(finding),
                message: .init(text: text),
                locations: [
                    .init(
                        physicalLocation: .init(
                            artifactLocation: .init(uri: file, uriBaseId: "%SRCROOT%"), region: region))
                ],
                partialFingerprints: ["paraready/v1": "\(finding.item)|\(finding.subject)|\(file)"])
        }
        let log = SARIF.Log(
            version: "2.1.0", schema: "https://json.schemastore.org/sarif-2.1.0.json",
            runs: [
                .init(
                    tool: .init(
                        driver: .init(
                            name: "ParaReady", version: toolVersion,
                            informationUri: "https://github.com/paraready/paraready", rules: rules)),
                    originalUriBaseIds: ["%SRCROOT%": .init(description: .init(text: "The audited repository's root"))],
                    results: results,
                    properties: .init(stage: report.stage.rawValue, nextStage: report.nextStage?.rawValue))
            ])
        return try CanonicalJSON.string(log)
    }

    static func level(_ severity: ChecklistItem.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A failure takes its item's severity; a warning is at most a SARIF warning (a note for an info item);
    /// an unknown outcome is a note.
    static func resultLevel(_ finding: Finding) -> String {
        switch finding.status {
        case .fail: level(finding.severity)
        case .warn: finding.severity == .info ? "note" : "warning"
        default: "note"
        }
    }

    /// `consensus-hook` → `ConsensusHook`, the PascalCase name SARIF viewers show.
    static func ruleName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func helpMarkdown(_ item: ChecklistItem, link: String) -> String {
        var text = "**\(item.title)**\n\n"
        if let summary = item.summary { text += summary + "\n\n" }
        if let change = item.changeSection { text += "### The change\n\n" + change + "\n\n" }
        return text + "[Checklist item](\(link))"
    }

    /// Markdown reduced to plain text for fields that do not render Markdown.
    static func plain(_ markdown: String) -> String {
        markdown.replacingOccurrences(of: "`", with: "").replacingOccurrences(of: "**", with: "")
    }
}

/// The subset of the SARIF 2.1.0 object model ParaReady writes.
enum SARIF {
    struct Log: Encodable {
        var version: String
        var schema: String
        var runs: [Run]
        enum CodingKeys: String, CodingKey {
            case version, runs
            case schema = "$schema"
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: ArtifactLocationDescription]
        var results: [Result]
        var properties: RunProperties
    }

    struct RunProperties: Encodable {
        var stage: String
        var nextStage: String?
    }

    struct ArtifactLocationDescription: Encodable { var description: Message }
    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name: String
        var version: String
        var informationUri: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var helpUri: String
        var help: MultiformatMessage
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct RuleProperties: Encodable {
        var tags: [String]
        var precision: String
    }

    struct Configuration: Encodable { var level: String }
    struct Message: Encodable { var text: String }

    struct MultiformatMessage: Encodable {
        var text: String
        var markdown: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var partialFingerprints: [String: String]
    }

    struct Location: Encodable { var physicalLocation: PhysicalLocation }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var snippet: Message?
    }
}
